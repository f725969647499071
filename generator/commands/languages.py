"""The site's other languages: for each language mkdocs.yml promises besides the main
one, the pages in that language (the records translated, the generator's words from its
catalog) and a docs folder to build them from, beside the main language's docs/.

A hand-written page `docs/about.md` is translated as `docs/about.ur.md`; a page with no
translation is shown as written, marked untranslated (site/languages.py). The folders
are temporary: the pages of another language are made from data/ at every build, all of
them before any is written, and never beside the main language's in docs/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

from ..records.gaps import Gap
from ..run.guard import refuse_links
from ..run.project import GENERATED_DIRS, Paths
from ..site.i18n import configured_languages
from ..site.languages import UNTRANSLATED_MARK, Languages


def site_languages(paths: Paths) -> tuple[str, ...]:
    """Every language of the site, the main one first (mkdocs.yml)."""
    return configured_languages(paths.config)


@contextmanager
def language_docs(paths: Paths, code: str, files: dict[str, str]) -> Iterator[Path]:
    """A temporary docs folder for the language `code`: the hand-written pages (each
    page's translation where docs/ has one) and the generated `files`."""
    refuse_links(paths.docs, "docs/")  # before the copy, which would follow them
    codes = site_languages(paths)
    with TemporaryDirectory(prefix=f"docs-{code}-") as temporary:
        folder = Path(temporary)
        for source, target, marked in hand_written(paths.docs, code, codes):
            (folder / target).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, folder / target)
            if marked:
                with open(folder / target, "a", encoding="utf-8") as page:
                    page.write(f"\n\n{UNTRANSLATED_MARK}\n")
        for path, text in files.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_text(text, encoding="utf-8")
        yield folder


def hand_written(docs: Path, code: str, codes: tuple[str, ...]) -> Iterator[tuple[Path, str, bool]]:
    """The hand-written files of docs/ for the language `code`: (file, its path in that
    language's docs, whether it is a page shown untranslated)."""
    languages = Languages(codes, code)
    for source in sorted(docs.rglob("*")):
        relative = source.relative_to(docs)
        if (
            relative.parts[0] in GENERATED_DIRS
            or any(part.startswith(".") for part in relative.parts)
            or not source.is_file()
        ):
            continue
        name = relative.as_posix()
        if languages.is_translation(name):
            if name.endswith(f".{code}.md"):
                yield source, name.removesuffix(f".{code}.md") + ".md", False
            continue
        if name.endswith(".md"):
            if not source.with_name(f"{source.stem}.{code}.md").is_file():
                yield source, name, True
            continue
        yield source, name, False


def untranslated_pages(paths: Paths, codes: tuple[str, ...]) -> list[Gap]:
    """A warning for each hand-written page with no translation into a language the site
    promises: that language's site shows it as written (marked untranslated)."""
    if len(codes) < 2 or not paths.docs.is_dir():
        return []
    return [
        Gap(
            "untranslated-page",
            source,
            f"no translation into '{code}' (write {source.with_name(f'{source.stem}.{code}.md')}):"
            " that language's site shows the page as written",
        )
        for code in codes[1:]
        for source, _, marked in hand_written(paths.docs, code, codes)
        if marked
    ]
