"""Which source paragraphs are cited by which records, and which by nothing."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .explainer import CitationRef, Explainer


@dataclass(frozen=True)
class SourceCoverage:
    """Citation coverage of one source's paragraphs."""

    source_id: str
    republish: bool
    by_paragraph: dict[int, list[CitationRef]]
    reasons: dict[int, str]
    corrections: frozenset[int] = frozenset()  # the outlet's own, always shown: no citation

    @property
    def cited(self) -> list[int]:
        return [n for n, refs in self.by_paragraph.items() if refs]

    @property
    def uncited(self) -> list[int]:
        """Paragraphs that nothing cites and that are not marked as needing no citation (an
        outlet's correction of its story needs none: every source page shows it)."""
        return [
            n
            for n, refs in self.by_paragraph.items()
            if not refs and n not in self.reasons and n not in self.corrections
        ]

    @property
    def cited_though_explained(self) -> list[int]:
        """Paragraphs that give why they need no citation, yet a record cites them."""
        return [n for n in self.reasons if self.by_paragraph.get(n)]

    def shown(self, n: int) -> bool:
        """Whether the source page shows paragraph n (and so has its anchor)."""
        return self.republish or bool(self.by_paragraph[n])


class Coverage:
    """Citation coverage of every source in an explainer."""

    def __init__(self, explainer: Explainer) -> None:
        self._reports = {
            source.id: SourceCoverage(
                source.id,
                source.republish,
                _citers(source.id, len(source.paragraphs), explainer),
                {p.n: p.uncited_reason for p in source.paragraphs if p.uncited_reason},
                frozenset(p.n for p in source.paragraphs if p.outlet_correction),
            )
            for source in explainer.sources.values()
        }

    def report(self, source_id: str) -> SourceCoverage:
        return self._reports[source_id]

    def citers(self, source_id: str) -> dict[int, list[CitationRef]]:
        return {n: refs for n, refs in self._reports[source_id].by_paragraph.items() if refs}

    def uncited(self) -> dict[str, list[int]]:
        """Source id -> paragraphs that still need a citation (empty when fully covered)."""
        return {i: r.uncited for i, r in self._reports.items() if r.uncited}

    def cited_though_explained(self) -> dict[str, list[int]]:
        """Source id -> paragraphs whose `uncited_reason` a citation has made untrue."""
        return {
            i: r.cited_though_explained
            for i, r in self._reports.items()
            if r.cited_though_explained
        }

    def totals(self) -> dict[str, int]:
        reports = self._reports.values()
        return {
            "paragraphs": sum(len(r.by_paragraph) for r in reports),
            "cited": sum(len(r.cited) for r in reports),
            "exempt": sum(len(r.reasons) for r in reports),
            "uncited": sum(len(r.uncited) for r in reports),
        }


def coverage_of(explainer: Explainer) -> Coverage:
    """The explainer's coverage, computed once per explainer (in its memo): `check` warns
    from it, and the pages are written from it, in the same run."""
    return explainer.memo(Coverage, explainer, "coverage")


def _citers(source_id: str, count: int, explainer: Explainer) -> dict[int, list[CitationRef]]:
    by_paragraph: dict[int, list[CitationRef]] = defaultdict(list)
    for ref in explainer.citations_by_source.get(source_id, []):
        for n in ref.citation.paragraphs:
            by_paragraph[n].append(ref)
    return {n: by_paragraph.get(n, []) for n in range(1, count + 1)}
