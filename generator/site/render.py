"""Stage 3, render: validated explainer -> Markdown text for every generated page.

A pure function of the explainer: nothing is written here, and nothing is kept for later.
The result is a mapping of docs-relative path to file content, handed to the write stage
only once every page has rendered. What each page shows is computed in `pages/`; the
Jinja2 templates in `templates/` only lay it out.
"""

from __future__ import annotations

import functools
import html
import json
import re
from typing import Any, Self

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..records.coverage import Coverage
from ..records.explainer import Explainer
from ..records.model import KINDS
from ..records.updates import Chronicle
from ..run.project import GENERATED_MARK
from ..run.speedups import Speedups, map_in_processes
from .i18n import ENGLISH, Language, language
from .markup import escape_md, isolate_bidi
from .opendata import open_data_files
from .pages.plan import Page, index_pages, plan_pages
from .pages.site import Limits, Site


@functools.cache
def make_environment(code: str = ENGLISH.code) -> Environment:
    """Jinja for Markdown in one language: every `{{ value }}` is escaped (and isolated
    from the page's direction if written in the other one) unless it is already Markup;
    `_()` and `{% trans %}` give the language's words (i18n.py).
    One per process and language: templates change only with the generator's code
    (incremental.py), and compiling them again would cost every regeneration under
    `make serve`."""
    lang = language(code)
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        undefined=StrictUndefined,
        finalize=lang.data,
        autoescape=False,  # HTML autoescaping does not cover Markdown syntax; finalize does
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # else every {% include %} stats the template file again
        extensions=["jinja2.ext.i18n"],
    )
    env.filters["join"] = functools.partial(join_escaped, lang=lang)
    env.filters["number"] = lang.number
    env.filters["plain"] = escape_md  # escaped, never isolated: an anchor, an attribute
    text = text_type(lang)
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=lambda message: text(lang._(message)),
        ngettext=lambda singular, plural, n: text(lang.ngettext(singular, plural, n)),
        newstyle=True,
    )
    return env


def text_type(lang: Language) -> type[Markup]:
    """Messages of the catalog in a template are trusted text; the data strings put into
    them (`_("What %(name)s said", name=...)`) are shown as every `{{ value }}` is."""

    class Text(Markup):
        __slots__ = ()

        @classmethod
        def escape(cls, s: Any) -> Self:
            return cls(lang.data(s))

    return Text


def join_escaped(items: Any, separator: str = "", lang: Language = ENGLISH) -> Markup:
    """Jinja's `join` returns a plain string, which would escape the links it joins.
    The separator is template text, so it is kept as written."""
    return Markup(separator).join(lang.data(item) for item in items)


def render_pages(pages: list[Page], lang: Language = ENGLISH) -> dict[str, str]:
    """Render every page to Markdown with YAML front matter, in the language `lang`."""
    env = make_environment(lang.code)
    return {
        page.path: front_matter(page, lang) + env.get_template(page.template).render(page.context)
        for page in pages
    }


def render(
    explainer: Explainer,
    coverage: Coverage,
    only: set[tuple[str, str]] | None = None,
    indexes: bool = True,
    limits: Limits = Limits(),
    speedups: Speedups | None = None,
    chronicle: Chronicle = Chronicle(),
    lang: Language = ENGLISH,
) -> dict[str, str]:
    """The generated files of an explainer (pages and open data): docs-relative path -> text,
    the pages in the language `lang`.
    All of them, or the pages of `only`, the open-data files and (if `indexes`) every
    index and report page. A full render of many records is shared between processes
    when `speedups` allow it."""
    site = Site(explainer, coverage, limits, chronicle, lang)
    records = sum(len(getattr(explainer, kind)) for kind in KINDS)
    processes = speedups.processes_for(records) if speedups and only is None else 1
    if processes > 1:
        return _render_in_processes(site, processes)
    pages = plan_pages(site, only, indexes)
    return {**render_pages(pages, lang), **open_data_files(explainer, coverage)}


CHUNKS_PER_PROCESS = 4
"""Record pages are handed out in this many chunks per process, after the index pages and
the open data, so that a process that drew a long task is not waited for."""
_INDEXES, _OPEN_DATA = -1, -2
"""Tasks that are not a chunk of record pages."""


def _render_in_processes(site: Site, processes: int) -> dict[str, str]:
    keys = [(kind, record_id) for kind in KINDS for record_id in getattr(site.x, kind)]
    chunks = processes * CHUNKS_PER_PROCESS

    def task(number: int) -> dict[str, str]:
        """The index pages, the open data, or chunk `number` of the record pages (every
        `chunks`-th record, so that each chunk mixes kinds)."""
        if number == _OPEN_DATA:
            return open_data_files(site.x, site.coverage)
        if number == _INDEXES:
            return render_pages(index_pages(site), site.lang)
        return render_pages(plan_pages(site, set(keys[number::chunks]), indexes=False), site.lang)

    # The longest tasks first.
    results = map_in_processes(task, [_INDEXES, _OPEN_DATA, *range(chunks)], processes)
    return {path: text for result in results for path, text in result.items()}


def _meta_text(text: str, lang: Language = ENGLISH) -> str:
    """One line of HTML-escaped text, like every data string on a page (bidirectional
    controls isolated, and text in the other direction than the page's: Material puts the
    title beside the site's name)."""
    return lang.isolate(isolate_bidi(html.escape(" ".join(text.split()))))


def front_matter(page: Page, lang: Language = ENGLISH) -> str:
    """YAML front matter, dumped (never templated). Material prints these values as raw
    HTML, so data strings are HTML-escaped first."""
    meta: dict[str, Any] = {"title": _meta_text(page.title, lang)}
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
    fields = "".join(f"{key}: {yaml_flow(meta[key])}\n" for key in sorted(meta))
    return GENERATED_MARK + fields + "---\n\n"


_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def yaml_flow(value: Any) -> str:
    """A value as JSON, which YAML reads as a flow collection or a double-quoted string.

    json's C encoder instead of PyYAML's representer, which is slow enough to count. JSON
    escapes the C0 controls; the few characters YAML may not hold raw (and the line
    separators it would fold) are escaped here."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
