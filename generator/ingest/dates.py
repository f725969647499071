"""Every date expression in an article, resolved against its publication date.

Each rule is one convention of English news writing, with its own test
(tests/test_ingest.py, tests/test_ingest_dates.py). Which way an expression points is read
(generator/ingest/tense.py) from the words nearest to it, not from the whole sentence
("said Friday that talks will resume next month": Friday is past, the month is next); with
no tense at hand, a weekday is the last one (news reports what happened) and a month or a
day of a month the nearest one, or the past one when it is five months away or more either
way ("its record high set on Aug. 6" in February). The words of dates are in
generator/ingest/datewords.py.

The expressions each rule reads, and how it resolves them, are in
generator/ingest/dates_rules.py.

A wire story counts from the day of its dateline when that is a few days before
publication ("NAIROBI, Aug. 7 (Xinhua) -- … today" in the file of August 8 is August 7).

Counted from another date: "the following year", "the previous month", "that year", "the
same day", "later in the day", "two days later" are counted from the date the article named
last, at their own precision or a finer one (a weekday too), and so is "the previous Friday"
(the Friday before the day named last); a plan said on a day named before it counts from
that day ("said on Monday it would appeal on Thursday"); the weekdays of a list or a span
run forward from the first ("on Monday in Kent and Tuesday in Sussex"), and a month or a day that
opens a span takes the year that ends it ("January-October 2024", "from June 5 to June 9
last year").

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
import calendar
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import letters
from .datelines import Filed, dated_dateline
from .dates_rules import PATTERNS, Resolver
from .datewords import (
    NUMBER,
    NUMBERS,
    WEEKDAYS,
    in_year,
    monday,
    month_number,
    month_start,
    no_date,
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
    filed: bool = False  # the dateline's own date: when the story was filed, no event


NOW = letters.compile(r"(?i:today|this week)")
"""Words of the present that a speaker also uses for the present in general."""
RECURRING = ("named month", "season", "weekday")
"""Dates a habit names ("the road is often closed in January", "on Sundays")."""
HABIT = letters.compile(
    r"\b(?:usually|often|typically|normally|regularly|routinely|sometimes|rarely|seldom"
    r"|at a time|every year|each year|most years|every winter|each winter)\b",
    re.I,
)
"""Words of how often, which make a date's stretch of sentence a habit, not an event."""
NEAR_HABIT = 10
"""How many words either side of the date a word of habit may be."""


def habit(sentence: str, match: re.Match[str]) -> bool:
    """Whether the stretch of the sentence that holds the date (between commas or stops)
    tells a habit: a word of habit in it ("In January that road is closed for days at a
    time", "the vote, usually held in March, …"; not "the council, which usually meets on
    Monday, met on Tuesday" for Tuesday)."""
    stops = [m.end() for m in re.finditer(r"[,.;:!?]", sentence[: match.start()])]
    start = stops[-1] if stops else 0
    end = re.search(r"[,.;:!?]", sentence[match.end() :])
    before = RELATIVE.split(sentence[start : match.start()])[-1].split()[-NEAR_HABIT:]
    after = sentence[match.end() : match.end() + (end.start() if end else len(sentence))]
    after = RELATIVE.split(after)[0]  # "destroyed the chapel which normally houses…": not its
    return bool(HABIT.search(" ".join([*before, match[0], *after.split()[:NEAR_HABIT]])))


RELATIVE = letters.compile(r"\b(?:which|who|whom|whose|where)\b", re.I)
"""Where another clause begins, whose habit is not the date's."""


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
    if rule in RECURRING and habit(sentence, match):
        guess.note = "what happens then as a rule (usually, every year), not an event: no date"
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
    # a dateline opens one of the first paragraphs (a headline may come before it)
    filed = {n: f for n, p in enumerate(paragraphs[:3], 1) if (f := dated_dateline(p))}
    published = _filed_day(next(iter(filed.values()), None), published)
    found: list[DateGuess] = []
    for number, paragraph in enumerate(paragraphs, 1):
        at = 0
        quoted = [q.span() for q in QUOTE.finditer(paragraph)]
        for sentence in sentences(paragraph):
            offset = paragraph.find(sentence, at)
            at = offset + len(sentence)
            found += _in_sentence(sentence, published, number, offset, quoted)
    for guess in found:  # the dateline's own date: the day the story was filed
        if guess.paragraph in filed and guess.start < filed[guess.paragraph].end:
            guess.filed, guess.status = True, None
            guess.note = guess.note or "the dateline's date: the day the story was filed"
    named: dict[str, DateGuess] = {}  # the date named last, by precision
    for guess in found:
        if guess.rule == "the following":
            _after_named(guess, named, published)
        elif guess.rule == "month after named":
            _month_after_named(guess, named, published)
        elif guess.rule == "weekday" and ANAPHORIC.match(guess.words) and "day" in named:
            _weekday_after_named(guess, named["day"], published)
        if guess.date and guess.rule in NAMED:
            named[guess.precision or ""] = guess
    return found


ANAPHORIC = letters.compile(r"(?i:the\s+(?:previous|following))\s")
"""A weekday counted from the day the article named last: "the previous Friday"."""


def _weekday_after_named(guess: DateGuess, last: DateGuess, published: dt.date) -> None:
    """ "Shares closed at 2082 on Friday, down 4.5% from the previous Friday": the weekday
    before (or after) the day the article named last, not before publication."""
    if last.date is None or guess.date is None:
        return
    step = -1 if guess.words.lower().split()[1] == "previous" else 1
    days = (step * (guess.date.weekday() - last.date.weekday())) % 7 or 7
    guess.date = last.date + dt.timedelta(days=step * days)
    guess.status = "scheduled" if guess.date > published else None


def dateline(paragraphs: list[str], published: dt.date) -> dt.date:
    """The day a wire story's dateline names, when it is a few days before publication:
    the day the story was written, that its "today" and "yesterday" count from ("NAIROBI,
    Aug. 7 (Xinhua) -- Police today…" in the file of August 8 is August 7); else the
    publication date. The dateline opens one of the first paragraphs (a headline may come
    before it)."""
    return _filed_day(next(filter(None, map(dated_dateline, paragraphs)), None), published)


def _filed_day(filed: Filed | None, published: dt.date) -> dt.date:
    if filed is None:
        return published
    day = in_year(filed.year or published.year, month_number(filed.month), filed.day)
    if day and day > published and not filed.year:  # "Dec. 31" in the file of January 1
        day = in_year(published.year - 1, day.month, day.day)
    return day if day and 0 < (published - day).days <= 3 else published


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
    unit, steps = counted(guess.words)
    dates = [named[p] for p in FINE.get(unit, ()) if p in named]
    last = max(dates, key=lambda g: (g.paragraph, g.start), default=None)
    if last is None or last.date is None:
        return
    guess.date, guess.precision = STEPS[unit](last.date, steps), unit
    guess.note, guess.status = "", "scheduled" if guess.date > published else None


def _month_after_named(guess: DateGuess, named: dict[str, DateGuess], published: dt.date) -> None:
    """ "In November 2022 …; the following January" is January 2023: the first such month
    after (or before) the day or month the article named last; with none, undated."""
    dates = [named[p] for p in ("day", "month") if p in named]
    last = max(dates, key=lambda g: (g.paragraph, g.start), default=None)
    if last is None or last.date is None:
        return
    month = month_number(guess.words.split()[-1])
    back = re.search(r"previous|preceding", guess.words, re.I)
    year = last.date.year + (-(month >= last.date.month) if back else month <= last.date.month)
    guess.date, guess.precision = dt.date(year, month, 1), "month"
    guess.status = "scheduled" if guess.date > published else None


def counted(words: str) -> tuple[str, int]:
    """The unit and the number of steps of words counted from another date: "the following
    year" (year, 1), "that day" (day, 0), "the day before" (day, -1), "two weeks later"
    (week, 2)."""
    words = words.lower()
    unit = re.findall(r"\b(day|week|month|year)s?\b", words)[0]
    number = re.match(rf"{NUMBER}\b", words)
    steps = (NUMBERS.get(number[0]) or int(number[0])) if number else 1
    if re.search(r"\b(?:previous|preceding|prior|before|earlier)\b", words):
        steps = -steps
    return unit, 0 if re.match(r"(?:that|the same)\b", words) else steps


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
        if re.match(r"(?i:until|till)\s", then.words):  # "from Monday until Tuesday"
            between += then.words.split()[0] + " "
        if (
            first.rule == "weekday"
            and then.precision == "day"
            and PUT_OFF_FROM.search(sentence[: first.start - offset])
            and re.fullmatch(r"\s+(?:to|until|till)\s+(?:at least\s+)?", between)
        ):
            _weekday_before(first, then, published)
        elif then.rule == first.rule == "weekday" and LISTED.fullmatch(between):
            _listed_after(first, then, published)
        elif (first.rule, then.rule) in SPANS and SPAN.fullmatch(between):
            _span_before(first, then, published)
        elif first.precision in ("month", "week") and APPOSED.fullmatch(between):
            _within(first, then)  # "last month, on the 3rd", "last week, on Tuesday"
        elif then.words.lower().endswith("in the day") and first.precision == "day":
            then.date, then.status = first.date, first.status
        elif (
            then.rule == "weekday"
            and first.precision == "day"
            and FUTURE_IN_PAST.search(sentence[: then.start - offset])
        ):
            _weekday_after(first, then, published, range(1, 8))


APPOSED = letters.compile(r",\s*(?:(?i:on)\s+)?")
"""What sets a day beside the month or week it falls in: "last month, on the 3rd"."""


def _within(first: DateGuess, then: DateGuess) -> None:
    """A day named beside the month or week it is in, as that month's or week's day."""
    assert first.date is not None
    if then.rule == "day of this month" and first.precision == "month":
        number = int(re.sub(r"\D", "", then.words))
        if number <= calendar.monthrange(first.date.year, first.date.month)[1]:
            then.date = first.date.replace(day=number)
    elif then.rule == "weekday" and first.precision == "week":
        weekday = WEEKDAYS.index(then.words.split()[-1].lower())
        then.date = first.date + dt.timedelta(days=(weekday - first.date.weekday()) % 7)


SPAN = letters.compile(
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


LISTED = letters.compile(
    r"(?:\s*[,–-]\s*|[^,;:.\"“”]{0,40}?\b(?i:and|or|through|thru|to|till|until)\s+)"
    r"(?:(?i:early|late|on)\s+)*"
)
"""What joins the dates of a list or a span: "on Monday or Tuesday", "on Monday in Leeds
and Tuesday in York", "overnight Tuesday to Wednesday", "Sunday, Monday and Tuesday"."""


def _listed_after(first: DateGuess, then: DateGuess, published: dt.date) -> None:
    """A weekday listed after another is the first such day after it, as a list runs
    forward in time: it shares the tense of its first day ("results are expected Monday or
    Tuesday"). Only a day a few days after: "Friday and Thursday" runs back."""
    _weekday_after(first, then, published, range(1, 5))


def _weekday_after(first: DateGuess, then: DateGuess, published: dt.date, within: range) -> None:
    """`then`, a bare weekday, as the first such day after `first`'s, if that is `within`
    so many days of it."""
    if first.date is None or re.match(r"(?i:last|next|this|the|previous|coming)\b", then.words):
        return
    wanted = WEEKDAYS.index(re.findall(r"\w+", then.words)[-1].lower())
    ahead = (wanted - first.date.weekday()) % 7 or 7
    if ahead not in within:
        return
    then.date = first.date + dt.timedelta(days=ahead)
    then.status = "scheduled" if then.date > published else None


PUT_OFF_VERB = (
    r"\b(?:postpon\w*|delay\w*|put off|push\w* back|mov\w*|reschedul\w*|defer\w*|adjourn\w*)\b"
)
"""Verbs that move a plan to another day (plan.py reads an update from them too)."""
PUT_OFF_FROM = letters.compile(rf"{PUT_OFF_VERB}[^.;]{{0,60}}\bfrom\s+(?:(?:on|last)\s+)?\Z", re.I)
"""A plan put off, before the day it was put off from: "was postponed from Thursday to
next Tuesday" (that Thursday is the one before the new day, whatever the tense says)."""
PUT_OFF_TO = letters.compile(rf"{PUT_OFF_VERB}[^.;]{{0,60}}\b(?:until|till|to)\s+\Z", re.I)
"""A plan put off, before the day it is put off to: "agreed to defer the item until"."""


def _weekday_before(first: DateGuess, then: DateGuess, published: dt.date) -> None:
    """`first`, a bare weekday, as the last such day before `then`'s day."""
    if then.date is None or re.match(r"(?i:last|next|this|the|previous|coming)\b", first.words):
        return
    wanted = WEEKDAYS.index(re.findall(r"\w+", first.words)[-1].lower())
    back = (then.date.weekday() - wanted) % 7 or 7
    first.date = then.date - dt.timedelta(days=back)
    first.status = "scheduled" if first.date > published else None


FUTURE_IN_PAST = letters.compile(
    r"\b(?:said|announced|told|confirmed|promised|pledged|warned|indicated|wrote|added)\b"
    r"[^.;:\"“”]*\b(?:would|was to|were to|was due to|were due to|was going to|were going to"
    r"|planned to)\b[^.;:\"“”]*$"
)
"""What was said on a day to lie ahead of it ("said on Monday that it would appeal on
Thursday"): the plan's weekday counts from the day of the saying, not from publication."""
