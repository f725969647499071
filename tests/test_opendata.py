"""Open data: JSON, CSV and JSON Schema follow the data, and the sources' rights."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from generator.commands.bundle import DataVersion, about_page
from generator.records.coverage import Coverage
from generator.records.load import load_all
from generator.records.validate import validate
from generator.site.opendata import open_data_files
from generator.site.render import render
from helpers import edit


def files(data_dir: Path) -> dict[str, str]:
    explainer = validate(load_all(data_dir))
    return open_data_files(explainer, Coverage(explainer))


def test_every_kind_has_csv_and_schema(data_dir: Path) -> None:
    out = files(data_dir)
    assert sorted(out) == [
        "open-data/actors.csv",
        "open-data/disputes.csv",
        "open-data/events.csv",
        "open-data/explainer.json",
        "open-data/schema/actors.schema.json",
        "open-data/schema/disputes.schema.json",
        "open-data/schema/events.schema.json",
        "open-data/schema/sources.schema.json",
        "open-data/sources.csv",
    ]
    actors = list(csv.DictReader(io.StringIO(out["open-data/actors.csv"])))
    assert [a["id"] for a in actors] == ["minister", "ministry", "the-group"]
    assert actors[0]["aliases"] == "Minister; <script>alert(1)</script>"
    schema = json.loads(out["open-data/schema/actors.schema.json"])
    assert schema["additionalProperties"] is False and "kind" in schema["required"]


def test_text_that_may_not_be_republished_is_withheld(data_dir: Path) -> None:
    edit(data_dir, "sources/wire-2011-09-15.yaml", "republish: true", "republish: false")
    out = files(data_dir)
    (source,) = json.loads(out["open-data/explainer.json"])["sources"]
    assert [p["text"] is None for p in source["paragraphs"]] == [False, False, True]
    assert "By A. Reporter" not in out["open-data/sources.csv"]


def test_csv_cells_never_start_a_formula(data_dir: Path) -> None:
    edit(data_dir, "actors/ministry.yaml", "name: The Ministry", "name: '=HYPERLINK(\"http://x\")'")
    actors = list(csv.DictReader(io.StringIO(files(data_dir)["open-data/actors.csv"])))
    assert actors[1]["name"] == '\'=HYPERLINK("http://x")'


def test_every_csv_cell_is_guarded_and_a_carriage_return_starts_no_row(data_dir: Path) -> None:
    # A list cell that a spreadsheet would run as a formula, and a raw \r before one.
    edit(data_dir, "actors/minister.yaml", "aliases: [", "aliases: ['=HYPERLINK(\"http://x\")', ")
    edit(
        data_dir,
        "actors/ministry.yaml",
        "description: A ministry.",
        "description: \"A ministry.\\r=cmd|' /C calc'!A0\"",
    )
    text = files(data_dir)["open-data/actors.csv"]
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 4 and all(len(row) == len(rows[0]) for row in rows)  # header and 3 actors
    aliases = rows[0].index("aliases")
    minister = next(row for row in rows if row[0] == "minister")
    assert minister[aliases].startswith("'=HYPERLINK")
    assert "\"A ministry.\r=cmd|' /C calc'!A0\"" in text  # quoted: one cell, not a new row
    # Read as a spreadsheet would: no cell starts a formula.
    assert not [cell for row in rows for cell in row if cell.startswith(("=", "+", "-", "@"))]


def rights_texts(data_dir: Path) -> tuple[str, str]:
    """What the open-data page and the offline copy's About page say of the articles."""
    explainer = validate(load_all(data_dir))
    pages = render(explainer, Coverage(explainer))
    about = about_page(explainer, dt.datetime(2026, 1, 1), DataVersion("abc", False))
    return pages["open-data/index.md"], about


def test_rights_follow_each_source_republish_flag(data_dir: Path) -> None:
    open_data, about = rights_texts(data_dir)  # the one source may be republished
    assert "The full text of every article is included" in open_data
    assert "The full text of every article is included" in about
    assert "| Full text | Example licence |" in about
    assert "property of their publishers" not in open_data + about

    edit(data_dir, "sources/wire-2011-09-15.yaml", "republish: true", "republish: false")
    open_data, about = rights_texts(data_dir)
    assert "only the paragraphs the explainer cites are included" in open_data
    assert "only the paragraphs the explainer cites are included" in about
    assert "| Cited paragraphs | Example licence |" in about

    second = data_dir / "sources" / "wire-2011-09-16.yaml"
    text = (data_dir / "sources" / "wire-2011-09-15.yaml").read_text(encoding="utf-8")
    second.write_text(
        text.replace("wire-2011-09-15", "wire-2011-09-16")
        .replace("republish: false", "republish: true")
        .replace("?id=1", "?id=2"),  # another article
        encoding="utf-8",
    )
    open_data, _ = rights_texts(data_dir)
    assert "1 of the 2 articles are included in full" in " ".join(open_data.split())


def test_no_control_character_reaches_the_open_data_raw(data_dir: Path) -> None:
    # ESC (a terminal escape), BEL, DEL, a C1 CSI and NEL, typed as YAML escapes.
    edit(
        data_dir,
        "events/summit.yaml",
        "summary: A summit announced for the following week.",
        'summary: "A summit\\e[2J\\a\\x7f\\x9b31m\\N announced.\\ttab\\nline"',
    )
    out = files(data_dir)
    controls = [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\r"]
    for path, text in out.items():
        assert not [c for c in controls if c in text], path
    assert (
        '"summary": "A summit\\u001b[2J\\u0007\\u007f\\u009b31m\\u0085 announced.\\ttab\\nline"'
    ) in out["open-data/explainer.json"]
    (summit,) = [
        e for e in json.loads(out["open-data/explainer.json"])["events"] if e["id"] == "summit"
    ]
    assert summit["summary"] == "A summit\x1b[2J\x07\x7f\x9b31m\x85 announced.\ttab\nline"
    events = list(csv.DictReader(io.StringIO(out["open-data/events.csv"])))
    assert (
        events[1]["summary"] == "A summit\ufffd[2J\ufffd\ufffd\ufffd31m\ufffd announced.\ttab\nline"
    )
