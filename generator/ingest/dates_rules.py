"""The rules of dates: each a pattern of English news writing and how it resolves against
the publication date and the way the words near it point (generator/ingest/tense.py). The
first rule that matches where two overlap wins, so their order matters.

- a weekday: in the past tense, the last such day on or before publication ("said
  Friday" in Friday's paper is that day, "last Thursday" the one before); in the future
  ("will", "is to", "next", "scheduled"…) the next one, and the event is `scheduled`;
- "June 28", "Feb. 9", "26 December": that day of the year the tense points to;
  "Sept. 15, 2011", "26 December 2019": that day; "March 1996", "July last year": that month;
- "in June", "last May", "early August", "mid-November": that month, the last one, the
  next one or the nearest (a month alone is no day);
- "this week('s)", "last week", "next week", "N weeks ago"; "over the weekend";
- "yesterday", "today", "tomorrow", "N days ago", "the day before yesterday"; "last
  night", "overnight": the night before publication, dated by the day it began
  ("overnight" ahead is tonight);
- "next month", "last month", "the end of the month"; a week, a month or a year with words
  that place a date inside it is the whole phrase, valued as that period ("by the end of
  next year", "early next month", "the start of next week");
- "last year", "this year", "next year", "a year ago", "six years ago", "the end of the
  year": that year; "last summer", "this fall": that season (a `range` of three months);
- "since 2008": precision `since`; "in 2009", "a 2009 assault": that year ("by 2030", a
  year after publication, is `scheduled`; "2000 pilgrims" is a count); "2011-12": one
  academic or fiscal year (a `range` over both);
- "two days later", "the day before", "a week later" with nothing after them: counted
  from the day the article named last (dates.py); "a day after the vote", "days later",
  "in recent months": no date of their own, noted for the editor (a `relative_to`
  another event, or too vague to date);
- "April 9 and 10", "9-11 April": the days of a `range` ("April 9 and 16": the first);
  "on the 14th": that day of the month of publication, or of the month the tense points to.

Other spellings: a year as a broadcast spells it ("nineteen ninety-four", "the year two
thousand"); "the winter of 1994", "summer 2010"; a date before a colon ("Saturday, April
25: …"); "the full year", "earlier in the year", "year-earlier", "the current fiscal
year", "the start of the month"; "October 12 last year"; "last December 17" is the one
before publication; "this past weekend"; "this weekend" is the weekend of the week of
publication, never "this week"; a season under way is the current one, also told in the
past ("fell over the summer" in August); "on Tuesday of last week", "Monday next week":
that week's day; "the end of the week", "later in the week", "the rest of the month":
that period of publication; "the first nine months of the year", "for the year": the
year of publication; a holiday ("on Christmas Eve", "over Easter", "Thanksgiving") is
its day in the year the tense points to (generator/ingest/dates_holidays.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeAlias

from . import letters
from .dates_holidays import NAMES as HOLIDAYS
from .dates_holidays import holiday, pattern_of
from .datewords import (
    ANY_YEAR,
    FULL_MONTH,
    MONTH,
    NUMBER,
    PART,
    SEASONS,
    SPOKEN_YEAR,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    bare,
    count,
    in_year,
    monday,
    month_number,
    month_start,
    unify,
    unit,
    year_number,
)

if TYPE_CHECKING:
    from .dates import DateGuess


def nearest(
    candidates: list[dt.date], published: dt.date, way: int, first: Callable[[dt.date], dt.date]
) -> dt.date:
    """Of the same day (or month) in three years, the one the tense points to: the last
    on or before publication in the past, the first on or after it in the future; with no
    tense the nearest, or the past one when both are months away (news reports what
    happened). `first` maps a date to the start of its period (the month's 1st)."""
    now = first(published)
    closest = min(candidates, key=lambda c: (abs((c - now).days), c != now))
    # February 29 may have no year on the side the tense points to: then the nearest
    if way == 0:
        past = max((c for c in candidates if c <= now), default=closest)
        return past if abs((closest - now).days) > 150 else closest
    side = [c for c in candidates if (c <= now if way < 0 else c >= now)]
    directed = (max(side) if way < 0 else min(side)) if side else closest
    # a tense is a weaker clue than a date a few weeks away: "record Nov. 16, the company
    # said" in November 1 's paper is this November, not last year's
    far, near = abs((directed - now).days) > 180, abs((closest - now).days) < 75
    strong = abs(way) > 2 or (abs(way) > 1 and first(published) != published)  # a month
    return closest if far and near and not strong else directed


# --- the rules: each a pattern and how it resolves ---------------------------------------


OF_WEEK = letters.compile(
    r",?\s+(?:of\s+)?(?P<rel>(?i:last|next|this|the previous|the following))\s+week\b(?![-‐])"
)
"""A week named after a weekday: "on Tuesday of last week", "Monday next week"."""


def _weekday(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    words = m[0].lower()
    wanted = WEEKDAYS.index(m["day"].lower())
    if week := OF_WEEK.match(m.string, m.end()):  # "on Tuesday of last week": that week's
        shift = {"last": -1, "the previous": -1, "next": 1, "the following": 1}
        start = monday(published) + dt.timedelta(weeks=shift.get(week["rel"].lower(), 0))
        g.date, g.precision = start + dt.timedelta(days=wanted), "day"
        return
    back = (published.weekday() - wanted) % 7
    if words.startswith(("last", "the previous", "previous")):
        back = back or 7
    elif way > 0 or words.startswith(("next", "this coming", "the following", "coming")):
        ahead = (wanted - published.weekday()) % 7
        if words.startswith(("next", "the following")):
            ahead = ahead or 7
        g.date, g.precision = published + dt.timedelta(days=ahead), "day"
        return
    g.date, g.precision = published - dt.timedelta(days=back), "day"


def _holiday(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    name, lead = m["name"] or m["named"], (m["lead"] or "").lower()
    if year := m["year"] or m["named_year"]:
        g.date, g.precision = holiday(name, year_number(year)), "day"
        return
    found = [holiday(name, y) for y in range(published.year - 1, published.year + 2)]
    if lead == "last":
        g.date = max(d for d in found if d < published)
    elif lead == "next":
        g.date = min(d for d in found if d > published)
    elif lead == "this":
        g.date = holiday(name, published.year)
    else:
        g.date = nearest(found, published, way, lambda d: d)
    g.precision = "day"


def _full_date(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    shift = {"last": -1, "next": 1, "this": 0}.get(m["rel"].lower(), 0)
    year = year_number(m["year"]) if m["year"] else published.year + shift
    g.date, g.precision = in_year(year, month_number(m["month"]), int(m["d"])), "day"


def _day_of_month(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    # "April 9 and 10" or "9 and 10 April": the first day, and the last
    first, to = (m["first"], m["d"]) if m["first"] else (m["d"], m["to"])
    month, day = month_number(m["month"]), int(first)
    years = (published.year - 1, published.year, published.year + 1)
    found = [d for y in years if (d := in_year(y, month, day))]
    past = [d for d in found if d < published]
    if past and m["last"]:  # "last December 17": the one before publication
        g.date, g.precision = past[-1], "day"
    elif found:
        g.date, g.precision = nearest(found, published, way, lambda d: d), "day"
    last = in_year(g.date.year, g.date.month, int(to)) if to and g.date else None
    # "March 10-14", "April 9 and 10": the days of a sitting
    if last and g.date and last > g.date and (m["joined"] != "and" or (last - g.date).days == 1):
        g.end, g.precision = last, "range"
    elif to and not m["first"]:  # "April 9 and 16" are two days a week apart: the first
        g.words = re.split(r"\s*[-–]\s*|\s+(?:and|to|through|until)\s+", g.words)[0]


def _day_of_this_month(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    """ "On the 14th": that day of the month of publication, or of the month before or
    after it, as the tense points."""
    months = (month_start(published, -1), month_start(published), month_start(published, 1))
    found = [d for m1 in months if (d := in_year(m1.year, m1.month, int(m["d"])))]
    g.date, g.precision = nearest(found, published, way, lambda d: d), "day"


def _month_year(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    shift = {"last": -1, "next": 1, "this": 0}.get((m["rel"] or "").lower(), 0)
    year = year_number(m["year"]) if m["year"] else published.year + shift
    g.date, g.precision = dt.date(year, month_number(m["month"]), 1), "month"


def _named_month(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    month, lead = month_number(m["month"]), (m["lead"] or "").lower().strip()
    found = [dt.date(y, month, 1) for y in range(published.year - 1, published.year + 2)]
    now = month_start(published)
    if lead == "last":
        g.date = max(d for d in found if d < now)
    elif lead == "next":
        g.date = min(d for d in found if d > now)
    elif lead == "this":
        g.date = dt.date(published.year, month, 1)
    else:
        g.date = nearest(found, published, way, month_start)
    g.precision = "month"


def _week(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    words = unit(m[0]).lower()
    shift = 1 if words.startswith(("next", "the coming", "the following")) else 0
    if words.startswith(("last", "the past", "the previous", "previous", "this past")):
        shift = -1
    if words in ("a fortnight ago", "the week before last"):
        shift = -2
    if m["n"]:
        weeks = count(m["n"])
        if weeks is None:
            return _relative(m, g, published, way)
        shift = -weeks
    g.date, g.precision = monday(published) + dt.timedelta(weeks=shift), "week"


def _weekend(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
    words = m[0].lower()
    if words.startswith(("next", "this coming", "the coming")) or (
        way > 0 and not words.startswith(("last", "this past"))
    ):
        saturday += dt.timedelta(days=7)
    elif (
        words.startswith("this") and "past" not in words and (published.weekday() == 5 or way >= 0)
    ):
        saturday = monday(published) + dt.timedelta(days=5)  # the weekend of this week
    g.date, g.precision = saturday, "weekend"


def _day_word(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    words = " ".join(m[0].lower().split())
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}.get(words.split()[-1])
    shift = 0 if words.startswith("this ") else shift  # "this morning": the day of publication
    shift = shift and shift * 2 if words.startswith("the day") else shift
    shift = 0 if words.endswith("in the day") else shift  # unless a day is named before
    if words.endswith(("last night", "overnight")):
        # the night before publication, dated (as in TimeML) by the day it began; a night
        # ahead ("the road will be shut overnight") is tonight
        shift = 0 if words == "overnight" and way > 0 else -1
    if shift is None:
        days = count(m["n"])
        if days is None:
            return _relative(m, g, published, way)
        shift = -days
    g.date, g.precision = published + dt.timedelta(days=shift), "day"


def _month(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    words = unit(m[0]).lower()
    shift = 1 if "next" in words or "coming" in words else -1 if "last" in words else 0
    shift = -1 if "previous" in words or "past" in words else shift
    if m["n"]:
        months = count(m["n"])
        if months is None:
            return _relative(m, g, published, way)
        shift = -months
    g.date, g.precision = month_start(published, shift), "month"


def _year(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    words = unit(m[0]).lower()
    shift = 1 if re.search(r"\bnext|coming", words) else 0
    if re.search(r"\b(?:last|previous|past|ago|prior)\b|\bearlier\b(?! in the)", words):
        years = count(m["n"]) if m["n"] else 1
        if years is None:
            return _relative(m, g, published, way)
        shift = -years
    g.date, g.precision = dt.date(published.year + shift, 1, 1), "year"


def _season(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    words, first = m[0].lower(), SEASONS[m["season"].lower()]
    year = published.year
    now = dt.date(year, first, 1)
    if first == 12 and published.month <= 2:
        now = dt.date(year - 1, 12, 1)  # January's winter began last December
    ends = month_start(now, 3) - dt.timedelta(days=1)
    named = re.match(r"(?:last|the past|the previous)\b", words)
    if words.startswith("this") and way < 0 and now > published:
        # told in the past, "this winter" in March is the one just ended
        now = now.replace(year=now.year - 1)
    elif named or (way < 0 and not words.startswith("this")):
        # told in the past, a season under way is the current one ("prices rose over the
        # summer" in August); "last summer" in August is the one before
        if ends >= published and (named or now > published):
            now = now.replace(year=now.year - 1)
    elif words.startswith(("next", "the coming")) or (way > 0 and ends < published):
        if now <= published:
            now = now.replace(year=now.year + 1)
    g.date, g.end, g.precision = now, month_start(now, 3) - dt.timedelta(days=1), "range"
    g.note = f"the {m['season'].lower()} of {now.year}: a season, dated as three months"


def _season_of_year(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    start = dt.date(year_number(m["year"]), SEASONS[m["season"].lower()], 1)
    g.date, g.end, g.precision = start, month_start(start, 3) - dt.timedelta(days=1), "range"
    g.note = f"the {m['season'].lower()} of {start.year}: a season, dated as three months"


def _since(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    g.date, g.precision = dt.date(year_number(m["year"]), 1, 1), "since"


def _year_of_publication(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    g.date, g.precision = dt.date(published.year, 1, 1), "year"


def _calendar_year(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    g.date, g.precision = dt.date(year_number(m["year"]), 1, 1), "year"


def _two_years(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    first = int(m["year"])
    g.date, g.end, g.precision = dt.date(first, 1, 1), dt.date(first + 1, 12, 31), "range"
    g.note = f"one academic or fiscal year over {first} and {first + 1}: check its months"


def _relative(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    g.note = "no date of its own: relative to another event, or too vague to date"


COUNTED = (
    r"points|pts|people|persons|troops|soldiers|police(?:men)?|workers|refugees|votes|pilgrims"
    r"|students|delegates|members|residents|civilians|prisoners|metres|meters|feet|kilometres"
    r"|kilometers|km|miles|tonnes|tons|barrels|hectares|acres|cases|deaths|casualties|seats"
)
"""Plural nouns a number counts: after one, a number that looks like a year is a count,
unless a word of time comes before it ("in 2000 people voted")."""
NOT_COUNTED = (
    rf"(?!\s*%|\s+(?:{COUNTED}|percent|per|of|times|days?|weeks?|months?|years?|hours?)\b)"
)
"""After the second day of "April 9 and 10", no noun it would count ("May 5 and 10 days
later", "June 3 to 10 percent")."""


def after_one_of(words: Iterable[str]) -> str:
    """A pattern that holds right after one of the words and a space."""
    return "(?:" + "|".join(rf"(?<=\b{w} )" for w in words) + ")"


AFTER_WORD_OF_TIME = after_one_of(("in", "In", "by", "since", "during", "until", "of", "from"))
DAY_PREPOSITIONS = (
    "on", "by", "for", "until", "till", "from", "since", "before", "after", "over", "through",
)  # fmt: skip
"""Words that make what follows a day: "on the 14th" is a day of a month, "on Canada Day"
the holiday whatever noun follows it."""
Resolver: TypeAlias = "Callable[[re.Match[str], DateGuess, dt.date, int], None]"
PATTERNS: list[tuple[str, re.Pattern[str], Resolver]] = [
    (
        "the following",
        letters.compile(
            r"\b(?:the (?:following|next|previous|preceding|prior|same)|that)"
            r" (?:day|week|month|year)\b(?!-)"
            # "charged two days later", "the day before": counted from the day named last
            # (not "two days after the vote", counted from an event)
            # ("a year earlier" is a year before publication: see "year")
            rf"|\b(?:the (?:day|week) (?:before|after)|(?!several\b){NUMBER} (?:days?|weeks?)"
            r" (?:later|earlier|before|after))\b"
            r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|but|when|as|while|in|at|on|by|with|for|to)\b)",
            re.I,
        ),
        _relative,
    ),
    (
        "academic year",
        letters.compile(rf"\b(?P<year>{YEAR})[-–/](?P<next>\d\d)\b(?![-–/]\d)"),
        _two_years,
    ),
    (
        "day, month and year",
        letters.compile(
            rf"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
            rf"(?P<year>{YEAR})\b"
            rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{MONTH})\.?,?\s+"
            rf"(?P<year2>{YEAR})\b"
            # "on October 12 last year"
            rf"|\b(?P<month3>{MONTH})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
            r"(?P<rel>(?i:last|this|next)) year\b"
        ),
        lambda m, g, p, w: _full_date(unify(m), g, p, w),
    ),
    (
        "month and year",
        letters.compile(
            rf"\b{PART}?(?P<month>{MONTH})\.?,?\s+(?:of\s+)?(?:(?P<year>{ANY_YEAR})\b|(?P<rel>last|next"
            r"|this) year\b)",
        ),
        _month_year,
    ),
    (
        "day of month",
        letters.compile(
            rf"\b(?:(?P<last>(?i:last|this past))\s+)?(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\.?\s+"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:[-–]|\s+(?P<joined>and|to|through|until)\s+)"
            rf"(?P<to>\d{{1,2}})(?:st|nd|rd|th)?\b{NOT_COUNTED})?\b(?!:\d)"
            rf"|\b(?:(?P<first2>\d{{1,2}})(?:st|nd|rd|th)?(?:[-–]|\s+(?P<joined2>and|to|through"
            rf"|until)\s+))?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{FULL_MONTH})\b"
        ),
        lambda m, g, p, w: _day_of_month(unify(m), g, p, w),
    ),
    (
        "day of this month",
        letters.compile(
            after_one_of([*DAY_PREPOSITIONS, *(w.capitalize() for w in DAY_PREPOSITIONS)])
            + r"the (?P<d>[1-9]|[12]\d|3[01])"
            r"(?:st|nd|rd|th)\b(?![-‐])"
            # "on the 14th", never "the 14th floor" or "the 14th century"
            r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|but|when|as|while|at|in|to|of (?:this|the) month)\b)"
        ),
        _day_of_this_month,
    ),
    (
        "holiday",
        letters.compile(
            r"\b(?:(?P<lead>(?i:last|this|next))\s+)?(?:"
            # after a preposition, a name of more than one word is the day whatever follows
            # ("on the Fourth of July sparked"); the year after a name dates it, and is read
            # as a year of its own too
            + after_one_of(DAY_PREPOSITIONS)
            + rf"(?P<name>{'|'.join(pattern_of(n) for n in HOLIDAYS if ' ' in n)})\b"
            rf"(?=(?:,?\s+(?:in\s+)?(?P<year>{YEAR})\b)?)(?![-‐]|\s+[A-Z])"
            rf"|(?P<named>{'|'.join(map(pattern_of, HOLIDAYS))})\b"
            rf"(?=(?:,?\s+(?:in\s+)?(?P<named_year>{YEAR})\b)?)"
            # else, before a noun it is only the time of the day: "Christmas Island", "the Good
            # Friday accord", "Christmas attacks" are named after it, "Easter services" that day
            r"(?![-‐]|\s+(?:[A-Z]|(?!(?:services?|mass|holidays?|break|weekend|period|morning"
            r"|night|evening|truce|ceasefire|message|address|recess|dinner|lunch|parades?"
            r"|celebrations?|festivities|fireworks|ceremony|ceremonies|concerts?|rall(?:y|ies)"
            r"|march(?:es)?|speech)\b)[a-z]+\b(?<!\bin)"
            r"(?<!\bon)(?<!\bat)(?<!\bto)(?<!\bfor)(?<!\band)(?<!\bor)(?<!\bwith)(?<!\bby)"
            r"(?<!\bis)(?<!\bwas)(?<!\bwill)(?<!\bwhen)(?<!\bthis)(?<!\bthat)(?<!\bthe)"
            r"(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bwe)(?<!\bthey)(?<!\bas)(?<!\bafter)(?<!\bbefore)"
            r"(?<!\bdespite)(?<!\bamid)(?<!\bbecause)(?<!\bthough)(?<!\bbut)(?<!\buntil)"
            r"(?<!\bsince)(?<!\bduring)))"
            ")"
        ),
        _holiday,
    ),
    (
        "weekday",
        letters.compile(
            r"\b(?:(?i:on|last|this|this coming|next|by|until|the previous|the following|"
            rf"previous|coming)\s+)?(?P<day>{WEEKDAY})\b"
        ),
        _weekday,
    ),
    (
        "month",
        letters.compile(
            rf"\b(?:(?:by\s+)?{PART}?(?:next|last|this|the previous|the past|the coming)"
            r" month(?:'s|’s)?|(?:earlier|later) (?:this|in the) month|(?:by\s+)?the (?:end|start"
            rf"|beginning|middle|rest) of the month|(?P<n>{NUMBER}) months? ago)\b",
            re.I,
        ),
        _month,
    ),
    (
        "month after named",
        # "elected in November 2022, he took office the following January": counted from
        # the date named before it (dates.find_dates), not from publication
        letters.compile(
            rf"\b[Tt]he\s+(?:following|next|previous|preceding)\s+(?P<month>{FULL_MONTH})\b"
            r"(?!\s+\d)"
        ),
        lambda m, g, p, w: None,
    ),
    (
        "named month",
        letters.compile(
            r"\b(?:(?P<lead>(?i:in|last|next|this|since|by|until|through|from|during|early|mid"
            rf"|late|in early|in mid|in late|(?:the )?end of))[\s-]+)(?P<month>{FULL_MONTH})\b"
            r"(?!\s+\d)"
            rf"|\b(?P<lead2>){FULL_MONTH.replace('|May|', '|').replace('March|', '')}\b(?!\s+\d)"
            # "the March talks", "a May poll": a month before a noun (not "the March on Rome")
            r"|(?:(?<=\b[Tt]he )|(?<=\b[Aa] ))(?:March|May)\b(?=\s+[a-z])"
            r"(?!\s+(?:of|on|to|for|from|through|past|and|or|in|by|be|have|not|also)\b)",
        ),
        lambda m, g, p, w: _named_month(bare(m), g, p, w),
    ),
    (
        "week",
        letters.compile(
            rf"\b(?:by\s+)?{PART}?(?:this(?: past)?|last|next|the past|the previous|the coming"
            r"|the following) week(?:'s|’s)?\b"
            # "by the end of the week", "later in the week": the week of publication
            r"|\b(?:by\s+)?the (?:end|start|beginning|middle|rest) of the week\b(?![-‐])"
            r"|\b(?:earlier|later) in the week\b"
            rf"|\b(?P<n>{NUMBER})\s+weeks?\s+ago\b"
            r"|\b(?:a fortnight ago|the week before last)\b",
            re.I,
        ),
        _week,
    ),
    (
        "weekend",
        letters.compile(
            r"\b(?:over the|this|this coming|this past|next|last|a|the) weekend(?:'s|’s)?\b"
            # "the weekend of March 15-16" is the day named, not this weekend
            rf"(?!\s+of\s+(?:{MONTH})\b)",
            re.I,
        ),
        _weekend,
    ),
    (
        "day",
        letters.compile(
            r"\b(?:the day before yesterday|the day after tomorrow|yesterday|tomorrow|today"
            rf"|tonight|this (?:morning|afternoon|evening)|(?P<n>{NUMBER}) days? ago"
            r"|(?:later|earlier) in the day|overnight|late\s+last\s+night"
            r"|(?<!the )(?<!a )(?<!its )(?<!their )(?<!his )(?<!her )(?<!our )last\s+night)\b",
            re.I,
        ),
        _day_word,
    ),
    (
        "year",
        letters.compile(
            rf"\b(?:(?:by\s+)?{PART}?(?:last|this|next|the past|the previous|the current"
            r"|the coming) (?:fiscal |financial )?year(?:'s|’s)?"
            rf"|(?:a|one) year (?:ago|earlier)|(?P<n>{NUMBER}) years ago"
            r"|(?:(?:by )?the (?:end|start|beginning|middle|rest) of the year"
            r"|year-end|year end|year's end|year’s end)"
            r"|the (?:full|current|whole|entire) year|(?:earlier|later) in the year"
            r"|year-(?:ago|earlier))\b(?![\s-]+(?:\d|two|nineteen|twenty))",
            re.I,
        ),
        _year,
    ),
    (
        "part of the year",
        # a part of the year a report counts in ("the first nine months of the year", "sales
        # were flat for the year"): the year of publication (not "the year ended June 30")
        letters.compile(
            r"\bthe (?:first|second|third|fourth|last|latter|final|remaining)(?:\s+\w+)?\s+"
            r"(?:months|half|quarter|weeks|days|part) of the year\b(?![-‐])"
            r"|(?<=\b[Ff]or )the year(?=\s*(?:[,.;:)]|of\b|$))",
        ),
        _year_of_publication,
    ),
    (
        "season of a year",
        letters.compile(
            r"\b(?:the\s+)?(?P<season>(?i:spring|summer|autumn|winter)|(?:(?<=the )|(?<=in ))fall)"
            rf"\s+(?:of\s+)?"
            rf"(?P<year>{ANY_YEAR})\b"
        ),
        _season_of_year,
    ),
    (
        "season",
        letters.compile(
            r"\b(?:this|this past|last|next|the past|over the|during the|in the|early|late"
            r"|the coming)\s+"
            r"(?P<season>spring|summer|fall|autumn|winter)\b",
            re.I,
        ),
        _season,
    ),
    ("since", letters.compile(rf"\bsince (?P<year>{ANY_YEAR})\b", re.I), _since),
    (
        "year",
        # not a time of day ("(2000 GMT)", "at 1900 hours"), nor a count of things ("some 2000
        # pilgrims", "the index fell 1900 points")
        letters.compile(
            rf"(?<![\d$.,£€])(?:{AFTER_WORD_OF_TIME}|(?!\d+\s+(?:{COUNTED})\b))"
            rf"\b(?P<year>{YEAR})\b(?![\d,.]\d|%|\s*(?:GMT|UTC|hours|hrs)\b)"
            rf"|\b(?P<year2>{SPOKEN_YEAR})"
        ),
        lambda m, g, p, w: _calendar_year(unify(m), g, p, w),
    ),
    (
        "relative",
        letters.compile(
            r"\b(?:a|one|two|three|several)?\s*days? (?:after|before|later|earlier)\b"
            r"|\bin recent (?:months|weeks|years|days)\b|\bdays after\b",
            re.I,
        ),
        _relative,
    ),
]
