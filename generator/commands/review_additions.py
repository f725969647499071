"""What the editor adds on the review page that ingest missed: an actor the article names,
written as a new draft of the set (drafts/<id>/actors/), citing the set's article at the
paragraphs the editor gives. It is then an item like the others: corrected, accepted
through `accept`, or rejected. Every value is checked here; no path comes from the form."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..run.guard import refuse_link_on_the_way
from ..run.project import id_slug
from ..text.names import name_problem
from .accept import dumped
from .review_article import article_of
from .review_drafts import ACTOR_KINDS, DraftSet, Field, ReviewError

NEW_ACTOR = [
    Field(("name",), "Name, as the article gives it"),
    Field(("kind",), "Kind", "choice", ACTOR_KINDS),
    Field(("role",), "Role or title at the time", optional=True),
    Field(("description",), "Description (one or two neutral sentences)", "textarea"),
    Field(("paragraphs",), "Paragraphs of the article that name them (e.g. 2, 5)"),
]
"""The form of a new actor; its names are those of `Field.name` (f:name, f:kind …)."""


def add_actor(drafts: DraftSet, form: Mapping[str, str]) -> Path:
    """Write the form's actor as drafts/<set>/actors/<id>.yaml, its id made from the name
    (numbered when data/ or the set has it). Nothing is written if a value is wrong."""
    values = {f.path[0]: " ".join(form.get(f.name, "").split()) for f in NEW_ACTOR}
    values["description"] = form.get("f:description", "").replace("\r\n", "\n").strip()
    problems = [
        f"{f.label}: must not be empty"
        for f in NEW_ACTOR
        if not f.optional and not values[f.path[0]]
    ]
    if values["kind"] and values["kind"] not in ACTOR_KINDS:
        problems.append(f"Kind: '{values['kind']}' is not one of the choices")
    article = article_of(drafts.folder, drafts.id, drafts.data)
    numbers = [int(n) for n in re.findall(r"\d+", values["paragraphs"])]
    known = {p.n for p in article.paragraphs} if article else set()
    if values["paragraphs"] and (not numbers or not set(numbers) <= known):
        problems.append(
            f"Paragraphs: '{values['paragraphs']}' are not all paragraphs of the article"
            f" (1 to {max(known, default=0)})"
        )
    if values["name"] and (problem := name_problem(values["name"])):
        problems.append(f"Name: {problem}")
    record_id = _free_id(drafts, values["name"])
    if values["name"] and not record_id:
        problems.append(f"Name: no id can be made from '{values['name']}'")
    if problems:
        raise ReviewError("New actor: " + "; ".join(problems) + " (nothing was written)")
    record = CommentedMap(id=record_id, name=values["name"], kind=values["kind"])
    if values["role"]:
        record["role"] = values["role"]
    record["description"] = values["description"]
    paragraphs = CommentedSeq(sorted(set(numbers)))
    record["cite"] = CommentedSeq([CommentedMap(source=drafts.id, paragraphs=paragraphs)])
    path = drafts.folder / "actors" / f"{record_id}.yaml"
    refuse_link_on_the_way(path, drafts.folder)
    path.parent.mkdir(exist_ok=True)
    with open(path, "x", encoding="utf-8") as out:  # never over a draft made meanwhile
        out.write(dumped(record))
    return path


def _free_id(drafts: DraftSet, name: str) -> str:
    """The id of a name ('Zoë Brun' -> zoe-brun), numbered past those data/ and the set
    hold ('zoe-brun-2')."""
    base = id_slug(name)
    if not base:
        return ""
    taken = {  # a record's id is its file's name (check refuses any other)
        path.stem
        for folder in (drafts.data, drafts.folder)
        for path in (folder / "actors").glob("*")
    }
    record_id, n = base, 2
    while record_id in taken:
        record_id, n = f"{base}-{n}", n + 1
    return record_id
