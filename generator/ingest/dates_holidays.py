"""The days of holidays news names as dates ("on Christmas Eve", "before Thanksgiving",
"Easter Sunday"): which day each falls on in a given year."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

FIXED = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "st stephen's day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "hogmanay": (12, 31),
    "valentine's day": (2, 14),
    "st david's day": (3, 1),
    "international women's day": (3, 8),
    "st patrick's day": (3, 17),
    "earth day": (4, 22),
    "st george's day": (4, 23),
    "anzac day": (4, 25),
    "may day": (5, 1),
    "juneteenth": (6, 19),
    "canada day": (7, 1),
    "the fourth of july": (7, 4),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "all saints' day": (11, 1),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "veterans day": (11, 11),
    "st andrew's day": (11, 30),
    "world aids day": (12, 1),
    "burns night": (1, 25),
    "australia day": (1, 26),
    "waitangi day": (2, 6),
    "jamhuri day": (12, 12),
    "rizal day": (12, 30),
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


def _monday_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday() or 7)


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
    "pentecost": lambda year: easter(year) + dt.timedelta(days=49),
    "whit sunday": lambda year: easter(year) + dt.timedelta(days=49),
    "whit monday": lambda year: easter(year) + dt.timedelta(days=50),
    "ascension day": lambda year: easter(year) + dt.timedelta(days=39),
    # the United States' (Canada's Thanksgiving and Labour Day fall otherwise)
    "thanksgiving": _nth_weekday(11, 3, 4),
    "thanksgiving day": _nth_weekday(11, 3, 4),
    "black friday": lambda year: _nth_weekday(11, 3, 4)(year) + dt.timedelta(days=1),
    "labor day": _nth_weekday(9, 0, 1),
    "memorial day": _nth_weekday(5, 0, -1),
    "martin luther king jr. day": _nth_weekday(1, 0, 3),
    "martin luther king day": _nth_weekday(1, 0, 3),
    "presidents' day": _nth_weekday(2, 0, 3),
    "presidents day": _nth_weekday(2, 0, 3),
    "columbus day": _nth_weekday(10, 0, 2),
    "father's day": _nth_weekday(6, 6, 3),
    "victoria day": lambda year: _monday_before(dt.date(year, 5, 25)),
}
"""Holidays whose day moves from year to year."""


NAMES = sorted([*FIXED, *MOVABLE], key=len, reverse=True)
"""Every holiday's name, longest first (as a pattern tries them: "Christmas Eve" before
"Christmas")."""


def pattern_of(name: str) -> str:
    """A name of NAMES as the article writes it: "St. Patrick’s Day", "Saint Patrick's Day",
    "Martin Luther King Jr. Day"."""
    words = []
    for word in name.split():
        if word == "st":
            words.append(r"(?:St\.?|Saint)")
        elif word in ("of", "the"):
            words.append(word)
        else:
            words.append(re.escape(word[0].upper() + word[1:]).replace("'", "['’]"))
    return r"\s+".join(words)


def holiday(name: str, year: int) -> dt.date:
    """The day of a holiday in a year, by its name as the article writes it."""
    name = " ".join(name.lower().replace("’", "'").split())
    name = re.sub(r"^(?:st\.|saint)(?= )", "st", name)
    if name in FIXED:
        return dt.date(year, *FIXED[name])
    return MOVABLE[name](year)
