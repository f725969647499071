"""The article of a draft set as the review page shows it: each paragraph with what ingest
guessed marked in it (quotations and their speakers, dates with the words they rest on,
the actors' names), and the lines it dropped as page furniture.

The marks come from ingest's own finders run again on the source draft's paragraphs, so
they show what ingest reads in the text now, with the actors of data/ and of the drafts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..ingest.actors import ActorIndex, Known
from ..ingest.dates import find_dates
from ..ingest.drafts import known_actors
from ..ingest.quotes import find_quotes
from ..run.guard import read_regular
from .accept import set_paragraph

MAX_SOURCE = 2_000_000
DROPPED = re.compile(r"^ {2}- dropped \((?P<why>.*?)\): (?P<line>.*)$", re.MULTILINE)
"""A line REVIEW.md lists as dropped, with why; the why may hold brackets of its own ("a
byline (by Ana Ruiz)")."""
ORDER = {"quote": 0, "speaker": 1, "date": 2, "name": 3}  # the outer mark when two are equal


@dataclass
class Part:
    """A run of a paragraph's text: plain, or a mark (its kind and what it says), which
    may hold marks of its own (a name inside a quotation)."""

    text: str
    kind: str | None = None  # quote, speaker, date, name
    note: str = ""
    parts: list[Part] = field(default_factory=list)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    note: str


@dataclass
class Paragraph:
    n: int
    label: str | None
    parts: list[Part]
    cited: bool = True  # by a draft of the set or a record of data/


@dataclass
class Article:
    """What the page shows of the article."""

    headline: str
    outlet: str
    published: str
    where: str  # the file shown: the draft, or data/'s copy once accepted
    paragraphs: list[Paragraph]
    dropped: list[tuple[str, str]]  # (line, why)


def source_of(folder: Path, set_id: str, data: Path) -> tuple[Path, dict[str, Any]] | None:
    """The source of drafts/<set_id>/ (`folder`), as the drafts or data/ hold it (with the
    set's update of it by the outlet's later version), with its paragraphs' texts readable;
    None when neither holds it (read leniently)."""
    for path in (folder / "sources" / f"{set_id}.yaml", data / "sources" / f"{set_id}.yaml"):
        if path.is_file() and not path.is_symlink():
            break
    else:
        return None
    try:
        source = yaml.safe_load(read_regular(path, MAX_SOURCE).decode("utf-8"))
        [str(p["text"]) for p in source["paragraphs"]]
        later = folder / "updates" / "sources" / f"{set_id}.yaml"  # the outlet's later version
        if later.is_file() and not later.is_symlink():
            update = yaml.safe_load(read_regular(later, MAX_SOURCE).decode("utf-8"))
            for paragraph in update.get("paragraphs") or []:
                set_paragraph(source, paragraph)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, KeyError, TypeError, AttributeError):
        return None
    return path, source


def article_of(folder: Path, set_id: str, data: Path, cited: set[int]) -> Article | None:
    """The marked article of drafts/<set_id>/ (`folder`), its paragraphs that `cited`
    (cited_paragraphs) leaves out tagged; None when neither the drafts nor data/ hold its
    source."""
    found = source_of(folder, set_id, data)
    if found is None:
        return None
    path, source = found
    texts = [str(p["text"]) for p in source["paragraphs"]]
    actors = [*known_actors(data), *known_actors(folder)]
    outlets = (str(source.get("outlet") or ""), str(source.get("wire") or ""))
    spans = marks(texts, actors, _date(source.get("published")), outlets)
    return Article(
        str(source.get("headline") or ""),
        str(source.get("outlet") or ""),
        str(source.get("published") or ""),
        str(path),
        [
            Paragraph(
                n,
                _label(p),
                nest(text, sorted(spans[n - 1], key=_outer_first)),
                n in cited or bool(p.get("uncited_reason")),
            )
            for n, (p, text) in enumerate(zip(source["paragraphs"], texts, strict=True), 1)
        ],
        _dropped(folder / "REVIEW.md"),
    )


def marks(
    texts: list[str],
    actors: list[Known],
    published: dt.date | None,
    outlets: tuple[str, ...] = (),
) -> list[list[Span]]:
    """Every guess's place in each paragraph, as ingest made it (the source's own outlet
    and wire are no speaker's body, as in the drafts)."""
    found: list[list[Span]] = [[] for _ in texts]
    quotes, _, _ = find_quotes(texts, ActorIndex(actors), outlets)
    for q in quotes:
        text = texts[q.paragraph - 1]
        at = text.find(q.text, q.start)
        if q.kind != "quote" or at < 0:
            continue
        speaker = q.actor or (f"new: {q.name}" if q.name else "unknown")
        found[q.paragraph - 1].append(Span(at, at + len(q.text), "quote", f"said by {speaker}"))
        if q.who:
            who = _nearest(text, q.who, at, at + len(q.text))
            if who >= 0:
                note = f"{speaker} ({q.rule})"
                found[q.paragraph - 1].append(Span(who, who + len(q.who), "speaker", note))
    for g in find_dates(texts, published) if published else []:
        text = texts[g.paragraph - 1]
        at = g.start if text[g.start : g.start + len(g.words)] == g.words else text.find(g.words)
        if at >= 0:
            found[g.paragraph - 1].append(Span(at, at + len(g.words), "date", _resolved(g)))
    for n, text in enumerate(texts):
        found[n] += _names(text, actors)
    return found


def _outermost(spans: list[Span]) -> list[Span]:
    """The names not inside a longer one ("Roth" in "Dana Roth" is one name)."""
    return [
        s for s in spans if not any(o.start <= s.start and s.end <= o.end and o != s for o in spans)
    ]


def _resolved(guess: Any) -> str:
    if not guess.date:
        return guess.note or "no date"
    end = f" to {guess.end}" if guess.end else ""
    status = f", {guess.status}" if guess.status else ""
    return f"{guess.date}{end} ({guess.precision}{status})"


def _names(text: str, actors: list[Known]) -> list[Span]:
    spans = []
    for actor in actors:
        for name in dict.fromkeys(actor.names):
            if len(name) < 2:
                continue
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                spans.append(Span(match.start(), match.end(), "name", actor.id))
    return _outermost(spans)


def _nearest(text: str, words: str, start: int, end: int) -> int:
    """Where the speaker's words are: the first after the quotation, else the last before."""
    after = text.find(words, end)
    return after if after >= 0 else text.rfind(words, 0, start)


def _outer_first(span: Span) -> tuple[int, int, int]:
    return (span.start, -span.end, ORDER[span.kind])


def nest(text: str, spans: list[Span], start: int = 0, end: int | None = None) -> list[Part]:
    """The text from start to end as parts: each span (sorted outer first) a mark holding
    the spans inside it; a span crossing another's edge is left out."""
    end = len(text) if end is None else end
    parts, at, rest = [], start, spans
    while rest:
        span, rest = rest[0], rest[1:]
        if span.start < at or span.end > end:
            continue  # crosses a mark already made
        inside = [s for s in rest if s.end <= span.end]
        rest = [s for s in rest if s.end > span.end]
        if span.start > at:
            parts.append(Part(text[at : span.start]))
        inner = nest(text, inside, span.start, span.end)
        parts.append(Part(text[span.start : span.end], span.kind, span.note, inner))
        at = span.end
    if at < end:
        parts.append(Part(text[at:end]))
    return parts


def _label(paragraph: Any) -> str | None:
    label = paragraph.get("label") if isinstance(paragraph, dict) else None
    return str(label) if label else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _dropped(review: Path) -> list[tuple[str, str]]:
    """The lines ingest dropped as page furniture, with why (REVIEW.md lists them)."""
    try:
        text = read_regular(review, MAX_SOURCE).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [(m["line"], m["why"]) for m in DROPPED.finditer(text)]


CITING = ("actors", "events", "disputes", "updates", "quotes.yaml")
"""Where a draft set and data/ cite an article: records, updates and quotations."""


def cited_paragraphs(folder: Path, data: Path, source_id: str) -> set[int]:
    """The paragraphs of `source_id` that a record of data/ or a draft of the set cites
    (any `{source: ID, paragraphs: [...]}` in them), read leniently: a broken file is
    `check`'s to report."""
    cited: set[int] = set()
    paths = [p for top in (data, folder) for name in CITING for p in _yaml_files(top / name)]
    for path in paths:
        try:
            found = yaml.safe_load(read_regular(path, MAX_SOURCE).decode("utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        stack = [found]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                numbers = value.get("paragraphs")
                if value.get("source") == source_id and isinstance(numbers, list):
                    cited.update(n for n in numbers if isinstance(n, int))
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
    return cited


def _yaml_files(path: Path) -> list[Path]:
    if path.is_file() and not path.is_symlink():
        return [path]
    return sorted(p for p in path.rglob("*.yaml") if p.is_file() and not p.is_symlink())
