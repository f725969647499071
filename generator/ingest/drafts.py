"""Ingest's output: draft records in drafts/<source id>/, and the review list.

Drafts are never written into data/ and never over anything: `check` and `build` read
only data/, so a draft counts once the editor has reviewed it and moved it there. Every
value ingest guessed carries a comment with its evidence; every value it could not find
is an empty TODO. Values are written by the YAML dumper, never by templating.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..model import ID_PATTERN, MAX_TEXT, RESERVED_IDS, WINDOWS_NAMES
from ..project import id_slug
from .actors import ActorIndex, Known, Proposed, named_in
from .article import Article, IngestError, read_article
from .dates import DateGuess, find_dates
from .quotes import Quote, find_quotes


@dataclass
class Ingested:
    """Everything one article gave, before it is written."""

    source_id: str
    article: Article
    quotes: list[Quote]
    dates: list[DateGuess]
    actors: list[str]  # the explainer's actors the article names, or quotes by description
    proposed: list[Proposed] = field(default_factory=list)
    named: list[list[str]] = field(default_factory=list)  # actors named, paragraph by paragraph


def known_actors(data: Path) -> list[Known]:
    """The explainer's actors (id, name, aliases), read leniently: a broken file is
    `check`'s to report, not ingest's."""
    found = []
    for path in sorted((data / "actors").glob("*.yaml")):
        try:
            record = yaml.safe_load(path.read_text(encoding="utf-8"))
            names = [record["name"], *(record.get("aliases") or [])]
            found.append(Known(str(record.get("id") or path.stem), tuple(str(n) for n in names)))
        except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError):
            continue
    return found


def ingest(
    file: Path,
    data: Path,
    drafts: Path,
    published: dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    source_id: str | None = None,
) -> Ingested:
    """Read the article, find its quotes, dates and actors, write the drafts."""
    if source_id is not None and (
        len(source_id) > 100
        or not re.fullmatch(ID_PATTERN, source_id)
        or source_id in RESERVED_IDS | WINDOWS_NAMES
    ):
        raise IngestError(
            f"--id '{source_id}' is no id: lower-case letters, digits and single hyphens, at"
            " most 100 characters"
        )
    article = read_article(file, published, outlet, url)
    index = ActorIndex(known_actors(data))
    texts = searched(article)
    quotes, proposed, speakers = find_quotes(texts, index)
    assert article.published is not None  # read_article refuses an article without one
    outlet_id = id_slug(article.outlet or "") or "source"
    name = source_id or f"{outlet_id}-{article.published.isoformat()}"
    named = [named_in(text, index) for text in texts]
    result = Ingested(
        name,
        article,
        quotes,
        find_dates(texts, article.published),
        list(dict.fromkeys([*(a for actors in named for a in actors), *speakers])),
        _unique(proposed),
        named,
    )
    write_drafts(result, drafts / name, data)
    return result


MAX_SEARCHED = 200_000
"""The characters of an article searched for quotes, dates and names (a long article has
40,000): beyond, each search would grow, and so would the drafts."""


def searched(article: Article) -> list[str]:
    """The text of each paragraph to search, "" for those left out (noted in the review):
    one longer than a record's paragraph may be, and all after MAX_SEARCHED characters."""
    texts, total, skipped = [], 0, []
    for n, paragraph in enumerate(article.paragraphs, 1):
        size = len(paragraph.text)
        if size > MAX_TEXT:
            article.guesses.append(
                f"¶{n}: {size:,} characters, more than a paragraph may hold ({MAX_TEXT:,}):"
                " not searched for quotes, dates or names; split it"
            )
        elif total + size > MAX_SEARCHED:
            skipped.append(n)
        else:
            total += size
            texts.append(paragraph.text)
            continue
        texts.append("")
    if skipped:
        article.guesses.append(
            f"¶{skipped[0]}–¶{skipped[-1]}: not searched for quotes, dates or names (only the"
            f" first {MAX_SEARCHED:,} characters of an article are): draft them by hand"
        )
    return texts


def _unique(proposed: list[Proposed]) -> list[Proposed]:
    seen: dict[str, Proposed] = {}
    for p in proposed:
        seen.setdefault(p.name, p)
    return list(seen.values())


def write_drafts(done: Ingested, folder: Path, data: Path) -> None:
    """Write every draft into `folder`, which must not exist yet."""
    if folder.exists():
        raise IngestError(f"{folder} exists already: review and move or delete its drafts first")
    files = {
        f"sources/{done.source_id}.yaml": source_draft(done, data),
        "quotes.yaml": quotes_draft(done),
        **{f"events/{done.source_id}-{i}.yaml": event_draft(done, g, i) for i, g in _dated(done)},
        **{
            f"actors/{actor_id}.yaml": actor_draft(p, actor_id, done.source_id)
            for actor_id, p in actor_ids(done.proposed).items()
        },
        "REVIEW.md": "\n".join(review(done)) + "\n",
    }
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def actor_ids(proposed: list[Proposed]) -> dict[str, Proposed]:
    """An id for each proposed actor, from its name with accents taken off ("Zoë Brun" ->
    zoe-brun), numbered where two would be the same ("Zoé Brun" -> zoe-brun-2)."""
    ids: dict[str, Proposed] = {}
    for p in proposed:
        base = id_slug(p.name) or "actor"
        actor_id, number = base, 1
        while actor_id in ids:
            number += 1
            actor_id = f"{base}-{number}"
        ids[actor_id] = p
    return ids


def _dated(done: Ingested) -> list[tuple[int, DateGuess]]:
    """The guesses with a date, one per date and paragraph ("today" said three times in a
    paragraph is one candidate event)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for g in done.dates:
        key = (g.paragraph, g.date, g.end, g.precision)
        if g.date and key not in seen:
            seen.add(key)
            kept.append(g)
    return list(enumerate(kept, 1))


def _field(key: str, value: object, comment: str | None = None) -> str:
    """One top-level field, dumped; its comment (a guess and its evidence) above it."""
    dumped = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=90)
    note = "".join(f"# {line}\n" for line in _comment(comment).splitlines()) if comment else ""
    return note + dumped


def _comment(text: str) -> str:
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text)


def source_draft(done: Ingested, data: Path) -> str:
    a = done.article
    exists = (data / "sources" / f"{done.source_id}.yaml").exists()
    guesses = {g.split(":")[0]: g for g in a.guesses}
    parts = [
        (
            f"# Draft made by `explainer ingest` from {_comment(a.path.name)}: review every"
            " comment,\n# fill the TODOs, then move this file into data/sources/.\n"
        ),
        _field(
            "id",
            done.source_id,
            "a source with this id exists in data/: choose another" if exists else None,
        ),
        _field(
            "outlet",
            a.outlet or "TODO",
            guesses.get("outlet", "TODO: the outlet's name" if not a.outlet else None),
        ),
        _field("headline", a.headline or "TODO", guesses.get("headline")),
        _field("published", a.published, guesses.get("published")),
        _field(
            "dateline",
            a.dateline or "TODO",
            guesses.get("dateline", "TODO: where the story was filed from, or delete this line"),
        ),
        *([_field("wire", a.wire, guesses.get("wire"))] if a.wire else []),
        _field(
            "url",
            a.url or "TODO",
            None if a.url else "TODO: the original address (or replace with `offline: why`)",
        ),
        _field(
            "republish", False, "TODO: true only if its licence lets the full text be republished"
        ),
        _field("licence", "TODO", "TODO: who holds the rights, and what the explainer may do"),
        "paragraphs:\n",
    ]
    for n, p in enumerate(a.paragraphs, 1):
        item = {"n": n, **({"label": p.label} if p.label else {}), "text": p.text}
        note = f"  # guess: {p.label}\n" if p.label else ""
        parts.append(
            note + _indent(yaml.safe_dump([item], allow_unicode=True, sort_keys=False, width=90))
        )
    if a.dropped:
        parts.append("# Lines dropped as page furniture (see REVIEW.md):\n")
        parts += [f"#   {_comment(line)}\n" for line, _ in a.dropped]
    return "".join(parts)


def _indent(text: str) -> str:
    return "".join(f"  {line}\n" for line in text.splitlines())


def event_draft(done: Ingested, guess: DateGuess, number: int) -> str:
    cite = [{"source": done.source_id, "paragraphs": [guess.paragraph]}]
    when = {
        "date": guess.date,
        "precision": guess.precision,
        "basis": guess.words,
        "source": done.source_id,
    }
    parts = [
        (
            f"# Candidate event {number}: the article dates something “{_comment(guess.words)}”"
            f" in paragraph {guess.paragraph}.\n# Keep it only if it is an event of the story;"
            " give it a title, its participants and the disputes it bears on.\n"
        ),
        _field("id", f"TODO-{done.source_id}-{number}", "TODO: a short id, also the file name"),
        _field("title", "TODO", "TODO: what happened, in a sentence"),
        _field(
            "when",
            when,
            f"guess ({guess.rule}): “{guess.words}” resolved against {done.article.published}",
        ),
    ]
    if guess.status:
        parts.append(
            _field("status", guess.status, "guess: the article speaks of it in the future")
        )
    named = done.named[guess.paragraph - 1] if done.named else []
    if named:
        participants = [{"actor": actor, "role": "TODO"} for actor in named]
        note = "guess: the actors the paragraph names; keep those who took part, say how"
        parts.append(_field("participants", participants, note))
    paragraph = done.article.paragraphs[guess.paragraph - 1].text
    parts.append(_field("cite", cite, f"paragraph {guess.paragraph}: {paragraph[:200]}"))
    return "".join(parts)


def quotes_draft(done: Ingested) -> str:
    parts = [
        (
            "# Every direct quotation in the article, to place as `quotes` of an event or"
            " `claims`\n# of a dispute position. `speaker` is a guess wherever a comment says so.\n"
        ),
    ]
    items: list[str] = []
    terms_: list[str] = []
    for q in done.quotes:
        if q.kind == "term":
            terms_.append(f"#   ¶{q.paragraph} “{_comment(q.text)}”\n")
            continue
        item = {
            "speaker": q.actor or "TODO",
            "kind": "quote",
            "text": q.text,
            "cite": [{"source": done.source_id, "paragraphs": [q.paragraph]}],
        }
        note = (
            f"guess ({q.rule}): “{q.who}”" if q.who else "TODO: the sentence names no speaker"
        ) + (
            f" -> {q.actor}"
            if q.actor
            else f" = {q.name} (no actor of the explainer)"
            if q.who and q.name
            else " (no actor of the explainer)"
            if q.who
            else ""
        )
        items.append(
            f"# {_comment(note)}\n"
            + yaml.safe_dump([item], allow_unicode=True, sort_keys=False, width=90)
        )
    if terms_:
        parts.append("# Quoted terms and titles, nobody's words (not drafted as quotes):\n")
        parts += terms_
    return "".join(parts) + (
        "quotes:\n" + "".join(_indent(i) for i in items) if items else "quotes: []\n"
    )


def actor_draft(p: Proposed, actor_id: str, source_id: str) -> str:
    paragraphs = list(p.paragraphs)
    where = f"paragraphs {', '.join(map(str, paragraphs))}" if paragraphs else "TODO"
    return "".join(
        [
            f"# Proposed by `explainer ingest`: the article names “{_comment(p.evidence)}”.\n",
            _field("id", actor_id, "guess: from the name"),
            _field("name", p.name, "guess: the name the article gives"),
            _field(
                "kind",
                p.kind,
                f"guess: {KIND_EVIDENCE.get(p.kind, '')}; check it"
                " (person, organisation, state, group, anonymous)",
            ),
            _field(
                "role",
                p.role or "TODO",
                "guess: the words before the name, or after it between commas"
                if p.role
                else "TODO",
            ),
            _field("description", "TODO", "TODO: one cited sentence on who they are in this story"),
            _field(
                "cite",
                [{"source": source_id, "paragraphs": paragraphs}],
                f"guess: where the article gives their words ({where})"
                if paragraphs
                else "TODO: the paragraphs that name them",
            ),
        ]
    )


KIND_EVIDENCE = {
    "person": "a name",
    "organisation": "the head word of a body's name (union, court, ministry, company…)",
    "anonymous": "a description with no name",
}


def review(done: Ingested) -> list[str]:
    """The short list of every guess, for the editor (printed, and in REVIEW.md)."""
    a = done.article
    lines = [f"# Review: {done.source_id}", ""]
    lines += [f"- {g}" for g in a.guesses]
    body = sum(1 for p in a.paragraphs if p.label is None)
    lines.append(f"- {len(a.paragraphs)} paragraphs ({body} body), {len(a.dropped)} lines dropped:")
    lines += [f"  - dropped ({why}): {line}" for line, why in a.dropped]
    lines.append(f"- {len(done.quotes)} quotations (quotes.yaml):")
    for q in done.quotes:
        who = f"{q.who!r} -> {q.actor or 'unknown'}" if q.who else "no speaker found"
        lines.append(f"  - ¶{q.paragraph} “{q.text[:60]}”: {who} ({q.rule})")
    lines.append(f"- {len(done.dates)} date expressions:")
    for g in done.dates:
        resolved = (
            f"{g.date} ({g.precision}{', ' + g.status if g.status else ''})" if g.date else g.note
        )
        lines.append(f"  - ¶{g.paragraph} “{g.words}”: {resolved}")
    lines.append(f"- actors named: {', '.join(done.actors) or 'none known'}")
    lines += [
        f"- new actor proposed: {p.name} ({p.kind}; {p.role or 'no role given'};"
        f" ¶{', ¶'.join(map(str, p.paragraphs)) or '?'})"
        for p in done.proposed
    ]
    return [_comment(line) for line in lines]
