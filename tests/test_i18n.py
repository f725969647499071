"""The site's words in other languages: every message of the templates and the page code
is in every shipped catalog, and a site built in Urdu shows Urdu, right to left, with the
data strings of the other direction isolated."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from generator.commands.build import build_site, generate
from generator.records.coverage import Coverage
from generator.records.load import load_all
from generator.records.model import RELATION_LABELS, When
from generator.records.validate import validate
from generator.site.i18n import ENGLISH, LOCALE_DIR, LanguageError, language, shipped_languages
from generator.site.pages.dates import describe_when
from generator.site.render import render
from helpers import REPO, SMALL_DATA, fixture_project

PACKAGE = REPO / "generator"
KEYWORDS = {
    "_": None,
    "gettext": None,  # a {% trans %} block
    "N_": None,
    "ngettext": (1, 2),
    "markup": None,
    "date": (2,),
}
"""What marks a message in the Python code: `lang._(...)`, `N_(...)` (translated where it
is used), `lang.ngettext(...)`, `lang.markup(...)` and the pattern of `lang.date(d, ...)`."""
JINJA = {
    "extensions": "jinja2.ext.i18n",
    "newstyle_gettext": "true",
    "trim_blocks": "true",
    "lstrip_blocks": "true",
    "keep_trailing_newline": "true",
}
"""The template environment's options (render.make_environment): a message's whitespace
is the one the templates render."""
ALSO = [*RELATION_LABELS.values(), "member of"]
"""Messages that are data of the schema (records/model.py), translated where shown."""


def _extract(folder: Path, method: str, pattern: str, options: dict[str, str]) -> Iterator[Any]:
    return extract_from_dir(
        folder, [(pattern, method)], {pattern: options}, keywords=KEYWORDS, comment_tags=()
    )


def extracted() -> dict[str | tuple[str, ...], list[str]]:
    """Every message the generator writes, with where it is written."""
    found: dict[str | tuple[str, ...], list[str]] = {message: ["model.py"] for message in ALSO}
    sources = [
        (PACKAGE / "templates", "jinja2.ext:babel_extract", "*.j2", JINJA),
        (PACKAGE / "site", "python", "**.py", {}),
        (PACKAGE / "commands", "python", "bundle.py", {}),
        (PACKAGE / "records", "python", "updates.py", {}),
    ]
    for folder, method, pattern, options in sources:
        for file, line, message, _comments, _context in _extract(folder, method, pattern, options):
            found.setdefault(message, []).append(f"{file}:{line}")
    return found


def _catalog(code: str) -> Any:
    with (LOCALE_DIR / code / "LC_MESSAGES" / "explainer.po").open("rb") as po:
        return read_po(po)


@pytest.mark.parametrize("code", shipped_languages())
def test_every_message_is_in_every_catalog(code: str) -> None:
    """A word of a template or a page with no entry in a shipped catalog fails here: add it
    to every catalog (see README, 'Add a language')."""
    catalog = _catalog(code)
    missing = []
    for message, where in extracted().items():
        key = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(key)
        translated = code == "en" or (entry is not None and all(entry.string or [""]))
        if entry is None or not translated or entry.fuzzy:
            missing.append(f"{where[0]}: {key!r}")
    assert not missing, f"{code}: {len(missing)} message(s) missing or untranslated:\n" + "\n".join(
        missing
    )


@pytest.mark.parametrize("code", shipped_languages())
def test_translations_keep_their_placeholders(code: str) -> None:
    """A translation names the same {placeholders} and %(placeholders)s as its message."""
    wrong = []
    for message in _catalog(code):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(re.findall(r"\{\w+\}|%\(\w+\)s", ids[-1]))
        for string in strings:
            if string and set(re.findall(r"\{\w+\}|%\(\w+\)s", string)) != wanted:
                wrong.append(f"{ids[0]!r} -> {string!r}")
    assert not wrong, "\n".join(wrong)


def test_english_and_urdu_are_shipped() -> None:
    assert {"en", "ur"} <= set(shipped_languages())


def test_a_language_without_a_catalog_is_refused() -> None:
    with pytest.raises(LanguageError, match=r"no catalog for 'xx'.*en, .*ur"):
        language("xx")


def test_dates_in_urdu_keep_their_precision() -> None:
    ur = language("ur")
    day = When.model_validate(
        {"date": dt.date(2011, 9, 23), "precision": "day", "source": "s", "basis": "b"}
    )
    week = When.model_validate(
        {"date": dt.date(2011, 9, 19), "precision": "week", "source": "s", "basis": "b"}
    )
    assert describe_when(day, ENGLISH) == "Friday 23 September 2011"
    assert describe_when(day, ur) == "جمعہ 23 ستمبر 2011"
    assert describe_when(week, ENGLISH) == "week of 19 September 2011"
    assert describe_when(week, ur) == "19 ستمبر 2011 سے شروع ہونے والا ہفتہ"


@pytest.fixture(scope="module")
def urdu_pages() -> dict[str, str]:
    explainer = validate(load_all(SMALL_DATA))
    return render(explainer, Coverage(explainer), lang=language("ur"))


def test_an_urdu_page_shows_urdu_words(urdu_pages: dict[str, str]) -> None:
    page = next(
        text
        for path, text in urdu_pages.items()
        if path.startswith("disputes/") and path != "disputes/index.md"
    )
    for english in ("Positions", "Held by", "Referenced by", "Timeline"):
        assert english not in page
    assert "## مؤقف" in page
    assert "حامی:" in page


def test_english_data_is_isolated_on_an_urdu_page(urdu_pages: dict[str, str]) -> None:
    """An English name or question on a right-to-left page is put in an isolate of its own
    (U+2068 … U+2069, what <bdi> does), so its punctuation stays at its end."""
    page = urdu_pages["actors/index.md"]
    assert re.search("\u2068[^\u2069]*[A-Za-z][^\u2069]*\u2069", page)
    english = render(validate(load_all(SMALL_DATA)), Coverage(validate(load_all(SMALL_DATA))))
    assert "\u2068" not in english["actors/index.md"]


def test_a_site_built_in_urdu_is_right_to_left(tmp_path: Path) -> None:
    """theme.language: ur in mkdocs.yml gives Material's words and direction and ours."""
    paths = fixture_project(tmp_path, SMALL_DATA)
    config = yaml.safe_load(paths.config.read_text(encoding="utf-8"))
    config["theme"]["language"] = "ur"
    paths.config.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    generate(paths)
    build_site(paths)
    html = (paths.site / "disputes" / "group-role" / "index.html").read_text(encoding="utf-8")
    assert '<body dir="rtl"' in html
    assert "مؤقف" in html and "Positions" not in html
    assert "\u2068Did the group have a role?\u2069" in html  # its "?" stays at its end
