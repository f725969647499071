"""Command line: parses arguments, runs a pipeline command, turns our exceptions into exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import __version__
from .commands.accept import accept
from .commands.accept import report as accept_report
from .commands.add import add_record
from .commands.build import build_all, check, generate
from .commands.bundle import make_bundle
from .commands.diff import diff_against, format_markdown, format_text
from .commands.new import new_explainer, upgrade_explainer
from .commands.serve import serve
from .ingest.drafts import Ingested, ingest, review
from .records.gaps import SHOWN
from .records.load import READING
from .run.errors import DataErrors, ExplainerError, UnsaidChanges
from .run.project import Paths
from .text.names import terminal_safe

DESCRIPTION = """\
Turn the explainer's data (YAML files in data/) into Markdown pages under docs/ and
build the searchable site with MkDocs + Material.

commands:
  check     validate data/ only (fast; for editors and pre-commit hooks)
  generate  validate, then write the generated pages into docs/
  build     validate, generate, then build the site into site/ (mkdocs --strict)
  serve     live preview: edits to data/ show in the browser within seconds
  bundle    build the offline copy (works from file://, search included) as dist/*.zip
  diff REF  summarise what changed in data/ since a git ref (records, fields, quotes)
  add KIND ID
            write data/KIND/ID.yaml: every field, commented, ready to fill in (or
            add KIND --name NAME: the id made from an actor's name, an event's title)
  ingest FILE
            draft records from a saved article (web page or text) into drafts/, with a
            review list of every guess
  accept DRAFTS_DIR
            write the drafts an editor confirmed (or --all) into data/, and say what
  new PATH  start a new explainer in PATH: this tool, a starter story, its own README
  upgrade PATH
            copy this (newer) generator over the explainer in PATH, leaving its story alone

Data mistakes are printed as FILE:LINE: FIELD: MESSAGE, all at once, and exit with 2.
Nothing is written unless the data is valid, and site/ is replaced only when the build
succeeds.
"""


def parser() -> argparse.ArgumentParser:
    """The `explainer` command and its subcommands, each with its options."""
    main = argparse.ArgumentParser(
        prog="explainer",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add_command in COMMAND_PARSERS:
        add_command(commands)
    for command in commands.choices.values():
        command.add_argument(
            "-q", "--quiet", action="store_true", help="print only warnings and errors"
        )
    return main


def _command(
    commands: Any, name: str, help_text: str, description: str | None = None
) -> argparse.ArgumentParser:
    """A subcommand: its one-line help, and a longer description kept as written."""
    if description is None:
        return commands.add_parser(name, help=help_text, description=help_text)
    return commands.add_parser(
        name,
        help=help_text,
        description=description,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _data(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--data", type=Path, default=Path("data"), help="data folder (default: data)"
    )


def _docs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--docs", type=Path, default=Path("docs"), help="docs folder (default: docs)"
    )


def _config(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--config",
        type=Path,
        default=Path("mkdocs.yml"),
        help="MkDocs config (default: mkdocs.yml)",
    )


def _check(commands: Any) -> None:
    command = _command(commands, "check", "validate data/ and report every mistake")
    _data(command)
    command.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 2) on warnings too: uncited paragraphs, events in no dispute",
    )
    command.add_argument(
        "--all",
        action="store_true",
        dest="every",
        help=f"list every warning (by default, {SHOWN} of each kind, then how many more)",
    )


def _generate(commands: Any) -> None:
    command = _command(
        commands, "generate", "validate data/ and write the generated pages into docs/"
    )
    _data(command)
    _docs(command)


def _build(commands: Any) -> None:
    command = _command(
        commands, "build", "validate, generate pages and build the site with MkDocs (strict)"
    )
    _data(command)
    _docs(command)
    _config(command)
    command.add_argument(
        "--site", type=Path, default=Path("site"), help="output folder (default: site)"
    )


def _serve(commands: Any) -> None:
    command = _command(
        commands,
        "serve",
        "live preview on http://127.0.0.1:8000/, updated as data/ and docs/ change",
    )
    _data(command)
    _docs(command)
    _config(command)
    command.add_argument(
        "--port", type=_port, default=8000, help="port on 127.0.0.1 (default: 8000)"
    )


def _bundle(commands: Any) -> None:
    command = _command(
        commands, "bundle", "build the offline copy of the site as one zip under dist/"
    )
    _data(command)
    _docs(command)
    command.add_argument(
        "--offline-config",
        type=Path,
        default=Path("mkdocs.offline.yml"),
        help="MkDocs config of the offline copy (default: mkdocs.offline.yml)",
    )
    command.add_argument(
        "--dist", type=Path, default=Path("dist"), help="where the zip goes (default: dist)"
    )


def _diff(commands: Any) -> None:
    command = _command(commands, "diff", "summarise the changes to data/ since a git ref")
    _data(command)
    command.add_argument("ref", help="git ref to compare with, e.g. origin/main")
    command.add_argument(
        "--format",
        choices=["text", "markdown"],
        default="text",
        help="output format (default: text)",
    )
    command.add_argument(
        "--base-url", default="", help="site address for links to the changed pages (markdown)"
    )
    command.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when a quote, speaker, date or citation changed with no note in the"
        " record's `changes` (the summary's warnings): a preview's check then fails",
    )


def _add(commands: Any) -> None:
    command = _command(
        commands,
        "add",
        "write a new record file, commented, to fill in",
        "Write data/KIND/ID.yaml: a new record with every field of its kind, commented,\n"
        "that passes `check` as it stands. What it guessed (a name made from the id, the\n"
        "kind, the paragraph cited) is in its `draft` mark, what it cannot know is a TODO:\n"
        "`check` warns of both and `check --strict` refuses them until they are replaced.",
    )
    command.add_argument(
        "kind", choices=["source", "actor", "event", "dispute"], help="record kind"
    )
    command.add_argument(
        "id",
        nargs="?",
        help="the record's id, also its file name, e.g. ana-lindqvist (default: made from --name)",
    )
    command.add_argument(
        "--name",
        help="an actor's name or an event's title as written, e.g. 'Jean-Luc Dubois'"
        " (default: made from the id, and marked as a guess)",
    )
    command.add_argument(
        "--source", help="id of the source the record cites (default: the first source)"
    )
    _data(command)


def _ingest(commands: Any) -> None:
    command = _command(
        commands,
        "ingest",
        "draft records from a saved article (web page or text) into drafts/",
        "Read an article saved from the web (an HTML page, or its text as copied from the\n"
        "browser, page furniture included) and write drafts into drafts/<source id>/: the\n"
        "source with numbered paragraphs, its quotations with their speakers, a candidate\n"
        "event for each date it gives, new actors it names. Every guess is a comment with\n"
        "its evidence, and a review list is printed (and kept in REVIEW.md). Nothing in\n"
        "data/ is touched: `explainer accept` writes the drafts there once confirmed.",
    )
    command.add_argument("file", type=Path, help="the saved article: .html or .txt")
    command.add_argument(
        "--published",
        type=_iso_date,
        help="publication date, YYYY-MM-DD (needed when the file does not give one)",
    )
    command.add_argument(
        "--outlet", help="the outlet's name, e.g. 'CBS News' (default: found in the file)"
    )
    command.add_argument("--url", help="the article's original address")
    command.add_argument("--id", dest="source_id", help="the source's id (default: OUTLET-DATE)")
    command.add_argument(
        "--drafts", type=Path, default=Path("drafts"), help="where drafts go (default: drafts)"
    )
    _data(command)


def _accept(commands: Any) -> None:
    command = _command(
        commands,
        "accept",
        "write the confirmed drafts of an article into data/",
        "Write into data/ the drafts of DRAFTS_DIR (made by `explainer ingest`) that an\n"
        "editor confirmed by deleting their `draft:` line: new records, updates of records\n"
        "data/ has, quotes at the place their `to` names. Updated files keep their\n"
        "comments and layout. Nothing is written if data/ would then have an error. What\n"
        "was written leaves DRAFTS_DIR; what is left is named with why (see its REVIEW.md).",
    )
    command.add_argument("drafts_dir", type=Path, help="the drafts of one article, drafts/<id>/")
    command.add_argument(
        "--all",
        dest="everything",
        action="store_true",
        help="write every draft, confirmed or not, keeping its `draft` mark (which `check`"
        " reports and `check --strict` refuses)",
    )
    _data(command)


def _new(commands: Any) -> None:
    command = _command(
        commands,
        "new",
        "start a new explainer in PATH (a new or empty folder)",
        "Start a new explainer in PATH: a git repository with a copy of this generator,\n"
        "the Makefile, the tests, the CI workflows, a starter story (one made-up example\n"
        "of each record kind) and home, About and Methodology pages from the title.\n"
        "Then, in PATH: `make site`, `make test`, and follow its README.",
    )
    command.add_argument("path", type=Path, help="folder to create (must not exist, or be empty)")
    command.add_argument(
        "--title", required=True, help="the site's name, e.g. 'The bridge dispute'"
    )
    command.add_argument(
        "--description",
        help="one sentence for search engines and the home page (default: made from the title)",
    )


def _upgrade(commands: Any) -> None:
    command = _command(
        commands,
        "upgrade",
        "copy this generator over the explainer in PATH",
        "Copy this checkout's generator, Makefile, pinned requirements, CI files and\n"
        "explainer checks over the explainer in PATH, which `explainer new` made. Its\n"
        "data/, hand-written pages, mkdocs.yml, README and search misses stay as they are.\n"
        "Edits the desk made to its copy of the tool are named, and kept unless --force.\n"
        "Then, in PATH: review the change with `git diff`, and run `make test`.",
    )
    command.add_argument("path", type=Path, help="the explainer's folder")
    command.add_argument(
        "--force",
        action="store_true",
        help="overwrite the explainer's own edits to its copy of the tool (they are named first)",
    )


COMMAND_PARSERS = [
    _check,
    _generate,
    _build,
    _serve,
    _bundle,
    _diff,
    _add,
    _ingest,
    _accept,
    _new,
    _upgrade,
]
"""One function per subcommand, in the order `--help` lists them."""


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number from 1 to 65535: {text!r}")
    return port


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def print_review(done: Ingested, drafts: Path, quiet: bool = False) -> None:
    """The review list (kept in REVIEW.md too: with --quiet, only where the drafts are)."""
    if not quiet:
        print(_safe_lines("\n".join(review(done))) + "\n")
    print(
        f"Drafts in {drafts / done.source_id}/: review them, then"
        f" `explainer accept {drafts / done.source_id}`."
    )


def accept_drafts(drafts: Path, data: Path, everything: bool) -> list[str]:
    return accept_report(accept(drafts, data, everything), drafts)


def show_diff(paths: Paths, args: argparse.Namespace) -> None:
    summary = diff_against(args.ref, paths.data)
    shown = (
        format_markdown(summary, args.ref, args.base_url)
        if args.format == "markdown"
        else format_text(summary)
    )
    print(_safe_lines(shown), end="")
    if args.strict and summary.warnings:
        raise UnsaidChanges(
            f"{len(summary.warnings)} change(s) that readers would not be told of (the warnings"
            " above): add a note to each record's `changes`"
        )


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(message)s")
    paths = Paths(**{k: v for k, v in vars(args).items() if k in Paths.__dataclass_fields__})
    commands: dict[str, Callable[[Paths], object]] = {
        "check": lambda p: check(p, strict=args.strict, every=args.every, today=dt.date.today()),
        "generate": generate,
        "build": build_all,
        "serve": lambda p: serve(p, port=args.port),
        "bundle": lambda p: make_bundle(p, args.offline_config, args.dist),
        "diff": lambda p: show_diff(p, args),
        "add": lambda p: add_record(p.data, args.kind, args.id, args.source, args.name),
        "ingest": lambda p: print_review(
            ingest(
                args.file,
                p.data,
                args.drafts,
                args.published,
                args.outlet,
                args.url,
                args.source_id,
            ),
            args.drafts,
            args.quiet,
        ),
        "accept": lambda p: print(
            _safe_lines("\n".join(accept_drafts(args.drafts_dir, p.data, args.everything)))
        ),
        "new": lambda _: new_explainer(args.path, args.title, args.description),
        "upgrade": lambda _: upgrade_explainer(args.path, args.force),
    }
    try:
        commands[args.command](paths)
    except ExplainerError as problem:
        print(describe(problem), file=sys.stderr)
        return problem.exit_code
    except KeyboardInterrupt:
        print(f"interrupted: `explainer {args.command}` stopped", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as problem:  # the file system refused: a permission, a full disk
        print(f"error: {terminal_safe(describe_os_error(problem))}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as problem:  # a bug: one line to report, never a traceback
        reading = f" while reading {terminal_safe(str(READING[-1]))}" if READING else ""
        print(
            f"internal error{reading}: {type(problem).__name__}: "
            f"{terminal_safe(str(problem))[:300]}. This is a bug in the generator: please "
            "report it, with the file named here (`EXPLAINER_DEBUG=1` prints the traceback).",
            file=sys.stderr,
        )
        if os.environ.get("EXPLAINER_DEBUG"):
            raise
        return EXIT_INTERNAL
    return 0


EXIT_INTERRUPTED = 130
"""As a shell reports a command stopped by Ctrl-C."""
EXIT_INTERNAL = 3
"""An unexpected exception: a bug, reported in one line."""
EXIT_REFUSED = 2
"""The file system refused a read or a write (as for a data mistake: the user acts)."""


def describe_os_error(problem: OSError) -> str:
    """'docs/actors/x.md: Permission denied', from what the operating system said."""
    if problem.filename is None:
        return str(problem)
    also = f" -> {problem.filename2}" if problem.filename2 else ""
    return f"{problem.filename}{also}: {problem.strerror or problem}"


def _safe_lines(text: str) -> str:
    return "\n".join(terminal_safe(line) for line in text.split("\n"))


def describe(problem: ExplainerError) -> str:
    """What the user reads: every data mistake on its own line, or one line of error."""
    if isinstance(problem, DataErrors):
        lines = [
            *(terminal_safe(str(e).replace("\n", "\\n")) for e in problem.errors),
            f"{len(problem.errors)} data error(s); nothing was written.",
        ]
        return "\n".join(lines)
    return f"error: {terminal_safe(str(problem))}"
