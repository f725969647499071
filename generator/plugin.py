"""The MkDocs plugin `explainer`, which mkdocs.yml lists under `plugins`.

- Adds the generator's theme override (`theme/main.html`: schema.org JSON-LD in the page
  head) ahead of Material's templates, after a project's own `custom_dir` if it has one.
- Resolves links to `.md` files in raw HTML (the relationship map's SVG) the way MkDocs
  resolves Markdown links, so they work with directory URLs and in the offline bundle.
- Sanitises the HTML of every generated page (defence in depth, see sanitise.py).

It imports only what it needs, not the generator's pipeline: every MkDocs build loads it.
"""

from __future__ import annotations

import html
import logging
import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin

from .project import GENERATED_DIRS
from .sanitise import sanitise

log = logging.getLogger("mkdocs.plugins.explainer")
THEME = Path(__file__).resolve().parent / "theme"


class ExplainerPlugin(BasePlugin):
    """Theme override, raw-HTML links and sanitising for the generated pages."""

    def on_config(self, config: Any) -> Any:
        theme = config.theme
        theme.dirs.insert(1 if theme.custom_dir else 0, str(THEME))
        # Material writes the site's name and description into its HTML unescaped (in
        # attributes too): a quote in a title would break every page.
        for key in ("site_name", "site_description"):
            if config[key]:
                config[key] = html.escape(html.unescape(config[key]))
        return config

    def on_page_content(self, html: str, page: Any, config: Any, files: Any) -> str:
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
            log.warning(
                "Doc file '%s' contains a link to '%s', which is not found",
                page.file.src_uri,
                match[1],
            )
            return match[0]
        return f'href="{file.url_relative_to(page.file)}{match[2] or ""}"'

    return _RAW_MD_LINK.sub(resolve, html)
