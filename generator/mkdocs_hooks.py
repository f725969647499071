"""MkDocs hooks.

- Under `mkdocs serve`, regenerate pages from data/ before every rebuild (`make site`
  generates them itself first), so an edit to a YAML file shows after the reload.
- Sanitise the HTML of every generated page (defence in depth, see sanitise.py).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the `mkdocs` script's dir comes first otherwise

from generator.build import Paths, generate
from generator.errors import DataErrors
from generator.render import GENERATED_DIRS
from generator.sanitise import sanitise

log = logging.getLogger("mkdocs.generator")
_serving = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any) -> None:
    if not _serving:
        return
    root = Path(config.config_file_path).parent
    try:
        generate(Paths(data=root / "data", docs=Path(config.docs_dir)))
    except DataErrors as problem:
        # Keep serving the last good pages; show every mistake in the terminal.
        log.error("Data errors; the pages were not regenerated:\n%s", problem)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    if page.file.src_uri.split("/")[0] in GENERATED_DIRS:
        return sanitise(html)
    return html
