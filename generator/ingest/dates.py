"""Every date expression in an article, resolved against its publication date.

Each rule is one convention of English news writing, with its own test
(tests/test_ingest.py, tests/test_ingest_dates.py). Which way an expression points is read
(generator/ingest/tense.py) from the words nearest to it, not from the whole sentence
("said Friday that talks will resume next month": Friday is past, the month is next); with
no tense at hand, a weekday is the last one (news reports what happened) and a month or a
day of a month the nearest one, or the past one when it is five months away or more either
way ("its record high set on Aug. 6" in February). The words of dates are in
generator/ingest/datewords.py.

- a weekday: in the past tense, the last such day on or before publication ("said
  Friday" in Friday's paper is that day, "last Thursday" the one before); in the future
  ("will", "is to", "next", "scheduled"…) the next one, and the event is `scheduled`;
- "June 28", "Feb. 9", "26 December": that day of the year the tense points to;
  "Sept. 15, 2011", "26 December 2019": that day; "March 1996", "July last year": that month;
- "in June", "last May", "early August", "mid-November": that month, the last one, the
  next one or the nearest (a month alone is no day);
- "this week('s)", "last week", "next week", "N weeks ago"; "over the weekend";
- "yesterday", "today", "tomorrow", "N days ago"; "last night", "overnight": the night
  before publication, dated by the day it began ("overnight" ahead is tonight);
- "next month", "last month", "the end of the month"; a week, a month or a year with words
  that place a date inside it is the whole phrase, valued as that period ("by the end of
  next year", "early next month", "the start of next week");
- "last year", "this year", "next year", "a year ago", "six years ago", "the end of the
  year": that year; "last summer", "this fall": that season (a `range` of three months);
- "since 2008": precision `since`; "in 2009", "a 2009 assault": that year ("by 2030", a
  year after publication, is `scheduled`); "2011-12": one academic or fiscal year (a
  `range` over both);
- "a day after", "days later", "in recent months": no date of their own, noted for the
  editor (a `relative_to` another event, or too vague to date).

Counted from another date: "the following year", "the previous month", "that year", "the
same day", "later in the day" are counted from the date the article named last, at their
own precision or a finer one (a weekday too); the weekdays of a list or a span run forward
from the first ("on Monday in Kent and Tuesday in Sussex"), and a month or a day that
opens a span takes the year that ends it ("January-October 2024", "from June 5 to June 9
last year").

Other spellings: a year as a broadcast spells it ("nineteen ninety-four", "the year two
thousand"); "the winter of 1994", "summer 2010"; a date before a colon ("Saturday, April
25: …"); "the full year", "earlier in the year", "year-earlier", "the current fiscal
year", "the start of the month"; "October 12 last year"; "last December 17" is the one
before publication; "this past weekend"; "this weekend" is the weekend of the week of
publication, never "this week"; a season under way is the current one.

No date (datewords.no_date): a date word that is part of a name ("USA Today", ABC's "This
Week", "the Sunday Times"), a recurrence ("each Thursday", "on Friday nights"), any time
("the trams of tomorrow"). Quoted in the present tense, "today" or "this week" with a verb
of a state or a habit is the present in general ("the money it takes today"): a note and
no date, so no event is drafted from it (tense.in_general).

Which way a date points (the tense, a deadline, a scheduled event told in the present, a
deed nobody schedules) is read in tense.py. How each convention was found, and what it
changed on the benchmarks, is told in bench/README.md (issue #27), not here.

Weeks start on Monday, a weekend is dated by its Saturday, as in the data format; a
season is meteorological (summer is June to August; winter takes the year of its December).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

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
    no_date,
    unify,
    unit,
    year_number,
)
from .quotes import QUOTE, sentences
from .tense import in_general, pointing


@dataclass
class DateGuess:
    paragraph: int
    words: str  # the article's own words
    rule: str
    date: dt.date | None = None
    end: dt.date | None = None
    precision: str | None = None
    status: str | None = None  # "scheduled" for the future
    note: str = ""
    start: int = 0  # where the words start in the paragraph


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


def _weekday(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    words = m[0].lower()
    wanted = WEEKDAYS.index(m["day"].lower())
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


def _full_date(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    shift = {"last": -1, "next": 1, "this": 0}.get(m["rel"].lower(), 0)
    year = year_number(m["year"]) if m["year"] else published.year + shift
    g.date, g.precision = in_year(year, month_number(m["month"]), int(m["d"])), "day"


def _day_of_month(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    month, day = month_number(m["month"]), int(m["d"])
    years = (published.year - 1, published.year, published.year + 1)
    found = [d for y in years if (d := in_year(y, month, day))]
    past = [d for d in found if d < published]
    if past and m["last"]:  # "last December 17": the one before publication
        g.date, g.precision = past[-1], "day"
    elif found:
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
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}.get(words)
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
    if re.match(r"(?:last|the past|the previous)\b", words) or (
        way < 0 and not words.startswith("this")
    ):
        if ends >= published:
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


def _calendar_year(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    g.date, g.precision = dt.date(year_number(m["year"]), 1, 1), "year"


def _two_years(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    first = int(m["year"])
    g.date, g.end, g.precision = dt.date(first, 1, 1), dt.date(first + 1, 12, 31), "range"
    g.note = f"one academic or fiscal year over {first} and {first + 1}: check its months"


def _relative(m: re.Match[str], g: DateGuess, published: dt.date, way: int) -> None:
    g.note = "no date of its own: relative to another event, or too vague to date"


Resolver = Callable[[re.Match[str], DateGuess, dt.date, int], None]
PATTERNS: list[tuple[str, re.Pattern[str], Resolver]] = [
    (
        "the following",
        re.compile(
            r"\b(?:the (?:following|next|previous|preceding|prior|same)|that)"
            r" (?:day|week|month|year)\b(?!-)",
            re.I,
        ),
        _relative,
    ),
    (
        "academic year",
        re.compile(rf"\b(?P<year>{YEAR})[-–/](?P<next>\d\d)\b(?![-–/]\d)"),
        _two_years,
    ),
    (
        "day, month and year",
        re.compile(
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
        re.compile(
            rf"\b{PART}?(?P<month>{MONTH})\.?,?\s+(?:of\s+)?(?:(?P<year>{ANY_YEAR})\b|(?P<rel>last|next"
            r"|this) year\b)",
        ),
        _month_year,
    ),
    (
        "day of month",
        re.compile(
            rf"\b(?:(?P<last>(?i:last|this past))\s+)?(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\.?\s+"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:\d)"
            rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{FULL_MONTH})\b"
        ),
        lambda m, g, p, w: _day_of_month(unify(m), g, p, w),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?i:on|last|this|this coming|next|by|until|the previous|the following|"
            rf"previous|coming)\s+)?(?P<day>{WEEKDAY})\b"
        ),
        _weekday,
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?:by\s+)?{PART}?(?:next|last|this|the previous|the past|the coming)"
            r" month(?:'s|’s)?|(?:earlier|later) this month|(?:by\s+)?the (?:end|start|beginning"
            rf"|middle) of the month|(?P<n>{NUMBER}) months? ago)\b",
            re.I,
        ),
        _month,
    ),
    (
        "named month",
        re.compile(
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
        re.compile(
            rf"\b(?:by\s+)?{PART}?(?:this(?: past)?|last|next|the past|the previous|the coming"
            r"|the following) week(?:'s|’s)?\b"
            rf"|\b(?P<n>{NUMBER})\s+weeks?\s+ago\b",
            re.I,
        ),
        _week,
    ),
    (
        "weekend",
        re.compile(
            r"\b(?:over the|this|this coming|this past|next|last|a|the) weekend(?:'s|’s)?\b", re.I
        ),
        _weekend,
    ),
    (
        "day",
        re.compile(
            rf"\b(?:yesterday|today|tonight|tomorrow|(?P<n>{NUMBER}) days? ago"
            r"|(?:later|earlier) in the day|overnight|late\s+last\s+night"
            r"|(?<!the )(?<!a )(?<!its )(?<!their )(?<!his )(?<!her )(?<!our )last\s+night)\b",
            re.I,
        ),
        _day_word,
    ),
    (
        "year",
        re.compile(
            rf"\b(?:(?:by\s+)?{PART}?(?:last|this|next|the past|the previous|the current"
            r"|the coming) (?:fiscal |financial )?year(?:'s|’s)?"
            rf"|(?:a|one) year (?:ago|earlier)|(?P<n>{NUMBER}) years ago"
            r"|(?:(?:by )?the (?:end|start|beginning|middle) of the year"
            r"|year-end|year end|year's end|year’s end)"
            r"|the (?:full|current|whole|entire) year|(?:earlier|later) in the year"
            r"|year-(?:ago|earlier))\b(?![\s-]+(?:\d|two|nineteen|twenty))",
            re.I,
        ),
        _year,
    ),
    (
        "season of a year",
        re.compile(
            r"\b(?:the\s+)?(?P<season>(?i:spring|summer|autumn|winter)|(?:(?<=the )|(?<=in ))fall)"
            rf"\s+(?:of\s+)?"
            rf"(?P<year>{ANY_YEAR})\b"
        ),
        _season_of_year,
    ),
    (
        "season",
        re.compile(
            r"\b(?:this|this past|last|next|the past|over the|during the|in the|early|late"
            r"|the coming)\s+"
            r"(?P<season>spring|summer|fall|autumn|winter)\b",
            re.I,
        ),
        _season,
    ),
    ("since", re.compile(rf"\bsince (?P<year>{ANY_YEAR})\b", re.I), _since),
    (
        "year",
        # not a time of day: "(2000 GMT)", "at 1900 hours"
        re.compile(
            rf"(?<![\d$.,£€])\b(?P<year>{YEAR})\b(?![\d,.]\d|%|\s*(?:GMT|UTC|hours|hrs)\b)"
            rf"|\b(?P<year2>{SPOKEN_YEAR})"
        ),
        lambda m, g, p, w: _calendar_year(unify(m), g, p, w),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:a|one|two|three|several)?\s*days? (?:after|before|later|earlier)\b"
            r"|\bin recent (?:months|weeks|years|days)\b|\bdays after\b",
            re.I,
        ),
        _relative,
    ),
]


NOW = re.compile(r"(?i:today|this week)")
"""Words of the present that a speaker also uses for the present in general."""


def resolve(
    rule: str,
    resolver: Resolver,
    match: re.Match[str],
    sentence: str,
    published: dt.date,
    quoted: bool = False,
) -> DateGuess:
    """One expression, as a date with its precision (or a note when it has none); a date
    after publication is `scheduled`. Quoted, "today" in the present tense is the present
    in general ("the money it takes today"): no event's date."""
    guess = DateGuess(0, match[0].strip(), rule)
    if quoted and NOW.fullmatch(guess.words) and in_general(sentence, match):
        guess.note = "the present in general, not the day of an event: no date"
        return guess
    way = pointing(sentence, match)
    resolver(match, guess, published, way)
    if guess.date is not None:
        later = {
            "day": guess.date > published,
            "weekend": guess.date > published,
            "week": guess.date > monday(published),
            "month": guess.date > month_start(published),
            "year": guess.date.year > published.year,
            "range": guess.date > published,
        }
        # pointing ahead within the period of publication ("the vote is today", "was due to
        # meet on Thursday afternoon" in Thursday's paper): not yet happened at press time
        current = {
            "day": guess.date == published,
            "weekend": guess.date >= published - dt.timedelta(days=1),
            "week": guess.date == monday(published),
            "month": guess.date == month_start(published),
            "year": guess.date.year == published.year,
        }
        if later.get(guess.precision or "") or (way > 0 and current.get(guess.precision or "")):
            guess.status = "scheduled"
    return guess


def find_dates(paragraphs: list[str], published: dt.date) -> list[DateGuess]:
    """Every date expression of the paragraphs, in order; one expression, one guess (the
    first rule that matches where two overlap: "since 2008" is not also the year 2008)."""
    found: list[DateGuess] = []
    for number, paragraph in enumerate(paragraphs, 1):
        at = 0
        quoted = [q.span() for q in QUOTE.finditer(paragraph)]
        for sentence in sentences(paragraph):
            offset = paragraph.find(sentence, at)
            at = offset + len(sentence)
            found += _in_sentence(sentence, published, number, offset, quoted)
    named: dict[str, DateGuess] = {}  # the date named last, by precision
    for guess in found:
        if guess.rule == "the following":
            _after_named(guess, named, published)
        elif guess.date and guess.rule in NAMED:
            named[guess.precision or ""] = guess
    return found


NAMED = {"day, month and year", "month and year", "day of month", "named month", "year", "weekday"}
"""The rules of dates an article names itself, that "the following year" counts from."""
FINE = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "year": ("day", "month", "year", "since"),
}
"""The precisions of a date "the following day", "… week", "… month", "… year" may count
from: "in February …, the previous month" is January, whatever year was named since."""


def _after_named(guess: DateGuess, named: dict[str, DateGuess], published: dt.date) -> None:
    """ "In 1995 …; the following year" is 1996: a period after (or before) the date the
    article named last, at its own precision or a finer one; with none, it is undated."""
    unit = guess.words.split()[-1].lower()
    dates = [named[p] for p in FINE.get(unit, ()) if p in named]
    last = max(dates, key=lambda g: (g.paragraph, g.start), default=None)
    if last is None or last.date is None:
        return
    sign = -1 if re.search(r"previous|preceding|prior", guess.words, re.I) else 1
    sign = 0 if re.match(r"(?i:that|the same)\b", guess.words) else sign
    guess.date, guess.precision = STEPS[unit](last.date, sign), unit
    guess.note, guess.status = "", "scheduled" if guess.date > published else None


STEPS: dict[str, Callable[[dt.date, int], dt.date]] = {
    "day": lambda day, n: day + dt.timedelta(days=n),
    "week": lambda day, n: monday(day) + dt.timedelta(weeks=n),
    "month": lambda day, n: month_start(day, n),
    "year": lambda day, n: dt.date(day.year + n, 1, 1),
}


def _in_sentence(
    sentence: str, published: dt.date, number: int, offset: int, quoted: list[tuple[int, int]]
) -> list[DateGuess]:
    taken = bytearray(len(sentence))  # 1 where an expression was found: one guess each
    found: list[DateGuess] = []
    for rule, pattern, resolver in PATTERNS:
        for match in pattern.finditer(sentence):
            if not match[0].strip() or any(taken[match.start() : match.end()]):
                continue
            if rule == "academic year" and int(match["next"]) != (int(match["year"]) + 1) % 100:
                continue
            if no_date(sentence, match.start(), match.end()):
                continue
            taken[match.start() : match.end()] = b"\1" * (match.end() - match.start())
            guess = resolve(
                rule, resolver, match, sentence, published, _inside(quoted, offset + match.start())
            )
            guess.paragraph = number
            guess.start = offset + match.start() + len(match[0]) - len(match[0].lstrip())
            found.append(guess)
    found.sort(key=lambda g: g.start)
    _neighbours(found, sentence, offset, published)
    return found


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies inside one of the (ordered, disjoint) spans."""
    index = bisect.bisect_right(spans, (at, at)) - 1
    return index >= 0 and spans[index][0] < at < spans[index][1]


def _neighbours(found: list[DateGuess], sentence: str, offset: int, published: dt.date) -> None:
    """Dates read with the one before them in their sentence: a list or a span runs forward
    ("Monday or Tuesday", "January-October 1999"); "later in the day" is the day before it."""
    for first, then in itertools.pairwise(found):
        between = sentence[first.start + len(first.words) - offset : then.start - offset]
        if then.rule == first.rule == "weekday" and LISTED.fullmatch(between):
            _listed_after(first, then, published)
        elif (first.rule, then.rule) in SPANS and SPAN.fullmatch(between):
            _span_before(first, then, published)
        elif then.words.lower().endswith("in the day") and first.precision == "day":
            then.date, then.status = first.date, first.status


SPAN = re.compile(
    r"\s*[-–]\s*|\s+(?i:to|through|till|until|and|or)\s+(?:(?i:early|mid|late)[\s-]+)?"
)
"""What joins two months of a span or a list: "January-October 1999", "from May to July"."""
SPANS = {
    ("named month", "named month"), ("named month", "month and year"),
    ("day of month", "day of month"), ("day of month", "day, month and year"),
}  # fmt: skip
"""A month, or a day of a month, without a year, before one of the same precision."""


def _span_before(first: DateGuess, then: DateGuess, published: dt.date) -> None:
    """A month (or a day) named before another in a span takes the year that ends it
    ("January-October 1999", "from June 5 to June 9 last year"; "December to February"
    runs over the new year)."""
    if first.date is None or then.date is None:
        return
    year = then.date.year - ((first.date.month, first.date.day) > (then.date.month, then.date.day))
    first.date = in_year(year, first.date.month, first.date.day) or first.date
    later = first.date > (month_start(published) if first.precision == "month" else published)
    first.status = "scheduled" if later else None


LISTED = re.compile(
    r"(?:\s*[,–-]\s*|[^,;:.\"“”]{0,40}?\b(?i:and|or|through|thru|to|till|until)\s+)"
    r"(?:(?i:early|late|on)\s+)*"
)
"""What joins the dates of a list or a span: "on Monday or Tuesday", "on Monday in Leeds
and Tuesday in York", "overnight Tuesday to Wednesday", "Sunday, Monday and Tuesday"."""


def _listed_after(first: DateGuess, then: DateGuess, published: dt.date) -> None:
    """A weekday listed after another is the first such day after it, as a list runs
    forward in time: it shares the tense of its first day ("results are expected Monday or
    Tuesday"). Only a day a few days after: "Friday and Thursday" runs back."""
    if first.date is None or re.match(r"(?i:last|next|this|the|previous|coming)\b", then.words):
        return
    wanted = WEEKDAYS.index(re.findall(r"\w+", then.words)[-1].lower())
    ahead = (wanted - first.date.weekday()) % 7
    if not 0 < ahead <= 4:
        return
    then.date = first.date + dt.timedelta(days=ahead)
    then.status = "scheduled" if then.date > published else None
