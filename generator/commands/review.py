"""`explainer serve`'s review pages, at /-/review/: the drafts of each article (drafts/<id>/
beside data/), the article with every guess marked, and for each draft item a form to
correct it in place, accept it into data/ (through `accept`) or reject it.

Plain HTML forms and no script: a POST, then a redirect back to the page (303). Every
POST carries this server's random token, and is refused (403) without it: another web
page open in the same browser cannot post here. The preview's server answers only
requests addressed to 127.0.0.1 by name. Every value of a draft or an article is escaped
by the templates (Jinja's autoescape, as html.escape), and a draft set id from a request
is checked as an id, never used as a path.
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
import threading
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..records.model import ID_PATTERN
from ..run.errors import ExplainerError
from ..run.project import Paths
from .accept import Accepted
from .accept import report as accept_report
from .review_additions import ADDITIONS
from .review_article import article_of
from .review_drafts import DraftSet, ReviewError, data_articles, draft_sets
from .review_forms import Choice, Field, Item

log = logging.getLogger("generator")

PREFIX = "/-/review/"
TEMPLATES = Path(__file__).resolve().parent.parent / "review"
MAX_FORM = 1_000_000
"""The bytes of a form the pages read (a corrected draft is a few kilobytes)."""

CSP = (
    "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none';"
    " frame-ancestors 'none'"
)
"""No script at all, and forms that post only here."""
HEADERS = [
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),  # "no-referrer" would make the Origin of a POST "null"
    ("Cache-Control", "no-store"),
]
ADDING = {addition.action: addition for addition in ADDITIONS}
"""The forms that add what ingest missed to a set, by their button's action."""
TITLES = {
    "sources": "Source",
    "actors": "New actor",
    "events": "New event",
    "disputes": "New dispute",
    "updates/events": "Update of an event",
    "updates/actors": "Update of an actor",
    "updates/disputes": "Update of a dispute",
    "updates/sources": "Update of a source",
    "quotes": "Quotation",
}

UPDATED = {"events": ("event", ""), "actors": ("actor", ""), "disputes": ("dispute", "dispute:")}
"""The pick-list that names the record an update is of, and how its values name it."""

StartResponse = Callable[..., Any]


@dataclass
class Note:
    """What the last request did, shown once at the top of the page it went back to."""

    lines: list[str]
    ok: bool
    links: list[tuple[str, str]] = field(default_factory=list)  # (preview address, label)
    typed: Mapping[str, str] = field(default_factory=dict)  # a refused new actor's form


@dataclass
class FieldView:
    id: str
    name: str
    label: str
    widget: str
    value: str
    options: list[Choice]


@dataclass
class ItemView:
    anchor: str
    key: str
    digest: str
    title: str
    guesses: list[str]
    fields: list[FieldView]
    yaml: str


class ReviewPages:
    """The review pages of one project: a WSGI handler that answers under /-/review/ and
    returns None for every other address (the preview's)."""

    def __init__(self, paths: Paths) -> None:
        self.data = paths.data
        self.drafts = paths.data.parent / "drafts"
        self.token = secrets.token_urlsafe(32)
        self._lock = threading.Lock()  # one request at a time changes drafts or data/
        self._notes: dict[str, Note] = {}
        self._templates = Environment(
            loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined
        )

    def __call__(self, environ: dict[str, Any], start: StartResponse) -> Iterable[bytes] | None:
        path = environ.get("PATH_INFO", "")
        if path == PREFIX.rstrip("/"):
            return _redirect(start, PREFIX)
        if not path.startswith(PREFIX):
            return None
        method, rest = environ.get("REQUEST_METHOD", "GET"), path[len(PREFIX) :]
        with self._lock:
            if rest == "review.css" and method == "GET":
                return _answer(start, "200 OK", (TEMPLATES / "review.css").read_bytes(), "css")
            if rest == "" and method == "GET":
                sets = draft_sets(self.drafts)
                return self._page(
                    start,
                    "index.html",
                    sets=sets,
                    articles=data_articles(self.data, sets),
                    note=self._notes.pop("", None),
                )
            match = re.fullmatch(r"([^/]+)/", rest)
            if match is None or not re.fullmatch(ID_PATTERN, match[1]) or len(match[1]) > 100:
                return self._error(start, "404 Not Found", "No such review page.")
            if method == "GET":
                return self._review(start, match[1])
            if method == "POST":
                return self._post(environ, start, match[1])
            return self._error(start, "405 Method Not Allowed", "GET or POST only.")

    def _review(self, start: StartResponse, set_id: str) -> Iterable[bytes]:
        try:
            drafts = DraftSet(self.drafts, set_id, self.data)
            items = drafts.items()
        except ReviewError as problem:
            return self._error(start, "404 Not Found", str(problem))
        lists = drafts.pick_lists()
        note = self._notes.pop(set_id, None)
        typed = note.typed if note else {}

        def form_of(fields: list[Field], action: str) -> list[FieldView]:
            """An addition's form: empty, or as typed when it was refused."""
            shown = typed if typed.get("action") == action else {}
            return [
                FieldView(
                    f"{action}-{k}", f.name, f.label, f.widget, value, _options(f, value, lists)
                )
                for k, f in enumerate(fields, 1)
                for value in [shown.get(f.name) or (f.choices[0] if f.choices else "")]
            ]

        return self._page(
            start,
            "review.html",
            set_id=set_id,
            of_data=drafts.of_data(),
            folder=str(drafts.folder),
            token=self.token,
            note=note,
            additions=[(a, form_of(a.fields, a.action)) for a in ADDITIONS],
            problems=drafts.problems,
            article=article_of(drafts.folder, set_id, self.data, drafts.cited(set_id)),
            items=[_view(n, item, lists) for n, item in enumerate(items, 1)],
        )

    def _post(self, environ: dict[str, Any], start: StartResponse, set_id: str) -> Iterable[bytes]:
        form = _form(environ)
        if form is None:
            return self._error(start, "400 Bad Request", "A review form, at most 1 MB, please.")
        if not hmac.compare_digest(
            form.get("token", "").encode(), self.token.encode()
        ) or not _same_origin(environ):
            log.warning("Review: refused a POST without this server's token")
            return self._error(
                start,
                "403 Forbidden",
                "Refused: the form does not carry this preview's token. Open the review page"
                " again (a restarted preview has a new token).",
            )
        note, now = self._act(set_id, form)
        if now is None:  # the set is done: its folder is removed, back to the list
            note.lines.append(
                f"Nothing is left in the drafts of {set_id}: its folder is removed. What ingest"
                " missed in it can still be added: its page is under “Articles in data/” below."
            )
            self._notes[""] = note
            return _redirect(start, PREFIX)
        self._notes[now] = note
        return _redirect(start, f"{PREFIX}{now}/")

    def _act(self, set_id: str, form: dict[str, str]) -> tuple[Note, str | None]:
        """Do what the form asks; say what was done, or why nothing was. With the note, the
        set's id as it is now (a source's corrected outlet renames it), None once nothing
        is left in it."""
        try:
            drafts = DraftSet(self.drafts, set_id, self.data)
        except ExplainerError as problem:
            return Note(str(problem).splitlines(), False), set_id
        note = self._done(drafts, form)
        if note.ok and drafts.finish():
            return note, None
        return note, drafts.id

    def _done(self, drafts: DraftSet, form: dict[str, str]) -> Note:
        action = form.get("action")
        try:
            if action in ADDING:
                try:
                    added = ADDING[action].add(drafts, form)
                except ReviewError as problem:  # the form comes back as typed
                    return Note([str(problem)], False, typed={"action": action, **form})
                what = ADDING[action].short  # "a claim", not only the file it went into
                where = added.relative_to(drafts.folder)
                return Note([f"Added {what} ({where}): accept it below."], True)
            try:
                item = drafts.item(form.get("item", ""), form.get("digest", ""))
            except ReviewError as stale:
                return Note([str(stale), *_typed_over(drafts, form)], False)
            if action == "save":
                update = drafts.correct(item, form)
                if update is not None:
                    key = update.relative_to(drafts.folder)
                    return Note(
                        [f"{item.key} is now {key}, an update of that event: review it below."],
                        True,
                    )
                return Note([f"Saved your corrections to {item.key} (still a draft)."], True)
            if action == "accept":
                return _accepted(drafts.accept(item, form), drafts.folder)
            if action == "reject":
                drafts.reject(item)
                return Note([f"Rejected {item.key}: removed from the drafts."], True)
            raise ReviewError(f"no such action: {action!r}")
        except ExplainerError as problem:
            lines = str(problem).splitlines()
            if action == "accept" and form.get("item"):
                lines.append("Nothing was written into data/; your corrections stay in the draft.")
            return Note(lines, False)

    def _page(self, start: StartResponse, name: str, **context: Any) -> Iterable[bytes]:
        html = self._templates.get_template(name).render(prefix=PREFIX, **context)
        return _answer(start, "200 OK", html.encode("utf-8"))

    def _error(self, start: StartResponse, status: str, message: str) -> Iterable[bytes]:
        html = self._templates.get_template("error.html").render(
            prefix=PREFIX, status=status, message=message
        )
        return _answer(start, status, html.encode("utf-8"))


def _typed_over(drafts: DraftSet, form: Mapping[str, str]) -> list[str]:
    """What a stale form held that the draft, as it is now, does not: so that nothing the
    editor typed is lost, though nothing of it was saved."""
    now = next((i for i in drafts.items() if i.key == form.get("item")), None)
    if now is None:
        return []
    typed = [
        f"{field.label}: “{form[field.name]}”"
        for field in now.fields()
        if field.name in form and form[field.name].strip() != now.value(field).strip()
    ]
    return (
        ["What you typed that the draft does not have now (copy it back):", *typed] if typed else []
    )


def _view(n: int, item: Item, lists: dict[str, list[Choice]]) -> ItemView:
    """What the page shows of an item: its fields with their values and pick-lists."""
    anchor = f"item-{n}"
    fields = [
        FieldView(
            f"{anchor}-{k}",
            f.name,
            f.label,
            f.widget,
            item.value(f),
            _options(f, item.value(f), lists),
        )
        for k, f in enumerate(item.fields(), 1)
    ]
    return ItemView(
        anchor,
        item.key,
        item.digest,
        f"{_kind_of(item)}: {_name_of(item, lists)}",
        item.guesses(),
        fields,
        item.shown(),
    )


def _kind_of(item: Item) -> str:
    """What the item is, for its heading: a reported claim is no quotation."""
    if item.kind == "quotes" and (item.record.get("claim") or {}).get("kind") == "paraphrase":
        return "Reported claim (paraphrase)"
    return TITLES[item.kind]


def _name_of(item: Item, lists: dict[str, list[Choice]]) -> str:
    record = item.record
    if item.kind.startswith("updates/") and record.get("update"):  # the record's own name
        kind, _, target = str(record["update"]).partition("/")
        if kind == "sources":  # a set only ever updates its own article, shown beside it
            return "this article"
        widget, prefix = UPDATED.get(kind, ("", ""))
        found = (c.label for c in lists.get(widget, []) if c.value == prefix + target)
        return next(found, str(record["update"]))
    if item.kind == "quotes":
        text = str(record.get("claim", {}).get("text", ""))
        return f"“{text[:80]}{'…' if len(text) > 80 else ''}”"
    when = record.get("when") if item.kind == "events" else None
    if isinstance(when, dict) and record.get("title") and when.get("date"):
        # two drafts of one sentence share a title: the words each is dated by tell them apart
        basis = f", “{when['basis']}”" if when.get("basis") else ""
        return f"{record['title']} ({when['date']}{basis})"
    for key in ("headline", "name", "title", "question", "update"):
        if record.get(key):
            return str(record[key])
    return item.key


def _options(field: Field, value: str, lists: dict[str, list[Choice]]) -> list[Choice]:
    """A pick-list, with the draft's value first when the list lacks it (a TODO)."""
    if field.widget == "choice":
        offered = [Choice(c, c) for c in field.choices]
    else:
        offered = lists.get(field.widget, [])
    if field.widget != "place" and field.widget in ("choice", *lists) and field.optional:
        offered = [Choice("", "(none)"), *offered]
    if field.widget in ("choice", *lists) and value not in [c.value for c in offered]:
        said = f"{value} (as drafted: choose one)" if value else "(choose one)"
        offered = [Choice(value, said), *offered]
    return offered


def _accepted(plan: Accepted, folder: Path) -> Note:
    """accept's own report, and where the preview shows each record written or updated."""
    links = []
    for path in [*map(Path, plan.wrote), *plan.updated]:
        kind, name = path.parent.name, path.stem
        links.append((f"/{kind}/{name}/", f"{kind}/{name}"))
    said = accept_report(plan, folder)[:-1]  # its count is of the one item staged
    return Note(said, True, list(dict.fromkeys(links)))


def _form(environ: dict[str, Any]) -> dict[str, str] | None:
    """The fields of a posted form (the first value of each), or None if it is no form."""
    kind = environ.get("CONTENT_TYPE", "").split(";")[0].strip()
    try:
        size = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    if kind != "application/x-www-form-urlencoded" or not 0 < size <= MAX_FORM:
        return None
    try:
        body = environ["wsgi.input"].read(size).decode("utf-8")
        pairs = urllib.parse.parse_qsl(body, keep_blank_values=True, max_num_fields=1000)
    except (UnicodeDecodeError, ValueError):
        return None
    form: dict[str, str] = {}
    for key, value in pairs:
        form.setdefault(key, value)
    return form


def _same_origin(environ: dict[str, Any]) -> bool:
    """A browser names the page a form came from: it must be this preview (or not said)."""
    origin = environ.get("HTTP_ORIGIN")
    return origin is None or origin == f"http://{environ.get('HTTP_HOST', '')}"


def _redirect(start: StartResponse, location: str) -> Iterable[bytes]:
    start("303 See Other", [("Location", location), *HEADERS])
    return [b""]


def _answer(start: StartResponse, status: str, body: bytes, kind: str = "html") -> Iterable[bytes]:
    content = "text/css" if kind == "css" else "text/html; charset=utf-8"
    start(status, [("Content-Type", content), ("Content-Length", str(len(body))), *HEADERS])
    return [body]
