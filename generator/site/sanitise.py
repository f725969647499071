"""Defence in depth: the HTML of generated pages may hold only what our templates make.

Data strings are escaped before Markdown sees them (markup.py); this second line of
defence removes any element, attribute or link scheme that the templates and the
Markdown extensions in mkdocs.yml do not produce, should an escaping mistake ever slip
through.
"""

from __future__ import annotations

import nh3

ALLOWED_TAGS = {
    "a",
    "blockquote",
    "br",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "nav",  # previous and next event
    "ol",
    "p",
    "pre",  # code blocks (the Data format page's example files)
    "small",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
    # the relationship map (graph.py)
    "circle",
    "defs",
    "g",
    "line",
    "marker",
    "path",
    "svg",
    "text",
    "title",
    "tspan",  # the second line of a long name
}
ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "data-search-exclude", "lang", "dir"},  # data-search-exclude: left
    # out of the search index; lang and dir: text shown as written on another language's page
    "a": {"href", "title", "rel"},
    "nav": {"aria-label"},
    "div": {"data-search-claim", "data-search-speaker"},  # a claim, for the search index
    "svg": {"viewBox", "width", "height", "role", "aria-label"},
    "g": {"aria-hidden"},
    "marker": {"viewBox", "refX", "refY", "markerWidth", "markerHeight", "orient"},
    "path": {"d"},
    "line": {"x1", "y1", "x2", "y2", "marker-start", "marker-end"},
    "circle": {"cx", "cy", "r"},
    "text": {"x", "y", "text-anchor"},
    "tspan": {"x", "dy"},
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
