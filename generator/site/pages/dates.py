"""Dates as precise as their sources allow."""

from __future__ import annotations

import datetime as dt

from ...records.model import When


def describe_when(when: When) -> str:
    """A date as precise as its source allows: 'week of 12 September 2011', 'since 2008'."""
    start, end = when.date, when.end
    if when.precision == "day":
        return f"{start:%A} {day(start)}"
    if when.precision == "weekend":
        return f"weekend of {span(start, start + dt.timedelta(days=1))}"
    if when.precision == "week":
        return f"week of {day(start)}"
    if when.precision == "month":
        return f"{start:%B %Y}"
    if when.precision == "year":
        return str(start.year)
    if when.precision == "since":
        return (
            f"since {start.year}" if (start.month, start.day) == (1, 1) else f"since {day(start)}"
        )
    return span(start, end or start)


def day(date: dt.date) -> str:
    """'15 September 2011'."""
    return f"{date.day} {date:%B %Y}"


def span(start: dt.date, end: dt.date) -> str:
    """'12–16 September 2011', naming a month or year only where the ends differ."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {day(end)}"
    return f"{day(start)} – {day(end)}"


def period(when: When) -> tuple[str, str]:
    """(key, label) of the part of the timeline an event is listed in: its month
    ('2011-09', 'September 2011'), or its year for a year or 'since' date ('2008')."""
    date = when.date
    if when.precision in ("year", "since"):
        return str(date.year), str(date.year)
    return f"{date:%Y-%m}", f"{date:%B %Y}"
