"""What the schema cannot say: gaps an editor should see, though the data is valid.

`check` (and so `make site` and `make check`) prints them as warnings after any errors;
`check --strict` fails on them."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from .coverage import coverage_of
from .errors import ExplainerError
from .explainer import Explainer
from .model import TITLE_FIELDS, Actor
from .names import look_alike_key, mixed_script

log = logging.getLogger(__name__)

SHOWN = 10
"""Warnings of each kind printed in full; the rest are counted (a screenful at most)."""


@dataclass(frozen=True)
class Gap:
    kind: str
    file: Path
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


class GapsError(ExplainerError):
    """`check --strict` found warnings."""

    exit_code = 2


def find_gaps(explainer: Explainer, data: Path) -> list[Gap]:
    """Body paragraphs no record cites (nothing in the articles should be left out), and
    events no dispute names (an event on no dispute's timeline may be a missed link);
    names that may be taken for another (mixed scripts, look-alike actors: names.py)."""
    gaps = [
        Gap(
            "uncited",
            data / "sources" / f"{source_id}.yaml",
            f"paragraphs {', '.join(map(str, paragraphs))} are cited by no record"
            " (cite them, or give each an uncited_reason)",
        )
        for source_id, paragraphs in coverage_of(explainer).uncited().items()
    ]
    in_disputes = {e for dispute in explainer.disputes.values() for e in dispute.events}
    gaps += [
        Gap(
            "no dispute",
            data / "events" / f"{event_id}.yaml",
            "the event is in no dispute's `events` (add it where it bears on one)",
        )
        for event_id in sorted(explainer.events.keys() - in_disputes)
    ]
    return gaps + _mixed_scripts(explainer, data) + _look_alikes(explainer, data)


def _mixed_scripts(explainer: Explainer, data: Path) -> list[Gap]:
    """Names with a word of Latin, Cyrillic and Greek letters mixed: it looks like a word
    of one script, but search finds it only when typed in the same mix."""
    gaps = []
    for kind, field in TITLE_FIELDS.items():
        for record_id, record in sorted(getattr(explainer, kind).items()):
            names = [(field, getattr(record, field))]
            names += [(f"aliases[{i}]", a) for i, a in enumerate(getattr(record, "aliases", []))]
            gaps += [
                Gap(
                    "mixed scripts",
                    data / kind / f"{record_id}.yaml",
                    f"{where}: {mix}: retype it in one script",
                )
                for where, name in names
                if (mix := mixed_script(name))
            ]
    return gaps


def _look_alikes(explainer: Explainer, data: Path) -> list[Gap]:
    """Two actors whose names may look the same (Unicode's confusables, UTS #39), though
    their letters differ: a reader may take one for the other. Each is named in the
    other's warning."""
    first: dict[str, Actor] = {}
    gaps = []
    for _, actor in sorted(explainer.actors.items()):
        other = first.setdefault(look_alike_key(actor.name), actor)
        gaps += [
            Gap(
                "look-alike names",
                data / "actors" / f"{one.id}.yaml",
                f"name: '{one.name}' looks like the name of {data / 'actors'}/{two.id}.yaml "
                f"('{two.name}'): a reader may take one for the other",
            )
            for one, two in [(actor, other), (other, actor)]
            if other is not actor
        ]
    return sorted(gaps, key=lambda gap: str(gap.file))


def report(gaps: list[Gap], strict: bool = False, shown: int = SHOWN) -> None:
    """Log the gaps, `shown` of each kind; under `strict`, fail if there are any."""
    kinds: dict[str, list[Gap]] = {}
    for gap in gaps:
        kinds.setdefault(gap.kind, []).append(gap)
    for same in kinds.values():
        for gap in same[:shown]:
            log.warning("warning: %s", gap)
        if len(same) > shown:
            log.warning("warning: ... and %d more like it", len(same) - shown)
    if strict and gaps:
        raise GapsError(f"{len(gaps)} warning(s); --strict fails on them")
