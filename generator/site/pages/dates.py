"""Dates as precise as their sources allow, in the language of the site.

Every pattern ('d MMMM y') is a Babel (CLDR) date pattern and a message of the catalogs:
a language writes its day, month and year in its own order and with its own month names
and digits (i18n.Language.date)."""

from __future__ import annotations

import datetime as dt

from ...records.model import When
from ..i18n import ENGLISH, Language


def describe_when(when: When, lang: Language = ENGLISH) -> str:
    """A date as precise as its source allows: 'week of 12 September 2011', 'since 2008'."""
    start, end = when.date, when.end
    if when.precision == "day":
        return lang.date(start, "EEEE d MMMM y")
    if when.precision == "weekend":
        dates = span(start, start + dt.timedelta(days=1), lang)
        return lang._("weekend of {dates}").format(dates=dates)
    if when.precision == "week":
        return lang._("week of {date}").format(date=day(start, lang))
    if when.precision == "month":
        return month(start, lang)
    if when.precision == "year":
        return year(start, lang)
    if when.precision == "since":
        if (start.month, start.day) == (1, 1):
            return lang._("since {year}").format(year=year(start, lang))
        return lang._("since {date}").format(date=day(start, lang))
    return span(start, end or start, lang)


def day(value: dt.date, lang: Language = ENGLISH) -> str:
    """'15 September 2011'."""
    return lang.date(value, "d MMMM y")


def month(value: dt.date, lang: Language = ENGLISH) -> str:
    """'September 2011'."""
    return lang.date(value, "MMMM y")


def year(value: dt.date, lang: Language = ENGLISH) -> str:
    """'2011'."""
    return lang.digits(str(value.year))


def span(start: dt.date, end: dt.date, lang: Language = ENGLISH) -> str:
    """'12–16 September 2011', naming a month or year only where the ends differ."""
    if (start.year, start.month) == (end.year, end.month):
        first = lang.date(start, "d")
        return lang._("{first}–{last}").format(first=first, last=day(end, lang))
    if start.year == end.year:
        first = lang.date(start, "d MMMM")
        return lang._("{first} – {last}").format(first=first, last=day(end, lang))
    return lang._("{first} – {last}").format(first=day(start, lang), last=day(end, lang))


def period(when: When, lang: Language = ENGLISH) -> tuple[str, str]:
    """(key, label) of the part of the timeline an event is listed in: its month
    ('2011-09', 'September 2011'), or its year for a year or 'since' date ('2008')."""
    start = when.date
    if when.precision in ("year", "since"):
        return str(start.year), year(start, lang)
    return f"{start:%Y-%m}", month(start, lang)
