"""Ingest on invented cases in other stories' styles: who said a quotation, and what a
date phrase means, each case written by someone who had not seen the code.

`python -m bench.cases` prints how many of each set ingest gets right (`--misses` lists
the others). Set 1 of each kind was tuned on from the start; sets 2 and 3 were each scored
once before any change was made from them (bench/README.md gives those held-out figures),
then tuned on.
A speaker is right when the case's surname is in the name ingest gives; a date when its
TIMEX3 value is the case's (as bench.ingest values a guess).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from generator.ingest.actors import ActorIndex
from generator.ingest.dates import find_dates
from generator.ingest.quotes import find_quotes

from .ingest import timex_value

CASES = Path(__file__).resolve().parent / "cases"


def speaker_misses(cases: list[dict[str, Any]]) -> list[str]:
    """The attribution cases whose quotation ingest gives to someone else, or to nobody."""
    misses = []
    for case in cases:
        quotes, _, _ = find_quotes(case["paragraphs"], ActorIndex([]))
        found = [q for q in quotes if case["quote"][:30] in q.text]
        said = (found[0].name or found[0].who or "") if found else ""
        if case["speaker"].split()[-1].lower() not in said.lower():
            misses.append(f"[{case['style']}] {case['speaker']!r}: ingest {said!r}")
    return misses


def date_misses(cases: list[dict[str, Any]]) -> list[str]:
    """The date cases whose expression ingest values otherwise, or not at all."""
    misses = []
    for case in cases:
        published = dt.date.fromisoformat(case["published"])
        at = case["sentence"].find(case["expression"])
        over = [
            g
            for g in find_dates([case["sentence"]], published)
            if g.start < at + len(case["expression"]) and at < g.start + len(g.words)
        ]
        values = [timex_value(g) for g in over]
        if case["value"] not in values:
            misses.append(f"{published} {case['expression']!r}: {case['value']}, ingest {values}")
    return misses


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the cases ingest gets wrong")
    args = parser.parse_args(argv)
    for kind, score in (("attribution", speaker_misses), ("dates", date_misses)):
        for path in sorted(CASES.glob(f"{kind}-*.json")):
            cases = json.loads(path.read_text(encoding="utf-8"))
            misses = score(cases)
            print(f"{path.stem:<16} {len(cases) - len(misses):>4} of {len(cases)} right")
            if args.misses:
                print("".join(f"  {m}\n" for m in misses), end="")


if __name__ == "__main__":
    main()
