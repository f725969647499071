"""Open data: the whole validated data set as JSON, one CSV per record kind, and the
JSON Schema of each kind, published under open-data/ on the site. Source text follows
the same rights rule as the source pages."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from pydantic import BaseModel

from ..records.coverage import Coverage
from ..records.explainer import Explainer
from ..records.model import KINDS, Source

FOLDER = "open-data"

_RAW_IN_JSON = re.compile("[\x7f-\x9f]")
"""Controls json.dumps leaves raw with ensure_ascii=False (it escapes C0 itself)."""
_CONTROLS_IN_CSV = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Controls CSV has no escape for: all but tab, and the line ends a quoted cell keeps."""


def open_data_files(explainer: Explainer, coverage: Coverage) -> dict[str, str]:
    """Docs-relative path -> file content, in a stable order (reproducible builds)."""
    rows: dict[str, list[Row]] = {}
    for kind in KINDS:
        records = [record for _, record in sorted(getattr(explainer, kind).items())]
        if kind == "sources":  # what is shown depends on which paragraphs are cited
            rows[kind] = [
                explainer.memo(
                    _source_row,
                    source,
                    (kind, source.id),
                    tuple(sorted(coverage.citers(source.id))),
                )
                for source in records
            ]
        else:
            rows[kind] = [
                explainer.memo(_record_row, record, (kind, record.id)) for record in records
            ]
    files = {
        f"{FOLDER}/explainer.json": _records_json(
            {kind: [line for line, _ in r] for kind, r in rows.items()}
        )
    }
    for kind in KINDS:
        files[f"{FOLDER}/{kind}.csv"] = _csv_row(list(KINDS[kind].model_fields)) + "".join(
            line for _, line in rows[kind]
        )
        files[f"{FOLDER}/schema/{kind}.schema.json"] = _schema(kind)
    return files


@functools.cache
def _schema(kind: str) -> str:
    """A kind's JSON Schema, which depends only on the generator's code."""
    return _json(KINDS[kind].model_json_schema())


Row = tuple[str, str]
"""One record in the open data: its line of explainer.json and its line of CSV (kept,
with the memo, while the record is unchanged, so that an edit does not write every
CSV row again)."""


def _record_row(record: BaseModel) -> Row:
    return _row(record.model_dump(mode="json"))


def _row(data: dict[str, Any]) -> Row:
    # model_dump keeps the model's field order, which is the CSV header's order.
    return _json_line(data), _csv_row([_cell(value) for value in data.values()])


def _source_row(source: Source, cited: tuple[int, ...]) -> Row:
    return _row(_publishable(source.model_dump(mode="json"), cited))


def _publishable(source: dict[str, Any], cited: tuple[int, ...]) -> dict[str, Any]:
    """As on the source pages: where the full text may not be republished, only the
    cited paragraphs keep their text."""
    if source["republish"]:
        return source
    paragraphs = [p if p["n"] in cited else {**p, "text": None} for p in source["paragraphs"]]
    return {**source, "paragraphs": paragraphs}


def _json(value: Any) -> str:
    return _escaped(json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)) + "\n"


def _json_line(value: Any) -> str:
    return _escaped(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _escaped(dumped: str) -> str:
    """JSON with every control character escaped: an escape sequence in the data (ESC,
    CSI, DEL) would act on the terminal of whoever prints the file. Outside strings JSON
    holds no such character, so the whole text can be searched."""
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", dumped)


def _records_json(lines: dict[str, list[str]]) -> str:
    """The data set as JSON with one record per line: diffs stay readable, and each line
    is dumped by json's C encoder (indenting the whole file with it is much slower)."""
    kinds = [
        f' "{kind}": [\n' + ",\n".join("  " + line for line in records) + "\n ]"
        for kind, records in sorted(lines.items())
    ]
    return "{\n" + ",\n".join(kinds) + "\n}\n"


def _csv_row(cells: list[str]) -> str:
    """One CSV line: a header, or a record's cells (lists of ids joined by '; ', nested
    values as JSON). As Python's csv module writes it, except that a cell holding a
    carriage return is quoted too: a spreadsheet would start a new row there."""
    return ",".join(_csv_field(cell) for cell in cells) + "\n"


def _csv_field(cell: str) -> str:
    # CSV cannot escape a control character: it is shown as U+FFFD, the character
    # Unicode gives for one that cannot be shown.
    cell = _CONTROLS_IN_CSV.sub("\ufffd", cell)
    if any(character in cell for character in ',"\n\r'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = "; ".join(value)
    elif isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    else:
        text = str(value)
    # Spreadsheets run a cell starting with one of these as a formula: keep it text.
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text
