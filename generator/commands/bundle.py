"""The offline bundle: the site built for file:// (search included) and packed into one zip;
a site of several languages gives one bundle holding each (the others in their <code>/).

The published pages are generated as for `build`; the bundle adds the vendored
iframe-worker shim and an "About this copy" page, builds with mkdocs.offline.yml into a
temporary folder, and zips it with fixed timestamps so that the same data gives the same
archive.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import shutil
import subprocess
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records.explainer import Explainer
from ..records.history import read_history
from ..records.load import record_files
from ..run.guard import refuse_link_on_the_way, refuse_links
from ..run.lock import build_lock
from ..run.project import Paths, slug
from ..run.speedups import Speedups
from ..site.i18n import ENGLISH, Language, language
from ..site.markup import external_link
from ..site.mkdocs_api import run_mkdocs
from ..site.pages.indexes import rights
from ..site.render import make_environment
from .build import check, inputs_fingerprint, render_languages, site_language, write_generated
from .languages import language_docs, site_languages

log = logging.getLogger("generator")
VENDOR = Path(__file__).resolve().parents[1] / "vendor" / "iframe-worker"
ABOUT_PAGE = "about-this-copy.md"


@dataclass(frozen=True)
class DataVersion:
    """Which data the copy was built from."""

    commit: str
    changed: bool


def make_bundle(paths: Paths, offline_config: Path, dist: Path) -> Path:
    """Build the offline site and write dist/<site>-<date>.zip; return the archive's path."""
    with build_lock(paths):
        return _make_bundle(paths, offline_config, dist)


def _make_bundle(paths: Paths, offline_config: Path, dist: Path) -> Path:
    started = time.perf_counter()
    files = record_files(paths.data)
    speedups = Speedups.configured()
    # Loaded once: for the pages and the About page.
    explainer = check(paths, files=files, speedups=speedups)
    history = read_history(paths.data)
    # every language rendered before any write
    others = render_languages(paths, speedups, explainer, history)
    codes = site_languages(paths) if others else ()
    lang = site_language(paths)
    fingerprint = inputs_fingerprint(files, history.head + lang.code)
    write_generated(paths, explainer, fingerprint, speedups, history=history, lang=lang)
    refuse_links(paths.docs, "docs/")  # before the copy, which would follow them
    refuse_link_on_the_way(dist, dist.parent)
    built = build_time()
    with tempfile.TemporaryDirectory(prefix="bundle-") as temporary:
        docs, site = Path(temporary) / "docs", Path(temporary) / "site"
        shutil.copytree(paths.docs, docs)
        version = data_version(paths.data)
        about = about_page(explainer, built, version, lang)
        title = lang._("About this copy")
        config = build_offline_site(offline_config, docs, site, about, title, codes)
        for code, pages in others.items():  # each language in its folder of the one copy
            other = language(code)
            about = about_page(explainer, built, version, other)
            with language_docs(paths, code, pages) as folder:
                title = other._("About this copy")
                build_offline_site(offline_config, folder, site / code, about, title, codes, code)
        archive = dist / f"{slug(html.unescape(config.site_name))}-{built:%Y-%m-%d}.zip"
        write_zip(site, archive, folder=archive.stem, timestamp=built)
    size = archive.stat().st_size / 1e6
    log.info("Bundle: %s (%.1f MB) in %.1f s", archive, size, time.perf_counter() - started)
    return archive


def build_offline_site(
    offline_config: Path,
    docs: Path,
    site: Path,
    about: str,
    title: str = "About this copy",
    languages: tuple[str, ...] = (),
    language: str | None = None,
) -> Any:
    """Build the site for file:// from `docs` (which gains the shim and the About page,
    `title` in the navigation), in `language`, one of the site's `languages`; return
    MkDocs' config. Raises SiteBuildError."""
    shutil.copytree(VENDOR, docs / "assets" / "vendor" / "iframe-worker")
    (docs / ABOUT_PAGE).write_text(about, encoding="utf-8")
    nav = {title: ABOUT_PAGE}
    return run_mkdocs(offline_config, docs, site, nav, languages, language)


def build_time() -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set (for reproducible archives)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return moment.replace(microsecond=0)


def data_version(data: Path) -> DataVersion:
    """The git commit of the data, and whether data/ has uncommitted changes."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=data, capture_output=True, text=True, check=True
        ).stdout.strip()

    try:
        return DataVersion(
            git("rev-parse", "--short=12", "HEAD"), bool(git("status", "--porcelain", "--", "."))
        )
    except (OSError, subprocess.CalledProcessError):
        return DataVersion("unknown (not a git checkout)", False)


def about_page(
    explainer: Explainer, built: dt.datetime, version: DataVersion, lang: Language = ENGLISH
) -> str:
    """The About this copy page, in the language `lang`."""
    sources = sorted(explainer.sources.values(), key=lambda s: (s.published, s.id))
    context = {
        "built": lang._("{date} UTC").format(date=lang.date(built, "dd MMMM y, HH:mm")),
        "rights": rights(sources),
        "version": version,
        "sources": [
            {
                "headline": s.headline,
                "outlet": s.outlet,
                "licence": s.licence,
                "republish": s.republish,
                "link": external_link(lang.markup("original"), s.url)
                if s.url
                else lang._("not online")
                if s.offline
                else lang._("address not noted"),
            }
            for s in sources
        ],
    }
    return make_environment(lang.code).get_template("about-this-copy.md.j2").render(context)


def write_zip(site: Path, archive: Path, folder: str, timestamp: dt.datetime) -> None:
    """Zip site/ under one top folder, in sorted order with fixed times (reproducible)."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_suffix(".zip.partial")
    partial.unlink(missing_ok=True)  # a link planted there is removed, never written through
    stamp = max(timestamp, dt.datetime(1980, 1, 1, tzinfo=dt.UTC)).timetuple()[:6]
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as out:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site).as_posix()}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, path.read_bytes())
    os.replace(partial, archive)
