"""`explainer diff REF`: what changed in data/ since a git ref, for a terminal or a
pull-request comment (records.compare works it out)."""

from __future__ import annotations

from pathlib import Path

from ..records.compare import ChangeSummary, RecordChange, compare, load_at_ref
from ..records.load import load_all
from ..records.validate import validate
from ..site.markup import escape_md


def diff_against(ref: str, data: Path) -> ChangeSummary:
    """Compare data/ at `ref` with data/ in the working tree."""
    return compare(load_at_ref(ref, data), validate(load_all(data)))


def format_text(summary: ChangeSummary) -> str:
    """For a terminal: one line per change."""
    lines = [
        f"{c.status:8} {c.kind[:-1]:8} {c.id}" + (f" ({', '.join(c.fields)})" if c.fields else "")
        for c in summary.records
    ]
    lines += [f"{q.status:8} quote    {q.speaker}: “{q.text}”" for q in summary.quotes]
    lines += [f"warning  {warning}" for warning in summary.warnings]
    return "\n".join(lines) + "\n" if lines else "No changes to the data.\n"


def format_markdown(summary: ChangeSummary, ref: str, base_url: str = "") -> str:
    """For a pull-request comment, with links to the affected preview pages."""
    if not summary.records and not summary.quotes:
        return f"**Change summary** (against `{ref}`): no changes to the data.\n"
    counts = ", ".join(f"{summary.count(s)} {s}" for s in ("added", "changed", "removed"))
    lines = [f"**Change summary** (against `{ref}`): {counts} records.", ""]
    if summary.records:
        lines += ["| Change | Kind | Record | Fields changed |", "|---|---|---|---|"]
        for c in summary.records:
            lines.append(
                f"| {c.status} | {c.kind[:-1]} | {_page(c, base_url)} | {', '.join(c.fields)} |"
            )
    if summary.quotes:
        lines += ["", "Quotes:", ""]
        lines += [
            f"- {q.status}: {escape_md(q.speaker)}: “{escape_md(q.text)}”" for q in summary.quotes
        ]
    if summary.warnings:
        lines += ["", "**Warnings** (say what changed, on the record's page):", ""]
        lines += [f"- {escape_md(warning)}" for warning in summary.warnings]
    return "\n".join(lines) + "\n"


def _page(change: RecordChange, base_url: str) -> str:
    title = escape_md(change.title)
    if change.status == "removed" or not base_url:
        return str(title)
    return f"[{title}]({base_url.rstrip('/')}/{change.kind}/{change.id}/)"
