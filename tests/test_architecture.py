"""The code map in the README is the architecture: every module of generator/ is on it,
and no import crosses a boundary it forbids."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from helpers import REPO

GENERATOR = REPO / "generator"
README = (REPO / "README.md").read_text(encoding="utf-8")


def modules() -> dict[str, Path]:
    """Every module of the generator by its dotted name (a package by its folder's)."""
    found = {}
    for path in sorted(GENERATOR.rglob("*.py")):
        if "starter" in path.parts:
            continue
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path) -> set[str]:
    """The generator's modules this one imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # `from . import x`
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {t for t in found if t in MODULES or t.startswith(("mkdocs", "material"))}


MODULES = modules()


def mapped() -> set[str]:
    """The paths the README's code map names (a folder stands for its modules)."""
    table = README.split("<!-- code-map -->")[1].split("<!-- /code-map -->")[0]
    return set(re.findall(r"`(generator/[\w/.]+)`", table))


def test_every_module_is_on_the_code_map() -> None:
    named = mapped()
    missing = [
        str(path.relative_to(REPO))
        for name, path in MODULES.items()
        if path.name != "__init__.py" or name == "generator"
        if name not in ("generator", "generator.__main__")
        and str(path.relative_to(REPO)) not in named
        and not any(
            str(path.relative_to(REPO)).startswith(folder)
            for folder in named
            if folder.endswith("/")
        )
    ]
    assert missing == []


def test_the_code_map_names_no_module_that_is_gone() -> None:
    assert [path for path in mapped() if not (REPO / path).exists()] == []


FORBIDDEN = [
    # (importer, imported, why)
    ("generator.text.", "generator.records", "text/ is below every room"),
    ("generator.text.", "generator.site", "text/ is below every room"),
    ("generator.text.", "generator.commands", "text/ is below every room"),
    ("generator.text.", "generator.ingest", "text/ is below every room"),
    ("generator.run.", "generator.site", "run/ is below the site"),
    ("generator.run.", "generator.commands", "run/ is below the commands"),
    ("generator.run.", "generator.ingest", "run/ is below ingest"),
    ("generator.run.speedups", "generator.records", "speed-ups import no stage"),
    ("generator.records.", "generator.site", "records/ know nothing of pages"),
    ("generator.records.", "generator.commands", "records/ are below the commands"),
    ("generator.records.", "generator.ingest", "records/ are below ingest"),
    ("generator.site.", "generator.commands", "the site is below the commands"),
    ("generator.site.pages", "mkdocs", "pages are Markdown, not MkDocs"),
    ("generator.site.render", "mkdocs", "rendering is Markdown, not MkDocs"),
    ("generator.site.plugin", "generator.records", "every MkDocs build loads the plugin"),
    ("generator.site.plugin", "generator.site.render", "every MkDocs build loads the plugin"),
    ("generator.site.plugin", "generator.site.pages", "every MkDocs build loads the plugin"),
    ("generator.site.plugin", "generator.site.write", "every MkDocs build loads the plugin"),
    ("generator.site.search", "generator.records", "the plugin loads the search index"),
    ("generator.site.search", "generator.site.render", "the plugin loads the search index"),
    ("generator.site.search", "generator.site.pages", "the plugin loads the search index"),
    ("generator.ingest", "generator.site", "ingest reads articles, not the site"),
    ("generator.ingest", "generator.commands", "ingest is below the commands"),
]


def crossings() -> list[str]:
    found = []
    for name, path in MODULES.items():
        for target in imports(name, path):
            for importer, imported, why in FORBIDDEN:
                allowed = name == "generator.run.incremental" and imported == "generator.records"
                if (
                    name.startswith(importer)
                    and (target == imported or target.startswith(imported + "."))
                    and not allowed
                ):
                    found.append(f"{name} imports {target}: {why}")
    return sorted(set(found))


def test_no_import_crosses_a_boundary() -> None:
    assert crossings() == []


def test_the_boundary_check_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    # A planted import of the pipeline into the plugin, and of the site into records/.
    planted = {
        "generator.site.plugin": "from ..records.model import KINDS\n",
        "generator.records.model": "from ..site.markup import escape_md\n",
    }
    real = Path.read_text

    def read_text(self: Path, *args: object, **kwargs: object) -> str:
        text = real(self, *args, **kwargs)  # type: ignore[arg-type]
        for name, line in planted.items():
            if self == MODULES[name]:
                return line + text
        return text

    monkeypatch.setattr(Path, "read_text", read_text)
    assert crossings() == [
        "generator.records.model imports generator.site.markup: records/ know nothing of pages",
        "generator.site.plugin imports generator.records.model: every MkDocs build loads the"
        " plugin",
    ]
