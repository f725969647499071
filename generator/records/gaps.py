"""What the schema cannot say: gaps an editor should see, though the data is valid.

`check` (and so `make site` and `make check`) prints them as warnings after any errors;
`check --strict` fails on them. Drafts and placeholders (TODO) are never finished work;
the other warnings (model.WARNINGS) a record may acknowledge, with the reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..run.errors import ExplainerError
from ..text.names import look_alike_key, mixed_script
from .coverage import coverage_of
from .examples import STARTER_PREFIX, from_starter
from .explainer import Explainer
from .load import FieldPath, RawRecord
from .model import KINDS, TITLE_FIELDS, Actor, Model, Record, walk
from .translations import untranslated_at
from .validate import field_path

log = logging.getLogger(__name__)

SHOWN = 10
"""Warnings of each kind printed in full; the rest are counted (a screenful at most)."""


@dataclass(frozen=True)
class Gap:
    kind: str
    file: Path
    message: str
    at: FieldPath = ()
    """The field the warning is about (its line is then named); () the record itself."""
    line: int = 0

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}: {self.message}"
            if self.line
            else f"{self.file}: {self.message}"
        )


class GapsError(ExplainerError):
    """`check --strict` found warnings."""

    exit_code = 2


def find_gaps(
    explainer: Explainer,
    data: Path,
    languages: tuple[str, ...] = (),
    read: Iterable[RawRecord] = (),
) -> list[Gap]:
    """Body paragraphs no record cites (nothing in the articles should be left out), and
    events no dispute names (an event on no dispute's timeline may be a missed link);
    names that may be taken for another (mixed scripts, look-alike actors: names.py);
    given the site's `languages` (mkdocs.yml, the main one first), text with no
    translation into one of the others, and translations into none of them. Given the
    records as `read` (with the line of each field), each warning names its line."""
    records = {
        data / kind / f"{record_id}.yaml": record
        for kind in KINDS
        for record_id, record in sorted(getattr(explainer, kind).items())
    }
    judged = _acknowledge(
        _judged(explainer, data) + _mixed_scripts(explainer, data) + _look_alikes(explainer, data),
        records,
    )
    translated = _untranslated(records, languages[1:]) + _unpublished(records, languages)
    found = _drafts(records) + _placeholders(records) + _stale_reasons(explainer, data)
    found = _examples(records, found + judged + translated)
    lines = {raw.path: raw for raw in read}
    return [
        dataclasses.replace(gap, line=lines[gap.file].line_of(gap.at)) if gap.file in lines else gap
        for gap in found
    ]


SHOWN_FIELDS = 6
"""Fields named in one record's warning of missing translations; the rest are counted."""


def _untranslated(records: dict[Path, Record], languages: tuple[str, ...]) -> list[Gap]:
    """Text the site shows in a language it promises (mkdocs.yml), with no translation
    into it: that language's site would show it in the original's."""
    gaps = []
    for code in languages:
        for file, record in records.items():
            at = untranslated_at(record, code)
            if not at:
                continue
            missing = [field_path(loc) for loc in at]
            named = ", ".join(missing[:SHOWN_FIELDS])
            more = f" and {len(missing) - SHOWN_FIELDS} more" if len(missing) > SHOWN_FIELDS else ""
            gaps.append(
                Gap(
                    "untranslated",
                    file,
                    f"translations.{code}: no translation of {named}{more} (the site promises"
                    f" '{code}' in mkdocs.yml; its pages show these as written)",
                    at[0],
                )
            )
    return gaps


def _unpublished(records: dict[Path, Record], languages: tuple[str, ...]) -> list[Gap]:
    """Translations into a language the site does not publish: no page shows them (a
    mistyped code, or a language not yet added to mkdocs.yml)."""
    gaps = []
    for file, record in records.items() if languages else ():
        codes = {
            code: (*loc, "translations", code)
            for loc, value in walk(record)
            for code in getattr(value, "translations", {})
        }
        for code in sorted(codes.keys() - set(languages)):
            gaps.append(
                Gap(
                    "unpublished",
                    file,
                    f"translations.{code}: the site is not published in '{code}' (mkdocs.yml"
                    f" promises {', '.join(languages)}): no page shows this translation; fix"
                    " the language code, or add the language to the explainer plugin's"
                    " `languages`",
                    codes[code],
                )
            )
    return gaps


def _judged(explainer: Explainer, data: Path) -> list[Gap]:
    """The warnings on what the data says (not on a name): uncited paragraphs, events in no
    dispute, `happened` events dated after their sources."""
    gaps = [
        Gap(
            "uncited",
            data / "sources" / f"{source_id}.yaml",
            (
                f"paragraphs {', '.join(map(str, paragraphs))} are cited by no record"
                " (cite them, or give each an uncited_reason)"
                if len(paragraphs) > 1
                else f"paragraph {paragraphs[0]} is cited by no record (cite it, or give it an"
                " uncited_reason)"
            ),
            ("paragraphs", _index_of(explainer.sources[source_id], paragraphs[0])),
        )
        for source_id, paragraphs in coverage_of(explainer).uncited().items()
    ]
    in_disputes = {e for dispute in explainer.disputes.values() for e in dispute.events}
    gaps += [
        Gap(
            "in-no-dispute",
            data / "events" / f"{event_id}.yaml",
            "the event is in no dispute's `events` (add it where it bears on one, or"
            " acknowledge `in-no-dispute` with the reason)",
        )
        for event_id in sorted(explainer.events.keys() - in_disputes)
    ]
    return (
        gaps
        + _other_side(explainer, data)
        + _future_dates(explainer, data)
        + _overdue(explainer, data)
    )


def _other_side(explainer: Explainer, data: Path) -> list[Gap]:
    """A claim filed under one side of a dispute by an actor who holds another side of it:
    most often a claim put on the wrong side (a concession is acknowledged as such)."""
    gaps = []
    for dispute in explainer.disputes.values():
        for i, position in enumerate(dispute.positions):
            for j, claim in enumerate(position.claims):
                held = [p for p in dispute.positions if claim.speaker in p.actors]
                if held and position not in held:
                    gaps.append(
                        Gap(
                            "other-side",
                            data / "disputes" / f"{dispute.id}.yaml",
                            f"positions[{i}].claims[{j}]: {claim.speaker} holds the side"
                            f" “{held[0].stance}”, but this claim backs “{position.stance}”"
                            " (move it to their side, or acknowledge `other-side` if they"
                            " concede the point)",
                            ("positions", i, "claims", j, "speaker"),
                        )
                    )
    return gaps


def _index_of(source: Any, n: int) -> int:
    """The place in a source's `paragraphs` of its paragraph number `n`."""
    return next((i for i, p in enumerate(source.paragraphs) if p.n == n), 0)


def _future_dates(explainer: Explainer, data: Path) -> list[Gap]:
    """Events said to have `happened` on a day after every source that cites them was
    published: no article can report that, so it is a mistyped date or a `scheduled` event."""
    gaps = []
    for event_id, event in sorted(explainer.events.items()):
        cited = {c.source for c in event.cite} | {event.when.source}
        latest = max(explainer.sources[s].published for s in cited if s in explainer.sources)
        if event.status == "happened" and event.when.date > latest:
            gaps.append(
                Gap(
                    "future-date",
                    data / "events" / f"{event_id}.yaml",
                    f"when: {event.when.date} is after its sources were published (the"
                    f" latest on {latest}), yet its status is `happened`: is it `scheduled`,"
                    " or the date mistyped?",
                    ("when", "date"),
                )
            )
    return gaps


def _overdue(explainer: Explainer, data: Path) -> list[Gap]:
    """Events still `scheduled` whose last day is before the newest source the explainer
    has: by then it happened, moved or was called off, and the page still says it is to
    come. (Measured against the sources, not today, so that a build does not change with
    the day it runs.)"""
    if not explainer.sources:
        return []
    newest = max(explainer.sources.values(), key=lambda s: (s.published, s.id))
    return [
        Gap(
            "overdue",
            data / "events" / f"{event_id}.yaml",
            f"status: `scheduled`, but its last day ({event.when.last_day()}) is before"
            f" the newest source ({newest.id}, {newest.published}): did it happen (`status:"
            " happened`, citing the source that says so), move (a new `when`), or was it put"
            " off (`status: postponed`) or called off (`status: cancelled`)?",
            ("status",),
        )
        for event_id, event in sorted(explainer.events.items())
        if event.status == "scheduled" and event.when.last_day() < newest.published
    ]


def past_their_day(explainer: Explainer, today: dt.date) -> list[str]:
    """Events still `scheduled` whose last day is before `today`, which no source is new
    enough to make `overdue`: a note for the desk (what became of it?), never a warning,
    so that a build does not change with the day it runs."""
    newest = max((s.published for s in explainer.sources.values()), default=None)
    return [
        f"{event_id} is still `scheduled` for {event.when.last_day()} at the latest, before"
        f" today ({today}), and no source since says what became of it: find the news (did"
        " it happen, move, or was it put off?)"
        for event_id, event in sorted(explainer.events.items())
        if event.status == "scheduled"
        and event.when.last_day() < today
        and not (newest and event.when.last_day() < newest)
    ]


def _examples(records: dict[Path, Record], found: list[Gap]) -> list[Gap]:
    """Once the explainer has records of its own, the starter's example records are one
    warning (delete them), not the warnings of a made-up story (its event `overdue`
    beside the newest real source)."""
    examples = sorted(file for file in records if from_starter(file.stem))
    if not examples or len(examples) == len(records):
        return found
    return [
        Gap(
            "examples",
            examples[0],
            f"{len(examples)} record(s) of the starter's made-up story are still here beside"
            f" your own (data/*/{STARTER_PREFIX}*.yaml): delete them, and the example text of"
            " docs/index.md, before the site is published",
        ),
        *(gap for gap in found if gap.file not in examples),
    ]


def _stale_reasons(explainer: Explainer, data: Path) -> list[Gap]:
    """A paragraph that says why it needs no citation, which a record now cites (a claim
    added after the reason was given): the reason is no longer true."""
    return [
        Gap(
            "uncited-reason",
            data / "sources" / f"{source_id}.yaml",
            f"paragraph {n} gives an uncited_reason, yet a record cites it: delete the"
            " reason (or the citation)",
            ("paragraphs", _index_of(explainer.sources[source_id], n), "uncited_reason"),
        )
        for source_id, paragraphs in sorted(coverage_of(explainer).cited_though_explained().items())
        for n in paragraphs
    ]


def _drafts(records: dict[Path, Record]) -> list[Gap]:
    """Records still marked `draft`: guesses nobody has confirmed."""
    return [
        Gap("draft", file, f"draft: {record.draft} (confirm it, then delete `draft`)", ("draft",))
        for file, record in records.items()
        if record.draft is not None
    ]


PLACEHOLDER = re.compile(r"\bTODO\b")
"""What the scaffolds and ingest write where a value is missing."""


def _placeholders(records: dict[Path, Record]) -> list[Gap]:
    """Text still holding a TODO (a source's paragraphs are the article's words: there,
    only one that begins with TODO)."""
    gaps = []
    for file, record in records.items():
        at = [
            loc
            for loc, text in _texts(record)
            if (PLACEHOLDER.match if loc[0] == "paragraphs" else PLACEHOLDER.search)(text)
        ]
        if at:
            where = ", ".join(field_path(loc) for loc in at)
            gaps.append(Gap("placeholder", file, f"TODO left in {where}: replace it", at[0]))
    return gaps


def _texts(
    value: Any, loc: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts(item, loc + (i,))
    elif isinstance(value, dict):  # translations, by language
        for key, item in value.items():
            yield from _texts(item, loc + (key,))
    elif isinstance(value, Model):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), loc + (name,))


def _acknowledge(gaps: list[Gap], records: dict[Path, Record]) -> list[Gap]:
    """The gaps no record acknowledges, and a warning for each acknowledgement that no
    longer answers a gap (the data changed since it was judged)."""
    raised = {(gap.file, gap.kind) for gap in gaps}
    said = {(file, a.warning) for file, record in records.items() for a in record.acknowledged}
    stale = [
        Gap(
            "stale-acknowledgement",
            file,
            f"acknowledged: `{warning}` is no longer warned of here (delete it)",
            ("acknowledged",),
        )
        for file, warning in sorted(said - raised, key=str)
    ]
    return [gap for gap in gaps if (gap.file, gap.kind) not in said] + stale


def _mixed_scripts(explainer: Explainer, data: Path) -> list[Gap]:
    """Names with a word of Latin, Cyrillic and Greek letters mixed: it looks like a word
    of one script, but search finds it only when typed in the same mix."""
    gaps = []
    for kind, field in TITLE_FIELDS.items():
        for record_id, record in sorted(getattr(explainer, kind).items()):
            names: list[tuple[FieldPath, str]] = [((field,), getattr(record, field))]
            names += [(("aliases", i), a) for i, a in enumerate(getattr(record, "aliases", []))]
            gaps += [
                Gap(
                    "mixed-scripts",
                    data / kind / f"{record_id}.yaml",
                    f"{field_path(at)}: {mix}: retype it in one script",
                    at,
                )
                for at, name in names
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
                "look-alike-name",
                data / "actors" / f"{one.id}.yaml",
                f"name: '{one.name}' looks like the name of {data / 'actors'}/{two.id}.yaml "
                f"('{two.name}'): a reader may take one for the other",
                ("name",),
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
            log.warning(
                "warning: ... and %d more like it (`check --all` lists them)", len(same) - shown
            )
    if strict and gaps:
        raise GapsError(f"{len(gaps)} warning(s); --strict fails on them")
