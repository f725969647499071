"""MkDocs hooks: under `mkdocs serve`, regenerate pages from data/ before every rebuild.

`make site` generates the pages itself before calling MkDocs, so the hook acts only
when serving: an edit to a YAML file then shows in the browser after the reload.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the `mkdocs` script's dir comes first otherwise

from generator.build import Paths, generate
from generator.errors import DataErrors

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
