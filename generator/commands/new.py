"""A new explainer: this tool's files copied into a new folder, with a starter story.

The new repository gets its own copy of the generator (as a project template does),
not a pinned package: the generator is not on a package index, a desk can read and
mend its copy, and its two commands need nothing but the package registries.
`explainer upgrade` later copies a newer tool over it, leaving the story alone."""

from __future__ import annotations

import fnmatch
import hashlib
import json
import logging
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from markupsafe import Markup

from .. import __version__
from ..records.examples import text_environment
from ..run.errors import ExplainerError
from ..run.guard import read_regular, refuse_link_on_the_way, refuse_links
from ..site.markup import isolate_bidi
from ..text.names import name_problem

log = logging.getLogger(__name__)

TOOL = Path(__file__).resolve().parents[2]
"""The checkout this generator runs from: the files below are copied from it."""
STARTER = Path(__file__).resolve().parents[1] / "starter"

TOOL_FILES = [
    "generator",
    "pyproject.toml",
    "requirements.txt",
    "requirements-test.txt",
    "package.json",
    "package-lock.json",
    "Makefile",
    ".gitignore",
    ".ci/run",
    ".github/workflows/preview.yml",
    ".github/workflows/publish.yml",
    "tests/explainer",
    "mkdocs.offline.yml",
    "docs/assets/explainer.css",
    "docs/assets/explainer.js",
]
"""What every explainer shares with this repository, copied as it is (and again by
`upgrade`). The tool's own tests, benchmark and fixtures stay here."""

STORY_FILES = ["tests/explainer/search-misses.yaml"]
"""Files inside TOOL_FILES that belong to each explainer: made new, never upgraded."""

LEFT_OUT_PATTERNS = ("__pycache__", "*.pyc", "*.egg-info")
LEFT_OUT = shutil.ignore_patterns(*LEFT_OUT_PATTERNS)


TOOL_RECORD = ".explainer-tool.json"
"""In every explainer `new` made: the generator's version and commit, and a hash of each
file it copied, so that `upgrade` can tell a desk's own edits from the tool's."""
MAX_RECORD_BYTES = 10_000_000


class NewExplainerError(ExplainerError):
    """The new explainer cannot be made here (folder not empty, tool files missing), or
    an upgrade would overwrite what is not the tool's."""

    exit_code = 2


def new_explainer(target: Path, title: str, description: str | None = None) -> Path:
    """Make a new explainer repository in `target` (which must not exist, or be empty)."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise NewExplainerError(f"{target} already exists and is not empty; choose a new folder")
    _require_tool_checkout()
    title = _one_line("--title", title)
    description = _one_line("--description", description or "") or (
        f"{title}: who the actors are, what happened when, and what is disputed,"
        " traced to the sources."
    )
    target.mkdir(parents=True, exist_ok=True)
    _copy_tool(target)
    shutil.copytree(STARTER / "data", target / "data")
    for record in sorted((target / "data").rglob("*.yaml")):
        record.write_text(_one_language(record.read_text(encoding="utf-8")), encoding="utf-8")
    _write_config(target, title, description)
    # Markdown and HTML show the title and description as written: never a link or markup.
    starter = text_environment(STARTER)
    context = {"title": _page_text(title), "description": _page_text(description)}
    readable = {"title": _markdown_text(title), "description": _markdown_text(description)}
    (target / "README.md").write_text(
        starter.get_template("README.md.j2").render(readable), encoding="utf-8"
    )
    for template, path in [
        ("index.md.j2", "docs/index.md"),
        ("about.md.j2", "docs/about.md"),
        ("methodology.md.j2", "docs/methodology.md"),
        ("search-misses.yaml.j2", "tests/explainer/search-misses.yaml"),
    ]:
        (target / path).write_text(starter.get_template(template).render(context), encoding="utf-8")
    _write_record(target)
    _git_init(target)
    log.info(
        "New explainer in %s (generator %s): run `make site` and `make test` there",
        target,
        __version__,
    )
    return target


def _one_language(record: str) -> str:
    """A starter record without its `translations` (and the comment just above them): a
    new explainer publishes one language, and a translation into a language it does not
    publish is a warning. The tool's own starter (generator/starter/data/) keeps them as
    the example of a second language (README: Languages)."""
    kept: list[str] = []
    inside: int | None = None  # the indent of the `translations:` being left out
    for line in record.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip())
        if inside is not None and (not line.strip() or indent > inside):
            continue
        inside = None
        if line.lstrip().startswith("translations:"):
            while (
                kept
                and kept[-1].lstrip().startswith("#")
                and kept[-1].startswith(" " * indent + "#")
            ):
                kept.pop()
            inside = indent
            continue
        kept.append(line)
    return "".join(kept)


def _page_text(text: str) -> Markup:
    """Text of a hand-written page that the editor will go on editing: only what
    Markdown, its extensions or HTML would act on becomes a character reference, so
    apostrophes, quotes, hyphens and full stops stay as typed ("Who's paying")."""
    escaped = MARKUP_CHARACTER.sub(lambda m: f"&#{ord(m[0][0])};{m[0][1:]}", text)
    return Markup(isolate_bidi(escaped))


MARKUP_CHARACTER = re.compile(r"[\\`*_{}\[\]<>#!|&]|^(?:[-+=:]|\d+[.)](?=\s|$))")
"""A character Markdown acts on anywhere in a line, or the one that opens a list item or
a definition at its start ("1. ", "- ", ": ")."""


def _markdown_text(text: str) -> str:
    """Text that Markdown shows as written and a terminal shows as typed (a README is read
    in both): only the characters Markdown would act on are escaped, with backslashes."""
    return re.sub(r"([\\`*_\[\]()<>#|!])", r"\\\1", text).replace("&", "&amp;")


def _one_line(option: str, text: str) -> str:
    """A title or description as one line, with no control or invisible character."""
    text = " ".join(text.split())
    if option == "--title" and not text:
        raise NewExplainerError("--title must not be empty")
    problem = name_problem(text) if text else None
    if problem:
        raise NewExplainerError(f"{option}: {problem.replace('a name', 'it')}")
    return text


def upgrade_explainer(target: Path, force: bool = False) -> None:
    """Copy this tool's files over an explainer `new` made (data/, the hand-written pages,
    mkdocs.yml, the README and the search misses are the story's, and stay). Refuses
    to overwrite a desk's own edits to its copy of the tool unless `force`."""
    if not (target / "data").is_dir() or not (target / "mkdocs.yml").is_file():
        raise NewExplainerError(f"{target} is not an explainer (no data/ or mkdocs.yml)")
    if target.resolve() == TOOL:
        raise NewExplainerError("this is the tool's own checkout; give the explainer's folder")
    _require_tool_checkout()
    for name in TOOL_FILES:
        refuse_link_on_the_way(target / name, target)
        if (target / name).is_dir():
            refuse_links(target / name, name)
    record = _read_record(target)
    if record is None and not force:
        raise NewExplainerError(
            f"{target} has no readable {TOOL_RECORD}: it was not made by `explainer new` (or "
            "before version 0.8.0), so an upgrade cannot tell its own edits from the tool's. "
            "Commit its work, then run again with --force to replace its copy of the tool"
        )
    before = tool_hashes(target)
    edited = _local_edits(before, record["files"]) if record else []
    if edited and not force:
        raise NewExplainerError(
            f"{target} has edits of its own to the tool's files, which an upgrade would "
            f"overwrite: {_listed(edited)}. Keep them (e.g. `git diff > local.patch`), then "
            "run again with --force"
        )
    after = tool_hashes(TOOL)
    kept = {name: (target / name).read_bytes() for name in STORY_FILES if (target / name).is_file()}
    _copy_tool(target)
    for name, content in kept.items():
        (target / name).write_bytes(content)
    _write_record(target)
    old = f"{record['version']} ({record['commit']})" if record else "an unrecorded version"
    log.info(
        "Upgraded %s from generator %s to %s (%s): %s. Review with `git diff`, then run "
        "`make test`; CHANGELOG.md says what changed",
        target,
        old,
        __version__,
        _commit(),
        _change_summary(before, after),
    )


def tool_hashes(root: Path) -> dict[str, str]:
    """The SHA-256 of every tool file under `root` (the story's own files left out)."""
    hashes = {}
    for name in TOOL_FILES:
        path = root / name
        files = [p for p in sorted(path.rglob("*")) if p.is_file()] if path.is_dir() else [path]
        for file in files:
            relative = file.relative_to(root).as_posix()
            if file.is_file() and relative not in STORY_FILES and not _left_out(relative):
                hashes[relative] = hashlib.sha256(file.read_bytes()).hexdigest()
    return hashes


def _left_out(relative: str) -> bool:
    return any(
        fnmatch.fnmatch(part, pattern)
        for part in relative.split("/")
        for pattern in LEFT_OUT_PATTERNS
    )


def _local_edits(now: dict[str, str], recorded: dict[str, str]) -> list[str]:
    """Tool files changed, added or deleted since `new` or the last `upgrade` wrote them."""
    return sorted(
        name for name in now.keys() | recorded.keys() if now.get(name) != recorded.get(name)
    )


def _change_summary(before: dict[str, str], after: dict[str, str]) -> str:
    changed = [n for n in before.keys() & after.keys() if before[n] != after[n]]
    added, removed = after.keys() - before.keys(), before.keys() - after.keys()
    return f"tool files {len(changed)} changed, {len(added)} added, {len(removed)} removed"


def _listed(names: list[str], most: int = 8) -> str:
    more = f" and {len(names) - most} more" if len(names) > most else ""
    return ", ".join(names[:most]) + more


def _write_record(target: Path) -> None:
    record = {"version": __version__, "commit": _commit(), "files": tool_hashes(target)}
    (target / TOOL_RECORD).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")


def _read_record(target: Path) -> dict[str, Any] | None:
    try:
        record = json.loads(read_regular(target / TOOL_RECORD, MAX_RECORD_BYTES))
    except (OSError, ValueError, RecursionError):
        return None
    valid = (
        isinstance(record, dict)
        and isinstance(record.get("files"), dict)
        and all(isinstance(v, str) for v in record["files"].values())
    )
    return {"version": "?", "commit": "?", **record} if valid else None


def _commit() -> str:
    """The git commit of this generator's checkout, or 'no commit' outside git."""
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],
            cwd=TOOL,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "no commit"


def _require_tool_checkout() -> None:
    missing = [name for name in TOOL_FILES if not (TOOL / name).exists()]
    if missing:
        raise NewExplainerError(
            f"{TOOL} is not a checkout of the generator's repository (missing: "
            f"{', '.join(missing)}); `explainer new` copies the tool from one: clone it "
            "and run the command from there"
        )


def _copy_tool(target: Path) -> None:
    for name in TOOL_FILES:
        source, copy = TOOL / name, target / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.rmtree(copy, ignore_errors=True)  # modules removed upstream go too
            shutil.copytree(source, copy, ignore=LEFT_OUT)
        else:
            shutil.copy2(source, copy)


def _write_config(target: Path, title: str, description: str) -> None:
    """This repository's mkdocs.yml with the new site's name and description."""
    new = {"site_name": title, "site_description": description}
    lines = (TOOL / "mkdocs.yml").read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        key = line.partition(":")[0]
        if key in new:  # a top-level key: the comments and the rest stay as they are
            lines[i] = f"{key}: {_yaml_string(new.pop(key))}\n"
    (target / "mkdocs.yml").write_text("".join(lines), encoding="utf-8")


def _yaml_string(text: str) -> str:
    """A double-quoted YAML scalar (a title may hold a colon, quotes or a hash)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


PUBLISHED_BRANCH = "main"
"""The branch whose pushes .github/workflows/publish.yml publishes."""


def _git_init(target: Path) -> None:
    """A repository from the start, with a first commit when git knows who you are: the
    bundle names its git commit, previews diff it, and record pages date from it."""

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=target, capture_output=True, text=True)

    try:
        if git("init", "-q").returncode:
            raise OSError
        # on the branch the publish workflow publishes, whatever git's default is here
        git("symbolic-ref", "HEAD", f"refs/heads/{PUBLISHED_BRANCH}")
        if git("config", "user.email").stdout.strip():
            git("add", "-A")
            git("commit", "-q", "-m", "A new explainer, made by `explainer new`")
            return
    except OSError:
        log.warning("git init failed in %s: make it a git repository yourself", target)
        return
    log.info(
        "Commit it once you have told git who you are (record pages date from the history):"
        " git add -A && git commit -m 'A new explainer'"
    )
