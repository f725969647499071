"""Stage 3, render: validated explainer -> Markdown text for every generated page.

Nothing is written here: the result is a mapping of docs-relative path to file content,
handed to the write stage only once every page has rendered.
"""

from __future__ import annotations

import functools
import html
import json
import multiprocessing
import os
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .context import PageContext
from .coverage import Coverage
from .explainer import Explainer
from .markup import escape_md, page_path
from . import jsonld
from .model import KINDS
from .opendata import open_data_files
from .reference import reference_context

GENERATED_DIRS = ("actors", "events", "disputes", "sources", "coverage", "reference", "timeline", "map", "open-data")
"""Folders under docs/ that belong to the generator; every other page is hand-written."""


@dataclass(frozen=True)
class Page:
    """One page to generate: where, with which template and context, and its front matter."""

    path: str
    template: str
    context: dict[str, Any]
    title: str
    keywords: list[str] = field(default_factory=list)
    boost: float | None = None
    jsonld: dict[str, Any] | None = None
    hide: list[str] = field(default_factory=list)
    searchable: bool = True


@functools.cache
def make_environment() -> Environment:
    """Jinja for Markdown: every `{{ value }}` is escaped unless it is already Markup.
    One per process: compiling the templates took 0.5 s of every regeneration under
    `mkdocs serve` (templates change only with the generator's code, see incremental.py)."""
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        undefined=StrictUndefined,
        finalize=escape_md,
        autoescape=False,  # HTML autoescaping does not cover Markdown syntax; finalize does
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # else every {% include %} stats the template file again
    )
    env.filters["join"] = join_escaped
    return env


def join_escaped(items: Any, separator: str = "") -> Markup:
    """Jinja's `join` returns a plain string, which would escape the links it joins.
    The separator is template text, so it is kept as written."""
    return Markup(separator).join(escape_md(item) for item in items)


def plan_pages(
    explainer: Explainer, coverage: Coverage, only: set[tuple[str, str]] | None = None, indexes: bool = True
) -> list[Page]:
    """Every generated page (or only the record pages of `only`), records first, then
    index and report pages (unless `indexes` is false)."""
    ctx = PageContext(explainer, coverage)
    x = explainer

    def wanted(kind: str) -> list[Any]:
        return [r for r in getattr(x, kind).values() if only is None or (kind, r.id) in only]

    pages = [
        Page(page_path("actors", a.id), "actor.md.j2", ctx.actor(a), a.name, [a.name, *a.aliases], 2, jsonld.actor(a, x))
        for a in wanted("actors")
    ]
    pages += [
        Page(page_path("events", e.id), "event.md.j2", ctx.event(e), e.title, jsonld=jsonld.event(e, x))
        for e in wanted("events")
    ]
    pages += [
        Page(page_path("disputes", d.id), "dispute.md.j2", ctx.dispute(d), d.question, jsonld=jsonld.dispute(d, x))
        for d in wanted("disputes")
    ]
    pages += [
        Page(page_path("sources", s.id), "source.md.j2", ctx.source(s), s.headline, jsonld=jsonld.source(s))
        for s in wanted("sources")
    ]
    if indexes:
        pages += index_pages(ctx)
    return pages


def index_pages(ctx: PageContext) -> list[Page]:
    """The pages that are not one record's: indexes and reports. A long index is split
    into parts (context.PAGE_ROWS), each a page left out of search: every record it lists
    has its own page there."""
    periods, letters = ctx.timeline_parts(), ctx.actor_parts()
    pages = [
        Page("actors/index.md", "actors.md.j2", ctx.actors_index(letters), "Actors"),
        Page("events/index.md", "events.md.j2", ctx.events_index(periods), "Events"),
        Page("disputes/index.md", "disputes.md.j2", ctx.disputes_index(), "Disputes"),
        Page("sources/index.md", "sources.md.j2", ctx.sources_index(), "Sources"),
        Page("coverage/index.md", "coverage.md.j2", ctx.coverage_page(), "Sources and coverage"),
        Page("timeline/index.md", "timeline.md.j2", ctx.timeline(periods), "Timeline"),
        # The map takes the full width: no sidebars
        Page("map/index.md", "map.md.j2", ctx.relationship_map(), "Relationship map", hide=["navigation", "toc"]),
        Page("open-data/index.md", "open-data.md.j2", {"kinds": list(KINDS)}, "Open data"),
        Page("reference/data-format.md", "data-format.md.j2", reference_context(), "Data format"),
    ]
    pages += [
        Page(part.path, "timeline-part.md.j2", ctx.timeline_part(periods, i), f"Timeline: {part.label}", searchable=False)
        for i, part in enumerate(periods or [])
    ]
    pages += [
        Page(part.path, "actors-part.md.j2", ctx.actors_part(letters, i), f"Actors: {part.label}", searchable=False)
        for i, part in enumerate(letters or [])
    ]
    return pages


def render_pages(pages: list[Page], env: Environment | None = None) -> dict[str, str]:
    """Render every page to Markdown with YAML front matter."""
    env = env or make_environment()
    return {page.path: front_matter(page) + env.get_template(page.template).render(page.context) for page in pages}


def render(
    explainer: Explainer, coverage: Coverage, only: set[tuple[str, str]] | None = None, indexes: bool = True,
    share: bool = True,
) -> dict[str, str]:
    """The generated files of an explainer (pages and open data): docs-relative path -> text.
    All of them, or the pages of `only`, the open-data files and (if `indexes`) every
    index and report page. A full render of many records is shared between processes
    unless `share` is false."""
    if only is None and share and _worth_sharing(explainer):
        return _render_in_processes(explainer, coverage)
    return {**render_pages(plan_pages(explainer, coverage, only, indexes)), **open_data_files(explainer, coverage)}


def _worth_sharing(explainer: Explainer) -> bool:
    """A full render is shared between processes, one per core, when there are many records."""
    return sum(len(getattr(explainer, kind)) for kind in KINDS) >= PARALLEL_FROM and _can_fork()


PARALLEL_FROM = 500
"""Records from which a full render is shared between processes, one per core: rendering is
pure Python, and half of a 10,000-record generation (bench/README.md)."""
CHUNKS_PER_WORKER = 4
"""Record pages are handed out in this many chunks per process, after the index pages and
the open data, so that a process that drew a long task is not waited for."""
_SHARED: tuple[Explainer, Coverage, list[tuple[str, str]], int] | None = None
"""What the forked workers render from (inherited, not pickled)."""
_INDEXES, _OPEN_DATA = -1, -2
"""Tasks that are not a chunk of record pages."""


def _can_fork() -> bool:
    """Forking is safe only in a process without other threads."""
    return (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _render_in_processes(explainer: Explainer, coverage: Coverage) -> dict[str, str]:
    global _SHARED
    keys = [(kind, record_id) for kind in KINDS for record_id in getattr(explainer, kind)]
    workers = min(os.cpu_count() or 1, 8)
    chunks = workers * CHUNKS_PER_WORKER
    _SHARED = (explainer, coverage, keys, chunks)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            # The longest tasks first; each process takes the next task when it is done.
            results = pool.map(_render_task, [_INDEXES, _OPEN_DATA, *range(chunks)], chunksize=1)
    finally:
        _SHARED = None
    return {path: text for result in results for path, text in result.items()}


def _render_task(task: int) -> dict[str, str]:
    """In a worker: the index pages, the open data, or chunk `task` of the record pages
    (every `chunks`-th record, so that each chunk mixes kinds)."""
    assert _SHARED is not None
    explainer, coverage, keys, chunks = _SHARED
    if task == _OPEN_DATA:
        return open_data_files(explainer, coverage)
    if task == _INDEXES:
        return render_pages(index_pages(PageContext(explainer, coverage)))
    return render_pages(plan_pages(explainer, coverage, set(keys[task::chunks]), indexes=False))


def record_page_paths(explainer: Explainer, skip: set[tuple[str, str]] | None = None) -> list[str]:
    """The page path of every record, but those in `skip`."""
    return [
        page_path(kind, record_id)
        for kind in KINDS
        for record_id in getattr(explainer, kind)
        if not skip or (kind, record_id) not in skip
    ]


def _meta_text(text: str) -> str:
    """One line of HTML-escaped text, like every data string on a page."""
    return html.escape(" ".join(text.split()))


def front_matter(page: Page) -> str:
    """YAML front matter, dumped (never templated). Material prints these values as raw
    HTML, so data strings are HTML-escaped first."""
    meta: dict[str, Any] = {"title": _meta_text(page.title)}
    if page.keywords:
        # Material indexes `tags` with a very high search weight (and shows nothing
        # without the tags plugin): names and aliases make the page the first result.
        meta["tags"] = [_meta_text(k) for k in page.keywords]
    if page.boost:
        meta["search"] = {"boost": page.boost}
    if not page.searchable:
        meta["search"] = {"exclude": True}
    if page.hide:
        meta["hide"] = page.hide
    if page.jsonld:
        meta["jsonld"] = page.jsonld  # printed with `tojson` by the theme override
    return "---\n" + "".join(f"{key}: {yaml_flow(meta[key])}\n" for key in sorted(meta)) + "---\n\n"


_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def yaml_flow(value: Any) -> str:
    """A value as JSON, which YAML reads as a flow collection or a double-quoted string.

    Much faster than PyYAML's representer, which took a third of rendering time. JSON
    escapes the C0 controls; the few characters YAML may not hold raw (and the line
    separators it would fold) are escaped here."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
