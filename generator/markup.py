"""Making untrusted data strings safe inside generated Markdown, and building links to pages.

Every data string reaches a page through `escape_md`, which Jinja applies to every
`{{ ... }}` output (see render.py). Characters that mean something to Markdown, its
extensions or HTML become numeric character references: Markdown passes those through
untouched and the browser shows the character, so `<script>` or `[x](javascript:...)`
in a name is shown as text and never becomes markup.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote

from markupsafe import Markup

_SPECIAL = set("\\`*_{}[]()<>#+-.!|&~^=:\"'$%@")


def escape_md(value: object) -> Markup:
    """Text that Markdown and HTML show exactly as written, on one line."""
    if isinstance(value, Markup):
        return value
    text = " ".join(str(value).split())  # a newline could start a heading or end a table row
    return Markup("".join(f"&#{ord(c)};" if c in _SPECIAL else c for c in text))


def page_path(kind: str, record_id: str) -> str:
    """Docs-relative path of a record's page, e.g. 'actors/kayani.md'."""
    return f"{kind}/{record_id}.md"


def link(text: object, target: str, current: str, anchor: str = "") -> Markup:
    """A Markdown link from page `current` to page `target` (both docs-relative)."""
    href = posixpath.relpath(target, posixpath.dirname(current) or ".")
    return Markup(f"[{escape_md(text)}]({href}{'#' + anchor if anchor else ''})")


def external_link(text: object, url: str) -> Markup:
    """A link to another site; the model only admits http(s) addresses."""
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"refusing a non-http(s) link: {url!r}")
    return Markup(f"[{escape_md(text)}]({quote(url, safe=':/?#@!$&*+,;=%-._~')})")
