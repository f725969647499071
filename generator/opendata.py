"""Open data: the whole validated data set as JSON, one CSV per record kind, and the
JSON Schema of each kind, published under open-data/ on the site. Source text follows
the same rights rule as the source pages."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .coverage import Coverage
from .explainer import Explainer
from .model import KINDS

FOLDER = "open-data"


def open_data_files(explainer: Explainer, coverage: Coverage) -> dict[str, str]:
    """Docs-relative path -> file content, in a stable order (reproducible builds)."""
    data = {kind: [r.model_dump(mode="json") for _, r in sorted(getattr(explainer, kind).items())] for kind in KINDS}
    data["sources"] = [_publishable(source, coverage) for source in data["sources"]]
    files = {f"{FOLDER}/explainer.json": _records_json(data)}
    for kind, records in data.items():
        files[f"{FOLDER}/{kind}.csv"] = _csv(records, list(KINDS[kind].model_fields))
        files[f"{FOLDER}/schema/{kind}.schema.json"] = _json(KINDS[kind].model_json_schema())
    return files


def _publishable(source: dict[str, Any], coverage: Coverage) -> dict[str, Any]:
    """As on the source pages: where the full text may not be republished, only the
    cited paragraphs keep their text."""
    if source["republish"]:
        return source
    cited = coverage.citers(source["id"])
    paragraphs = [p if p["n"] in cited else {**p, "text": None} for p in source["paragraphs"]]
    return {**source, "paragraphs": paragraphs}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _records_json(data: dict[str, list[dict[str, Any]]]) -> str:
    """The data set as JSON with one record per line: diffs stay readable, and each line
    is dumped by json's C encoder (indenting everything made this file take 1 s at
    10,000 records)."""
    kinds = [
        f' "{kind}": [\n' + ",\n".join("  " + json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records) + "\n ]"
        for kind, records in sorted(data.items())
    ]
    return "{\n" + ",\n".join(kinds) + "\n}\n"


def _csv(records: list[dict[str, Any]], columns: list[str]) -> str:
    """One row per record; lists of ids joined by '; ', nested values as JSON."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(record.get(column)) for column in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, (list, dict)) else str(value)
    # Spreadsheets run a cell starting with one of these as a formula: keep it text.
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text
