"""The explainer in data/ builds strict, every record has its page, and every body
paragraph of every source is cited or says why not."""

from __future__ import annotations

from generator.records.coverage import Coverage
from generator.records.explainer import Explainer
from generator.records.model import KINDS
from generator.run.project import Paths


def test_every_record_has_its_page(explainer: Explainer, built: Paths) -> None:
    missing = [
        f"{kind}/{record_id}"
        for kind in KINDS
        for record_id in getattr(explainer, kind)
        if not (built.site / kind / record_id / "index.html").is_file()
    ]
    assert (built.site / "index.html").is_file()
    assert missing == []


def test_every_body_paragraph_is_cited(explainer: Explainer) -> None:
    """A paragraph no record cites is a claim the explainer may have missed; one that needs
    no citation (a byline, a caption) says why in `uncited_reason`."""
    assert Coverage(explainer).uncited() == {}


def test_the_explainer_has_something_to_dispute(explainer: Explainer) -> None:
    assert explainer.sources and explainer.actors and explainer.disputes
