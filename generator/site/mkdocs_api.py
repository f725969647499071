"""Every use of MkDocs' own Python API, in one place.

MkDocs 1.6 is no longer maintained, and the preview needs two of its private functions
(`_populate_page`, `_build_page`) to render single pages again. Keeping every import of
`mkdocs` here means a move to a fork (ProperDocs) or a new MkDocs touches one module.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.commands.build import _build_page, _populate_page, build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin

from ..run.errors import SiteBuildError
from ..run.guard import check_config, refuse_links

__all__ = [
    "BannerServer",
    "BasePlugin",
    "build_everything",
    "in_language",
    "render_again",
    "run_mkdocs",
]


class BannerServer(LiveReloadServer):
    """MkDocs' live-reload server, which also puts a banner at the top of every page it
    serves while `banner()` returns HTML (the preview's data errors): the browser reloads
    after every save, so the banner comes with the mistake and goes with its fix."""

    def __init__(self, *args: Any, banner: Callable[[], str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._banner = banner
        # MkDocs' own thread that answers requests: a daemon, so that a stop interrupted
        # during its shutdown (a second Ctrl-C, a signal while a page is built) still ends
        # the process, instead of leaving it answering 404s for a site already removed.
        self.serve_thread.daemon = True

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:  # MkDocs' private
        content = super()._inject_js_into_html(content, epoch)
        banner = self._banner()
        body = content.find(b"<body")
        if not banner or body < 0:
            return content
        after = content.index(b">", body) + 1
        return content[:after] + banner.encode("utf-8") + content[after:]


def run_mkdocs(
    config_file: Path,
    docs: Path,
    site: Path,
    extra_nav: dict[str, str] | None = None,
    languages: tuple[str, ...] = (),
    language: str | None = None,
) -> Any:
    """Build with MkDocs in strict mode; return the loaded config. Raises SiteBuildError.
    A site of several `languages` (its main one first) is built one `language` at a time:
    another than the main one in its own folder, with its own address under the site's."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    try:
        check_config(config_file, config_file.parent)
        config = load_config(
            config_file=str(config_file), docs_dir=str(docs), site_dir=str(site), strict=True
        )
        refuse_outside_reads(config)
        if extra_nav:
            config.nav = [*(config.nav or []), extra_nav]
        if languages:
            in_language(config, languages, language or languages[0])
        build(config)
    except (MkDocsException, SystemExit) as failure:
        raise SiteBuildError(f"MkDocs could not build the site: {failure}") from None
    return config


def in_language(config: Any, languages: tuple[str, ...], language: str) -> None:
    """Make a loaded config build the site's pages in `language`, one of its `languages`
    (the explainer plugin draws the switcher and the hreflang links from them)."""
    config.theme["language"] = language
    plugin = config.plugins.get("explainer")
    if plugin is not None:
        plugin.config["languages"] = list(languages)
    if language != languages[0] and config.site_url:
        config.site_url = f"{config.site_url.rstrip('/')}/{language}/"


def build_everything(
    config_file: Path,
    docs: Path,
    site: Path,
    url: str,
    keep: BasePlugin | None = None,
    languages: tuple[str, ...] = (),
    language: str | None = None,
) -> Any:
    """A full, non-strict build for the preview, served from `url`; `keep` is a plugin that
    remembers what the build made; `language`, one of the site's `languages`, as in
    run_mkdocs. Returns the loaded config. Raises SiteBuildError."""
    try:
        check_config(config_file, config_file.parent)
        config = load_config(
            config_file=str(config_file), docs_dir=str(docs), site_dir=str(site), strict=False
        )
        refuse_outside_reads(config)
        config.site_url = url
        config.watch = []  # the preview watches its own list
        if languages:
            in_language(config, languages, language or languages[0])
        if keep is not None:
            config.plugins["explainer-preview"] = keep
        config.plugins.on_startup(command="serve", dirty=False)
        build(config, serve_url=url)
    except (MkDocsException, SystemExit) as failure:
        raise SiteBuildError(f"MkDocs could not build the preview: {failure}") from None
    return config


def refuse_outside_reads(config: Any) -> None:
    """Refuse links in every folder MkDocs reads pages or templates from: docs_dir, the
    theme's custom_dir and the snippets' base paths (it follows links)."""
    refuse_links(Path(config.docs_dir), "docs/")
    if config.theme.custom_dir:
        refuse_links(Path(config.theme.custom_dir), "the theme's custom_dir")
    snippets = config.mdx_configs.get("pymdownx.snippets", {}).get("base_path", [])
    for base in [snippets] if isinstance(snippets, str) else snippets:
        if Path(base).is_dir():
            refuse_links(Path(base), "the snippets' base_path")


def render_again(config: Any, files: Any, nav: Any, env: Any, pages: list[Any]) -> None:
    """Have MkDocs read and render these documentation files again, and nothing else."""
    for file in pages:
        _populate_page(file.page, config, files)
    documentation = files.documentation_pages()
    for file in pages:
        _build_page(file.page, config, documentation, nav, env)
    explainer = config.plugins.get("explainer")
    if explainer is not None:
        explainer.write_search_index(config, soon=True)
