"""A news story's dateline, before its first words: the place it was filed from, and the
day and the agency when it names them ("HALLEN, March 3 (Nordwire) - ").

As English news sets it: the place in capitals, written in full ("LOS ANGELES"; two
capitals are an abbreviation: "US - China talks"); after a comma a state or country, then
the day ("MOMBASA, Kenya, Aug. 7"; or day first, "LENKOVO, 3 March 2025"); in brackets the
agency, or a state ("(Calif.)"); then a dash. A hyphen or an en dash closed up joins words
("AFL-CIO", "ISRAEL–GAZA"), so it is the dash only when a space sets it off, as is old wire
copy's underscore ("NEW YORK _ "); an em dash, a bar or two hyphens is one even closed up
("WASHINGTON—The"). Alone on its line, it is still a dateline: a capture may break the
line after it."""

from __future__ import annotations

from dataclasses import dataclass

from . import letters
from .datewords import MONTH

DATELINE = letters.compile(
    r"^\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]+?[A-ZÀ-ÖØ-Þ.])"
    r"(?:,\s*(?P<region>[A-Z][A-Za-zÀ-ÿ.'’ -]*?))?"
    rf"(?:(?:,\s*|\s+)(?:(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})"
    rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_after>{MONTH})\.?)\b(?:,?\s*(?P<year>\d{{4}}))?)?"
    r"\s*(?:\((?:\s*(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.\s*|(?P<agency>[^()]{1,30}))\))?"
    r"(?:\s*(?:[—―]+|-{2,})|\s+[-–_]|[-–_](?=\s))\s*"
)


@dataclass(frozen=True)
class Filed:
    """The day a dateline names, as written ("Aug. 7" or "3 March 2025"), and where the
    dateline ends in its paragraph."""

    month: str
    day: int
    year: int | None
    end: int


def dated_dateline(paragraph: str) -> Filed | None:
    """The dateline opening a paragraph, when it names the day the story was filed, in
    either order ("NAIROBI, Aug. 7 (Xinhua) --", "LENKOVO, 3 March 2025 -")."""
    match = DATELINE.match(paragraph)
    if match is None or not (match["month"] or match["month_after"]):
        return None
    year = int(match["year"]) if match["year"] else None
    day = int(match["day"] or match["day_first"])
    return Filed(match["month"] or match["month_after"], day, year, match.end())
