"""The editors' data-format reference, generated from the schema in model.py."""

from __future__ import annotations

import typing
from typing import Any

from markupsafe import Markup
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from ...ingest import article as ingest_article
from ...ingest import drafts as ingest_drafts
from ...records.examples import EXAMPLE, scaffold_text
from ...records.load import MAX_DEPTH, MAX_DIGITS, MAX_FILE_BYTES, MAX_KEY
from ...records.model import KINDS, MAX_TEXT, MAX_YEAR, MIN_YEAR, models_in


def reference_context() -> dict[str, Any]:
    """One table per record kind and per nested type, straight from the models."""
    return {
        "kinds": [
            {
                **_table(f"data/{folder}/", model),
                "example": Markup(scaffold_text(folder, EXAMPLE)),  # ours, not data: unescaped
                "command": f"explainer add {folder[:-1]} ID",
            }
            for folder, model in KINDS.items()
        ],
        "nested": [_table(model.__name__, model) for model in nested_models()],
        "limits": {
            "file_bytes": f"{MAX_FILE_BYTES:,}",
            "text": f"{MAX_TEXT:,}",
            "depth": MAX_DEPTH,
            "digits": MAX_DIGITS,
            "key": f"{MAX_KEY:,}",
            "years": f"{MIN_YEAR} to {MAX_YEAR}",
            "ingest_bytes": f"{ingest_article.MAX_BYTES:,}",
            "ingest_text": f"{ingest_article.MAX_TEXT:,}",
            "ingest_searched": f"{ingest_drafts.MAX_SEARCHED:,}",
        },
    }


def nested_models() -> list[type[BaseModel]]:
    """Every model used inside a record kind, in the order the kinds first use them."""
    found: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        for info in model.model_fields.values():
            for nested in models_in(info.annotation):
                if nested not in found and nested not in KINDS.values():
                    found.append(nested)
                    visit(nested)

    for model in KINDS.values():
        visit(model)
    return found


def _table(name: str, model: type[BaseModel]) -> dict[str, Any]:
    return {
        "name": name,
        "doc": (model.__doc__ or "").strip(),
        "fields": [_row(field, info) for field, info in model.model_fields.items()],
    }


def _row(field: str, info: FieldInfo) -> dict[str, Any]:
    return {
        "name": field,
        "type": type_name(info.annotation),
        "required": info.is_required(),
        "description": info.description or _metadata_description(info),
    }


def _metadata_description(info: FieldInfo) -> str:
    return next((m.description for m in info.metadata if getattr(m, "description", None)), "")


def type_name(annotation: Any) -> str:
    """A short, editor-facing name for a field type: 'list of Citation', 'date or none'."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return type_name(args[0])
    if origin is list:
        return f"list of {type_name(args[0])}"
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if args and type(None) in args:
        return " or ".join(type_name(a) for a in args if a is not type(None)) + " (optional)"
    names = {str: "text", int: "number", bool: "true/false"}
    return names.get(annotation, getattr(annotation, "__name__", str(annotation)))
