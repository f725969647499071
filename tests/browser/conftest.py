"""Browser fixtures: Debian's Chromium through Playwright, and the real site served over http."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from bench.offline import (
    CHROMIUM,
    CHROMIUM_ARGS,
)  # one set of browser flags for tests and benchmark
from generator.project import Paths
from helpers import require


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium through Playwright (never `playwright install`: no download here)."""
    require(CHROMIUM, "apt-get install -y chromium (.ci/run does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(real_site: Paths) -> Iterator[str]:
    """Serve the built site on 127.0.0.1 for the duration of the tests."""
    handler = functools.partial(QuietHandler, directory=str(real_site.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass
