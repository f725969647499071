"""A news story's dateline, before its first words: the place it was filed from, and the
day and the agency when it names them ("HALLEN, March 3 (Nordwire) - ").

As English news sets it: the place in capitals, written in full ("LOS ANGELES"; two capitals
are an abbreviation: "US - China talks"); after a comma a state or country, then the day
("MOMBASA, Kenya, Aug. 7"); in brackets the agency, or a state ("(Calif.)"); then a
dash. A hyphen or an en dash closed up joins words ("AFL-CIO", "ISRAEL–GAZA"), so it is the
dash only when a space sets it off, as is old wire copy's underscore ("NEW YORK _ "); an em
dash, a bar or two hyphens is one even closed up ("WASHINGTON—The"). Alone on its line, it
is still a dateline: a capture may break the line after it."""

from __future__ import annotations

import re

from .datewords import MONTH

DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]+?[A-ZÀ-ÖØ-Þ.])"
    r"(?:,\s*(?P<region>[A-Z][A-Za-zÀ-ÿ.'’ -]*?))?"
    rf"(?:(?:,\s*|\s+)(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})\b(?:,?\s*(?P<year>\d{{4}}))?)?"
    r"\s*(?:\((?:\s*(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.\s*|(?P<agency>[^()]{1,30}))\))?"
    r"(?:\s*(?:[—―]+|-{2,})|\s+[-–_]|[-–_](?=\s))\s*"
)


def dated_dateline(paragraph: str) -> re.Match[str] | None:
    """The dateline opening a paragraph, when it names the day the story was filed."""
    return match if (match := DATELINE.match(paragraph)) and match["month"] else None
