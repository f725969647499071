"""The words of dates in English: weekdays, months, numbers, years as written or spoken,
the words around them that make them no date, and the calendar they are counted on."""

from __future__ import annotations

import datetime as dt
import re

from . import letters

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
IRREGULAR_PAST = (
    "met|took|gave|began|came|went|left|made|held|won|lost|sent|saw|got|found|spoke|wrote|rose"
    "|fell|paid|sold|bought|led|ran|struck|became|knew|thought|brought|kept|felt|broke|chose"
    "|drew|flew|froze|stood|fought|caught|taught|sought"
)
"""Past tenses that do not end in "-ed" (dates_verbs.PAST; an adjective's noun; a role's
predicate)."""
MAYBE_VERB = (
    r"[a-z]+(?:s|ed)|said|told|will|would|is|are|was|were|has|have|had|can|could|may|might"
    rf"|must|did|does|{IRREGULAR_PAST}"
)
"""A word that may be a verb (an ending, an auxiliary, a past form): where the words
before it are a noun phrase (proposals.VERB_LIKE, quotes.VERB_NEXT)."""
NUMBER = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|\d{1,2})"
)
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
YEAR = r"(?:1[89]\d\d|20\d\d)"
UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
SPOKEN_YEAR = (
    rf"(?i:(?:eighteen|nineteen)[\s-](?:{TENS}(?:[\s-]{UNIT})?|{TEEN}|hundred|oh[\s-]{UNIT})"
    rf"|two thousand(?:\s+and)?[\s-](?:{TEEN}|{UNIT})|(?<=year )two thousand"
    rf"|twenty[\s-](?:{TEEN}|{TENS}(?:[\s-]{UNIT})?))\b(?![\s-](?:hundred|thousand))"
)
"""A year as a broadcast transcript spells it: "nineteen ninety-four", "the year two
thousand", "two thousand and five", "twenty twelve"."""
ANY_YEAR = rf"(?:{YEAR}|{SPOKEN_YEAR})"
PART = r"(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)"
LEAD = letters.compile(rf"(?i:by\s+)?(?i:{PART})")
"""Words that place a date inside a week, a month or a year: "by the end of", "early"."""


def unit(words: str) -> str:
    """A week, a month or a year without the words that place a date inside it: "by the
    end of next year" -> "next year"; TimeML values the whole as that period."""
    return words[m.end() :] if (m := LEAD.match(words)) else words


def count(word: str) -> int | None:
    """ "two", "2" -> 2; "several" -> None (no date)."""
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def year_number(words: str) -> int:
    """ "1994", "nineteen ninety-four" -> 1994; "two thousand and five" -> 2005."""
    if words.isdigit():
        return int(words)
    values = [SPOKEN[w] for w in re.split(r"[\s-]+", words.lower()) if w != "and"]
    if values[:2] == [2, 1000]:
        return 2000 + sum(values[2:])
    return values[0] * 100 + sum(v for v in values[1:] if v != 100)


SPOKEN = (
    {
        word: value
        for value, word in enumerate(
            "oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
            " fifteen sixteen seventeen eighteen nineteen".split()
        )
    }
    | {word: 10 * n for n, word in enumerate(TENS[3:-1].split("|"), 2)}
    | {
        "hundred": 100,
        "thousand": 1000,
    }
)


def month_number(name: str) -> int:
    return MONTH_NAMES[name.lower()[:3]]


TITLED = letters.compile(r"Today|Tonight|Tomorrow|Yesterday|This Week|This Weekend")
NAME_BEFORE = letters.compile(r"\b[A-Z][\w.&-]*(?:['’]s?)?\s[\"“]?$")
"""A date word capitalised after a name is part of a name: a paper, a programme."""
OPEN_QUOTE = letters.compile(r"[\"“‘']$")
CLOSE_QUOTE = letters.compile(r"[\"”’'](?!\w)")
"""Quotation marks around a capitalised date word and nothing else: a title (NBC's
"Today", the programme "This Week")."""
NAMED_DAY = letters.compile(
    r"\b(?:Good|Black|Bloody|Palm|Ash|Holy|Maundy|Shrove|Easter|Whit|Super|Cyber)\s+$"
)
"""A capitalised word that makes a weekday after it a name: a feast ("Good Friday"), an
event ("Black Monday", "Bloody Sunday", "Super Tuesday"), no last or next such day."""
EVERY = letters.compile(r"\b(?i:each|every)\s+$")
ANY_ONE = letters.compile(r"\b(?i:a)\s+$")
NIGHTS = letters.compile(
    rf"s?(?:(?:,|\s+(?:and|or|through|to))\s+(?:on\s+)?{WEEKDAY}s?)*"
    r"\s+(?:nights|mornings|afternoons|evenings)\b"
)
"""Times of day in the plural after a weekday, or after a list of them: a recurrence ("on
Friday nights", "on Monday and Tuesday nights", "Tuesday, Thursday and Saturday evenings")."""
NOWADAYS = letters.compile(r"(?i:today|tomorrow)(?=['’]s\s+world\b)")
OF = letters.compile(r"\bof\s+$")
THE = letters.compile(r"(?<!\bon )\b(?i:the)\s+$")
CAPITAL = letters.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Independent|Observer|Star|Tribune"
    r"|Sport|People|Journal|News|Standard|Nation|Age|Sun|Review|Magazine|Morning|Night"
    r"|Edition|Business|Record|Globe|Chronicle|Gazette|Examiner|Inquirer|Press|Leader|Show"
    r"|Programme|Program|Supplement|Courier|Dispatch|Guardian|Argus|Bulletin|Club)\b"
)
"""A weekday between "the" and the name of a paper or a programme is part of that name:
"the Sunday Times", "the Monday Night Show"; not "the Tuesday Senate vote", a date."""
ADVERB = letters.compile(
    r"\s*(?:[,.;:!?)\"”’—–]|$)|\s+(?:in|on|at|as|after|following|before|when|while|and|but"
    r"|to|from|near|outside|inside|across|along|amid|with|by|for|around|under|until|off)\s+"
    rf"(?!(?:\w+\s+)?{WEEKDAY})"
)
"""After "overnight" as an adverb of when ("were arrested overnight in the city", "died
overnight."), not as an adjective ("overnight losses") nor before the day that dates it
("overnight Tuesday", "overnight on Monday")."""
SUDDENLY = letters.compile(
    r"(?:\b(?:not|never|cannot|no)\b|n['’]t\b)[^,;:.]*$"
    r"|\b(?:almost|virtually|practically|seemingly|literally|nearly|all but|chang\w*|happen\w*"
    r"|transform\w*|vanish\w*|disappear\w*)\s+$",
    re.I,
)
"""Before "overnight" meaning "suddenly" ("did not happen overnight", "almost overnight")."""


SEASON_AS_ADJECTIVE = letters.compile(r"(?i:\bthe\s+(?:spring|summer|autumn|fall|winter))$")
ATTRIBUTIVE = letters.compile(
    r"\s+(?!(?:of|in|on|at|to|and|or|but|when|as|the|a|an|that|this|is|was|were|will|would"
    rf"|has|had|have|after|before|for|with|by|from|until|there|it|its|their|brings|sees|put|set"
    rf"|{IRREGULAR_PAST})\b|[a-z]+ed\b)[a-z]{{3,}}\b"
)
"""The noun a season qualifies ("the spring spawning season", "the winter timetable")."""
NAMED_NUMBER = letters.compile(r"(?<![.!?]\s)(?<!^)\b(?P<word>[A-Z][a-z]+)\s+\Z")
"""A capitalised word, not the sentence's first, right before a year: a name with a
number ("the Natura 2000 network", "Vision 2030"), unless a word of dates."""
DATE_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter"
    " christmas easter day eve".split()
)


def no_date(sentence: str, start: int, end: int) -> bool:
    """Whether the date words sentence[start:end] name no date, by the words around them:
    a name ("USA Today", ABC's "This Week", a programme "Tonight" in quotes, "the Sunday
    Times"), a recurrence or any one
    ("each Thursday", "every July", "on Friday nights", "fell on a Sunday"), any time ("the
    cars of tomorrow", "in today's world"; not "the end of today's vote"), "overnight" that
    is no adverb of when ("overnight losses", "did not happen overnight")."""
    words, before = sentence[start:end], sentence[max(0, start - 40) : start]
    titled = TITLED.fullmatch(words) and (
        NAME_BEFORE.search(before)
        or (OPEN_QUOTE.search(before) and CLOSE_QUOTE.match(sentence, end))
    )
    if titled or EVERY.search(before):
        return True
    if re.search(WEEKDAY + "$", words) and (
        NIGHTS.match(sentence, end) or ANY_ONE.search(before) or NAMED_DAY.search(before)
    ):
        return True
    if re.fullmatch(WEEKDAY, words) and THE.search(before) and CAPITAL.match(sentence, end):
        return True
    if NOWADAYS.match(sentence, start):
        return True
    if SEASON_AS_ADJECTIVE.search(sentence[max(0, start - 5) : end]) and ATTRIBUTIVE.match(
        sentence, end
    ):
        return True  # "the spring spawning season", "the summer holidays": a kind, no date
    if re.fullmatch(r"\d{4}", words) and (named := NAMED_NUMBER.search(before)):
        return named["word"].casefold() not in DATE_WORDS  # "Natura 2000", "Vision 2030"
    if words.lower() == "overnight":
        return bool(SUDDENLY.search(before) or not ADVERB.match(sentence, end))
    of = re.fullmatch(r"(?i:today|tomorrow)", words) and OF.search(before)
    return bool(of) and not re.match(r"['’]s\b", sentence[end : end + 2])


class _Unified:
    """A match of a pattern with several spellings, read as one ("June 28" / "28 June")."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match

    def __getitem__(self, key: str | int) -> str:
        if isinstance(key, int):
            return self.match[key]
        groups = self.match.groupdict()
        # a name only one spelling has ("first" of "9 and 10 April") is empty in the others
        return groups.get(key) or groups.get(f"{key}2") or groups.get(f"{key}3") or ""


def unify(match: re.Match[str]) -> re.Match[str]:
    """The match of a pattern with several spellings, read as one."""
    return _Unified(match)  # type: ignore[return-value]


def bare(match: re.Match[str]) -> re.Match[str]:
    """A month named without a word before it ("the June agreement"): its name is all."""
    if match["month"] is None:
        return _Bare(match)  # type: ignore[return-value]
    return match


class _Bare(_Unified):
    def __getitem__(self, key: str | int) -> str:
        if key == "month":
            return self.match[0]
        if key == "lead":
            return ""
        return super().__getitem__(key)


def monday(day: dt.date) -> dt.date:
    """The Monday that starts the week of `day`."""
    return day - dt.timedelta(days=day.weekday())


def month_start(day: dt.date, months: int = 0) -> dt.date:
    """The 1st of the month `months` after (or before) that of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def in_year(year: int, month: int, day: int) -> dt.date | None:
    """That day, or None where the year has none (February 29)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
