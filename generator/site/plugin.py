"""The MkDocs plugin `explainer`, which mkdocs.yml lists under `plugins`.

- Adds the generator's theme override (`theme/main.html`: schema.org JSON-LD in the page
  head) ahead of Material's templates, after a project's own `custom_dir` if it has one.
- Resolves links to `.md` files in raw HTML (the relationship map's SVG) the way MkDocs
  resolves Markdown links, so they work with directory URLs and in the offline bundle.
- Sanitises the HTML of every generated page (defence in depth, see sanitise.py).
- Builds the search index (generator/site/search/) and puts its worker in place of Material's,
  unless mkdocs.yml says `search: material` under the plugin (Material's own search).
- Publishes the offline bundle with the site: the newest `dist/<site>-<date>.zip` is
  copied into it, and `<!-- offline-copy -->` in a hand-written page becomes a link to
  it with its size and date (in the bundle itself, a note that it is the offline copy).
- Answers first on hand-written pages: `<!-- disputes -->` becomes the generated list of
  every question with its sides and who holds them (from the disputes index).

It imports only what it needs, not the generator's pipeline: every MkDocs build loads it.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File

from ..run.project import GENERATED_DIRS, slug
from .feeds import alternate_links, write_feeds
from .i18n import ENGLISH, Language, LanguageError, language
from .languages import UNTRANSLATED_MARK, Languages, build_languages, untranslated
from .sanitise import sanitise
from .search.site import SiteSearch

log = logging.getLogger("mkdocs.plugins.explainer")
THEME = Path(__file__).resolve().parents[1] / "theme"


class ExplainerConfig(Config):
    search = config_options.Choice(("explainer", "material"), default="explainer")
    """`explainer`: the search index built here, loaded by a query as it needs it;
    `material`: Material's own search (the whole index loaded into the browser)."""
    languages = config_options.ListOfItems(config_options.Type(str), default=[])
    """Every language the site is published in, the main one (`theme.language`) first:
    `explainer build` builds each other one into site/<code>/ (languages.py)."""
    site_names = config_options.DictOfItems(config_options.Type(str), default={})
    site_descriptions = config_options.DictOfItems(config_options.Type(str), default={})
    """The site's name and description in each other language (`ur: ...`); a language
    without one shows mkdocs.yml's `site_name` and `site_description`."""


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    """Theme override, raw-HTML links, sanitising and search for the generated pages."""

    offline_build = False
    lang: Language = ENGLISH
    languages: Languages = Languages(("en",), "en")
    bundle: Path | None = None
    sections: dict[str, Any] | None = None
    search: SiteSearch | None = None

    def on_config(self, config: Any) -> Any:
        theme = config.theme
        self.lang = lang = language(theme["language"] or "en")
        self.search = SiteSearch(lang) if self.config.search == "explainer" else None
        self.offline_build = any(name.endswith("offline") for name in config.plugins)
        self.bundle = None if self.offline_build else newest_bundle(config)
        theme.dirs.insert(1 if theme.custom_dir else 0, str(THEME))
        # The breadcrumb's name, in the page's language (the override of partials/path.html).
        config.extra["explainer_breadcrumb"] = lang._("Breadcrumb")
        self.languages = build_languages(self.config.languages, lang.code, config.site_url)
        if lang.code not in self.languages.codes:
            raise LanguageError(
                f"theme.language '{lang.code}' is not one of the explainer plugin's"
                f" languages {list(self.languages.codes)}"
            )
        if self.languages.several:  # the switcher; each page then points at itself
            config.extra["alternate"] = self.languages.alternates()
        for option, key in (("site_names", "site_name"), ("site_descriptions", "site_description")):
            named = self.config[option]
            if unknown := sorted(set(named) - set(self.languages.codes[1:])):
                raise LanguageError(
                    f"explainer plugin's {option}: {', '.join(unknown)} is not one of the"
                    f" site's other languages {list(self.languages.codes[1:])}"
                )
            if lang.code in named:  # after the bundle is found: it is named in the main one
                config[key] = named[lang.code]
        # Material writes the site's name and description into its HTML unescaped (in
        # attributes too): a quote in a title would break every page.
        for key in ("site_name", "site_description"):
            if config[key]:
                config[key] = html.escape(html.unescape(config[key]))
        return config

    def on_files(self, files: Any, config: Any) -> Any:
        for file in list(files) if self.languages.several else []:
            if file.is_documentation_page() and self.languages.is_translation(file.src_uri):
                files.remove(file)  # `about.ur.md` is the Urdu site's about.md
        if self.bundle is not None and self.languages.current == self.languages.main:
            files.append(  # one copy, in the main site: the other languages link to it
                File(
                    self.bundle.name,
                    src_dir=str(self.bundle.parent),
                    dest_dir=config.site_dir,
                    use_directory_urls=False,
                )
            )
        return files

    def on_nav(self, nav: Any, config: Any, files: Any) -> Any:
        """Remember the section of each generated folder's index page: a record page, which
        is not in the navigation (it would list thousands), is placed in it. In another
        language than the main one, the usual titles are translated."""
        self.languages.translate_nav(nav.items, self.lang)
        self.sections = {
            page.file.src_uri.split("/")[0]: page.parent
            for page in nav.pages
            if page.parent is not None and page.file.src_uri.endswith("/index.md")
        }
        return nav

    def on_pre_page(self, page: Any, config: Any, files: Any) -> Any:
        # Its section then shows as the reader's place: the tab highlighted, the section's
        # pages in the sidebar, a breadcrumb (Material's navigation.path).
        if page.parent is None:
            page.parent = (self.sections or {}).get(page.file.src_uri.split("/")[0])
        return page

    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Any) -> str:
        if "title" in page.meta:  # a page's own `title: Home` (a new explainer's home has it)
            page.meta["title"] = self.languages.translate_title(page.meta["title"], self.lang)
        if UNTRANSLATED_MARK in markdown:
            page.meta["explainer_untranslated"] = True
            markdown = markdown.replace(UNTRANSLATED_MARK, "")
        if DISPUTES_MARK in markdown:
            markdown = markdown.replace(DISPUTES_MARK, self._own(page, disputes_list(page, files)))
        if OFFLINE_MARK not in markdown:
            return markdown
        up = "" if self.languages.current == self.languages.main else "../"
        note = offline_copy_note(self.bundle, self.offline_build, self.lang, up)
        return markdown.replace(OFFLINE_MARK, self._own(page, note))

    def _own(self, page: Any, markdown: str) -> str:
        """What the generator writes into a hand-written page, in the page's language: set in
        that language and direction inside a page shown untranslated (in the main one's)."""
        if not page.meta.get("explainer_untranslated"):
            return markdown
        direction = "rtl" if self.lang.rtl else "ltr"
        return (
            f'\n<div lang="{self.lang.code}" dir="{direction}" markdown>\n\n{markdown}\n\n</div>\n'
        )

    def on_page_content(self, html: str, page: Any, config: Any, files: Any) -> str:
        if page.file.src_uri.split("/")[0] in GENERATED_DIRS:
            html = sanitise(resolve_raw_links(html, page, files))
        if page.meta.get("explainer_untranslated"):
            html = untranslated(html, self.lang, self.languages.main)
        if self.search is not None:
            self.search.add_page(page, html)
        return html

    def on_post_template(self, output: str, template_name: str, config: Any) -> str:
        if self.languages.several:  # 404.html: each language's home page
            output = self.languages.link_pages(output, None)
        return output

    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        if self.languages.several:  # the switcher and hreflang links lead to this page
            output = self.languages.link_pages(output, page.url)
            if self.offline_build:
                # Material fetches sitemap.xml beside every such link, which from file:// is
                # an error in the console; offline, no search engine reads them anyway.
                output = _HREFLANG.sub("", output)
        feeds = alternate_links(config.site_url or "", html.unescape(config.site_name), self.lang)
        if feeds:
            output = output.replace("</head>", f"{feeds}</head>", 1)
        if self.search is None:
            return output
        return self.search.use_worker(output, page.file.src_uri)

    @event_priority(-50)  # after Material's search plugin writes its index, before `offline`
    def on_post_build(self, config: Any) -> None:
        self.write_search_index(config)
        site_name = html.unescape(config.site_name)
        write_feeds(Path(config.site_dir), config.site_url or "", site_name, self.lang)

    def write_search_index(self, config: Any, soon: bool = False) -> None:
        """Write the search files into the site; `soon`: a moment after the last call, in
        the background (the preview, after it renders pages again)."""
        if self.search is not None and soon:
            self.search.write_soon(Path(config.site_dir))
        elif self.search is not None:
            self.search.write(Path(config.site_dir))


OFFLINE_MARK = "<!-- offline-copy -->"
"""Where a hand-written page says where to get the offline copy."""


DISPUTES_MARK = "<!-- disputes -->"
"""Where a hand-written page lists every question with its sides."""
DISPUTES_INDEX = "disputes/index.md"
_SIDES = re.compile(r"<!-- sides -->\n(.*?)<!-- /sides -->", re.S)
_MD_LINK = re.compile(r"\]\(([^)#\s]+)(#[^)\s]*)?\)")
"""A Markdown link's target: generated text escapes every other `](`."""


def disputes_list(page: Any, files: Any) -> str:
    """The questions and their sides, as the generated disputes index lists them between
    its `<!-- sides -->` marks, with each link made relative to `page`."""
    index = files.get_file_from_path(DISPUTES_INDEX)
    found = _SIDES.search(index.content_string) if index is not None else None
    if found is None:
        log.warning(
            "Doc file '%s' lists the disputes, but '%s' has no list",
            page.file.src_uri,
            DISPUTES_INDEX,
        )
        return ""
    here = posixpath.dirname(page.file.src_uri)

    def rebase(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(DISPUTES_INDEX), match[1]))
        return f"]({posixpath.relpath(target, here or '.')}{match[2] or ''})"

    return _MD_LINK.sub(rebase, found[1])


def newest_bundle(config: Any) -> Path | None:
    """The newest offline bundle of this site in dist/ (beside mkdocs.yml), if any."""
    dist = Path(config.config_file_path or ".").parent / "dist"
    prefix = slug(html.unescape(config.site_name))
    bundles = [p for p in dist.glob(f"{prefix}-????-??-??.zip") if _bundle_date(p)]
    found = sorted(
        (p for p in bundles if not p.is_symlink()), key=lambda p: (p.name, p.stat().st_mtime)
    )
    return found[-1] if found else None


def _bundle_date(bundle: Path) -> dt.date | None:
    """The date in a bundle's name, if it names a real day and the bundle is a regular
    file (a link is never published: it could lead to any file)."""
    try:
        return dt.date.fromisoformat(bundle.stem[-10:]) if bundle.is_file() else None
    except ValueError:
        return None


def offline_copy_note(
    bundle: Path | None, offline_build: bool, lang: Language = ENGLISH, up: str = ""
) -> str:
    """What `<!-- offline-copy -->` becomes, in the site's language: the link to the bundle
    (`up` from the page's folder to the main site's, where the one copy is) with its size
    and date, or (in the bundle) that this is the offline copy; when no copy was built,
    that there is none (the page is for readers: how to build one is the README's; a
    heading left with nothing under it read as broken)."""
    if offline_build:
        return lang._(
            "This is the offline copy of the site: every page and the search work with no"
            " network. [About this copy](about-this-copy.md) says when it was built."
        )
    if bundle is None:  # no copy built (`make bundle`): nothing to offer readers
        return lang._("No offline copy is published with this version of the site.")
    built = _bundle_date(bundle) or dt.date.min
    size = lang.digits(f"{bundle.stat().st_size / 1e6:.1f}")
    # an HTML link, as MkDocs refuses a Markdown one out of another language's folder
    return lang._(
        "{link}Download the offline copy{end} ({size} MB, built {date}): one archive of the"
        " whole site. Unpack it and open `index.html`: every page and the search work with"
        " no network."
    ).format(
        link=f'<a href="{html.escape(up + bundle.name)}">',
        end="</a>",
        size=size,
        date=lang.date(built, "d MMMM y"),
    )


_HREFLANG = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*')
_RAW_MD_LINK = re.compile(r'href="([^":#?]+\.md)(#[^"]*)?"')
"""A relative link to a Markdown file left in the HTML: MkDocs has converted every
Markdown link already, so these come from raw HTML."""


def resolve_raw_links(html: str, page: Any, files: Any) -> str:
    """Turn `href="../actors/x.md"` into the page's URL, relative to this page."""

    def resolve(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), match[1]))
        file = files.get_file_from_path(target)
        if file is None:
            log.warning(
                "Doc file '%s' contains a link to '%s', which is not found",
                page.file.src_uri,
                match[1],
            )
            return match[0]
        return f'href="{file.url_relative_to(page.file)}{match[2] or ""}"'

    return _RAW_MD_LINK.sub(resolve, html)
