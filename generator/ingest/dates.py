"""Every date expression in an article, resolved against its publication date.

Each rule is one news convention, with its own test (tests/test_ingest.py):

- a weekday: in the past tense, the last such day on or before publication ("warned
  Thursday" in Thursday's paper is that day); with "will", "is to", "next" or
  "scheduled", the next one after it, and the event is `scheduled`;
- "this week('s)" the week of publication, "last week" the one before, "N weeks ago";
- "over the weekend", "a weekend visit": the last weekend before publication;
- "yesterday", "today", "N days ago" (dateparser, from the publication date);
- "June 28", "Sept. 15, 2011": that day (dateparser; the year of publication if none);
- "next month", "last month": that month;
- "since 2008": precision `since`; "in 2009", "a 2009 assault": that year;
- "a day after", "days later", "in recent months": no date of their own, noted for the
  editor (a `relative_to` another event, or too vague to date).

Weeks start on Monday, a weekend is dated by its Saturday, as in the data format.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .quotes import sentences

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": None}
FUTURE = re.compile(
    r"\b(?:will|would|is to|are to|shall|plans? to|planned|scheduled|expected to|going to"
    r"|due to|next|upcoming|proposed|called for|calls for|set for|slated)\b"
    r"|\bwhen\s+\w+\s+(?!was\b|has\b|is\b)\w+s\b",  # "when she addresses": the future
    re.I,
)
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

PATTERNS = [
    (
        "weekday",
        re.compile(
            r"\b(?:(?i:on|last|this|next|by|until)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    ("this week", re.compile(r"\bthis week(?:'s|’s)?\b", re.I)),
    ("last week", re.compile(r"\blast week\b", re.I)),
    ("weeks ago", re.compile(r"\b(a|one|two|three|four|five|six)\s+weeks?\s+ago\b", re.I)),
    ("weekend", re.compile(r"\b(?:over the|this|last|a|the) weekend\b", re.I)),
    (
        "days ago",
        re.compile(
            r"\b(?:yesterday|today|tonight|tomorrow|(?:a|one|two|three|four|five|six) days? ago)\b",
            re.I,
        ),
    ),
    ("day of month", re.compile(rf"\b{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?\b")),
    ("month", re.compile(r"\b(?:next|last|this) month\b", re.I)),
    ("since", re.compile(r"\bsince (\d{4})\b", re.I)),
    ("year", re.compile(r"(?<![\d$.,])\b(19\d\d|20\d\d)\b(?![\d,.]\d)")),
    (
        "relative",
        re.compile(
            r"\b(?:a|one|two|three|several)?\s*days? (?:after|before|later|earlier)\b"
            r"|\bin recent (?:months|weeks|years|days)\b|\bdays after\b",
            re.I,
        ),
    ),
]


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


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def resolve(rule: str, match: re.Match[str], sentence: str, published: dt.date) -> DateGuess:
    """One expression, as a date with its precision (or a note when it has none)."""
    words = match[0].strip()
    guess = DateGuess(0, words, rule)
    future = bool(FUTURE.search(sentence)) or words.lower().startswith("next")
    if rule == "weekday":
        wanted = WEEKDAYS.index(match[1].lower())
        if future:
            ahead = (wanted - published.weekday() - 1) % 7 + 1
            guess.date, guess.status = published + dt.timedelta(days=ahead), "scheduled"
        else:
            guess.date = published - dt.timedelta(days=(published.weekday() - wanted) % 7)
        guess.precision = "day"
    elif rule == "this week":
        guess.date, guess.precision = monday(published), "week"
    elif rule == "last week":
        guess.date, guess.precision = monday(published) - dt.timedelta(days=7), "week"
    elif rule == "weeks ago":
        weeks = NUMBERS[match[1].lower()] or 1
        guess.date, guess.precision = monday(published - dt.timedelta(weeks=weeks)), "week"
    elif rule == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
        if future:
            saturday += dt.timedelta(days=7)
            guess.status = "scheduled"
        guess.date, guess.precision = saturday, "weekend"
    elif rule in ("days ago", "day of month"):
        guess.date, guess.precision = _dateparser(words, published), "day"
        if guess.date and guess.date > published:
            guess.status = "scheduled"
    elif rule == "month":
        first = published.replace(day=1)
        if words.lower().startswith("next"):
            first, guess.status = (first + dt.timedelta(days=32)).replace(day=1), "scheduled"
        elif words.lower().startswith("last"):
            first = (first - dt.timedelta(days=1)).replace(day=1)
        guess.date, guess.precision = first, "month"
    elif rule == "since":
        guess.date, guess.precision = dt.date(int(match[1]), 1, 1), "since"
    elif rule == "year":
        guess.date, guess.precision = dt.date(int(match[1]), 1, 1), "year"
    else:
        guess.note = "no date of its own: relative to another event, or too vague to date"
    return guess


def _dateparser(words: str, published: dt.date) -> dt.date | None:
    import dateparser  # a second to import: only when an article needs it

    base = dt.datetime.combine(published, dt.time(12))
    found = dateparser.parse(
        words,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day"]},
    )
    return found.date() if found else None


def find_dates(paragraphs: list[str], published: dt.date) -> list[DateGuess]:
    """Every date expression of the paragraphs, in order; one expression, one guess (the
    first rule that matches where two overlap: "since 2008" is not also the year 2008)."""
    found: list[DateGuess] = []
    for number, paragraph in enumerate(paragraphs, 1):
        for sentence in sentences(paragraph):
            taken: list[tuple[int, int]] = []
            for rule, pattern in PATTERNS:
                for match in pattern.finditer(sentence):
                    if any(a < match.end() and match.start() < b for a, b in taken):
                        continue
                    taken.append(match.span())
                    guess = resolve(rule, match, sentence, published)
                    guess.paragraph = number
                    found.append(guess)
    return found
