"""The pipeline: load -> validate -> render -> write pages -> MkDocs builds the site.

Nothing is written until every record has loaded, validated and rendered, and the site
is built in a temporary folder that replaces `site/` only when MkDocs succeeds: a
mistake anywhere leaves the previous pages and site exactly as they were. What makes a
run fast (speedups.py) and what it keeps for the next (incremental.py) is passed in
here, and nowhere else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import gaps
from ..records.coverage import coverage_of
from ..records.explainer import Explainer
from ..records.history import History, read_history
from ..records.load import ParseCache, RecordFile, read_all, record_files
from ..records.model import KINDS
from ..records.translations import translated
from ..records.updates import Chronicle, as_published, read_updates
from ..records.validate import validate
from ..run.errors import SiteBuildError
from ..run.guard import check_site_folder, is_built_site, mark_site
from ..run.incremental import State, StateStore, affected, changed_records
from ..run.lock import build_lock
from ..run.project import GENERATED_DIRS, Paths
from ..run.speedups import Speedups
from ..site.i18n import ENGLISH, Language, configured_language, language
from ..site.markup import page_path
from ..site.mkdocs_api import run_mkdocs
from ..site.pages.changes import (
    CALENDAR_JSON,
    UPDATES_JSON,
    calendar_json,
    change_pages,
    updates_json,
)
from ..site.pages.plan import record_page_paths
from ..site.pages.site import Limits
from ..site.render import render, render_pages
from ..site.write import (
    WriteReport,
    files_in,
    generated_pages,
    last_run_completed,
    up_to_date,
    write_pages,
)
from .languages import language_docs, site_languages, untranslated_pages

log = logging.getLogger("generator")


def check(
    paths: Paths,
    cache: ParseCache | None = None,
    files: list[RecordFile] | None = None,
    speedups: Speedups | None = None,
    strict: bool = False,
    every: bool = False,
    today: dt.date | None = None,
) -> Explainer:
    """Load and validate data/ only (or `files`, listed from it); raises DataErrors
    listing every mistake. Then warns of the gaps valid data may still have (gaps.py),
    each of them if `every`; `strict` fails on them. Given `today` (the `check` command),
    it notes the plans whose day has passed with no news of them."""
    started = time.perf_counter()
    records, unreadable = read_all(paths.data, cache, files)
    explainer = validate(records, speedups.memo if speedups else None, unreadable)
    counts = ", ".join(
        f"{n} {kind if n != 1 else kind[:-1]}"
        for kind in KINDS
        for n in [len(getattr(explainer, kind))]
    )
    log.info("Read %d records (%s) in %.2f s", len(records), counts, time.perf_counter() - started)
    languages = site_languages(paths)
    found = gaps.find_gaps(explainer, paths.data, languages, records)
    found += untranslated_pages(paths, languages)
    gaps.report(found, strict, len(found) if every else gaps.SHOWN)
    for note in gaps.past_their_day(explainer, today) if today else []:
        log.info("note: %s", note)
    return explainer


def generate(
    paths: Paths,
    full: bool = False,
    store: StateStore | None = None,
    files: list[RecordFile] | None = None,
    speedups: Speedups | None = None,
    limits: Limits = Limits(),
) -> WriteReport:
    """Validate data/ and bring the generated folders of docs/ up to date.

    After an edit, only the pages that can show the edited records are rendered again
    (see incremental.py), unless `full` is set. The last run's state is read from and
    written to the cache folder, or kept in `store` by a long-lived process, which may
    also pass the record files of data/ as its file watcher knows them
    (`load.record_files`) and the speed-ups it keeps from one run to the next."""
    speedups = speedups or Speedups.configured()
    with build_lock(paths), speedups.paused_gc():
        # One listing for the fingerprint and the loader.
        files = record_files(paths.data) if files is None else files
        history = read_history(paths.data)
        lang = site_language(paths)
        fingerprint = inputs_fingerprint(files, history.head + lang.code)
        store = store or StateStore(paths.cache)
        unchanged = None if full or store.cold else up_to_date(paths.docs, fingerprint)
        if unchanged is not None:
            log.info(
                "Files: %d up to date (data/ and the generator unchanged since the last run)",
                unchanged,
            )
            return WriteReport([], unchanged, [])
        # A new commit changes the pages' dates; another language, every word.
        code = generator_code_hash() + history.head + lang.code
        previous = None if full else store.load(code)
        parsed: ParseCache = dict(previous.parsed) if previous else {}
        before = dict(parsed)
        explainer = check(paths, parsed, files, speedups)
        changed = changed_records(before, parsed) if previous else {}
        only = affected(previous, changed, explainer) if previous else None
        # An edit only to fields that no index shows (incremental.FIELD_REACH) renders none.
        indexes = only is None or any(reach.indexes for reach in changed.values())
        report = write_generated(
            paths, explainer, fingerprint, speedups, only, indexes, limits, history, lang
        )
        store.save(State.after(code, parsed, explainer))
    return report


def write_generated(
    paths: Paths,
    explainer: Explainer,
    fingerprint: str,
    speedups: Speedups,
    only: set[tuple[str, str]] | None = None,
    indexes: bool = True,
    limits: Limits = Limits(),
    history: History | None = None,
    lang: Language | None = None,
) -> WriteReport:
    """Render the generated files of a validated explainer and write what changed: all of
    them, or the pages of the records in `only`, the open-data files, what changed (from
    git's `history` of data/) and (if `indexes`) the index and report pages; in the
    language `lang` (by default mkdocs.yml's `theme.language`)."""
    lang = lang or site_language(paths)
    coverage = coverage_of(explainer)
    history = history or read_history(paths.data)
    kept: set[str] = set()
    if only is not None and not last_run_completed(paths.docs):
        only = None  # a page may be missing or half-written: render everything
    if only is not None:
        previous = generated_pages(paths.docs)
        # Index pages are kept only when none is rendered (their set is then the last run's).
        rendered = {page_path(kind, record_id) for kind, record_id in only}
        kept = previous - rendered if not indexes else set(record_page_paths(explainer, skip=only))
        known = previous & files_in(paths.docs, {page.rpartition("/")[0] for page in kept})
        if not kept <= known:
            only, kept = None, set()  # a page to keep is missing or not ours: render everything
    chronicle = chronicle_of(paths, history)
    with speedups.paused_gc():
        files = render(
            explainer, coverage, only, indexes or only is None, limits, speedups, chronicle, lang
        )
    files.update(history_files(explainer, chronicle, lang))
    if only is not None:
        also = "every index" if indexes else "no index (no field an index shows changed)"
        log.info("Rendered the pages of %d changed or related records, and %s", len(only), also)
    report = write_pages(paths.docs, files, GENERATED_DIRS, fingerprint, kept=kept)
    log.info(
        "Files: %d generated, %d written, %d unchanged, %d removed",
        len(files),
        len(report.written),
        report.unchanged,
        len(report.removed),
    )
    return report


def chronicle_of(paths: Paths, history: History) -> Chronicle:
    """The explainer over time: its records' dates and its updates (cached per commit)."""
    return Chronicle(history, tuple(read_updates(history, paths.data, paths.cache / UPDATES_CACHE)))


Pages = dict[str, dict[str, str]]
"""Language code -> the generated files of that language (docs-relative path -> text)."""


def render_languages(
    paths: Paths,
    speedups: Speedups | None = None,
    explainer: Explainer | None = None,
    history: History | None = None,
) -> Pages:
    """The generated files of every language of the site but the main one: the records
    translated, the generator's words from that language's catalog. All are rendered
    before any is written; the data was validated by `generate` (warnings said there).
    A caller that holds the validated `explainer` and its `history` passes them: they are
    read again only when it does not."""
    codes = site_languages(paths)
    if len(codes) < 2:
        return {}
    speedups = speedups or Speedups.configured()
    if explainer is None:
        records, unreadable = read_all(paths.data)
        explainer = validate(records, speedups.memo, unreadable)
    chronicle = chronicle_of(paths, history or read_history(paths.data))
    pages: Pages = {}
    for code in codes[1:]:
        lang, local = language(code), translated(explainer, code, codes[0])
        with speedups.paused_gc():
            coverage = coverage_of(local)
            files = render(local, coverage, None, True, Limits(), speedups, chronicle, lang)
        pages[code] = {**files, **history_files(local, chronicle, lang)}
    return pages


def history_files(
    explainer: Explainer, chronicle: Chronicle, lang: Language = ENGLISH
) -> dict[str, str]:
    """What changed and the corrections, as pages; the updates and the scheduled events as
    open data, which the feeds are made from."""
    updates = as_published(chronicle.updates, explainer)
    pages = render_pages(change_pages(explainer, updates, lang), lang)
    return {
        **pages,
        UPDATES_JSON: updates_json(updates, lang),
        CALENDAR_JSON: calendar_json(explainer),
    }


def site_language(paths: Paths) -> Language:
    """The language of the pages: mkdocs.yml's `theme.language`, as Material's own words."""
    return language(configured_language(paths.config))


UPDATES_CACHE = "updates.json"
"""In the cache folder: each commit's update, worked out once."""


def inputs_fingerprint(files: list[RecordFile], head: str = "") -> str:
    """What the generated pages depend on: every data file (path and stamp), the last
    commit of data/ (the pages' dates) and the generator's own code and templates."""
    digest = hashlib.sha256((generator_code_hash() + head).encode())
    digest.update("".join(f"{file.path}\0{file.stamp}\n" for file in files).encode())
    return digest.hexdigest()


@functools.cache
def generator_code_hash() -> str:
    """The generator's own code and templates: a state or page made by other code is stale."""
    package = Path(__file__).resolve().parents[1]  # the whole generator package
    digest = hashlib.sha256()
    catalogs = package.glob("locale/*/LC_MESSAGES/*.po")
    for source in sorted([*package.rglob("*.py"), *package.glob("templates/*"), *catalogs]):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def build_site(paths: Paths) -> None:
    """Run a strict MkDocs build into a temporary folder, then swap it in for site/: the
    main language there, and each other language of the site in its <code>/ folder."""
    _check_site_folder(paths)
    with build_lock(paths):
        _build_site(paths, render_languages(paths))


def _check_site_folder(paths: Paths) -> None:
    check_site_folder(paths.site, (paths.docs, paths.data), paths.config.parent)


def _build_site(paths: Paths, others: Pages) -> None:
    site = paths.site.resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    # Under the lock no other build runs here: a staging folder left is an interrupted one's.
    _remove_leftovers(site.parent.glob(f"{site.name}.building-*"))
    staging = Path(tempfile.mkdtemp(prefix=f"{site.name}.building-", dir=site.parent))
    staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; a web server must read it
    mark_site(staging)
    started = time.perf_counter()
    try:
        codes = site_languages(paths) if others else ()
        with _source_date(paths.data):
            run_mkdocs(paths.config, paths.docs, staging, languages=codes)
            for code, files in others.items():  # each into its folder of the main site
                with language_docs(paths, code, files) as docs:
                    run_mkdocs(paths.config, docs, staging / code, languages=codes, language=code)
    except SiteBuildError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_in(staging, site)
    pages = sum(1 for _ in site.rglob("*.html"))
    log.info(
        "Site: %d HTML pages in %s/ (MkDocs, strict) in %.1f s",
        pages,
        paths.site,
        time.perf_counter() - started,
    )


@contextlib.contextmanager
def _source_date(data: Path) -> Iterator[None]:
    """Pin the build's timestamps (sitemap) to the data's last commit, so that the same data
    gives a byte-identical site; a SOURCE_DATE_EPOCH set by the caller wins."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    commit_time = subprocess.run(
        ["git", "log", "-1", "--format=%ct", "--", "."], cwd=data, capture_output=True, text=True
    ).stdout.strip()
    if commit_time:
        os.environ["SOURCE_DATE_EPOCH"] = commit_time
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _swap_in(staging: Path, site: Path) -> None:
    """Replace site/ with the freshly built folder, keeping the old one until it is in place.
    The old one gets a name of its own, so that one that cannot be deleted (read-only)
    never blocks the next build."""
    _remove_leftovers(site.parent.glob(f"{site.name}.old-*"))
    if site.exists():
        old = Path(tempfile.mkdtemp(prefix=f"{site.name}.old-", dir=site.parent))
        site.rename(old)  # onto the empty folder
        staging.rename(site)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(site)


def _remove_leftovers(folders: Iterable[Path]) -> None:
    """Delete what an interrupted build left beside site/: only folders it marked."""
    for leftover in folders:
        if is_built_site(leftover):
            shutil.rmtree(leftover, ignore_errors=True)


def build_all(paths: Paths) -> None:
    """`make site`: validate, generate pages, build the site."""
    _check_site_folder(paths)  # before anything is written
    with build_lock(paths):
        generate(paths)
        build_site(paths)
