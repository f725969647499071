"""`explainer add KIND [ID] [--name NAME]`: a new record file with every field, commented,
that passes `check` as it stands, for an editor to fill in (scaffolds/). What it cannot
know (a name made from the id, a kind guessed from it, the paragraph cited) is said in
its `draft` mark, and every missing value is a TODO: `check` reports both, `check
--strict` refuses. Given a name, the name is exact and the id is made from it."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from pathlib import Path

from ..ingest.actors_names import BODY_WORDS
from ..records.examples import scaffold_text
from ..records.load import load_file
from ..records.model import KINDS, RESERVED_IDS, WINDOWS_NAMES
from ..run.errors import ExplainerError
from ..run.guard import refuse_link_on_the_way
from ..run.project import id_slug

log = logging.getLogger(__name__)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ScaffoldError(ExplainerError):
    """The record file cannot be added (unknown kind, bad or taken id, nothing to cite)."""


def add_record(
    data: Path,
    kind: str,
    record_id: str | None,
    source: str | None = None,
    name: str | None = None,
) -> Path:
    """Write data/<kind>/<id>.yaml from its scaffold; `kind` may be singular. The record
    cites `source` (default: the first source), paragraph 1 standing in until edited.
    `name` is an actor's name or an event's title as written; without an id, the id is
    made from it ('Jean-Luc Dubois' -> jean-luc-dubois)."""
    kind = kind if kind in KINDS else f"{kind}s"
    if kind not in KINDS:
        raise ScaffoldError(
            f"unknown kind '{kind[:-1]}': one of {', '.join(k[:-1] for k in KINDS)}"
        )
    if name is not None and kind not in NAMED:
        raise ScaffoldError(f"--name is for an actor's name or an event's title, not a {kind[:-1]}")
    if name is not None and not name.strip():
        raise ScaffoldError("--name is empty")
    if record_id is None:
        if name is None:
            raise ScaffoldError("give the record's id, or its --name to make the id from")
        record_id = id_slug(name)
        if not record_id:
            raise ScaffoldError(f"no id can be made from '{name}': give one")
    if not _ID.fullmatch(record_id) or len(record_id) > 100:
        raise ScaffoldError(
            f"'{record_id}' is no id: lower-case letters, digits and single hyphens, "
            "at most 100 characters"
        )
    if record_id in RESERVED_IDS | WINDOWS_NAMES:
        raise ScaffoldError(f"'{record_id}' is a reserved name: choose another id")
    path = data / kind / f"{record_id}.yaml"
    refuse_link_on_the_way(path, data)
    if path.exists():
        raise ScaffoldError(f"{path} already exists")
    context = _context(data, kind, record_id, source, name)
    text = scaffold_text(kind, context)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as out:  # never over a file made meanwhile
        out.write(text)
    log.info("Wrote %s: fill in its TODOs, confirm its draft mark, then run `make check`", path)
    return path


def _context(
    data: Path, kind: str, record_id: str, source: str | None, given: str | None
) -> dict[str, object]:
    """The scaffold's values, and the draft mark naming each of them that is a guess."""
    name = name_from_id(record_id) if given is None else " ".join(given.split())
    guesses = []
    if kind in NAMED and given is None:
        guesses.append(f"the {TITLE_WORDS[kind]} '{name}' is made from the id")
    # A name as typed may hold YAML's own marks (': ', ' #', a leading quote): quoted.
    written = name if given is None else json.dumps(name, ensure_ascii=False)
    context: dict[str, object] = {"id": record_id, "name": written, "kind": "person"}
    if kind == "sources":
        guesses.append("`published` is today, a stand-in")
    if kind == "events":
        guesses.append("`when.date` is the source's publication date, a stand-in")
    if kind == "actors":
        context["kind"] = kind_from_id(record_id)
        guesses.append(f"kind {context['kind']} is guessed from the id")
    if kind != "sources":
        cited = _source(data, source)
        context["source"] = cited.stem
        context["date"] = load_file("sources", cited).data.get("published")
        guesses.append(f"paragraph 1 of {cited.stem} is cited as a stand-in")
    if kind == "disputes":
        context["actor"] = _first(data, "actors", "add an actor first: explainer add actor ID").stem
        guesses.append(f"the position's actor {context['actor']} is a stand-in")
    context["today"] = dt.date.today()
    context["draft"] = json.dumps("; ".join(guesses), ensure_ascii=False)  # YAML, quoted
    return context


TITLE_WORDS = {"actors": "name", "events": "title"}
NAMED = TITLE_WORDS.keys()
"""The kinds whose scaffold is named from the id (the others' title is a TODO)."""
ACRONYM = re.compile(r"[a-z]{2}|[b-df-hj-np-tv-z]{3}")
"""Words of an id that are likely initials: 'us', 'un', 'eu', 'nhs' (no vowel)."""
BODY = re.compile(BODY_WORDS)
"""The last word of an id that names a body, not a person: the head words ingest knows
("federal-water-tribunal", "oster-water-company")."""


SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "al", "de", "da", "la"})
"""Words of an id that stay lower-case in a name ('bank-of-england' -> 'Bank of England')."""


def name_from_id(record_id: str) -> str:
    """'us-state-department' -> 'US State Department': a guess, marked as one."""
    words = record_id.split("-")
    return " ".join(
        w if w in SMALL_WORDS and i else w.upper() if ACRONYM.fullmatch(w) else w.capitalize()
        for i, w in enumerate(words)
    )


def kind_from_id(record_id: str) -> str:
    """'organisation' when the id's head word names a body ('us-state-department',
    'bank-of-england': the last word before 'of' or 'for'), else 'person': a guess."""
    head = re.split(r"-(?:of|for)-", record_id, maxsplit=1)[0].split("-")[-1]
    return "organisation" if BODY.fullmatch(head) else "person"


def _source(data: Path, source: str | None) -> Path:
    if source is None:
        return _first(data, "sources", "add a source first: explainer add source ID")
    path = data / "sources" / f"{source}.yaml"
    if not _ID.fullmatch(source) or not path.is_file() or path.is_symlink():
        known = ", ".join(p.stem for p in sorted((data / "sources").glob("*.yaml"))[:5])
        raise ScaffoldError(f"--source: unknown source '{source}' (known: {known or 'none'})")
    return path


def _first(data: Path, kind: str, otherwise: str) -> Path:
    files = sorted(p for p in (data / kind).glob("*.yaml") if p.is_file() and not p.is_symlink())
    if not files:
        raise ScaffoldError(otherwise)
    return files[0]
