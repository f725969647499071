"""A well-kept library in place of ingest's date rules, scored the same way: dateparser's
`search_dates` (the package htmldate already brings), each expression it finds resolved
against the document's date with the period it gives (day, week, month, year).

Issue #27 asks for a library wherever one does the job; this says, in figures, whether
one does it for dates in running news text. Run:

    .venv/bin/python -m bench.date_baseline --timeml DIR [--part TimeBank] [--part AQUAINT]

It only measures: nothing of ingest uses it, and nothing is tuned on what it prints.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path
from typing import Any

from dateparser.date import DateDataParser
from dateparser.search import search_dates

from generator.ingest.dates import DateGuess

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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeml", type=Path, required=True, help="the TBAQ-cleaned folder")
    parser.add_argument("--part", action="append", choices=["TimeBank", "AQUAINT"])
    args = parser.parse_args(argv)
    print("dates by dateparser.search_dates, scored as ingest's (bench/ingest.py)")
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
        bench.find_dates = dateparser_dates  # the one swap
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
