"""A well-kept library in place of ingest's date rules, scored the same way: dateparser's
`search_dates` (the package htmldate already brings), each expression it finds resolved
against the document's date with the period it gives (day, week, month, year); or
parsedatetime's `Calendar.nlp`, which finds expressions in running text too but gives no
period, so the period is read from the words it matched (a weekday or a day of a month is
a day, a month named alone a month, "week" a week, "year" or a year alone a year).

Issue #27 asks for a library wherever one does the job; this says, in figures, whether
one does it for dates in running news text. Run:

    .venv/bin/python -m bench.date_baseline --timeml DIR [--part TimeBank] [--part AQUAINT]
        [--library dateparser|parsedatetime]

It only measures: nothing of ingest uses it, and nothing is tuned on what it prints.
parsedatetime is no dependency of the project: `pip install parsedatetime` (2.6, pure
Python, no download at run time) into the environment to measure it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import re
import time
from pathlib import Path
from typing import Any

from dateparser.date import DateDataParser
from dateparser.search import search_dates

from generator.ingest.dates import DateGuess
from generator.ingest.datewords import MONTH, WEEKDAY

from . import ingest as bench

SETTINGS: Any = {"RETURN_TIME_AS_PERIOD": True, "PREFER_DATES_FROM": "current_period"}


def dateparser_dates(paragraphs: list[str], published: dt.date) -> list[DateGuess]:
    """Every date expression dateparser finds, as ingest's finder would report it."""
    base = dt.datetime.combine(published, dt.time(12))
    settings = {**SETTINGS, "RELATIVE_BASE": base}
    periods = DateDataParser(languages=["en"], settings=settings)
    guesses = []
    for n, text in enumerate(paragraphs, 1):
        at = 0
        for words, when in search_dates(text, languages=["en"], settings=settings) or []:
            start = text.find(words, at)
            at = start + len(words) if start >= 0 else at
            period = periods.get_date_data(words).period or "day"
            precision = period if period in ("day", "week", "month", "year") else "day"
            guesses.append(
                DateGuess(n, words, "dateparser", when.date(), precision=precision, start=start)
            )
    return guesses


PERIOD_WORDS = [
    ("week", re.compile(r"\bweeks?\b", re.I)),
    ("day", re.compile(rf"\b(?:{WEEKDAY}|yesterday|today|tonight|tomorrow|days?)\b|\d", re.I)),
    ("month", re.compile(rf"\b{MONTH}\b|\bmonths?\b", re.I)),
    ("year", re.compile(r"\byears?\b|\b\d{4}\b", re.I)),
]
"""The period of what parsedatetime matched, read from its words, the first that fits:
"March 3" is a day ("3"), "March 1998" a month, "1998" a year."""


def parsedatetime_dates(paragraphs: list[str], published: dt.date) -> list[DateGuess]:
    """Every date expression parsedatetime finds, as ingest's finder would report it."""
    # only for this measure, no dependency of the project: imported by name, untyped
    parsedatetime = importlib.import_module("parsedatetime")
    calendar = parsedatetime.Calendar(parsedatetime.Constants("en_US"))
    base = dt.datetime.combine(published, dt.time(12))
    guesses = []
    for n, text in enumerate(paragraphs, 1):
        for when, status, start, _end, words in calendar.nlp(text, sourceTime=base) or ():
            if status not in (1, 3):  # 0: not parsed, 2: a time of day only
                continue
            period = _period(words)
            if period:
                lead = len(words) - len(words.lstrip())
                guesses.append(
                    DateGuess(
                        n,
                        words.strip(),
                        "parsedatetime",
                        when.date(),
                        precision=period,
                        start=start + lead,
                    )
                )
    return guesses


def _period(words: str) -> str | None:
    """The period the words name: a month named with a year is a month, not a year."""
    if re.search(rf"\b{MONTH}\b", words, re.I) and not re.search(r"\b\d{1,2}\b", words):
        return "month"
    return next((period for period, pattern in PERIOD_WORDS if pattern.search(words)), None)


LIBRARIES = {"dateparser": dateparser_dates, "parsedatetime": parsedatetime_dates}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeml", type=Path, required=True, help="the TBAQ-cleaned folder")
    parser.add_argument("--part", action="append", choices=["TimeBank", "AQUAINT"])
    parser.add_argument("--library", choices=sorted(LIBRARIES), default="dateparser")
    args = parser.parse_args(argv)
    print(f"dates by {args.library}, scored as ingest's (bench/ingest.py)")
    print(
        f"{'corpus':<10} {'docs':>5} {'gold':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6} {'s':>6}"
    )
    for part in args.part or ["TimeBank", "AQUAINT"]:
        files = bench.timeml_files(part, args.timeml, None)
        if not files:
            continue
        started = time.perf_counter()
        found: dict[str, Any] = {}
        original = bench.find_dates
        bench.find_dates = LIBRARIES[args.library]  # the one swap
        try:
            found = bench.score_dates(files)
        finally:
            bench.find_dates = original
        seconds = time.perf_counter() - started
        print(
            f"{part:<10} {found['documents']:>5} {found['gold']:>5} {found['found']:>6}"
            f" {found['precision']:>6.1%} {found['recall']:>6.1%} {found['f1']:>6.1%}"
            f" {seconds:>6.1f}"
        )


if __name__ == "__main__":
    main()
