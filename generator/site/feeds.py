"""Feeds readers can follow: an Atom feed of the explainer's updates (`feed.xml`) and an
iCalendar feed of its scheduled events (`events.ics`).

Written into the built site by the MkDocs plugin, from the open-data files the generator
wrote (open-data/updates.json and calendar.json), because only MkDocs knows the site's
address: a feed's links must be absolute, and a preview's must point at the preview. A
site with no address (the offline bundle, a local build) gets no feeds, and its pages
advertise none.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import icalendar

from ..run.guard import read_regular
from .i18n import ENGLISH, N_, Language

ATOM = "feed.xml"
CALENDAR = "events.ics"
_ATOM_NS = "http://www.w3.org/2005/Atom"
UPDATES = N_("{site}: updates")
SCHEDULED = N_("{site}: scheduled events")
MAX_OPEN_DATA_BYTES = 500_000_000


def write_feeds(
    site_dir: Path, site_url: str, site_name: str, lang: Language = ENGLISH
) -> list[str]:
    """Write the feeds into the built site, in its language; return their file names (none
    without an address, or without the open-data files)."""
    if not site_url:
        return []
    updates = _read_json(site_dir / "open-data" / "updates.json").get("updates", [])
    events = _read_json(site_dir / "open-data" / "calendar.json").get("events", [])
    base = site_url.rstrip("/") + "/"
    (site_dir / ATOM).write_bytes(atom_feed(updates, base, site_name, lang))
    (site_dir / CALENDAR).write_bytes(calendar(events, base, site_name, lang))
    return [ATOM, CALENDAR]


def alternate_links(site_url: str, site_name: str, lang: Language = ENGLISH) -> str:
    """The <link rel="alternate"> elements every page carries when the site has feeds."""
    if not site_url:
        return ""
    base = site_url.rstrip("/") + "/"
    name = _attribute(site_name)
    return (
        f'<link rel="alternate" type="application/atom+xml" href="{base}{ATOM}"'
        f' title="{lang._(UPDATES).format(site=name)}">'
        f'<link rel="alternate" type="text/calendar" href="{base}{CALENDAR}"'
        f' title="{lang._(SCHEDULED).format(site=name)}">'
    )


def atom_feed(
    updates: list[dict[str, Any]], base: str, site_name: str, lang: Language = ENGLISH
) -> bytes:
    """An Atom 1.0 feed: one entry per update, newest first."""
    ET.register_namespace("", _ATOM_NS)
    feed = ET.Element(
        f"{{{_ATOM_NS}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang.code}
    )
    _text(feed, "title", lang._(UPDATES).format(site=site_name))
    _text(feed, "id", f"{base}changes/")
    ET.SubElement(feed, f"{{{_ATOM_NS}}}link", rel="self", href=f"{base}{ATOM}")
    ET.SubElement(feed, f"{{{_ATOM_NS}}}link", rel="alternate", href=f"{base}changes/")
    newest = max((u["time"] for u in updates), default="1970-01-01T00:00:00+00:00")
    _text(feed, "updated", newest)
    author = ET.SubElement(feed, f"{{{_ATOM_NS}}}author")
    _text(author, "name", site_name)
    for update in updates:
        feed.append(_entry(update, base, lang))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _entry(update: dict[str, Any], base: str, lang: Language) -> ET.Element:
    entry = ET.Element(f"{{{_ATOM_NS}}}entry")
    items = update["items"]  # corrections first, as read_updates orders them
    texts = [item["text"] for item in items]
    title = lang._("; ").join(texts[:3])
    if len(texts) > 3:
        more = len(texts) - 3
        title += lang._("; and {n} more").format(n=lang.number(more))
    _text(entry, "title", title)
    _text(entry, "id", f"{base}changes/#{update['commit'][:12]}")
    _text(entry, "updated", update["time"])
    link = f"{base}changes/#{update['time'][:10]}"  # the day's heading on What changed
    ET.SubElement(entry, f"{{{_ATOM_NS}}}link", rel="alternate", href=link)
    content = ET.SubElement(entry, f"{{{_ATOM_NS}}}content", type="html")
    content.text = "<ul>" + "".join(_item_html(item, base) for item in items) + "</ul>"
    return entry


def _item_html(item: dict[str, Any], base: str) -> str:
    text = html.escape(item["text"])
    if item["removed"]:
        return f"<li>{text}</li>"
    href = html.escape(f"{base}{item['kind']}/{item['id']}/")
    return f'<li><a href="{href}">{text}</a></li>'


def _text(parent: ET.Element, name: str, text: str) -> None:
    ET.SubElement(parent, f"{{{_ATOM_NS}}}{name}").text = text


def calendar(
    events: list[dict[str, Any]], base: str, site_name: str, lang: Language = ENGLISH
) -> bytes:
    """An iCalendar of the scheduled events: all-day, over as many days as their date's
    precision spans (a week is seven days), never at a made-up hour."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//policy-explainer//explainer generator//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", lang._(SCHEDULED).format(site=site_name))
    host = urlsplit(base).hostname or "explainer"
    for event in events:
        cal.add_component(_vevent(event, base, host, lang))
    return cal.to_ical()


PUT_OFF = {"postponed": N_("Postponed: {title}"), "cancelled": N_("Called off: {title}")}
"""The summary of an event that will not happen on its day (its calendar status CANCELLED)."""


def _vevent(
    event: dict[str, Any], base: str, host: str, lang: Language = ENGLISH
) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", f"{event['id']}@{host}")
    status = event.get("status", "scheduled")
    if status in PUT_OFF:
        vevent.add("summary", lang._(PUT_OFF[status]).format(title=event["title"]))
        vevent.add("status", "CANCELLED")
    else:
        vevent.add("summary", event["title"])
    vevent.add("dtstart", dt.date.fromisoformat(event["start"]))
    vevent.add("dtend", dt.date.fromisoformat(event["end"]))  # exclusive: the day after
    vevent.add("dtstamp", _stamp())
    url = f"{base}events/{event['id']}/"
    vevent.add("url", url)
    vevent.add("description", f"{event['date']}. {event['summary']}\n{url}")
    if event.get("place"):
        vevent.add("location", event["place"])
    return vevent


def _stamp() -> dt.datetime:
    """When the calendar was made: the build's SOURCE_DATE_EPOCH (reproducible), or now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = (
        dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        if epoch.isdigit()
        else dt.datetime.now(dt.UTC)
    )
    return moment.replace(microsecond=0)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        found = json.loads(read_regular(path, MAX_OPEN_DATA_BYTES))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _attribute(text: str) -> str:
    return html.escape(text, quote=True)
