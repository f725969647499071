"""What every page builder shares: the explainer, its citation coverage, the actors'
names for linking, the language of the pages, and the sizes above which a list or
picture is split or left out."""

from __future__ import annotations

from dataclasses import dataclass

from ...records.coverage import Coverage
from ...records.explainer import Explainer
from ...records.updates import Chronicle
from ..i18n import ENGLISH, Language
from .autolink import ActorNames
from .links import Links


@dataclass(frozen=True)
class Limits:
    """Sizes above which a page is split or leaves something out, so that a page stays
    readable and an edit re-renders a page of kilobytes, not megabytes."""

    page_rows: int = 300
    """Most rows an index lists on one page. A longer list is split into pages by a key
    that stays put as records come and go: the timeline by month, the actors index by the
    first letter of the name. The coverage report then counts by source, and each source's
    page shows what cites each paragraph."""
    map_nodes: int = 120
    """Most actors drawn on the whole relationship map; above it only the list is shown."""
    map_list: int = 2000
    """Most relations listed on the map page; above it each actor page lists its own."""
    neighbours: int = 24
    """Most actors drawn round one actor on its page (all are listed under the picture)."""


class Site:
    """One explainer as its pages see it."""

    def __init__(
        self,
        explainer: Explainer,
        coverage: Coverage,
        limits: Limits = Limits(),
        chronicle: Chronicle = Chronicle(),
        lang: Language = ENGLISH,
    ) -> None:
        self.x = explainer
        self.coverage = coverage
        self.limits = limits
        self.chronicle = chronicle
        self.lang = lang
        self.names = ActorNames(explainer.actors)

    def links(self, here: str) -> Links:
        """Links as written on the page `here` (docs-relative)."""
        return Links(self.x, here, self.lang)
