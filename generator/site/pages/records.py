"""The page of one record: an actor, an event, a dispute or a source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from markupsafe import Markup

from ...records.explainer import Explainer, QuoteRef, outlet_key
from ...records.model import Actor, Claim, Dispute, Event, Position, Record, Source
from ...records.translations import translation_state, translation_type, untranslated
from ...records.updates import Chronicle
from ...text.quoting import comparable, source_passage
from ..i18n import N_, Language, language
from ..markup import external_link, page_path
from .autolink import PageMentions
from .change_words import what_changed
from .dates import day, describe_when
from .links import Links
from .relations import neighbourhood
from .site import Site
from .timeline import timeline_groups

KIND_LABELS = {
    "person": N_("Person"),
    "organisation": N_("Organisation"),
    "state": N_("State"),
    "group": N_("Group"),
    "anonymous": N_("Anonymous source"),
}


QUOTED_ON = N_("quoted on it")
"""An actor's part in an event whose page quotes them without their taking part."""


def actor_page(site: Site, actor: Actor) -> dict[str, Any]:
    x, links, lang = site.x, site.links(page_path("actors", actor.id)), site.lang
    roles = {}
    for event in x.events_by_actor.get(actor.id, []):
        roles[event.id] = lang._("; ").join(
            p.role for p in event.participants if p.actor == actor.id
        )
    for ref in x.claims_by_speaker.get(actor.id, []):  # words on an event they took no part in
        if isinstance(ref.owner, Event) and ref.owner.id not in roles:
            roles[ref.owner.id] = lang._(QUOTED_ON)
    description = PageMentions(site.names, links.here, actor.id).prose(actor.description)
    context = {
        "actor": actor,
        "description": lang.prose(description),
        "kind": lang._(KIND_LABELS[actor.kind]),
        "affiliations": [links.actor(a) for a in actor.affiliations],
        "members": [links.actor(m.id) for m in x.members.get(actor.id, [])],
        "cite": links.cites(actor.cite),
        "claims": statements(x.claims_by_speaker.get(actor.id, []), links),
        "timeline": timeline_groups(site, x.events_in_order(list(roles)), links, roles),
        "positions": positions(x, actor.id, links),
        "neighbourhood": neighbourhood(site, actor, links),
        "referenced_by": links.referenced_by("actors", actor.id),
    }
    context["sources"] = links.sources_cited()  # once every citation is made
    return context


def event_page(site: Site, event: Event) -> dict[str, Any]:
    x, links = site.x, site.links(page_path("events", event.id))
    context = {
        "event": event,
        "summary": site.lang.prose(PageMentions(site.names, links.here).prose(event.summary)),
        "date": describe_when(event.when, site.lang),
        "basis": links.basis(event.when),
        "participants": [(links.actor(p.actor), p.role) for p in event.participants],
        "quotes": [claim(QuoteRef(q, event), links) for q in event.quotes],
        "cite": links.cites(event.cite),
        "disputes": [links.dispute(d) for d in x.disputes_by_event.get(event.id, [])],
        "referenced_by": links.referenced_by("events", event.id),
        "earlier": _in_sequence(x.adjacent_events(event.id)[0], links, site.lang),
        "later": _in_sequence(x.adjacent_events(event.id)[1], links, site.lang),
    }
    context["sources"] = links.sources_cited()  # once every citation is made
    return context


def _in_sequence(event: Event | None, links: Links, lang: Language) -> dict[str, Any] | None:
    """The link to the event before or after the page's own, with its date."""
    if event is None:
        return None
    return {"link": links.event(event), "date": describe_when(event.when, lang)}


def dispute_page(site: Site, dispute: Dispute) -> dict[str, Any]:
    x, links = site.x, site.links(page_path("disputes", dispute.id))
    positions = [
        {
            "stance": p.stance,
            "actors": [links.actor(a) for a in p.actors],
            "claims": [claim(QuoteRef(c, dispute, p), links) for c in p.claims],
            "evidence": evidence(p.claims, site.lang),
        }
        for p in dispute.positions
    ]
    context = {
        "dispute": dispute,
        "status": site.lang._(STATUS_TEXT[dispute.status]),
        "summary": site.lang.prose(PageMentions(site.names, links.here).prose(dispute.summary)),
        "positions": positions,
        "cite": links.cites(dispute.cite),
        "one_sided": len(dispute.positions) == 1 or any(not p.claims for p in dispute.positions),
        "timeline": timeline_groups(
            site, x.events_in_order(dispute.events), links, dispute=dispute.id
        ),
        "referenced_by": links.referenced_by("disputes", dispute.id),
    }
    context["sources"] = links.sources_cited()  # once every citation is made
    return context


STATUS_TEXT = {
    "open": N_("Open: the sources report no answer that settles the question."),
    "settled": N_("Settled: the sources report the question as resolved."),
}
"""A dispute's status in a reader's words, wherever it is shown."""


def evidence(claims: list[Claim], lang: Language) -> str:
    """What backs a side, in a reader's words: how many statements, from how many
    sources, and whether any is quoted word for word."""
    if not claims:
        return lang._("The sources report no statement for this side.")
    n, quotes = len(claims), sum(c.kind == "quote" for c in claims)
    sources = len({c.cite.source for c in claims})
    statements = lang.ngettext("{n} statement", "{n} statements", n).format(n=lang.number(n))
    said = lang.ngettext("{statements} from {n} source", "{statements} from {n} sources", sources)
    said = said.format(statements=statements, n=lang.number(sources))
    if not quotes:
        return lang._("{said}, all paraphrased: none is quoted word for word.").format(said=said)
    if quotes == n:
        return lang._("{said}, quoted word for word.").format(said=said)
    return lang._("{said}: {quotes} quoted word for word, {paraphrased} paraphrased.").format(
        said=said, quotes=lang.number(quotes), paraphrased=lang.number(n - quotes)
    )


def positions(x: Explainer, actor_id: str, links: Links) -> list[dict[str, Any]]:
    """The sides an actor holds, then the sides their words are placed on without their
    holding them (a claim the editor placed there): never 'No recorded positions' beside
    their words on a side."""
    held = x.positions_of(actor_id)
    said = [
        (ref.owner, ref.position)
        for ref in x.claims_by_speaker.get(actor_id, [])
        if ref.position is not None and isinstance(ref.owner, Dispute)
    ]
    unique: dict[tuple[str, str], tuple[Dispute, Position]] = {}
    for dispute, position in said:
        unique.setdefault((dispute.id, position.stance), (dispute, position))
    only_said = [pair for pair in unique.values() if pair not in held]
    return [
        *({"dispute": links.dispute(d), "stance": p.stance, "held": True} for d, p in held),
        *({"dispute": links.dispute(d), "stance": p.stance, "held": False} for d, p in only_said),
    ]


def source_page(site: Site, source: Source) -> dict[str, Any]:
    links, lang = site.links(page_path("sources", source.id)), site.lang
    cited = site.coverage.citers(source.id)
    # the outlet's correction of its article is owed to readers, republished or not
    shown = [
        p for p in source.paragraphs if source.republish or p.n in cited or p.outlet_correction
    ]
    return {
        "source": source,
        # a wire's own story names its agency once: "Nordwire", never "Nordwire (Nordwire)"
        "wire": source.wire
        if source.wire and outlet_key(source.wire) != outlet_key(source.outlet)
        else None,
        "published": day(source.published, lang),
        "original": (
            external_link(lang.markup("Read the original article"), source.url)
            if source.url
            else lang.markup("not online: {why}", why=source.offline)
            if source.offline
            else lang.markup("online, but its address was not noted")
        ),
        "paragraphs": [
            {
                "n": p.n,
                "number": lang.number(p.n),
                "text": p.text,
                "label": p.label,
                "uncited_reason": p.uncited_reason,
                "cited_by": sorted({links.owner(ref.owner) for ref in cited.get(p.n, [])}),
            }
            for p in shown
        ],
        "hidden": len(source.paragraphs) - len(shown),
        "referenced_by": links.referenced_by("sources", source.id),
    }


def claim(ref: QuoteRef, links: Links) -> dict[str, Any]:
    """A quote or paraphrase with its speaker, details, citation and the record it is
    recorded under (an event, or a side of a dispute)."""
    said, lang = ref.claim, links.lang
    details = [said.context, describe_when(said.when, lang) if said.when else None, said.place]
    on = links.owner(ref.owner)
    if ref.position:
        on = lang.markup("{record} (the side “{stance}”)", record=on, stance=ref.position.stance)
    translation = said.translations.get(links.x.language) if links.x.language else None
    return {
        "quote": said.kind == "quote",
        "text": shown_text(said, links.x),
        # A quotation keeps its words; its translation is shown beside it.
        "translation": translation.text if translation and said.kind == "quote" else None,
        "speaker": links.actor(said.speaker),
        "speaker_name": links.x.actors[said.speaker].name,
        "outlet": links.x.sources[said.cite.source].outlet,
        # a group's own release: "X, paraphrased from its own words", not "as paraphrased by X"
        "own_words": outlet_key(links.x.sources[said.cite.source].outlet)
        == outlet_key(links.x.actors[said.speaker].name),
        "details": [d for d in details if d],
        "cite": links.cite(said.cite),
        "on": [on],
        # a quotation is always as written: its words and quotation marks in their direction
        "written": Markup(" " + written_attributes(links.x)) if links.x.language else "",
    }


def shown_text(said: Claim, explainer: Explainer) -> str:
    """A claim's text as the page shows it: a quote in the source's own characters (its
    quote marks, apostrophes and dashes), whatever the editor typed."""
    if said.kind != "quote":
        return said.text
    source = explainer.sources[said.cite.source]
    for n in said.cite.paragraphs:
        passage = source_passage(said.text, source.paragraphs[n - 1].text)
        if passage:
            return passage
    return said.text


def statements(refs: list[QuoteRef], links: Links) -> list[dict[str, Any]]:
    """Claims by date, each statement once: the same words from the same paragraph,
    recorded on an event and in a dispute, list both as what they bear on."""
    views: dict[tuple[Any, ...], dict[str, Any]] = {}
    sources = links.x.sources
    for ref in sorted(refs, key=lambda r: _said_order(r, sources)):
        c = ref.claim
        key = (c.kind, comparable(c.text), c.cite.source, tuple(c.cite.paragraphs))
        if key in views:
            views[key]["on"] += claim(ref, links)["on"]
        else:
            views[key] = claim(ref, links)
    return list(views.values())


def _said_order(ref: QuoteRef, sources: Mapping[str, Source]) -> tuple[dt.date, dt.date, int]:
    """Claims in the order they were made; made the same day, in the order an article
    reports them (its date, then its paragraph): "¶4, ¶4, ¶5", never "¶5, ¶4"."""
    source = sources.get(ref.claim.cite.source)
    first = min(ref.claim.cite.paragraphs, default=0)
    return _claim_date(ref, sources), source.published if source else dt.date.max, first


def _claim_date(ref: QuoteRef, sources: Mapping[str, Source]) -> dt.date:
    """When a claim was made: its own date, or its event's, or else the day the article
    citing it was published (a view on a side of a dispute is dated by its report)."""
    if ref.claim.when:
        return ref.claim.when.date
    if isinstance(ref.owner, Event):
        return ref.owner.when.date
    source = sources.get(ref.claim.cite.source)
    return source.published if source else dt.date.max


TRANSLATION_NOTES = {
    "all": N_("Translated: this page gives the editors' translation of the record."),
    "part": N_("Translated in part: what is not yet translated is shown as written."),
    "none": N_("Not yet translated: the record is shown as written."),
}
"""What a record's page says in another language than its data's (translations.py)."""


def as_written(x: Explainer, record: Record) -> dict[str, Any]:
    """On a site of another language than the data's: the record's fields shown as written
    (not translated), and the attribute list that sets a paragraph in their language and
    direction (else a language's page would lay them out in its own: English text right
    to left, its brackets and citations at the wrong end)."""
    if not x.language or translation_type(record.__class__) is None:
        return {"as_written": set(), "written": ""}
    return {
        "as_written": set(untranslated(record, x.language)),
        "written": Markup("{: %s }") % Markup(written_attributes(x)),
    }


def written_attributes(x: Explainer) -> str:
    """`lang` and `dir` of text as written, on a site of another language ("" on its own)."""
    if not x.language:
        return ""
    code = x.written_in or "en"
    return f'lang="{code}" dir="{"rtl" if language(code).rtl else "ltr"}"'


def translation_note(x: Explainer, record: Record, lang: Language) -> Markup | None:
    """Whether a record's page is translated, in part or not yet, on a site of another
    language than the one its data is written in (None on the data's own site)."""
    if not x.language or translation_type(record.__class__) is None:
        return None
    return lang.markup(TRANSLATION_NOTES[translation_state(record, x.language)])


def record_history(
    chronicle: Chronicle, kind: str, record: Record, lang: Language
) -> dict[str, Any]:
    """What a record's page says of its own history: whether it is still a draft (what no
    editor has confirmed), first published, last changed, its corrections and other change
    notes, and its recent updates."""
    dates = chronicle.history.dates_of(f"{kind}/{record.id}.yaml")
    own = [
        {"date": day(update.time.date(), lang), "text": what_changed(item, lang)}
        for update in chronicle.updates
        for item in update.items
        # a change note is listed above, among the corrections or the updates, once
        if (item.kind, item.id) == (kind, record.id) and item.action != "noted"
    ][:5]
    notes = sorted(record.changes, key=lambda note: note.date, reverse=True)
    return {
        "first": day(dates.first, lang) if dates.first else None,
        "last": day(dates.last, lang) if dates.last and dates.last != dates.first else None,
        "corrections": [(day(n.date, lang), n.note) for n in notes if n.correction],
        "notes": [(day(n.date, lang), n.note) for n in notes if not n.correction],
        "recent": own,
        "draft": record.draft,
    }
