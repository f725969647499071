"""A deterministic synthetic explainer of any size, with the shape of real data.

    python -m bench.corpus OUT_DIR --entities 1000 [--seed 1]

"Entities" are records of all kinds: about 5% sources (12 paragraphs each), 30% actors
(aliases, affiliations to earlier actors, so no cycles, 0-2 cited relations), 50% events
(dated with every precision, 1-4 participants, a summary naming one of them, quotes) and
15% disputes (two positions with claims). Every quote is a sentence of the paragraph it
cites, so the corpus passes validation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path
from typing import Any

import yaml

RELATION_TYPES = ["accuses", "aids", "demands-of", "denies", "fights", "leads", "meets", "warns"]

SYLLABLES = "ka ri mo sa tu len dar vi no han pe zu ma lo qi ber tas un gal fe rod mi sha".split()
WORDS = (
    "the minister said talks would resume after officials met on security and aid while the "
    "army denied any role in attacks near the border and critics warned of further tension"
).split()


class Corpus:
    def __init__(self, entities: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n_sources = max(2, entities * 5 // 100)
        self.n_actors = max(4, entities * 30 // 100)
        self.n_disputes = max(1, entities * 15 // 100)
        self.n_events = max(2, entities - self.n_sources - self.n_actors - self.n_disputes)
        self.sources = [self.source(i) for i in range(self.n_sources)]
        self.actor_names: list[str] = []  # filled as actors are made, before any event
        self.taken_names: set[str] = set()

    def name(self, parts: int = 2) -> str:
        return " ".join(
            "".join(self.rng.choices(SYLLABLES, k=self.rng.randint(2, 3))).title()
            for _ in range(parts)
        )

    def sentence(self) -> str:
        words = self.rng.choices(WORDS, k=self.rng.randint(8, 16))
        return " ".join(words).capitalize() + "."

    def source(self, i: int) -> dict[str, Any]:
        published = dt.date(2011, 1, 1) + dt.timedelta(days=self.rng.randrange(365))
        return {
            "id": f"source-{i}",
            "outlet": f"{self.name(1)} News",
            "headline": self.sentence().rstrip("."),
            "published": published,
            "dateline": self.name(1),
            "url": f"https://news.example.org/{i}",
            "republish": self.rng.random() < 0.5,
            "licence": "Synthetic text for benchmarks.",
            "paragraphs": [
                {"n": n, "text": " ".join(self.sentence() for _ in range(self.rng.randint(3, 6)))}
                for n in range(1, 13)
            ],
        }

    def cite(self) -> dict[str, Any]:
        return {
            "source": self.rng.choice(self.sources)["id"],
            "paragraphs": [self.rng.randint(1, 12)],
        }

    def quote(self, speaker: str) -> dict[str, Any]:
        source = self.rng.choice(self.sources)
        paragraph = self.rng.choice(source["paragraphs"])
        text = self.rng.choice(paragraph["text"].split(". ")).rstrip(".")
        return {
            "speaker": speaker,
            "kind": "quote",
            "text": text,
            "cite": {"source": source["id"], "paragraphs": [paragraph["n"]]},
        }

    def when(self) -> dict[str, Any]:
        source = self.rng.choice(self.sources)
        day = source["published"] - dt.timedelta(days=self.rng.randrange(30))
        precision = self.rng.choice(
            ["day", "day", "day", "week", "weekend", "month", "year", "since"]
        )
        start = {
            "day": day,
            "week": day - dt.timedelta(days=day.weekday()),
            "weekend": day - dt.timedelta(days=(day.weekday() - 5) % 7),
            "month": day.replace(day=1),
            "year": day.replace(month=1, day=1),
            "since": day.replace(year=day.year - self.rng.randint(1, 10), month=1, day=1),
        }[precision]
        return {
            "date": start,
            "precision": precision,
            "basis": f"on {day:%A}",
            "source": source["id"],
        }

    def actor(self, i: int) -> dict[str, Any]:
        name = self.name()
        while name in self.taken_names:  # two actors may not share a name (validate.py)
            name = self.name()
        self.taken_names.add(name)
        record = {
            "id": f"actor-{i}",
            "name": name,
            "kind": self.rng.choice(
                ["person", "person", "organisation", "state", "group", "anonymous"]
            ),
            "aliases": [self.name(1) for _ in range(self.rng.randint(0, 2))],
            "role": self.sentence()[:40].strip(),
            "description": " ".join(self.sentence() for _ in range(3)),
            "cite": [self.cite()],
        }
        if i and self.rng.random() < 0.5:
            record["affiliations"] = [f"actor-{self.rng.randrange(i)}"]
        others = {self.actor_id() for _ in range(self.rng.randint(0, 2))} - {record["id"]}
        if others:
            record["relations"] = [
                {"type": self.rng.choice(RELATION_TYPES), "actor": other, "cite": [self.cite()]}
                for other in sorted(others)
            ]
        self.actor_names.append(str(record["name"]))
        return record

    def actor_id(self) -> str:
        return f"actor-{self.rng.randrange(self.n_actors)}"

    def event(self, i: int) -> dict[str, Any]:
        participants = sorted({self.actor_id() for _ in range(self.rng.randint(1, 4))})
        return {
            "id": f"event-{i}",
            "title": self.sentence().rstrip("."),
            "when": self.when(),
            "participants": [{"actor": a, "role": "took part"} for a in participants],
            "summary": " ".join(
                [
                    self.actor_names[int(participants[0].split("-")[1])],
                    *(self.sentence() for _ in range(4)),
                ]
            ),
            "quotes": [
                self.quote(self.rng.choice(participants)) for _ in range(self.rng.randint(0, 2))
            ],
            "cite": [self.cite()],
        }

    def dispute(self, i: int) -> dict[str, Any]:
        def position() -> dict[str, Any]:
            actors = sorted({self.actor_id() for _ in range(self.rng.randint(1, 3))})
            return {
                "stance": self.sentence()[:50].strip(),
                "actors": actors,
                "claims": [
                    self.quote(self.rng.choice(actors)) for _ in range(self.rng.randint(1, 3))
                ],
            }

        return {
            "id": f"dispute-{i}",
            "question": self.sentence().rstrip(".") + "?",
            "summary": " ".join(self.sentence() for _ in range(3)),
            "status": "open",
            "events": sorted(
                {
                    f"event-{self.rng.randrange(self.n_events)}"
                    for _ in range(self.rng.randint(2, 5))
                }
            ),
            "positions": [position(), position()],
            "cite": [self.cite()],
        }

    def records(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "sources": self.sources,
            "actors": [self.actor(i) for i in range(self.n_actors)],
            "events": [self.event(i) for i in range(self.n_events)],
            "disputes": [self.dispute(i) for i in range(self.n_disputes)],
        }


def write_corpus(target: Path, entities: int, seed: int = 1) -> dict[str, int]:
    """Write a valid data/ folder of about `entities` records; return the count per kind."""
    counts = {}
    for kind, records in Corpus(entities, seed).records().items():
        folder = target / kind
        folder.mkdir(parents=True, exist_ok=True)
        for record in records:
            text = yaml.safe_dump(record, sort_keys=False, allow_unicode=True, width=100)
            (folder / f"{record['id']}.yaml").write_text(text, encoding="utf-8")
        counts[kind] = len(records)
    return counts


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="folder to write data into (created)")
    parser.add_argument(
        "--entities", type=int, default=1000, help="number of records (default 1000)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args()
    print(write_corpus(args.out, args.entities, args.seed))
