"""Ingest's output: draft records in drafts/<source id>/, and the review list.

Drafts are never written into data/ and never over anything: `check` and `build` read
only data/, and `explainer accept` moves a draft there once the editor has confirmed it.
Each draft is a record that passes `check` as it stands; its `draft` mark says what is a
guess (`check` warns of it, `check --strict` refuses it), a comment gives the evidence,
and a value it could not find is a TODO. A candidate that data/ has already is an update
of that record (updates/), not a new file. Values are written by the YAML dumper, never
by templating.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..records.examples import from_starter
from ..records.model import ID_PATTERN, MAX_TEXT, RESERVED_IDS, WINDOWS_NAMES
from ..run.project import id_slug
from .actors import BODY, TITLES, ActorIndex, Known, Proposed, head_of, named_in
from .article import CORRECTION, Article, IngestError, Paragraph, read_article
from .datelines import DATELINE
from .dates import DateGuess, find_dates
from .matches import existing_records
from .plan import Candidate, Plan, make_plan
from .proposals import id_of, summary_of
from .quotes import Quote, find_quotes
from .reported import reported_claims, reported_people
from .updates import actor_update, event_update, quotes_draft
from .versions import Version, later_version
from .yamltext import comment as _comment
from .yamltext import field_text as _field
from .yamltext import indented as _indent


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
    plan: Plan = field(default_factory=Plan)  # what the drafts will be
    version: Version | None = None  # data/'s article read again, as the outlet has it now


def known_actors(data: Path) -> list[Known]:
    """The explainer's actors (id, name, aliases), read leniently: a broken file is
    `check`'s to report, not ingest's."""
    found = []
    for path in sorted((data / "actors").glob("*.yaml")):
        try:
            record = yaml.safe_load(path.read_text(encoding="utf-8"))
            names = [record["name"], *(record.get("aliases") or [])]
            actor_id = str(record.get("id") or path.stem)
            if not from_starter(actor_id):  # the made-up story is no one a desk's article names
                found.append(Known(actor_id, tuple(str(n) for n in names)))
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
    assert article.published is not None  # read_article refuses an article without one
    outlet_id = id_slug(article.outlet or "") or "source"
    name = source_id or f"{outlet_id}-{article.published.isoformat()}"
    recorded_as = _same_article(data, article)
    same = recorded_as[0] if recorded_as else None
    version = None  # the outlet's later version of data/'s article, if it is one
    if recorded_as and source_id is None:
        # the drafts cite data/'s record of it, read as data/ has it (its paragraphs as the
        # editor numbered and mended them): a second record would split its citations
        name = recorded_as[0]
        if recorded := _recorded_paragraphs(recorded_as[1]):
            version = later_version(recorded, article.paragraphs)
            article.paragraphs = version.paragraphs
        article.guesses.insert(
            0,
            f"already in data/: sources/{same}.yaml is this article (same address, or same"
            " headline and date): no source is drafted; its paragraphs are read as data/ has"
            " them, and the drafts cite that record. They repeat what data/ has: keep only"
            " what is new" + (f"; {_version_news(version)}" if version and version.news else ""),
        )
    elif same:
        article.guesses.insert(
            0,
            f"already in data/: sources/{same}.yaml is this article (same address, or same"
            f" headline and date), drafted again as '{name}' as --id asks: two records of one"
            " article split its citations; keep only what is new",
        )
    if source_id is None and not same:
        # another article of that outlet and day, in data/ or in a draft set of its own
        # (a set of this very article is refused by write_drafts: review it first)
        taken = {p.stem for p in (data / "sources").glob("*.yaml")} | {
            set_.name for set_ in _sets(drafts) if not _same_article(set_, article)
        }
        if name in taken:
            name = id_of(name, taken, name)
    index = ActorIndex(known_actors(data))
    texts = searched(article)
    quotes, quoted, speakers = find_quotes(texts, index, (article.outlet, article.wire))
    proposed = reported_people(texts, quoted, index, quotes)
    claims = reported_claims(texts, proposed, index, quotes)  # paraphrases, beside them
    quotes = sorted(
        # an outlet's correction tells its story's mistake: neither are anyone's words
        [q for q in [*quotes, *claims] if not CORRECTION.match(texts[q.paragraph - 1])],
        key=lambda q: (q.paragraph, q.start),
    )
    named = [named_in(text, index) for text in texts]
    result = Ingested(
        name,
        article,
        quotes,
        [  # a photo's caption dates the photo, no event of the story
            g
            for g in find_dates(texts, article.published)
            if article.paragraphs[g.paragraph - 1].label != "photo caption"
        ],
        list(dict.fromkeys([*(a for actors in named for a in actors), *speakers])),
        _unique(proposed),
        named,
        version=version,
    )
    result.plan = make_plan(
        dated(result.dates),
        [p.text for p in article.paragraphs],
        named,
        result.proposed,
        existing_records(data),
        name,
        same,
        version.before if version else None,
    )
    write_drafts(result, drafts / name, data)
    return result


def _sets(drafts: Path) -> list[Path]:
    """The draft sets in drafts/, each a folder with its source's draft."""
    return [p for p in drafts.glob("*") if p.is_dir() and not p.is_symlink()]


def _same_article(data: Path, article: Article) -> tuple[str, dict[str, Any]] | None:
    """The id and the record of the source in data/ (or in a draft set's folder) that is
    this article: the same address, or the same headline on the same day (read leniently:
    a broken file is `check`'s)."""
    for path in sorted((data / "sources").glob("*.yaml")):
        try:
            record = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        if not isinstance(record, dict):
            continue
        same_url = bool(article.url) and record.get("url") == article.url
        headline = str(record.get("headline") or "").casefold()
        same_story = (
            bool(article.headline)
            and headline == (article.headline or "").casefold()
            and str(record.get("published")) == str(article.published)
        )
        if same_url or same_story:
            return str(record.get("id") or path.stem), record
    return None


def _recorded_paragraphs(record: dict[str, Any]) -> list[Paragraph]:
    """The paragraphs of data/'s record of an article, in order, each with its label;
    none if the record cannot be read so (a broken file is `check`'s)."""
    try:
        found = sorted(record["paragraphs"], key=lambda p: int(p["n"]))
        paragraphs = [Paragraph(str(p["text"]), p.get("label")) for p in found]
    except (KeyError, TypeError, ValueError, AttributeError):
        return []
    numbered = [int(p["n"]) for p in found] == list(range(1, len(found) + 1))
    return paragraphs if numbered else []


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
        raise IngestError(
            f"{folder} exists already, the drafts of this article: review them (`make serve`,"
            " then the review page; or `explainer accept`), or delete the folder to ingest it"
            " again"
        )
    plan, existing = done.plan, existing_records(data)
    recorded = plan.recorded_as == done.source_id  # data/ has the source: none is drafted
    files = {
        **({} if recorded else {f"sources/{done.source_id}.yaml": source_draft(done, data)}),
        **{f"events/{c.event_id}.yaml": event_draft(done, c) for c in plan.new_events()},
        **{
            f"actors/{actor_id}.yaml": actor_draft(p, actor_id, done)
            for actor_id, p in plan.actors.items()
        },
        **{
            f"updates/events/{event_id}.yaml": event_update(done, event_id, found, existing)
            for event_id, found in plan.updates().items()
        },
        **{
            f"updates/actors/{actor_id}.yaml": actor_update(done, actor_id, found)
            for actor_id, found in plan.actor_updates.items()
        },
        **(
            {f"updates/sources/{done.source_id}.yaml": source_update(done)}
            if recorded and done.version and done.version.news
            else {}
        ),
        "quotes.yaml": quotes_draft(done, existing),
        "REVIEW.md": "\n".join(review(done)) + "\n",
    }
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _version_news(version: Version) -> str:
    """What an outlet's later version changed, as the drafts say it."""
    numbers = [", ¶".join(map(str, ns)) for ns in (version.changed, version.added, version.gone)]
    said = [
        *([f"the outlet changed ¶{numbers[0]}"] if version.changed else []),
        *([f"added ¶{numbers[1]}"] if version.added else []),
    ]
    gone = f"; ¶{numbers[2]} no longer in it, kept: what cites it" if version.gone else ""
    return (
        " and ".join(said)
        + " in its later version (read so here, drafted as an update of the source)"
        + gone
    )


def source_update(done: Ingested) -> str:
    """The update of data/'s source by the outlet's later version: the paragraphs it
    changed (under data/'s numbers) and those it added (after the last)."""
    version = done.version
    assert version is not None
    entries = [
        {"n": n, **({"label": p.label} if p.label else {}), "text": p.text}
        for n in [*version.changed, *version.added]
        for p in [version.paragraphs[n - 1]]
    ]
    return "".join(
        [
            (
                f"# Update of data/sources/{done.source_id}.yaml by `explainer ingest`: the"
                " outlet's later version of\n# the article. Each paragraph here replaces the"
                " one of its number, or is added. If the\n# explainer showed the old words,"
                " give readers a note in `changes`; then delete the `draft` line.\n"
            ),
            _field("update", f"sources/{done.source_id}"),
            _field("draft", _version_news(version)),
            # the words each replaces, beside them (new user 13 saw only the new ones)
            "".join(
                f"# ¶{n} in data/ before: {_comment(text)}\n" for n, text in version.before.items()
            ),
            _field("paragraphs", entries),
        ]
    )


def dated(dates: list[DateGuess]) -> list[DateGuess]:
    """The guesses with a date, one per date and paragraph ("today" said three times in a
    paragraph is one candidate event), but a dateline's (the day the story was filed)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for g in dates:
        key = (g.paragraph, g.date, g.end, g.precision)
        if g.date and not g.filed and key not in seen:
            seen.add(key)
            kept.append(g)
    return kept


def source_draft(done: Ingested, data: Path) -> str:
    a = done.article
    exists = (data / "sources" / f"{done.source_id}.yaml").exists()
    guesses = {g.split(":")[0]: g for g in a.guesses}
    assert a.published is not None
    licence = f"© {a.published.year} {a.outlet}" if a.outlet else "TODO"
    marks = [
        "the licence is guessed from the outlet and year: check who holds the rights",
        *(
            ["the address is not known: give `url`, or `offline` if it is not online"]
            if not a.url
            else []
        ),
        *(
            g
            for g in a.guesses
            if g.split(":")[0]
            in ("outlet", "headline", "published", "dateline", "authors", "wire", "url")
        ),
    ]
    parts = [
        (
            f"# Draft made by `explainer ingest` from {_comment(a.path.name)}: review every"
            " comment,\n# then delete the `draft` line (`explainer accept` moves it into"
            " data/sources/).\n"
        ),
        _field(
            "id",
            done.source_id,
            "a source with this id exists in data/: choose another" if exists else None,
        ),
        _field("draft", "; ".join(marks)),
        _field(
            "outlet",
            a.outlet or "TODO",
            guesses.get("outlet", "TODO: the outlet's name" if not a.outlet else None),
        ),
        _field("headline", a.headline or "TODO", guesses.get("headline")),
        _field("published", a.published, guesses.get("published")),
        *(
            [_field("dateline", a.dateline, guesses.get("dateline"))]
            if a.dateline
            else ["# dateline: none found (where the story was filed from, if it says)\n"]
        ),
        *(
            [_field("authors", a.authors, guesses.get("authors"))]
            if a.authors
            else ["# authors: no byline found (who wrote it, one name per item, if it says)\n"]
        ),
        *([_field("wire", a.wire, guesses.get("wire"))] if a.wire else []),
        _field("url", a.url, guesses.get("url"))
        if a.url
        else _field(
            "address_unknown",
            True,
            "the article's address was not given: replace with `url: https://…`, or with"
            " `offline: why` if it is not online",
        ),
        _field("republish", False, "true only if its licence lets the full text be republished"),
        _field("licence", licence, "guess: who holds the rights, and what the explainer may do"),
        "paragraphs:\n",
    ]
    for n, p in enumerate(a.paragraphs, 1):
        item = {
            "n": n,
            **({"label": p.label, "uncited_reason": p.label} if p.label else {}),
            "text": p.text,
        }
        note = f"  # guess: {p.label}\n" if p.label else ""
        parts.append(
            note + _indent(yaml.safe_dump([item], allow_unicode=True, sort_keys=False, width=90))
        )
    if a.dropped:
        parts.append("# Lines dropped as page furniture (see REVIEW.md):\n")
        parts += [f"#   {_comment(line)}\n" for line, _ in a.dropped]
    return "".join(parts)


def event_draft(done: Ingested, candidate: Candidate) -> str:
    guess = candidate.guess
    when = {
        "date": guess.date,
        **({"end": guess.end} if guess.end else {}),
        "precision": guess.precision,
        "basis": guess.words,
        "source": done.source_id,
    }
    named = [
        *(done.named[guess.paragraph - 1] if done.named else []),
        *_proposed_in(done, candidate),
    ]
    marks = [
        (
            f"title and summary are the sentence of paragraph {guess.paragraph} that dates"
            " it: rewrite them in neutral words"
        ),
        f"the date is resolved from “{guess.words}” ({guess.rule})",
        *(["the article speaks of it in the future"] if guess.status else []),
        *(["participants are the actors the paragraph names"] if named else []),
    ]
    parts = [
        (
            f"# Candidate event: the article dates something “{_comment(guess.words)}” in"
            f" paragraph {guess.paragraph}.\n# Keep it only if it is an event of the story"
            " (delete the file otherwise); then delete the `draft` line.\n"
        ),
        _field("id", candidate.event_id, "guess: from the title; also the file name"),
        _field("draft", "; ".join(marks)),
        _field("title", candidate.title),
        _field(
            "when",
            when,
            f"guess ({guess.rule}): “{guess.words}” resolved against {done.article.published}",
        ),
    ]
    if guess.status:
        parts.append(_field("status", guess.status))
    if done.article.dateline and DATELINE.match(candidate.sentence):
        marks.append("place: the dateline, where the story was filed from")
        parts[2] = _field("draft", "; ".join(marks))
        note = "guess: the dateline: check it is where it happened, or delete the line"
        parts.append(_field("place", done.article.dateline, note))
    if named:
        participants = [{"actor": actor, "role": "TODO"} for actor in named]
        parts.append(_field("participants", participants, "say how each took part, or delete"))
    paragraph = done.article.paragraphs[guess.paragraph - 1].text
    parts += [
        _field("summary", summary_of(candidate.sentence)),
        _field(
            "cite",
            [{"source": done.source_id, "paragraphs": [guess.paragraph]}],
            f"paragraph {guess.paragraph}: {paragraph[:200]}",
        ),
    ]
    return "".join(parts)


def actor_draft(p: Proposed, actor_id: str, done: Ingested) -> str:
    paragraphs = list(p.paragraphs) or _naming(done, p.name) or [1]
    quoted = any(
        done.plan.speaker(q.actor, q.name) == actor_id for q in done.quotes if q.kind == "quote"
    )
    how = "quotes" if quoted else "names"
    marks = [
        f"the article names “{p.evidence}”: check the name and kind",
        *(["role: the words before the name, or after it between commas"] if p.role else []),
        f"description proposed from where the article {how} them: rewrite it",
        *(
            ["paragraph 1 cited for want of one naming them"]
            if not p.paragraphs and paragraphs == [1]
            else []
        ),
    ]
    return "".join(
        [
            "# Proposed by `explainer ingest`: review it, then delete the `draft` line.\n",
            _field("id", actor_id, "guess: from the name"),
            _field("draft", "; ".join(_comment(m) for m in marks)),
            _field("name", p.name),
            _field(
                "kind",
                p.kind,
                f"guess: {kind_evidence(p)} (person, organisation, state, group, anonymous)",
            ),
            *([_field("role", p.role)] if p.role else []),
            _field("description", description_of(p, done, quoted)),
            _field("cite", [{"source": done.source_id, "paragraphs": paragraphs}]),
        ]
    )


def _proposed_in(done: Ingested, candidate: Candidate) -> list[str]:
    """The new actors drafted beside the event that its sentence names (by surname for a
    person: "Brennan warned that bills would rise")."""
    return [
        actor_id
        for actor_id, p in done.plan.actors.items()
        if candidate.guess.paragraph in p.paragraphs
        and re.search(
            rf"\b{re.escape(p.name.split()[-1] if p.kind == 'person' else p.name)}\b",
            candidate.sentence,
        )
    ]


def description_of(p: Proposed, done: Ingested, quoted: bool) -> str:
    """ "Quoted by The Post on 2026-02-12 as the mayor.": quoted only if the article gives
    their words; a role that is a clause ("proposed the cut") is said of them by name."""
    a = done.article
    said = f"{'Quoted' if quoted else 'Named'} by {a.outlet or 'the article'} on {a.published}"
    if not p.role:
        return f"{said}."
    if re.search(rf"\b(?:who|which|that)\s+{re.escape(p.role)}", p.evidence):
        return f"{said}. {p.name} {p.role}."
    return f"{said} as {_running(p.role)}."


def _running(role: str) -> str:
    """A title as running text writes it after a name: "as Mayor" -> "as mayor", "House
    Speaker" -> "House speaker"; a body's name and an abbreviation keep their capitals."""
    return " ".join(w.lower() if w.lower() in TITLES else w for w in role.split())


def kind_evidence(p: Proposed) -> str:
    """Why the kind is guessed so: a body's name, a body's description, or a name."""
    if p.kind == "organisation" and p.role and BODY.fullmatch(head_of(p.role)):
        return f"a body's description beside the name (“{p.role}”)"
    return KIND_EVIDENCE.get(p.kind, "")


def _naming(done: Ingested, name: str) -> list[int]:
    return [n for n, p in enumerate(done.article.paragraphs, 1) if name in p.text]


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
    paraphrases = sum(q.kind == "paraphrase" for q in done.quotes)
    lines.append(
        f"- {len(done.quotes) - paraphrases} quotations and {paraphrases} reported claims"
        " (quotes.yaml):"
    )
    for q in done.quotes:
        speaker = done.plan.speaker(q.actor, q.name)  # as quotes.yaml gives it
        new = " (new actor)" if speaker in done.plan.actors else ""
        who = f"{q.who!r} -> {speaker or 'unknown'}{new}" if q.who else "no speaker found"
        lines.append(f"  - ¶{q.paragraph} “{q.text[:60]}”: {who} ({q.rule})")
    lines.append(f"- {len(done.dates)} date expressions:")
    lasting = {id(g) for g in done.plan.lasting}
    no_event = {id(g): why for g, why in done.plan.not_events}
    for g in done.dates:
        resolved = (
            f"{g.date} ({g.precision}{', ' + g.status if g.status else ''})" if g.date else g.note
        )
        if g.filed:
            resolved += ": the dateline's, the day the story was filed: no event drafted"
        elif id(g) in lasting:
            resolved += ": how long something has lasted, no event drafted"
        elif id(g) in no_event:
            resolved += f": {no_event[id(g)]} drafted"
        lines.append(f"  - ¶{g.paragraph} “{g.words}”: {resolved}")
    lines.append(f"- actors named: {', '.join(done.actors) or 'none known'}")
    lines += [
        f"- new actor proposed: {p.name} ({p.kind}; {p.role or 'no role given'};"
        f" ¶{', ¶'.join(map(str, p.paragraphs)) or '?'})"
        for p in done.proposed
    ]
    lines += _review_plan(done.plan)
    return [_comment(line) for line in lines]


def _review_plan(plan: Plan) -> list[str]:
    """What the drafts are, and how the editor confirms them."""
    updates = [
        f"- update of data/events/{event_id}.yaml"
        f" (¶{', ¶'.join(str(c.guess.paragraph) for c in found)}): "
        + next(
            (c.matched_by for c in found if c.matched_by),
            "its participants or its title's words, on days its date can mean",
        )
        for event_id, found in plan.updates().items()
    ]
    lines = [
        *(f"- new event: events/{c.event_id}.yaml “{c.title}”" for c in plan.new_events()),
        *updates,
        *(f"- new actor: actors/{a}.yaml" for a in plan.actors),
        *(f"- update of data/actors/{a}.yaml" for a in plan.actor_updates),
    ]
    return lines + ["", *CONFIRMING]


CONFIRMING = [
    "## Confirming",
    "",
    "Every draft carries a `draft:` line saying what is a guess. Review the draft, correct it,",
    "then delete its `draft:` line: that confirms it. A draft you do not want, delete its file",
    "(or, in quotes.yaml, its item). Files under updates/ add to a record data/ already has.",
    "In quotes.yaml, `to` is where the quote goes (event:ID, or dispute:ID:N for the Nth",
    "position); `places` are the suggestions, best first.",
    "",
    "Then `explainer accept DRAFTS_DIR` writes the confirmed drafts into data/ and leaves the",
    "others here; `--all` writes every draft, each with its `draft` mark, which `check` reports",
    "and `check --strict` refuses until it is confirmed in data/.",
]
