"""MkDocs hooks.

- Resolve links to `.md` files in raw HTML (the relationship map's SVG) the way MkDocs
  resolves Markdown links, so they work with directory URLs and in the offline bundle.
- Sanitise the HTML of every generated page (defence in depth, see sanitise.py).
"""

from __future__ import annotations

import logging
import posixpath
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the `mkdocs` script's dir comes first otherwise

from generator.render import GENERATED_DIRS
from generator.sanitise import sanitise

log = logging.getLogger("mkdocs.generator")


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    if page.file.src_uri.split("/")[0] in GENERATED_DIRS:
        return sanitise(resolve_raw_links(html, page, files))
    return html


_RAW_MD_LINK = re.compile(r'href="([^":#?]+\.md)(#[^"]*)?"')
"""A relative link to a Markdown file left in the HTML: MkDocs has converted every
Markdown link already, so these come from raw HTML."""


def resolve_raw_links(html: str, page: Any, files: Any) -> str:
    """Turn `href="../actors/x.md"` into the page's URL, relative to this page."""

    def resolve(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), match[1]))
        file = files.get_file_from_path(target)
        if file is None:
            log.warning("Doc file '%s' contains a link to '%s', which is not found", page.file.src_uri, match[1])
            return match[0]
        return f'href="{file.url_relative_to(page.file)}{match[2] or ""}"'

    return _RAW_MD_LINK.sub(resolve, html)
