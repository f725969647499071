"""The words of dates in English: weekdays, months, numbers, years as written or spoken."""

from __future__ import annotations

import re

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
