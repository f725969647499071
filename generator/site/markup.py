"""Making untrusted data strings safe inside generated Markdown, and building links to pages.

Every data string reaches a page through `escape_md`, which Jinja applies to every
`{{ ... }}` output (see render.py). Characters that mean something to Markdown, its
extensions or HTML become numeric character references: Markdown passes those through
untouched and the browser shows the character, so `<script>` or `[x](javascript:...)`
in a name is shown as text and never becomes markup.
"""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup

from ..text.names import BIDI_CONTROL

_SPECIAL = "\\`*_{}[]()<>#+-.!|&~^=:\"'$%@"
# Control characters cannot be shown, and Python-Markdown uses \x02 and \x03 as its own
# placeholders: they become U+FFFD, the replacement character.
_CONTROLS = [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x1C), 0x7F]
_ESCAPES = {**{ord(c): f"&#{ord(c)};" for c in _SPECIAL}, **dict.fromkeys(_CONTROLS, "�")}


def escape_md(value: object) -> Markup:
    """Text that Markdown and HTML show exactly as written, on one line."""
    if isinstance(value, Markup):
        return value
    # One line: a newline could start a heading or end a table row.
    return Markup(isolate_bidi(" ".join(str(value).translate(_ESCAPES).split())))


def escape_text(text: str) -> Markup:
    """A piece of one-line text escaped like `escape_md`, its edge spaces kept (for text
    that is cut around links)."""
    return Markup(isolate_bidi(text.translate(_ESCAPES)))


_ISOLATE_OPENERS, _PDI, _FSI = "\u2066\u2067\u2068", "\u2069", "\u2068"


def isolate_bidi(text: str) -> str:
    """A string with bidirectional controls (right-to-left overrides, embeddings) put
    inside an isolate of its own, so that they reorder nothing outside it: not the
    page's own words around the field. A terminator with no opener in the string would
    close that isolate early, and is dropped."""
    if not BIDI_CONTROL.search(text):
        return text
    kept, depth = [], 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == _PDI:
            if not depth:
                continue
            depth -= 1
        kept.append(char)
    return _FSI + "".join(kept) + _PDI * (depth + 1)


def page_path(kind: str, record_id: str) -> str:
    """Docs-relative path of a record's page, e.g. 'actors/city-council.md'."""
    return f"{kind}/{record_id}.md"


def link(text: object, target: str, current: str, anchor: str = "") -> Markup:
    """A Markdown link from page `current` to page `target` (both docs-relative)."""
    href = relative(target, current)
    return Markup(f"[{escape_md(text)}]({href}{'#' + anchor if anchor else ''})")


def relative(target: str, current: str) -> str:
    """Path to `target` from the folder of `current` (both docs-relative, '/'-separated).

    posixpath.relpath does the same but consults the working directory on every call,
    which made it the largest cost of rendering."""
    to, here = target.split("/"), current.split("/")[:-1]
    common = 0
    while common < min(len(here), len(to) - 1) and here[common] == to[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + to[common:])


def external_link(text: object, url: str) -> Markup:
    """A link to another site; the model only admits http(s) addresses."""
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"refusing a non-http(s) link: {url!r}")
    return Markup(f"[{escape_md(text)}]({quote(url, safe=':/?#@!$&*+,;=%-._~')})")
