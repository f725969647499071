"""Defence in depth: the HTML of generated pages may hold only what our templates make.

Data strings are escaped before Markdown sees them (markup.py); this second line of
defence removes any element, attribute or link scheme that the templates and the
Markdown extensions in mkdocs.yml do not produce, should an escaping mistake ever slip
through.
"""

from __future__ import annotations

import nh3

ALLOWED_TAGS = {
    "a", "blockquote", "br", "code", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "li", "ol", "p", "small", "strong", "table", "tbody", "td", "th",
    "thead", "tr", "ul",
}
ALLOWED_ATTRIBUTES = {
    "*": {"class", "id"},
    "a": {"href", "title"},
}


def sanitise(html: str) -> str:
    """Keep only the allowed elements and attributes; links only to http(s) or relative."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel=None,  # keep links as written; the site sets no rel policy of its own
        strip_comments=True,
    )
