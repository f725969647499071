"""How much of an article `explainer ingest` gets right, against the hand-made records.

    python -m bench.ingest            # prints a table; writes bench/results/<date>-ingest-<commit>.json
    python -m bench.ingest --timeml TBAQ-cleaned --polnear PolNeAR/data   # and public corpora
    python -m bench.ingest --timeml TBAQ-cleaned --part TimeBank --misses   # while tuning
    python -m bench.ingest --te3-silver Training --part Silver --misses   # TE3-Silver-data-*

With --part, only the parts named are scored (nothing else is run, no results file is
written); with --misses, the errors of the tuned parts are printed, never those of a
held-out part (rules are written looking at the tuned parts only).

With --timeml, dates are scored on TempEval-3's training corpora (concrete TIMEX3 values:
day, week, weekend, month, season, year), TimeBank being the part the rules were tuned on
and AQUAINT the held-out part; with --te3-silver, also on TE3-Silver (part Silver, tuned
on: AFP news whose TIMEX3 a machine annotated, so its errors are read with judgement, not
taken as the truth). With --polnear, quotes and speakers are scored on PolNeAR's
train split (tuned on) and dev split (held out); its test split is never read. On PolNeAR
too, the people it names as the source of an attribution (quoted or reported), and how
many of them ingest proposes as actors, as people, with a role, cited to the paragraphs. Only the
figures are written to the results file, never the corpora's text.

Runs ingest on the two articles of ../shared/sources/ (text as captured from the web;
copies in tests/fixtures/ingest/) and on tests/fixtures/ingest/cnn-2011-09-26.html (the
CNN article wrapped in the furniture of a news page: navigation, cookie banner, share
buttons, related links, newsletter box),
then compares the drafts with the records in data/ (the gold standard):

- body paragraphs recovered exactly (the source's paragraphs without a label), and
  lines kept that are no paragraph of the source at all (furniture kept);
- direct quotes found (the data's verbatim claims citing the source), and of those, with
  the speaker the data gives;
- dates: events dated by this source (`when.source`) whose basis ingest resolved, in a
  paragraph the event cites, to the same date, end and precision;
- actors citing the source that ingest found named in the text, with the right id.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from generator.commands.build import check
from generator.ingest.dates import DateGuess, find_dates
from generator.ingest.drafts import Ingested, ingest
from generator.records.explainer import Explainer
from generator.run.project import Paths
from generator.text.quoting import comparable

from .polnear import POLNEAR_HELP, POLNEAR_PARTS, polnear, share

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "tests" / "fixtures" / "ingest"
ARTICLES: list[tuple[Path, str, dict[str, Any]]] = [
    # file, source id in data/, what the command line is given (the README's table)
    (
        SOURCES / "cbs-2011-09-15-pakistan-hits-back.txt",
        "cbs-2011-09-15",
        {"published": dt.date(2011, 9, 15)},
    ),
    (
        SOURCES / "cnn-2011-09-26-no-action-against-haqqani.txt",
        "cnn-2011-09-26",
        {"published": dt.date(2011, 9, 26)},
    ),
    (
        SOURCES / "cnn-2011-09-26.html",
        "cnn-2011-09-26",
        {},
    ),  # the page gives its date
]


def paragraphs(done: Ingested, gold: Explainer, source: str) -> dict[str, Any]:
    kept = [" ".join(p.text.split()) for p in done.article.paragraphs]
    every = [" ".join(p.text.split()) for p in gold.sources[source].paragraphs]
    body = [" ".join(p.text.split()) for p in gold.sources[source].paragraphs if not p.label]
    return {
        "body_recovered": share(sum(1 for p in body if p in kept), len(body)),
        "furniture_kept": [p for p in kept if p not in every],
        "dropped": len(done.article.dropped),
    }


def quotes(done: Ingested, gold: Explainer, source: str) -> dict[str, Any]:
    wanted: dict[str, str] = {}
    for ref in gold.claims:
        said = ref.claim
        if said.kind == "quote" and said.cite.source == source:
            wanted.setdefault(comparable(said.text).strip(" \"'"), said.speaker)
    # direct quotations only: a paraphrase drafted from reported speech is the sentence
    found = {comparable(q.text).strip(" \"'"): q.actor for q in done.quotes if q.kind == "quote"}

    def match(text: str) -> str | None:
        for quote in found:
            if text == quote or text in quote or (len(quote) > 20 and quote in text):
                return quote
        return None

    matched = {text: match(text) for text in wanted}
    right = [t for t, q in matched.items() if q is not None and found[q] == wanted[t]]
    return {
        "found": share(sum(1 for q in matched.values() if q is not None), len(wanted)),
        "right_speaker": share(len(right), len(wanted)),
        "missed": [t for t, q in matched.items() if q is None],
        "wrong_speaker": [
            {"quote": t[:60], "data": wanted[t], "ingest": found[q]}
            for t, q in matched.items()
            if q is not None and found[q] != wanted[t]
        ],
    }


def dates(done: Ingested, gold: Explainer, source: str) -> dict[str, Any]:
    events = [e for e in gold.events.values() if e.when.source == source]
    right: list[dict[str, Any]] = []
    wrong: list[dict[str, Any]] = []
    for event in events:
        cited = {n for c in event.cite if c.source == source for n in c.paragraphs}
        basis = event.when.basis.lower()
        guesses = [
            g
            for g in done.dates
            if g.date
            and g.words.lower() in basis
            and (not cited or _paragraph_of(done, g, gold, source) in cited)
        ]
        same = [
            g
            for g in guesses
            if (g.date, g.end, g.precision)
            == (event.when.date, event.when.end, event.when.precision)
        ]
        (right if same else wrong).append(
            {
                "event": event.id,
                "basis": event.when.basis,
                "data": f"{event.when.date} {event.when.precision}",
                "ingest": [f"{g.words}: {g.date} {g.precision}" for g in guesses],
            }
        )
    return {"resolved": share(len(right), len(events)), "not_resolved": wrong}


def _paragraph_of(done: Ingested, guess: Any, gold: Explainer, source: str) -> int | None:
    """The data's number of the paragraph a guess is in (an HTML page may drop the caption
    and highlights, so ingest's numbers can differ from the data's)."""
    text = " ".join(done.article.paragraphs[guess.paragraph - 1].text.split())
    for p in gold.sources[source].paragraphs:
        if " ".join(p.text.split()) == text:
            return p.n
    return None


def actors(done: Ingested, gold: Explainer, source: str) -> dict[str, Any]:
    citing = {a.id for a in gold.actors.values() if any(c.source == source for c in a.cite)}
    found = set(done.actors)
    return {
        "matched": share(len(citing & found), len(citing)),
        "missed": sorted(citing - found),
        "also_named": sorted(found - citing),
    }


def _of(figure: dict[str, Any]) -> str:
    return f"{figure['hit']}/{figure['total']}"


def own_data() -> list[dict[str, Any]]:
    """Ingest on this explainer's two articles and saved page, against data/."""
    gold = check(Paths(data=REPO / "data"))
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="ingest-") as folder:
        for number, (file, source, given) in enumerate(ARTICLES):
            done = ingest(
                file, REPO / "data", Path(folder) / str(number), source_id=source, **given
            )
            results.append(
                {
                    "file": file.name,
                    "source": source,
                    "paragraphs": paragraphs(done, gold, source),
                    "quotes": quotes(done, gold, source),
                    "dates": dates(done, gold, source),
                    "actors": actors(done, gold, source),
                }
            )
    print(
        f"{'article':<46} {'body ¶':>7} {'furn.':>5} {'quotes':>7} {'speaker':>7} {'dates':>6} {'actors':>6}"
    )
    for r in results:
        print(
            f"{r['file']:<46} {_of(r['paragraphs']['body_recovered']):>7}"
            f" {len(r['paragraphs']['furniture_kept']):>5} {_of(r['quotes']['found']):>7}"
            f" {_of(r['quotes']['right_speaker']):>7} {_of(r['dates']['resolved']):>6}"
            f" {_of(r['actors']['matched']):>6}"
        )
    return results


def figures(parts: dict[str, Any]) -> dict[str, Any]:
    """Each part's figures, without the lists of examples (the corpora's own words)."""
    return {
        part: {k: v for k, v in r.items() if not isinstance(v, list)} for part, r in parts.items()
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.ingest", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--timeml", type=Path, help="TempEval-3's TBAQ-cleaned folder (TimeBank/, AQUAINT/)"
    )
    parser.add_argument(
        "--te3-silver",
        type=Path,
        metavar="DIR",
        help="a folder holding TempEval-3's TE3-Silver-data-*/ (part Silver, tuned on; its"
        " TIMEX3 were annotated by machine, not by hand): StructTempRel-EMNLP17's"
        " data/TempEval3/Training/TE3-Silver-data-*",
    )
    parser.add_argument(
        "--polnear", type=Path, help="PolNeAR's data folder (train/, dev/, metadata.tsv)"
    )
    parser.add_argument(
        "--part",
        action="append",
        choices=[*TIMEML_PARTS, *POLNEAR_PARTS],
        help="score only this part of the corpora (may be repeated); writes no results file",
    )
    parser.add_argument("--misses", action="store_true", help="print the errors of the tuned parts")
    args = parser.parse_args(argv)
    if args.part:
        return tuning(args)
    results: dict[str, Any] = {"own data": own_data()}
    # Only the figures of the corpora are written: their text stays out of the repository.
    if args.timeml or args.te3_silver:
        results["timeml"] = figures(timeml(args.timeml, silver=args.te3_silver))
    else:
        print(f"\ndates on TempEval-3: not run. {TIMEML_HELP}")
    if args.polnear:
        results["polnear"] = figures(polnear(args.polnear))
    else:
        print(f"\nquotes on PolNeAR: not run. {POLNEAR_HELP}")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    )
    out = (
        REPO
        / "bench"
        / "results"
        / f"{dt.date.today()}-ingest-{commit.stdout.strip() or 'unknown'}.json"
    )
    out.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"\nwritten to {out}")


def tuning(args: argparse.Namespace) -> None:
    """Only the parts asked for, with the errors of the tuned ones when asked."""
    parts: dict[str, Any] = {}
    if args.timeml or args.te3_silver:
        parts |= timeml(args.timeml, args.part, args.te3_silver)
    if args.polnear:
        parts |= polnear(args.polnear, args.part)
    if not args.misses:
        return
    for part, r in parts.items():
        if (TIMEML_PARTS | POLNEAR_PARTS)[part] != "tuned on":
            print(f"\n{part} is held out: its errors are not shown.")
            continue
        for kind, items in r.items():
            if isinstance(items, list):
                print(f"\n--- {part}: {kind} ({len(items)})")
                print("\n".join(items))


# --- public annotated corpora ------------------------------------------------------------

TIMEML_HELP = (
    "Give --timeml DIR, DIR being TempEval-3's training corpora (TimeBank and AQUAINT), e.g.\n"
    "  git clone --depth 1 https://github.com/qiangning/StructTempRel-EMNLP17\n"
    "  --timeml StructTempRel-EMNLP17/data/TempEval3/Training/TBAQ-cleaned\n"
    "(only TimeBank/ and AQUAINT/ are read; never the TempEval-3 evaluation documents).\n"
    "Give --te3-silver DIR for the part Silver, DIR holding TempEval-3's TE3-Silver-data-*/\n"
    "  (StructTempRel-EMNLP17/data/TempEval3/Training/; AFP news whose TIMEX3 a\n"
    "  machine annotated: training data, tuned on like TimeBank)."
)
TIMEML_PARTS = {"TimeBank": "tuned on", "AQUAINT": "held out", "Silver": "tuned on"}
CONCRETE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d(?:-WE)?|-(?:SP|SU|FA|WI))?$")
"""A TIMEX3 value that is a day, week, weekend, month, season or year (not a quarter, a
decade, a time of day, "PRESENT_REF" or a value with an unknown part)."""
TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
TAG = re.compile(r"<[^>]+>")


def timex_value(guess: DateGuess) -> str | None:
    """A guess as a TIMEX3 value."""
    day = guess.date
    if day is None:
        return None
    if guess.precision == "day" and PART_OF_DAY.search(guess.words):
        return None  # "this morning": a time of day, TimeML's TIME (…TMO), no date value
    if guess.precision == "day":
        return day.isoformat()
    if guess.precision in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if guess.precision == "weekend" else "")
    if guess.precision == "month":
        return day.isoformat()[:7]
    if guess.precision == "range":
        season = guess.end and day.day == 1 and (guess.end - day).days in range(88, 93)
        return f"{day.year}-{SEASONS[day.month]}" if season and day.month in SEASONS else None
    return str(day.year)  # year, since


SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
PART_OF_DAY = re.compile(r"(?i)\b(?:morning|afternoon|evening)\b")
"""Words of a time of day, which TimeML values as TIME ("1998-02-13TMO"), not as a day."""


def read_timeml(path: Path) -> tuple[dt.date, list[tuple[int, str]], list[tuple[int, int, str]]]:
    """A TimeML document: its creation date, its paragraphs (offset, text) and its TIMEX3
    dates (start, end, value) in that text."""
    xml = path.read_text(encoding="utf-8")
    value = re.search(
        r'value="(\d{4}-\d\d-\d\d)[^"]*"[^>]*functionInDocument="CREATION_TIME"'
        r'|functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d\d-\d\d)',
        xml,
    )
    assert value, f"{path}: no document creation time"
    published = dt.date.fromisoformat(value[1] or value[2])
    body = xml[xml.index("<TEXT>") + 6 : xml.index("</TEXT>")]
    text, timexes, at = [], [], 0
    for piece in re.split(r"(<TIMEX3\b[^>]*>.*?</TIMEX3>)", body, flags=re.S):
        match = TIMEX.fullmatch(piece)
        plain = TAG.sub("", match[2] if match else piece)
        plain = html.unescape(plain).replace("``", '"').replace("''", '"')
        if match:
            attributes = dict(re.findall(r'(\w+)="([^"]*)"', match[1]))
            if attributes.get("type") == "DATE":
                timexes.append((at, at + len(plain), attributes.get("value", "")))
        text.append(plain)
        at += len(plain)
    full = "".join(text)
    paragraphs = [(m.start(), m[0]) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", full)]
    return (
        published,
        [(o, p.replace("\n", " ")) for o, p in paragraphs],
        timexes,
    )


def score_dates(files: list[Path]) -> dict[str, Any]:
    """Concrete TIMEX3 date values found with the same value: precision, recall, F1."""
    gold_total = found_total = right = 0
    wrong: list[str] = []
    missed: list[str] = []
    for path in files:
        published, paragraphs, timexes = read_timeml(path)
        guesses = find_dates([p for _, p in paragraphs], published)
        concrete = [t for t in timexes if CONCRETE.match(t[2])]
        gold_total += len(concrete)
        hit: set[int] = set()
        text = dict(paragraphs)
        for guess in guesses:
            value = timex_value(guess)
            if value is None:
                continue
            start = paragraphs[guess.paragraph - 1][0] + guess.start
            end = start + len(guess.words)
            over = [i for i, t in enumerate(timexes) if t[0] < end and start < t[1]]
            if over and not any(CONCRETE.match(timexes[i][2]) for i in over):
                continue  # a date TimeML gives no concrete value ("now", "the 1990s")
            found_total += 1
            good = [i for i in over if timexes[i][2] == value]
            if good:
                right += 1
                hit.update(good)
            else:
                gold = ",".join(timexes[i][2] for i in over) or "no date"
                wrong.append(f"{path.stem} {published} “{guess.words}” {value} (TimeML: {gold})")
        for i, (s, e, value) in enumerate(timexes):
            if CONCRETE.match(value) and i not in hit:
                o = max(o for o in text if o <= s)
                context = text[o][max(0, s - o - 50) : e - o + 30]
                missed.append(f"{path.stem} {published} {value}: …{context}…")
    precision = right / found_total if found_total else 0.0
    recall = right / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if right else 0.0
    return {
        "documents": len(files),
        "gold": gold_total,
        "found": found_total,
        "right": right,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "wrong": wrong,
        "missed": missed,
    }


def timeml(
    folder: Path | None, only: list[str] | None = None, silver: Path | None = None
) -> dict[str, Any]:
    """Dates on TempEval-3's training corpora: TimeBank (rules tuned on it), AQUAINT (not),
    and TE3-Silver (tuned on; annotated by machine)."""
    results = {}
    print("\ndates: concrete TIMEX3 values (day, week, weekend, month, season, year)")
    print(
        f"{'corpus':<22} {'docs':>5} {'gold':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}  target F1"
    )
    for part, role in TIMEML_PARTS.items():
        files = timeml_files(part, silver if part == "Silver" else folder, only)
        if files is None:
            continue
        r = results[part] = score_dates(files)
        machine = part == "Silver"
        print(
            f"{part + ' (' + role + ')' + '*' * machine:<22} {r['documents']:>5} {r['gold']:>5}"
            f" {r['found']:>6} {r['precision']:>6.1%} {r['recall']:>6.1%} {r['f1']:>6.1%}"
            f"  {'—' if machine else '≥ 90%'}"
        )
    if "Silver" in results:
        print("* TE3-Silver: TIMEX3 annotated by a machine, not by hand (TempEval-3 training data)")
    return results


def timeml_files(part: str, where: Path | None, only: list[str] | None) -> list[Path] | None:
    """The documents of a part, or None when it is not to be scored."""
    if (only and part not in only) or (where is None and not only):
        return None
    if where is None:
        raise SystemExit(f"--part {part}: its folder was not given. {TIMEML_HELP}")
    pattern = "TE3-Silver-data-*/*.tml" if part == "Silver" else f"{part}/*.tml"
    files = sorted(where.glob(pattern))
    if not files:
        raise SystemExit(f"{where}: no {pattern} files. {TIMEML_HELP}")
    return files


if __name__ == "__main__":
    main()
