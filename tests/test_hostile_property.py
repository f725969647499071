"""Property: any Unicode text in any field is shown exactly as written, and adds no
element or attribute to the page that the template did not put there.

Pages are rendered by our templates, converted with the Markdown extensions configured in
mkdocs.yml (the dialect the site really uses), then sanitised as the build does.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import yaml_load

from generator.records.coverage import Coverage
from generator.records.load import load_all
from generator.records.validate import validate
from generator.site.render import render
from generator.site.sanitise import sanitise
from helpers import REPO, SMALL_DATA

BASE = validate(load_all(SMALL_DATA))
CONFIG = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in CONFIG["markdown_extensions"]]
EXTENSION_CONFIGS = {
    k: v for e in CONFIG["markdown_extensions"] if isinstance(e, dict) for k, v in e.items()
}

# Any character but controls and surrogates (which no page can show), with right-to-left
# text, combining marks and Markdown/HTML syntax well represented.
unicode_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cc", "Cs")),
        st.sampled_from(list("<>&\"'`*_[](){}#|\\!-+.:=~^\u202e\u0301\u05d0\u0627\u200f")),
    ),
    min_size=1,
)
# Random characters seldom form syntax that means something, so wrap them in the
# constructs an attacker (or a careless paste) would use.
SYNTAX = [
    "{}",
    "*{}*",
    "**{}**",
    "_{}_",
    "`{}`",
    "<b>{}</b>",
    "<script>alert('{}')</script>",
    "<img src=x onerror=alert(1)>{}",
    "[{}](javascript:alert(1))",
    "![{}](x.png)",
    "<{}>",
    "{} {{: onclick=alert(1) }}",
    "{} {{ #id .cls }}",
    "\n# {}",
    "\n\n- {}",
    "{}\n\n    code",
    "| {} | x |",
    "{}\n---\ntitle: x\n---",
    "<!-- {} -->",
    "&amp; &#60; {}",
    "https://{}.example",
    "!!! note\n    {}",
    "<div markdown>{}</div>",
    "\\{}\\",
    "{}\u2028# x",
]
text = st.builds(
    lambda pattern, part: pattern.format(part), st.sampled_from(SYNTAX), unicode_text
).filter(lambda s: s.strip())

# (page, record kind, id, field) for a field of every kind of record that reaches a page.
FIELDS = [
    ("actors/minister.md", "actors", "minister", "name"),
    ("actors/minister.md", "actors", "minister", "role"),
    ("actors/minister.md", "actors", "minister", "description"),
    ("events/remarks.md", "events", "remarks", "title"),
    ("events/remarks.md", "events", "remarks", "summary"),
    ("events/remarks.md", "events", "remarks", "place"),
    ("disputes/group-role.md", "disputes", "group-role", "question"),
    ("disputes/group-role.md", "disputes", "group-role", "summary"),
    ("sources/wire-2011-09-15.md", "sources", "wire-2011-09-15", "outlet"),
    ("sources/wire-2011-09-15.md", "sources", "wire-2011-09-15", "licence"),
]


class Page(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.shape: Counter[tuple[str, tuple[str, ...]]] = Counter()
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.shape[(tag, tuple(sorted(name for name, _ in attrs)))] += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def page_html(page: str, kind: str, record_id: str, field: str, value: str) -> Page:
    records = dict(getattr(BASE, kind))
    records[record_id] = records[record_id].model_copy(update={field: value})
    explainer = type(BASE)(
        **{
            **{k: getattr(BASE, k) for k in ("sources", "actors", "events", "disputes")},
            kind: records,
        }
    )
    # Front matter parsed as MkDocs does.
    source, _meta = get_data(render(explainer, Coverage(explainer))[page])
    html = markdown.markdown(source, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
    return Page(sanitise(html))


def shown(value: str) -> str:
    return " ".join(value.split())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=text, which=st.sampled_from(FIELDS))
def test_any_text_is_shown_exactly_and_adds_no_markup(
    value: str, which: tuple[str, str, str, str]
) -> None:
    hostile = page_html(*which, value)
    harmless = page_html(*which, "plain words")
    assert shown(value) in " ".join("".join(hostile.text).split())
    assert hostile.shape == harmless.shape
