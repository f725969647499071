"""The language of the generated pages: the words from gettext catalogs, the dates and
numbers from Babel, both chosen by mkdocs.yml's `theme.language`.

Catalogs are the `.po` files in `generator/locale/<language>/LC_MESSAGES/explainer.po`,
compiled in memory when first used (no binary `.mo` file is kept). English is the
source language: its catalog is complete with empty translations. A language with no
catalog is refused by name, so a site never mixes two languages by accident.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from markupsafe import Markup

from ..run.errors import ExplainerError
from .markup import escape_md

LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"
DOMAIN = "explainer"
SOURCE_LANGUAGE = "en"

_DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
    "deva": "०१२३४५६७८९",
    "beng": "০১২৩৪৫৬৭৮৯",
}
"""The digits of the numbering systems a locale may write by default (CLDR's names)."""


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff]")
"""A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, ...)."""
_LEFT_TO_RIGHT = re.compile(
    "(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff])[^\\W\\d_]"
)
"""A letter of any other script: written left to right."""


class LanguageError(ExplainerError):
    """theme.language names a language the generator has no catalog for."""


def N_(message: str) -> str:
    """Marks a message for the catalogs where it is defined; it is translated where used."""
    return message


@dataclass(frozen=True)
class Language:
    """One language of the site: its words (gettext), its dates and digits (Babel)."""

    code: str
    translations: gettext.NullTranslations = field(compare=False, repr=False)
    locale: Locale = field(compare=False, repr=False)

    def _(self, message: str) -> str:
        """The message in this language."""
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The message for `n` things, in the plural form this language uses for n."""
        return self.translations.ngettext(singular, plural, n)

    @property
    def rtl(self) -> bool:
        return self.locale.character_order == "right-to-left"

    def digits(self, text: str) -> str:
        """ASCII digits written as this language writes numbers by default."""
        digits = _DIGITS.get(self.locale.default_numbering_system or "latn")
        return text.translate(str.maketrans("0123456789", digits)) if digits else text

    def number(self, n: int) -> str:
        """A whole number as the language writes it (no grouping: counts stay short)."""
        return self.digits(str(n))

    def date(self, value: dt.date | dt.datetime, pattern: str) -> str:
        """A date in a Babel (CLDR) pattern, itself a message: 'd MMMM y' may be written
        in another order by a language."""
        pattern = self._(pattern)
        if isinstance(value, dt.datetime):  # its time as written, in its own time zone
            return self.digits(
                format_datetime(value, pattern, tzinfo=value.tzinfo, locale=self.locale)
            )
        return self.digits(format_date(value, pattern, locale=self.locale))

    def isolate(self, text: str) -> str:
        """Text (escaped already) in an isolate of its own if it holds letters of the
        other direction than the page's: an English question ending in '?' on an Urdu
        page keeps its '?' at its end, and an Urdu name on an English page reorders
        nothing around it. U+2068 FIRST STRONG ISOLATE is what `<bdi>` and `dir=auto`
        do, and it also works in a page's title, an attribute and the map's SVG."""
        other = _LEFT_TO_RIGHT if self.rtl else _RIGHT_TO_LEFT
        return f"\u2068{text}\u2069" if other.search(text) else text

    def data(self, value: object) -> Markup:
        """A data string as a page shows it: escaped for Markdown (markup.escape_md) and
        isolated if it is written in the other direction. Markup (a link, a message of
        the catalog) is kept as it is."""
        if isinstance(value, Markup):
            return value
        return Markup(self.isolate(escape_md(value)))

    def prose(self, text: Markup) -> Markup:
        """Prose made for a page (escaped, with links), isolated as `data` is."""
        return Markup(self.isolate(text))

    def markup(self, message: str, **values: Any) -> Markup:
        """Trusted text of the catalog with data strings put in, each shown as `data`
        shows it (a value that is Markup already, such as a link, is kept as it is)."""
        return Markup(self._(message).format(**{k: self.data(v) for k, v in values.items()}))


@functools.cache
def language(code: str = SOURCE_LANGUAGE) -> Language:
    """The language `code` (as Material spells it: 'en', 'ur', 'pt-BR'), from its catalog."""
    found = catalog_path(code)
    if found is None:
        shipped = ", ".join(shipped_languages())
        raise LanguageError(
            f"theme.language: no catalog for '{code}' (the generator has: {shipped}); "
            "see the README, 'Add a language'"
        )
    with found.open("rb") as po:
        catalog = read_po(po)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as error:
        raise LanguageError(f"theme.language: '{code}' is not a locale Babel knows") from error
    return Language(code, gettext.GNUTranslations(compiled), locale)


def catalog_path(code: str) -> Path | None:
    """The catalog of `code`, or of its base language ('pt' for 'pt-BR'), if shipped."""
    for name in dict.fromkeys([code.replace("-", "_"), code.split("-")[0].split("_")[0]]):
        path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.is_file():
            return path
    return None


def shipped_languages() -> list[str]:
    """Every language the generator has a catalog for."""
    return sorted(p.parents[1].name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


ENGLISH = language()


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml may hold tags (`!ENV`, `!!python/name:`): read as plain values here."""


_AnyTag.add_multi_constructor("", lambda loader, suffix, node: None)


def _settings(config: Path) -> dict[str, Any]:
    try:
        settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_AnyTag)
    except (OSError, yaml.YAMLError):
        return {}  # MkDocs itself reports an unreadable config
    return settings if isinstance(settings, dict) else {}


def configured_language(config: Path) -> str:
    """mkdocs.yml's `theme.language` ('en' when it names none, as Material does)."""
    theme = _settings(config).get("theme")
    code = theme.get("language") if isinstance(theme, dict) else None
    return str(code) if code else SOURCE_LANGUAGE


def configured_languages(config: Path) -> tuple[str, ...]:
    """Every language the site promises, its main one (`theme.language`) first: the
    explainer plugin's `languages` in mkdocs.yml, or the main language alone."""
    main = configured_language(config)
    plugins = _settings(config).get("plugins")
    entries = plugins if isinstance(plugins, list) else [plugins] if plugins else []
    options = [e["explainer"] for e in entries if isinstance(e, dict) and "explainer" in e]
    listed = options[0].get("languages") if options and isinstance(options[0], dict) else None
    return checked_languages(main, [str(code) for code in listed or []])


def checked_languages(main: str, listed: list[str]) -> tuple[str, ...]:
    """The languages of a site whose main language is `main`: `listed` (main first), each
    with a catalog. Raises LanguageError."""
    if listed and listed[0] != main:
        raise LanguageError(
            f"mkdocs.yml: the explainer plugin's languages must begin with theme.language"
            f" ('{main}'), found {listed}"
        )
    codes = tuple(dict.fromkeys(listed or [main]))
    for code in codes:
        language(code)  # a language with no catalog is refused here, by name
    return codes
