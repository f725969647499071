"""`make serve`'s preview: after an edit, only the changed pages are rendered again, and
they come out exactly as a full build would make them."""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from watchdog.events import (
    DirDeletedEvent,
    DirModifiedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
)

from generator.cli import main
from generator.commands.serve import DataFiles, LocalServer, Preview
from generator.records.load import record_files
from generator.run.errors import DataErrors, SiteBuildError
from generator.run.incremental import STATE
from generator.run.project import Paths
from generator.site.mkdocs_api import BannerServer, BasePlugin, build_everything
from helpers import REPO, SMALL_DATA, edit, fetch, fixture_project, free_port, search_documents


def saved(preview: Preview, path: Path, event: type[FileSystemEvent] = FileModifiedEvent) -> None:
    """Tell the preview of a change, as the server's file watcher does."""
    preview.data_files.report(event(str(path)))


def preview_of(root: Path) -> tuple[Preview, Paths]:
    data = root / "data"
    shutil.copytree(SMALL_DATA, data)
    paths = fixture_project(root, data)
    preview = Preview(paths, root / "served", "http://127.0.0.1:8000/")
    preview.update()
    return preview, paths


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


UNTOUCHED = "\n<!-- as before the edit -->\n"


def mark_pages(site: Path) -> list[str]:
    """Mark every built page, so that a page written again is told by its content (not by
    its time, which a file system may keep to the second)."""
    pages = sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))
    for name in pages:
        with open(site / name, "a", encoding="utf-8") as page:
            page.write(UNTOUCHED)
    return pages


def written_again(site: Path, pages: list[str]) -> list[str]:
    return [name for name in pages if not (site / name).read_text().endswith(UNTOUCHED)]


def searched(site: Path, location: str, wanted: str = "Newly edited", seconds: float = 20) -> str:
    """The text search holds for a page, once it holds `wanted` (the preview writes the
    search files again a moment after an edit), or after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            text = next(d["text"] for d in search_documents(site) if d["location"] == location)
        except (OSError, ValueError, StopIteration):  # the files are being replaced
            text = ""
        if wanted in text or time.monotonic() > deadline:
            return text
        time.sleep(0.1)


def test_an_edit_renders_only_the_pages_it_changed_and_as_a_full_build_would(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    preview, paths = preview_of(tmp_path / "live")
    site = preview.site_dir
    before = mark_pages(site)
    edit(paths.data, "actors/ministry.yaml", "description: ", "description: Newly edited. ")
    saved(preview, paths.data / "actors/ministry.yaml")
    with caplog.at_level(logging.INFO, logger="generator"):
        preview.update()
    assert "file(s) updated" in caplog.text and "built everything" not in caplog.text
    assert "Newly edited" in page(site, "actors/ministry")
    assert "Newly edited" in searched(site, "actors/ministry/")  # search follows within seconds
    rewritten = written_again(site, before)
    assert "actors/ministry/index.html" in rewritten
    assert "events/summit/index.html" not in rewritten  # unrelated to the ministry
    assert len(rewritten) < len(before) / 2

    # The same data built from scratch gives the same pages.
    fresh, _ = preview_of(tmp_path / "fresh")
    shutil.copy(
        paths.data / "actors" / "ministry.yaml", fresh.paths.data / "actors" / "ministry.yaml"
    )
    saved(fresh, fresh.paths.data / "actors" / "ministry.yaml")
    fresh.update()
    for path in rewritten:
        assert (site / path).read_text(encoding="utf-8") == (fresh.site_dir / path).read_text(
            encoding="utf-8"
        ), path


def test_a_new_record_or_a_hand_written_change_builds_everything(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    preview, paths = preview_of(tmp_path)
    new_actor = (
        (paths.data / "actors" / "ministry.yaml")
        .read_text(encoding="utf-8")
        .replace("id: ministry", "id: office")
        .replace("name: The Ministry", "name: The Office")
    )
    (paths.data / "actors" / "office.yaml").write_text(new_actor, encoding="utf-8")
    saved(preview, paths.data / "actors" / "office.yaml", FileCreatedEvent)
    with caplog.at_level(logging.INFO, logger="generator"):
        preview.update()
    assert "built everything" in caplog.text
    assert (preview.site_dir / "actors" / "office" / "index.html").is_file()

    caplog.clear()
    (paths.docs / "index.md").write_text("# Fixture, edited by hand\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="generator"):
        preview.update()
    assert "built everything" in caplog.text
    assert "edited by hand" in (preview.site_dir / "index.html").read_text(encoding="utf-8")


def test_data_errors_keep_the_last_good_pages(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    preview, paths = preview_of(tmp_path)
    shown = page(preview.site_dir, "actors/ministry")
    edit(paths.data, "actors/ministry.yaml", "kind: organisation", "kind: ministry-of-things")
    saved(preview, paths.data / "actors/ministry.yaml")
    with caplog.at_level(logging.ERROR, logger="generator"):
        preview.update()
    assert "actors/ministry.yaml:3: kind" in caplog.text
    assert page(preview.site_dir, "actors/ministry") == shown
    # The open page shows them too, in a banner the server puts on every page it serves.
    server = BannerServer(
        builder=lambda: None,
        host="127.0.0.1",
        port=0,
        root=str(preview.site_dir),
        banner=preview.banner,
    )
    try:
        served = server._inject_js_into_html(b"<html><body class='x'><p>page</p></body></html>", 1)
    finally:
        server.server_close()
    # in English and left to right on a right-to-left page too
    assert served.startswith(b'<html><body class=\'x\'><div role="alert" lang="en" dir="ltr"')
    assert b"actors/ministry.yaml:3: kind: " in served and b"1 data error(s)" in served
    # Fixed: the banner goes.
    edit(paths.data, "actors/ministry.yaml", "kind: ministry-of-things", "kind: organisation")
    saved(preview, paths.data / "actors/ministry.yaml")
    preview.update()
    assert preview.banner() == ""


def test_data_errors_at_the_start_stop_the_preview(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(SMALL_DATA, data)
    edit(data, "actors/ministry.yaml", "kind: organisation", "kind: ministry-of-things")
    preview = Preview(
        fixture_project(tmp_path, data), tmp_path / "served", "http://127.0.0.1:8000/"
    )
    with pytest.raises(DataErrors):
        preview.update()


def test_the_watchers_reports_keep_the_list_of_data_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(SMALL_DATA, data)
    files = DataFiles(data)
    assert files.listing() == record_files(data)
    edit(data, "actors/ministry.yaml", "description: ", "description: Edited. ")
    (data / "actors" / "minister.yaml").rename(data / "actors" / "the-minister.yaml")
    (data / "actors" / "office.yaml").write_text("id: office\n", encoding="utf-8")
    (data / "events" / "summit.yaml").unlink()
    (data / "actors" / ".office.yaml.swp").write_text("", encoding="utf-8")  # an editor's file
    assert files.listing() != record_files(data)  # nothing reported: no file is looked at again
    files.report(FileModifiedEvent(str(data / "actors" / "ministry.yaml")))
    files.report(
        FileMovedEvent(
            str(data / "actors" / "minister.yaml"), str(data / "actors" / "the-minister.yaml")
        )
    )
    files.report(FileCreatedEvent(str(data / "actors" / "office.yaml")))
    files.report(FileDeletedEvent(str(data / "events" / "summit.yaml")))
    files.report(FileCreatedEvent(str(data / "actors" / ".office.yaml.swp")))
    files.report(DirModifiedEvent(str(data / "actors")))
    assert files.listing() == record_files(data)
    shutil.rmtree(data / "events")  # a folder gone: everything is listed again
    files.report(DirDeletedEvent(str(data / "events")))
    assert files.listing() == record_files(data)


def test_make_serve_shows_a_saved_edit(tmp_path: Path) -> None:
    """End to end, as `make serve` runs: the server's watcher sees the saved file."""
    data = tmp_path / "data"
    shutil.copytree(SMALL_DATA, data)
    paths = fixture_project(tmp_path, data)
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "generator",
        "serve",
        "--data",
        str(data),
        "--docs",
        str(paths.docs),
        "--config",
        str(paths.config),
        "--port",
        str(port),
    ]
    server = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    url = f"http://127.0.0.1:{port}/actors/ministry/"
    try:
        assert "The Ministry" in fetch_until(url, "The Ministry", timeout=60)
        edit(data, "actors/ministry.yaml", "description: ", "description: Saved while serving. ")
        assert "Saved while serving" in fetch_until(url, "Saved while serving", timeout=30)
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert "Preview on http://127.0.0.1" in output
    assert "file(s) updated" in output
    # Stopped (terminate() sends SIGTERM), it shuts down cleanly and saves its state for the next run.
    assert server.returncode == 0 and "Stopping the preview" in output
    assert (paths.cache / STATE).is_file() and not (paths.docs / STATE).exists()


def fetch_until(url: str, text: str, timeout: float) -> str:
    """The page at url once it contains text (or whatever it last was, after timeout)."""
    deadline, body = time.monotonic() + timeout, ""
    while time.monotonic() < deadline:
        body = fetch(url)
        if text in body:
            break
        time.sleep(0.1)
    return body


def test_a_missing_config_is_an_error_not_a_bug(tmp_path: Path) -> None:
    with pytest.raises(SiteBuildError, match=r"Config file .* does not exist"):
        build_everything(
            tmp_path / "mkdocs.yml", tmp_path, tmp_path / "site", "http://x/", BasePlugin()
        )


def raw_get(port: int, host: str) -> bytes:
    """The answer to a GET of / with this Host header, as a browser sends it."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_the_preview_answers_only_requests_addressed_to_this_computer(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<html><body>the site</body></html>", encoding="utf-8")
    server = LocalServer(
        builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path), banner=lambda: ""
    )
    server.server_bind()
    server.server_activate()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_port
        for host in ("evil.example", f"evil.example:{port}", "127.0.0.1:1", f"127.0.0.1.x:{port}"):
            assert raw_get(port, host).split(b"\r\n")[0] == b"HTTP/1.0 403 Forbidden", host
            assert raw_get(port, host).endswith(
                b"\r\n\r\n403 Forbidden: the preview answers only http://127.0.0.1, "
                b"localhost or [::1]\n"
            )
        for host in (
            f"127.0.0.1:{port}",
            f"localhost:{port}",
            f"[::1]:{port}",
            f"LocalHost:{port}",
        ):
            answer = raw_get(port, host)
            assert answer.split(b"\r\n")[0] == b"HTTP/1.0 200 OK", host
            assert b"the site" in answer
    finally:
        server.shutdown()
        server.server_close()


def test_the_preview_prints_data_errors_escaped_as_check_does(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    preview, paths = preview_of(tmp_path)
    # An escape sequence (clear the screen) and a C1 CSI in a field's name.
    edit(
        paths.data,
        "actors/ministry.yaml",
        "kind: organisation",
        'kind: organisation\n"k\\e[2J\\x9b1m": 1',
    )
    saved(preview, paths.data / "actors/ministry.yaml")
    with caplog.at_level(logging.ERROR, logger="generator"):
        preview.update()
    assert [r.getMessage() for r in caplog.records] == [
        "Data errors; the preview still shows the last good pages:\n"
        f"{paths.data}/actors/ministry.yaml:4: k\\x1b[2J\\x9b1m: unknown field (allowed: id, "
        "name, name_note, kind, aliases, role, affiliations, description, cite, relations, "
        "translations, changes, draft, acknowledged)"
    ]


@pytest.mark.parametrize("port", ["-1", "0", "70000", "http"])
def test_a_port_out_of_range_is_refused_as_argparse_refuses(
    port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["serve", "--port", port])
    assert stop.value.code == 2
    assert capsys.readouterr().err.endswith(
        f"explainer serve: error: argument --port: not a port number from 1 to 65535: '{port}'\n"
    )


def test_the_preview_says_each_warning_of_check_once() -> None:
    from generator.commands.serve import _terminal_safe_logging

    class Kept(logging.Handler):
        def __init__(self) -> None:
            super().__init__()
            self.said: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.said.append(record.getMessage())

    kept, root = Kept(), logging.getLogger()
    root.addHandler(kept)
    gaps = logging.getLogger("generator.records.gaps")
    try:
        with _terminal_safe_logging():
            for _ in range(3):  # three edits, three checks of the same data
                gaps.warning("warning: events/x.yaml:1: the event is in no dispute's `events`")
                logging.getLogger("generator").warning("Rebuilt 2 pages")
            gaps.warning("warning: events/y.yaml:1: a new one")
    finally:
        root.removeHandler(kept)
    assert kept.said == [
        "warning: events/x.yaml:1: the event is in no dispute's `events`",
        "Rebuilt 2 pages",
        "Rebuilt 2 pages",
        "Rebuilt 2 pages",
        "warning: events/y.yaml:1: a new one",
    ]


def test_a_stop_interrupted_during_shutdown_still_ends_the_process(tmp_path: Path) -> None:
    # The thread that answers requests is a daemon: a second Ctrl-C or signal while the
    # preview shuts down cannot leave the process alive, answering for a removed site.
    server = LocalServer(
        builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path), banner=str
    )
    assert server.serve_thread.daemon
    server.server_close()
