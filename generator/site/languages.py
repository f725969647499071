"""A site in several languages, as MkDocs shows it: the language switcher and the hreflang
links of every page (the same page in each language), the navigation's own titles in the
page's language, and a hand-written page with no translation marked as such.

mkdocs.yml promises the languages (`plugins: [explainer: {languages: [en, ur]}]`, the
main one first, which is `theme.language`); `explainer build` builds the main one into
site/ and each other into site/<code>/ (commands/languages.py).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from .i18n import N_, Language, language

UNTRANSLATED_MARK = "<!-- explainer-untranslated -->"
"""Put at the end of a hand-written page copied untranslated into another language's pages."""

NAV_TITLES = (
    N_("Home"),
    N_("Actors"),
    N_("Relationship map"),
    N_("Events"),
    N_("Timeline"),
    N_("Disputes"),
    N_("Sources"),
    N_("Sources and coverage"),
    N_("About"),
    N_("Methodology"),
    N_("Data format"),
    N_("Open data"),
    N_("What changed"),
    N_("Corrections"),
)
"""The navigation titles a new explainer starts with (mkdocs.yml, written in the main
language): another language's site shows them from its catalog. Others stay as written."""


@dataclass(frozen=True)
class Languages:
    """The languages of the site (the main one first) and the one being built."""

    codes: tuple[str, ...]
    current: str
    root: str = ""
    """The main site's address, when it has one: hreflang links are then absolute."""

    @property
    def main(self) -> str:
        return self.codes[0]

    @property
    def several(self) -> bool:
        return len(self.codes) > 1

    def alternates(self) -> list[dict[str, str]]:
        """Material's `extra.alternate`, for the switcher and the hreflang links of a page's
        head. Each link is a mark (`#explainer-language-ur`), which MkDocs' `url` filter
        leaves as it is: `link_pages` then puts the address of the same page in it (the
        filter cannot make a link that leaves this language's folder for the main one)."""
        return [
            {
                "name": language(code).locale.get_display_name() or code,
                "link": f"{_LINK_MARK}{code}",
                "lang": code,
            }
            for code in self.codes
        ]

    def link_pages(self, output: str, url: str | None) -> str:
        """The page's HTML with each language's mark made the address of the page at `url`
        (relative to its language's root; None: a page of any depth, such as 404.html) in
        that language: absolute when the site has an address, else relative."""
        if self.root:
            top = self.root
        else:
            depth = (url or "").count("/")
            top = "../" * depth + ("../" if self.current != self.main else "")
        for code in self.codes:
            here = f"{top}{'' if code == self.main else code + '/'}{url or ''}" or "./"
            output = output.replace(f'href="{_LINK_MARK}{code}"', f'href="{html.escape(here)}"')
        return output

    def is_translation(self, src_uri: str) -> bool:
        """`about.ur.md`: a hand-written page's translation, which only its language shows."""
        found = _TRANSLATED_PAGE.search(src_uri)
        return found is not None and found[1] in self.codes

    def translate_title(self, title: Any, lang: Language) -> Any:
        """One of the usual titles from the catalog, in another language than the main one."""
        return lang._(title) if self.current != self.main and title in NAV_TITLES else title

    def translate_nav(self, items: list[Any], lang: Language) -> None:
        """The navigation's titles from the catalog, in another language than the main one."""
        if self.current == self.main:
            return
        for item in items:
            if getattr(item, "title", None) in NAV_TITLES:
                item.title = lang._(item.title)
            translate = getattr(item, "children", None) or []
            self.translate_nav(translate, lang)


_LINK_MARK = "#explainer-language-"
_TRANSLATED_PAGE = re.compile(r"\.([a-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\.md$")


def build_languages(codes: list[str], current: str, site_url: str) -> Languages:
    """The languages of the build of `current` (the plugin's option; the main alone if
    empty), and the main site's address (`site_url` of this build, less its language)."""
    codes = codes or [current]
    root = site_url or ""
    if root and current != codes[0]:
        root = root.rstrip("/").removesuffix(f"/{current}") + "/"
    return Languages(tuple(codes), current, root)


def untranslated(html: str, lang: Language, main: str) -> str:
    """A hand-written page shown as written in the main language, said so in the page's,
    and set in its own language and direction."""
    written = language(main)
    name = written.locale.get_display_name(lang.locale) or main
    note = lang._("This page is not yet translated: it is shown in {language}.").format(
        language=name
    )
    direction = "rtl" if written.rtl else "ltr"
    return (
        f'<p class="explainer-untranslated" data-search-exclude>{note}</p>\n'
        f'<div lang="{main}" dir="{direction}">\n{html}\n</div>'
    )
