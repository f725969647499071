"""Records in another language: each value with a translation into that language shows
it (a quotation keeps its own words: the page sets its translation beside it), and what
is not yet translated, which `check` warns of (gaps.py)."""

from __future__ import annotations

import functools
from typing import Any

from .explainer import Explainer
from .model import Actor, Claim, Model, Record, Translation, models_in, walk
from .validate import field_path


def translated(explainer: Explainer, code: str, written_in: str = "en") -> Explainer:
    """The explainer as a reader of the language `code` reads it: every translated field in
    that language, every other as written (in `written_in`, the site's main language).
    Validated data in, the same records out."""

    def each(kind: str) -> dict[str, Any]:
        return {i: _translate(r, code) for i, r in getattr(explainer, kind).items()}

    actors = {i: _known_as_written(a, explainer.actors[i]) for i, a in each("actors").items()}

    return Explainer(
        each("sources"),
        actors,
        each("events"),
        each("disputes"),
        language=code,
        written_in=written_in,
    )


def _known_as_written(actor: Actor, written: Actor) -> Actor:
    """A translated actor, also known by its name as written: a reader of the translation
    may know it (search finds it, the page lists it among the other names)."""
    if actor.name == written.name or written.name in actor.aliases:
        return actor
    return actor.model_copy(update={"aliases": [written.name, *actor.aliases]})


def _translate(value: Any, code: str) -> Any:
    if isinstance(value, list):
        return [_translate(item, code) for item in value]
    if not isinstance(value, Model):
        return value
    update = {name: _translate(getattr(value, name), code) for name in _nested(type(value))}
    translation = getattr(value, "translations", {}).get(code)
    for name in translation.model_fields_set if translation is not None else ():
        if getattr(translation, name) is not None and not _kept(value, name):
            update[name] = getattr(translation, name)
    return value.model_copy(update=update) if update else value


def _kept(value: Model, name: str) -> bool:
    """A quotation's words are never replaced: its translation goes beside it."""
    return isinstance(value, Claim) and value.kind == "quote" and name == "text"


@functools.cache
def _nested(model: type[Model]) -> tuple[str, ...]:
    """The fields of a model that hold typed values which may carry translations."""
    return tuple(
        name
        for name, info in model.model_fields.items()
        if name != "translations" and any(models_in(info.annotation))
    )


@functools.cache
def translation_type(model: type[Model]) -> type[Translation] | None:
    """The model of a value's translations (ActorTranslation for Actor), if it has one."""
    info = model.model_fields.get("translations")
    found = [m for m in models_in(info.annotation) if issubclass(m, Translation)] if info else []
    return found[0] if found else None


def untranslated(record: Record, code: str) -> list[str]:
    """The fields of a record (paths: 'name', 'positions[0].stance') with text that has no
    translation into the language `code`."""
    return [field_path(loc) for loc in untranslated_at(record, code)]


def untranslated_at(record: Record, code: str) -> list[tuple[str | int, ...]]:
    """As `untranslated`, each field as its path of names and list indexes."""
    missing: list[tuple[str | int, ...]] = []
    for loc, value in walk(record):
        kind = translation_type(value.__class__)
        if kind is None:
            continue
        have = value.translations.get(code)
        missing += [
            (*loc, name)
            for name in kind.model_fields
            if getattr(value, name) is not None and (have is None or getattr(have, name) is None)
        ]
    return missing


def translation_state(record: Record, code: str) -> str:
    """'all', 'part' or 'none': how much of a record's text is translated into `code`
    ('all' too for a record with no text to translate)."""
    missing = untranslated(record, code)
    if not missing:
        return "all"
    texts = [v for _, v in walk(record) if translation_type(v.__class__) is not None]
    return "part" if any(code in value.translations for value in texts) else "none"
