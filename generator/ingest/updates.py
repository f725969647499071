"""Drafts of changes to what data/ has: an update of an event or an actor the article
reports again, and the quotations with the places they may go (matches.py decides)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import yaml

from .actors import Proposed
from .matches import Existing, event_changes, moved, places, when_of
from .plan import Candidate
from .quotes import Quote
from .yamltext import comment as _comment
from .yamltext import field_text as _field
from .yamltext import indented as _indent

if TYPE_CHECKING:
    from .drafts import Ingested


STATUS_NEWS = {
    "happened": "was {was}: the new article reports it done",
    "postponed": "was {was}: the new article reports it put off, with no new day",
    "cancelled": "was {was}: the new article reports it called off",
    "scheduled": "was {was}: the new article gives the day it is put off to",
}
"""The comment over an update's new status: what the article reports."""
DONE_NOW = "; its title and summary tell it as planned: give new ones that say what happened"
"""Said of a plan reported done: nothing else reminds the editor that its words are the
plan's ("The tribunal is to hear…")."""


def event_update(done: Ingested, event_id: str, found: list[Candidate], existing: Existing) -> str:
    """An update of an event data/ has: the new article's citation, and what is news."""
    record = existing.events[event_id]
    assert done.article.published is not None
    changes: dict[str, object] = {}
    dated_by = None  # the candidate whose date the update proposes
    for c in found:
        published = done.article.published
        for key, value in event_changes(
            record, c.guess, done.source_id, published, c.sentence, c.paragraph
        ).items():
            if key == "status" and value == "postponed" and changes.get("status") == "scheduled":
                continue  # put off, to a day another sentence gives: scheduled then
            changes[key] = value
            dated_by = c if key == "when" else dated_by
    paragraphs = sorted({c.guess.paragraph for c in found})
    shared = sorted(
        {a for c in found for a in done.named[c.guess.paragraph - 1]}
        & {q.get("actor") for q in record.get("participants") or [] if isinstance(q, dict)}
    )
    words = ", ".join(f"¶{c.guess.paragraph} “{c.guess.words}”" for c in found)
    cited = [f"¶{c.guess.paragraph}" for c in found if c.cited]  # recorded from here already
    matched_by = next((c.matched_by for c in found if c.matched_by), "")
    righted = next((c for c in found if c.set_right or c.corrected_in), None)
    if righted:  # "on Tuesday, April 7, and not on Monday": the day set right, said openly
        changes["when"] = when_of(righted.guess, done.source_id)
        dated_by = righted
        because = (
            righted.set_right
            if righted.set_right
            else f"as the outlet's later version of ¶{righted.corrected_in} has it"
        )
        changes["changes"] = [
            {
                "date": dt.date.today(),
                "note": f"The date was {(record.get('when') or {}).get('date')}; the"
                f" {re.sub(r'^[Tt]he ', '', done.article.outlet or 'article')} of"
                f" {done.article.published} gives"
                f" {righted.guess.date} (“{righted.guess.words}”, {because}).",
                "correction": True,
            }
        ]
    why = (
        (
            f"which data/ already cites for this article's {', '.join(cited)}",
            f"cites {', '.join(cited)} of this article already",
        )
        if cited
        else (matched_by, matched_by)
        if matched_by
        else (
            f"with the same participants ({', '.join(shared)})",
            f"same participants ({', '.join(shared)})",
        )
        if shared
        else ("in the words of its title", "its title's words")  # matches.matching_event
    )
    days = (
        "a date it is set right to"
        if righted
        else "a date it moved to"
        if any(moved(record, c.guess) for c in found)
        else "dates"
    )
    days += "" if days.startswith("a") else " the same days"
    notes = {
        "status": STATUS_NEWS.get(str(changes.get("status")), "").format(was=record.get("status")),
        "changes": "said on its page: check and word the correction",
        "when": (
            f"set right: it was {(record.get('when') or {}).get('basis')!r}"
            if righted
            else f"moved: it was {(record.get('when') or {}).get('basis')!r}"
            if any(moved(record, c.guess) for c in found)
            else f"the report that it happened, not {(record.get('when') or {}).get('basis')!r}"
            if "status" in changes
            else f"finer than {(record.get('when') or {}).get('basis')!r}"
        ),
    }
    return "".join(
        [
            (
                f"# Update of data/events/{event_id}.yaml proposed by `explainer ingest`:"
                f" {words}\n# {days}, {why[0]}. Delete this file"
                " if it is another event\n# (then draft it as new); else delete the `draft`"
                " line.\n"
            ),
            _field("update", f"events/{event_id}"),
            _field(
                "draft",
                f"{why[1]} and date window as"
                f" “{_comment(str(record.get('title')))}”: confirm it is the same event"
                + (_date_change(record, dated_by) if dated_by else "")
                + (DONE_NOW if changes.get("status") == "happened" else "")
                # said where it is confirmed: new user 13's vote became "postponed" unseen
                + (
                    "; " + said_change("status", record.get("status"), changes["status"])
                    if changes.get("status") not in (None, "happened", record.get("status"))
                    else ""
                ),
            ),
            _field(
                "cite",
                [{"source": done.source_id, "paragraphs": paragraphs}],
                "added to its citations",
            ),
            *(_field(key, value, notes[key]) for key, value in changes.items()),
        ]
    )


DATE_CHANGES, DATE_STAYS, STATUS_CHANGES = (
    "its date changes",
    "its date stays",
    "its status changes",
)
"""How an update's draft mark begins what it changes beside data/ (the review screen drops
the words once the editor corrects those fields)."""


def said_date(when: dict[str, Any], where: str = "") -> str:
    """A date as an update's mark gives it: '2026-11-09 (day, “9 November”)'."""
    basis = _comment(str(when.get("basis")))
    return f"{when.get('date')} ({when.get('precision')}, “{basis}”{where})"


def said_change(key: str, recorded: Any, drafted: Any, where: str = "") -> str:
    """What an update changes of an event of data/ (its date, or its status), beside what
    data/ has: one wording for ingest's updates and the review screen's."""
    if key == "when":
        return (
            f"{DATE_CHANGES} from {said_date(recorded or {})} to {said_date(drafted or {}, where)}"
        )
    return f"{STATUS_CHANGES} from {recorded or 'happened'} to {drafted}"


def _date_change(record: dict[str, Any], by: Candidate) -> str:
    """The date an update proposes, said beside the one it replaces, so that the editor
    sees both where the update is confirmed."""
    was, guess = record.get("when") or {}, by.guess
    if str(was.get("date")) == str(guess.date) and was.get("precision") == guess.precision:
        return (  # only the words it rests on are new: no date changes
            f"; {DATE_STAYS} {guess.date} ({guess.precision}), now resting on"
            f" “{_comment(guess.words)}” in ¶{guess.paragraph}"
        )
    now = {"date": guess.date, "precision": guess.precision, "basis": guess.words}
    return "; " + said_change("when", was, now, f" in ¶{guess.paragraph}")


def quotes_draft(done: Ingested, existing: Existing) -> str:
    parts = [
        (
            "# Every direct quotation in the article, and each sentence reporting someone's"
            " words\n# without quoting them (a paraphrase to rewrite), with the places it may"
            " go, best first"
            " (`places`).\n# `to` is the first: change it to another (event:ID, or"
            " dispute:ID:N for its Nth position),\n# check the speaker, then delete the"
            " `draft` line; `explainer accept` writes it there.\n"
        ),
    ]
    items: list[str] = []
    terms_: list[str] = []
    recorded: list[str] = []
    claims = existing.claims_of(done.source_id)
    for q in done.quotes:
        if q.kind == "term":
            terms_.append(f"#   ¶{q.paragraph} “{_comment(q.text)}”\n")
            continue
        if any(_recorded(done, q, claim) for claim in claims):
            recorded.append(f"#   ¶{q.paragraph} “{_comment(q.text[:60])}”\n")
            continue
        items.append(_quote_item(done, q, existing))
    if terms_:
        parts.append("# Quoted terms and titles, nobody's words (not drafted as quotes):\n")
        parts += terms_
    if recorded:  # the article ingested again: what data/ has from it is not drafted twice
        parts.append("# Already in data/ from this article (not drafted again):\n")
        parts += recorded
    return "".join(parts) + (
        "quotes:\n" + "".join(_indent(i) for i in items) if items else "quotes: []\n"
    )


def _recorded(done: Ingested, q: Quote, claim: dict[str, Any]) -> bool:
    """Whether a claim of data/ citing this article is the quotation (its words), or the
    paraphrase (its speaker's, of the same paragraph: the editor rewrote its words)."""
    if q.kind == "paraphrase":
        return (
            claim.get("kind") == "paraphrase"
            and claim.get("speaker") == done.plan.speaker(q.actor, q.name)
            and q.paragraph in ((claim.get("cite") or {}).get("paragraphs") or [])
        )
    return (
        " ".join(str(claim.get("text", "")).split()).casefold()
        == " ".join(q.text.split()).casefold()
    )


def _quote_item(done: Ingested, q: Quote, existing: Existing) -> str:
    speaker = done.plan.speaker(q.actor, q.name)
    events = [
        (f"event:{e}", f"the event dated in its paragraph (¶{q.paragraph})")
        for e in done.plan.events_of(q.paragraph)
    ]
    before = next((n for n in range(q.paragraph - 1, 0, -1) if done.plan.events_of(n)), None)
    earlier = [
        (f"event:{e}", f"the event dated before it (¶{before})")
        for e in (done.plan.events_of(before) if before else [])
    ]
    ranked = places(speaker, events, earlier, existing)
    who = f"speaker guessed ({q.rule}) from “{q.who}”" if q.who else "the sentence names no speaker"
    if q.kind == "paraphrase":  # the article's sentence: the editor's own words replace it
        who = f"reported speech of “{q.who}”: rewrite the sentence as a neutral paraphrase"
    item: dict[str, object] = {
        "draft": f"{who}; place guessed" if ranked else f"{who}; no place found",
        "to": ranked[0][0] if ranked else "TODO",
        "places": [target for target, _ in ranked],
        "claim": {
            "speaker": speaker or "TODO",
            "kind": "paraphrase" if q.kind == "paraphrase" else "quote",
            "text": q.text,
            "cite": {"source": done.source_id, "paragraphs": [q.paragraph]},
        },
    }
    reasons = "".join(f"#   {t}: {_comment(why)}\n" for t, why in ranked)
    return (
        f"# ¶{q.paragraph}: {_comment(who)}\n"
        + (f"# places:\n{reasons}" if ranked else "# no event or position found: say where\n")
        + yaml.safe_dump([item], allow_unicode=True, sort_keys=False, width=90)
    )


def actor_update(done: Ingested, actor_id: str, found: list[tuple[Proposed, bool]]) -> str:
    """An update of an actor data/ has: a citation, and the name as a new alias."""
    paragraphs = sorted({n for p, _ in found for n in p.paragraphs} or {1})
    aliases = sorted({p.name for p, alias in found if alias})
    names = ", ".join(f"“{p.evidence}”" for p, _ in found)
    return "".join(
        [
            (
                f"# Update of data/actors/{actor_id}.yaml proposed by `explainer ingest`: the"
                f" article names {_comment(names)}.\n# Delete this file if it is someone else;"
                " else delete the `draft` line.\n"
            ),
            _field("update", f"actors/{actor_id}"),
            _field(
                "draft", "the same name or alias" if not aliases else "the same surname and initial"
            ),
            _field("cite", [{"source": done.source_id, "paragraphs": paragraphs}], "added"),
            *([_field("aliases", aliases, "added")] if aliases else []),
        ]
    )
