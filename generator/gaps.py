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
    events no dispute names (an event on no dispute's timeline may be a missed link)."""
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
    return gaps


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
