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
import bisect
import datetime as dt
import html
import json
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from generator.commands.build import check
from generator.ingest.actors import ActorIndex, Proposed
from generator.ingest.dates import DateGuess, find_dates
from generator.ingest.drafts import Ingested, ingest
from generator.ingest.quotes import find_quotes
from generator.ingest.reported import reported_people
from generator.records.explainer import Explainer
from generator.run.project import Paths
from generator.text.quoting import comparable

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


def share(hit: int, total: int) -> dict[str, Any]:
    return {"hit": hit, "total": total, "share": round(hit / total, 3) if total else None}


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
    found = {comparable(q.text).strip(" \"'"): q.actor for q in done.quotes}

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
POLNEAR_HELP = (
    "Give --polnear DIR, DIR being PolNeAR's data folder, e.g.\n"
    "  git clone --depth 1 https://github.com/networkdynamics/PolNeAR\n"
    "  --polnear PolNeAR/data\n"
    "(only train/, dev/ and metadata.tsv are read; never test/, kept for acceptance)."
)
TIMEML_PARTS = {"TimeBank": "tuned on", "AQUAINT": "held out", "Silver": "tuned on"}
POLNEAR_PARTS = {"train": "tuned on", "dev": "held out"}
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


QUOTE_SPAN = re.compile(r"“[^“”]*”|\"[^\"]*\"")
PRONOUN = re.compile(r"^(?:he|she|they|i|we|you|it|who|which|that|his|her)$", re.I)
NOT_A_PERSON = re.compile(
    r"\b(?:campaign|committee|party|department|administration|office|news|times|post|poll"
    r"|report|statement|group|association|council|court|agency|ministry|house|senate|congress"
    r"|foundation|institute|university|network|company|inc|corp|press|media|board|union"
    r"|website|ad|video|email|letter|book|article|survey|study|data|website|tweet|cnn|fox|nbc"
    r"|parliament|people"
    r"|abc|cbs|msnbc|ap|reuters|gop|rnc|dnc|fbi|cia|pac)\b",
    re.I,
)


def read_polnear(text_file: Path, annotations: Path) -> tuple[str, list[dict[str, Any]]]:
    """An article's text and its attributions: source, cue and content spans."""
    text = text_file.read_text(encoding="utf-8")
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in annotations.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, places = parts[1].partition(" ")
            pieces = [tuple(int(n) for n in p.split()) for p in places.split(";")]
            spans[parts[0]] = (kind, [(a, b) for a, b in pieces])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(r.split(":") for r in parts[1].split()))
    found: list[dict[str, Any]] = []
    for relation in relations:
        roles = {k: spans[v][1] for k, v in relation.items() if v in spans}
        if "Content" in roles:
            found.append(roles)
    return text, found


def named_person(source: str) -> str | None:
    """The surname of the person a PolNeAR source names ("Clinton spokesman Brian Fallon"
    -> Fallon; "Sen. Ted Cruz of Texas (R)" -> Cruz), or None for a pronoun, a group or an
    organisation."""
    first = _who_part(source)
    words = re.sub(r"[’']s\b", "", first).split()
    if not words or NOT_A_PERSON.search(first) or PRONOUN.match(source.strip()):
        return None
    names = [
        w.strip('.()"“”')
        for w in words
        if w[:1].isupper()
        and w.strip(".")
        not in ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "The", "A", "An")
    ]
    if not names or (
        names[-1].endswith("s")
        and len(names) == 1
        and names[-1] in ("Republicans", "Democrats", "Americans")
    ):
        return None
    last = words[-1].strip(".,")
    surname = last.istitle() or SURNAME_PREFIX.match(last)
    return names[-1] if surname and last != last.upper() else None


SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Du|La|Le|Van|Vande|Vander)[A-Z][a-z]+$")
"""A surname with a capital inside ("McCain", "DeSantis"), unlike "YouTube" or "PACs"."""


def _who_part(source: str) -> str:
    """The words of a source before its apposition, its bracket ("(D-Md.)", "(@handle)")
    and the place or body after "of" that follows a full name ("Sen. Ted Cruz of Texas",
    "Mr. Burman of the Tax Policy Center"; not "Secretary of State John Kerry", nor
    "Hundreds of voters")."""
    first = re.sub(r"\s*\([^()]*\)?", "", source.strip(" ()").split(",")[0])
    head, of, _ = first.partition(" of ")
    words = head.split()
    if (
        of
        and len(words) >= 2
        and all(w[:1].isupper() for w in words[-2:])
        and words[-2] not in ("The", "A", "An")
        and words[-1].strip(".").lower() not in ROLES
    ):
        return head
    return first


ROLES = {
    "secretary", "director", "governor", "president", "chairman", "chairwoman", "chair",
    "head", "leader", "leaders", "minister", "mayor", "member", "members", "spokesman",
    "spokeswoman", "founder", "editor", "professor", "dean", "speaker", "attorney",
    "general", "ambassador", "chief", "commissioner", "senator", "representative",
    "publisher", "host", "manager", "executive", "supervisor", "friends", "supporters",
}  # fmt: skip


def score_quotes(articles: list[tuple[Path, Path]]) -> dict[str, Any]:
    """Direct quotations found, drafted quotations that are real, and speakers named."""
    gold_total = found = drafted = real = named = right = 0
    speakers: dict[str, int] = {}
    not_proposed: list[str] = []
    no_source: list[str] = []
    missed: list[str] = []
    unreal: list[str] = []
    wrong: list[str] = []
    for text_file, annotated in articles:
        text, attributions = read_polnear(text_file, annotated)
        contents = [s for a in attributions for s in a["Content"]]
        paragraphs = [(m.start(), m[0]) for m in re.finditer(r"[^\n]+", text)]
        quotes, proposed, _ = find_quotes([p for _, p in paragraphs], ActorIndex([]))
        proposed = reported_people([p for _, p in paragraphs], proposed, ActorIndex([]))
        people = proposed_people(text, attributions, paragraphs, proposed)
        for key, count in people.items():
            if isinstance(count, int):
                speakers[key] = speakers.get(key, 0) + count
        not_proposed += [f"{text_file.stem}: {name}" for name in people["not proposed"]]
        no_source += [f"{text_file.stem}: {name}" for name in people["no source"]]
        mine = []
        for q in quotes:
            start = paragraphs[q.paragraph - 1][0] + q.start
            mine.append((start, start + len(q.text) + 2, q))
            if q.kind == "quote":
                drafted += 1
                if any(a <= start + 1 and start + len(q.text) <= b + 1 for a, b in contents):
                    real += 1
                else:
                    unreal.append(f"{text_file.stem}: “{q.text[:70]}”")
        for a in attributions:
            for mark in QUOTE_SPAN.finditer(text):
                inside = any(s <= mark.start() and mark.end() <= e + 1 for s, e in a["Content"])
                if not inside or len(mark[0].split()) < 4:
                    continue
                gold_total += 1
                hits = [
                    q
                    for s, e, q in mine
                    if s < mark.end() and mark.start() < e and q.kind == "quote"
                ]
                if not hits:
                    missed.append(
                        f"{text_file.stem}: {text[max(0, mark.start() - 60) : mark.end() + 40]!r}"
                    )
                    continue
                found += 1
                source = " ".join(text[s:e] for s, e in a.get("Source", []))
                surname = named_person(source)
                if surname is None:
                    continue
                named += 1
                said = hits[0].name or hits[0].who or ""
                if surname.lower() in said.lower():
                    right += 1
                else:
                    wrong.append(
                        f"{text_file.stem}: “{hits[0].text[:50]}” PolNeAR: {source!r}, ingest: {said!r} ({hits[0].rule})"
                    )
    return {
        "articles": len(articles),
        "direct quotes": gold_total,
        "found": share(found, gold_total),
        "drafted": drafted,
        "real": share(real, drafted),
        "speaker named": share(right, named),
        **actor_figures(speakers, ""),
        **actor_figures(speakers, "person "),
        "people proposed a source": share(
            speakers["proposed a source"], speakers["proposed people"]
        ),
        "missed": missed,
        "not real": unreal,
        "wrong speaker": wrong,
        "person not proposed": not_proposed,
        "person proposed, no source": no_source,
    }


def actor_figures(counts: dict[str, int], measure: str) -> dict[str, Any]:
    """The shares of one measure of the people proposed (see `proposed_people`)."""
    return {
        f"{measure}people proposed": share(
            counts[f"{measure}proposed"], counts[f"{measure}people"]
        ),
        f"{measure}named in full, proposed": share(
            counts[f"{measure}proposed of named in full"], counts[f"{measure}named in full"]
        ),
        f"{measure}proposed as a person": share(
            counts[f"{measure}as a person"], counts[f"{measure}proposed"]
        ),
        f"{measure}proposed with a role": share(
            counts[f"{measure}with a role"], counts[f"{measure}proposed"]
        ),
        f"{measure}paragraphs cited": share(
            counts[f"{measure}cited"], counts[f"{measure}paragraphs"]
        ),
    }


def proposed_people(
    text: str,
    attributions: list[dict[str, Any]],
    paragraphs: list[tuple[int, str]],
    proposed: list[Proposed],
) -> dict[str, Any]:
    """Of the people named as the source of an attribution (quoted or reported), how many
    ingest proposes as a draft actor, as a person, with a role, citing each paragraph
    where they are a source. One count per person per article: a surname names them.
    Counted twice: over every source `named_person` reads (the first measure, which also
    counts places and groups), and over the sources `person_source` finds to be people."""
    starts = [start for start, _ in paragraphs]
    where: dict[str, set[int]] = {}
    persons: dict[str, set[int]] = {}  # the same, for the sources that are people
    for a in attributions:
        spans = a.get("Source", [])
        source = " ".join(text[s:e] for s, e in spans)
        surname = named_person(source)
        if surname and spans:
            number = bisect.bisect_right(starts, spans[0][0])
            where.setdefault(surname, set()).add(number)
            if person := person_source(source, surname, text):
                persons.setdefault(person, set()).add(number)
    # Precision: a person proposed whose surname no source of the article holds.
    sources = " ".join(text[s:e] for a in attributions for s, e in a.get("Source", []))
    people = [p for p in proposed if p.kind == "person"]
    counts: dict[str, Any] = {
        "proposed people": len(people),
        "proposed a source": sum(p.name.split()[-1] in sources for p in people),
        "not proposed": [],
        "no source": [
            f"{p.name} ({p.evidence[:60]})" for p in people if p.name.split()[-1] not in sources
        ],
    }
    for measure, names in (("", where), ("person ", persons)):
        for key in (*TALLIES, "named in full", "proposed of named in full"):
            counts[measure + key] = 0
        counts[measure + "people"] = len(names)
        for surname, numbers in names.items():
            draft = next((p for p in proposed if surname.lower() in p.name.lower().split()), None)
            in_full = _in_full(surname, text) if measure else _first_name(surname, text)
            _tally(counts, measure, draft, numbers, in_full)
            if draft is None and measure:
                counts["not proposed"].append(surname)
    return counts


TALLIES = ("proposed", "as a person", "with a role", "paragraphs", "cited")


def _tally(
    counts: dict[str, Any], measure: str, draft: Proposed | None, numbers: set[int], in_full: bool
) -> None:
    """One source person's share of the figures of a measure."""
    counts[measure + "paragraphs"] += len(numbers)
    counts[measure + "named in full"] += in_full
    if draft is None:
        return
    counts[measure + "proposed"] += 1
    counts[measure + "proposed of named in full"] += in_full
    counts[measure + "as a person"] += draft.kind == "person"
    counts[measure + "with a role"] += bool(draft.role)
    counts[measure + "cited"] += len(numbers & set(draft.paragraphs))


def _first_name(surname: str, text: str) -> bool:
    """The first measure's "in full": any capitalised word before the surname somewhere
    ("Hillary Clinton", but also "South Dakota", "What Rubio")."""
    return bool(re.search(rf"\b[A-Z][a-z]+(?: [A-Z]\.)? {re.escape(surname)}\b", text))


def person_source(source: str, surname: str, text: str) -> str | None:
    """The surname of the person a source names, when `named_person` read it as
    `surname`: the name heads the source (not "aides to Gov. Chris Christie", "voters who
    lean towards Trump"; but "the secretary of the Treasury, Jacob J. Lew," is Lew), and
    the article names them as people are named, with a first name or a title, somewhere
    ("Hillary Clinton", "Mr. Trump", "President Obama"; not "Tehran", "Iranians",
    "Variety", "Critics"). None when it names no person."""
    parts = [p.strip() for p in source.split(",")]
    placed = PLACED.search(_who_part(source))
    if len(parts) > 1 and DESCRIPTION.match(parts[0]) and FULL_NAME.fullmatch(parts[1]):
        surname = parts[1].split()[-1]  # a description, then the name
    elif placed and _in_full(placed["name"], source):
        surname = placed["name"]  # "political scientist Dossym Satpayev in Almaty"
    elif (lead := GROUP_HEAD.match(_who_part(source))) and surname not in lead[0]:
        return None
    surname = surname.rstrip("’'")  # "Sanders’"
    if surname in ("Jr", "Sr", "II", "III"):  # "James B. Comey Jr."
        before = re.search(rf"([A-Z][\w'’-]*),?\s+{surname}\b", source)
        surname = before[1] if before else surname
    if BODY_WORD.fullmatch(surname):
        return None  # "the Las Vegas Sun", "the Pew Research Center"
    titled = re.search(rf"\b(?:{PERSON_TITLES})\.?\s+{re.escape(surname)}\b", text)
    return surname if _in_full(surname, text) or titled else None


BODY_WORD = re.compile(
    r"Center|Centre|League|Journal|Sun|Star|Radio|Tribune|Herald|Gazette|Magazine|Review|Tower"
    r"|Institution|Project|Matter|Church|Judge|Court|Network|Channel|Media|Foundation"
)
"""The last word of an outlet's or a body's name that `named_person` does not know."""


DESCRIPTION = re.compile(r"(?:(?:The|A|An)\s+)?[a-z]")
PLACED = re.compile(r"[A-Z][\w'’-]+\s+(?P<name>[A-Z][\w'’-]*[a-z])\s+(?:in|from|at)\s+[A-Z]")
FULL_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w'’-]*[a-z]")
"""A name in full: "Jacob J. Lew", "James B. Comey"."""


def _in_full(surname: str, text: str) -> bool:
    """The article gives the surname a first name (or initials) somewhere: a capitalised
    word it never writes in lowercase ("Hillary Clinton", "Donald J. Trump", "G.K.
    Butterfield", "François Hollande"; not "What Rubio", "South Dakota", "Conservative
    Movement")."""
    pattern = rf"(?=\b([A-Z][^\W\d_]+|[A-Z]\.)(?:\s*[A-Z]\.)*\s+{re.escape(surname)}\b)"
    lower = {w.casefold() for w in re.findall(r"\b[a-z][^\W\d_]*\b(?![’'])", text)}
    return any(
        (first.casefold() not in lower or first in WORD_NAMES) and first not in NOT_FIRST_NAMES
        for first in re.findall(pattern, text)
    )


GROUP_HEAD = re.compile(
    r"^(?:\S+\s+){0,6}?(?P<noun>[a-z][\w-]*)\s+(?:to|of|for|from|in|at|with|who|whom"
    r"|that|among|behind|towards?|around|close)\s"
)
"""The noun a source is about when a name only follows it: "aides to X", "supporters
of X", "a woman who had been a student in Montana"."""
PERSON_TITLES = "|".join(
    ["Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Adm", "Rev", "Sgt"]
    + ["Capt", "Prof", "President", "Senator", "Governor", "Secretary", "Speaker", "Mayor"]
    + ["Judge", "Justice", "Prince", "Princess", "King", "Queen", "Pope", "Sheriff"]
    + ["Congressman", "Congresswoman", "Representative", "Ambassador", "Chancellor"]
    + ["Minister", "Sir", "Lord", "Dame", "Bishop", "Cardinal", "Rabbi", "Imam"]
)
"""Titles that name a person with a surname alone ("Vice President Biden")."""
NOT_FIRST_NAMES = frozenset(
    "North South East West New Old Great Upper Lower Saint St San Santa Los Las Des Fort"
    " Port Mount Lake Puerto United Middle Central Northern Southern Eastern Western".split()
)
"""Capitalised words before a place's last word that no article writes in lowercase."""
WORD_NAMES = frozenset(
    "Will Bill Mark Frank Grant Rich Hope Faith Joy Rose Jack Pat Sue Ken Don Ray Gene Dean"
    " Earl Chuck Bob Rob Art Guy Wade Jay Dick Hunter Chase Max Lance Drew Rand Newt Mike".split()
)
"""First names that are also English words ("Bill Frelick" where the article's bill is)."""


def polnear(folder: Path, only: list[str] | None = None) -> dict[str, Any]:
    """Quotes and speakers on PolNeAR: train (rules tuned on it), dev (not); never test."""
    results = {}
    print("\nquotes: direct quotations (4 words or more) of PolNeAR's attributions")
    print(
        f"{'split':<16} {'docs':>5} {'quotes':>6} {'found':>7} {'drafted':>7} {'real':>7} {'speaker':>8}  targets: found ≥ 97%, real ≥ 95%, speaker ≥ 90%"
    )
    for part, role in POLNEAR_PARTS.items():
        if only and part not in only:
            continue
        texts = sorted((folder / part / "text").glob("*.txt"))
        if not texts:
            raise SystemExit(f"{folder / part}: no text/*.txt. {POLNEAR_HELP}")
        pairs = []
        for text in texts:
            annotations = sorted((folder / part / "attributions").glob(f"{text.stem}_*.ann"))
            if annotations:
                pairs.append((text, annotations[0]))  # the first annotator's
        r = results[part] = score_quotes(pairs)
        print(
            f"{part + ' (' + role + ')':<16} {r['articles']:>5} {r['direct quotes']:>6}"
            f" {r['found']['share']:>7.1%} {r['drafted']:>7} {r['real']['share']:>7.1%}"
            f" {r['speaker named']['share']:>8.1%}"
        )
    print("\nactors: people PolNeAR names as a source (quoted or reported), one per article")
    print(
        "  all: every source whose last word is capitalised (the first measure: it also counts"
        ' places, outlets and groups,\n  "Tehran", "Iranians", "Variety"); people: those'
        " the article names as a person, with a first name\n  or a title somewhere, and that head"
        ' the source (not "aides to Gov. Chris Christie")'
    )
    print(
        f"{'split, measure':<26} {'people':>6} {'proposed':>9} {'in full':>8} {'person':>7}"
        f" {'role':>6} {'¶ cited':>8} {'precision':>9}"
        "  target: every one proposed with its kind and role, cited to its paragraphs"
    )
    for part, r in results.items():
        for measure in ("", "person "):
            print(
                f"{part + ' (' + POLNEAR_PARTS[part] + '), ' + ('people' if measure else 'all'):<26}"
                f" {r[measure + 'people proposed']['total']:>6}"
                f" {r[measure + 'people proposed']['share']:>9.1%}"
                f" {r[measure + 'named in full, proposed']['share']:>8.1%}"
                f" {r[measure + 'proposed as a person']['share']:>7.1%}"
                f" {r[measure + 'proposed with a role']['share']:>6.1%}"
                f" {r[measure + 'paragraphs cited']['share']:>8.1%}"
                f" {r['people proposed a source']['share']:>9.1%}"
            )
    return results


if __name__ == "__main__":
    main()
