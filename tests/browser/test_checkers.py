"""Outside checkers on the built site: links and anchors (lychee), HTML (Nu HTML checker),
accessibility (axe-core, WCAG 2.1 AA, in Chromium). Findings fail the test unless the
checked-in allowlist (tests/checker-allowlist.yaml) names them, with a reason."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.project import Paths
from helpers import REPO, require

ALLOWLIST = yaml.safe_load((REPO / "tests" / "checker-allowlist.yaml").read_text(encoding="utf-8"))
LYCHEE = Path(sys.executable).with_name("lychee")
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
PAGE_KINDS = [
    "",
    "actors/",
    "actors/ashfaq-kayani/",
    "events/",
    "events/mattis-visits-pakistan/",
    "disputes/",
    "disputes/militant-safe-havens/",
    "sources/",
    "sources/cnn-2011-09-26/",
    "coverage/",
    "reference/data-format/",
    "about/",
    "timeline/",
    "map/",
    "open-data/",
    "404.html",
]


def allowed(checker: str, message: str) -> bool:
    return any(e["checker"] == checker and re.search(e["message"], message) for e in ALLOWLIST)


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


def test_every_link_and_anchor_resolves(real_site: Paths) -> None:
    result = lychee(real_site.site)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lychee_catches_a_broken_anchor(real_site: Paths, tmp_path: Path) -> None:
    site = shutil.copytree(real_site.site, tmp_path / "site")
    page = site / "actors" / "tehmina-janjua" / "index.html"
    page.write_text(page.read_text().replace("cbs-2011-09-15/#p4", "cbs-2011-09-15/#p99"))
    result = lychee(site)
    assert result.returncode != 0 and "#p99" in result.stdout


def vnu_findings(site: Path) -> list[str]:
    require(VNU, "run `npm ci` (make test does)")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", str(site)],
        capture_output=True,
        text=True,
    )
    return [line for line in result.stderr.splitlines() if line.strip()]


def test_html_is_valid(real_site: Paths) -> None:
    findings = vnu_findings(real_site.site)
    assert findings, "the checker reported nothing at all: Material's known findings are missing"
    assert [f for f in findings if not allowed("vnu", f)] == []


def test_html_checker_catches_invalid_markup(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang=en><title>x</title><p><div></span>"
    )
    assert [f for f in vnu_findings(tmp_path) if not allowed("vnu", f)]


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGE_KINDS)
def test_every_page_kind_meets_wcag_21_aa(browser, site_url: str, path: str) -> None:
    require(AXE, "run `npm ci` (make test does)")
    page = browser.new_page()
    try:
        page.goto(site_url + path)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        )
    finally:
        page.close()
    violations = [
        f"{v['id']}: {node['target']}: {node['failureSummary']}"
        for v in result["violations"]
        for node in v["nodes"]
        if not allowed("axe", v["id"])
    ]
    assert violations == []


@pytest.mark.browser
def test_axe_catches_an_inaccessible_page(browser) -> None:
    require(AXE, "run `npm ci` (make test does)")
    page = browser.new_page()
    page.set_content(
        '<!doctype html><html lang="en"><title>x</title><main><img src="x.png"></main></html>'
    )
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a']}})")
    page.close()
    assert "image-alt" in [v["id"] for v in result["violations"]]
