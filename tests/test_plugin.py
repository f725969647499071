"""The MkDocs plugin publishes the offline bundle with the site, and hand-written pages
link to it with its size and date."""

from __future__ import annotations

from pathlib import Path

from mkdocs.utils.yaml import yaml_load

from generator.commands.build import build_site, generate
from generator.run.project import slug
from helpers import fixture_project


def project_with_offline_mark(root: Path, data: Path):
    paths = fixture_project(root, data)
    (paths.docs / "index.md").write_text("# Home\n\n<!-- offline-copy -->\n", encoding="utf-8")
    generate(paths)
    return paths


def test_the_newest_bundle_is_published_and_linked(data_dir: Path, tmp_path: Path) -> None:
    paths = project_with_offline_mark(tmp_path, data_dir)
    name = slug(yaml_load(paths.config.read_text(encoding="utf-8"))["site_name"])
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / f"{name}-2026-01-02.zip").write_bytes(b"old")
    (dist / f"{name}-2026-03-04.zip").write_bytes(b"x" * 1_500_000)
    (dist / "another-site-2027-01-01.zip").write_bytes(b"not ours")
    build_site(paths)
    home = (paths.site / "index.html").read_text(encoding="utf-8")
    assert (
        f'<a href="{name}-2026-03-04.zip">Download the offline copy</a> (1.5 MB, built 4 March 2026)'
        in home
    )
    assert (paths.site / f"{name}-2026-03-04.zip").read_bytes() == b"x" * 1_500_000
    assert not (paths.site / f"{name}-2026-01-02.zip").exists()
    assert "<!-- offline-copy -->" not in home


def test_without_a_bundle_the_page_offers_readers_nothing(data_dir: Path, tmp_path: Path) -> None:
    paths = project_with_offline_mark(tmp_path, data_dir)
    build_site(paths)
    home = (paths.site / "index.html").read_text(encoding="utf-8")
    # how to build a copy is the README's, not the readers': no mark, no instruction left,
    # and the section says there is none rather than standing empty
    assert "offline-copy" not in home and "make bundle" not in home
    assert "No offline copy is published with this version of the site." in home
