"""The days of holidays news names as dates ("on Christmas Eve", "before Thanksgiving",
"Easter Sunday"): which day each falls on in a given year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

FIXED = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "bastille day": (7, 14),
    "the fourth of july": (7, 4),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
}
"""Holidays on the same day every year."""


def easter(year: int) -> dt.date:
    """Easter Sunday of a year of the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], dt.date]:
    """The nth such weekday of the month (n = -1: the last one)."""

    def day(year: int) -> dt.date:
        if n < 0:
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))

    return day


MOVABLE: dict[str, Callable[[int], dt.date]] = {
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda year: easter(year) + dt.timedelta(days=1),
    "good friday": lambda year: easter(year) - dt.timedelta(days=2),
    "holy thursday": lambda year: easter(year) - dt.timedelta(days=3),
    "maundy thursday": lambda year: easter(year) - dt.timedelta(days=3),
    "palm sunday": lambda year: easter(year) - dt.timedelta(days=7),
    "ash wednesday": lambda year: easter(year) - dt.timedelta(days=46),
    "shrove tuesday": lambda year: easter(year) - dt.timedelta(days=47),
    "thanksgiving": _nth_weekday(11, 3, 4),  # the United States' fourth Thursday of November
    "thanksgiving day": _nth_weekday(11, 3, 4),
    "labor day": _nth_weekday(9, 0, 1),
    "memorial day": _nth_weekday(5, 0, -1),
}
"""Holidays whose day moves from year to year."""


def holiday(name: str, year: int) -> dt.date:
    """The day of a holiday (a key of FIXED or MOVABLE, in lower case) in a year."""
    name = name.replace("’", "'")
    if name in FIXED:
        return dt.date(year, *FIXED[name])
    return MOVABLE[name](year)
