"""How much of an article `explainer ingest` gets right, against the hand-made records.

    python -m bench.ingest            # prints a table; writes bench/results/<date>-ingest-<commit>.json

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

import datetime as dt
import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from generator.build import check
from generator.explainer import Explainer
from generator.ingest.drafts import Ingested, ingest
from generator.project import Paths
from generator.quotes import normalise

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
            wanted.setdefault(normalise(said.text).strip(" \"'"), said.speaker)
    found = {normalise(q.text).strip(" \"'"): q.actor for q in done.quotes}

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


def main() -> None:
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


if __name__ == "__main__":
    main()
