"""Values derived from one record alone, kept for as long as that record is unchanged.

In a long-lived process (`make serve`, preview.py), the parse cache hands back the very same
RawRecord object for a file that has not changed, validation then hands back the very
same typed record, and so everything computed from that record alone (its references,
its citations, its open-data row) can be reused from the previous run instead of being
computed again for every record after each edit (bench/README.md).

Records are frozen, so a value computed from an object stays right while that object is
in use. A slot holds one value per (function, record, arguments): a newer object in the same
slot replaces the old one, so the memo stays as large as the data set.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
V = TypeVar("V")


class Memo:
    """Function results keyed by the identity of the one object they were computed from."""

    def __init__(self) -> None:
        self._values: dict[tuple[Callable[..., Any], Hashable, tuple[Any, ...]], tuple[Any, Any]] = {}

    def __call__(self, function: Callable[..., V], obj: T, slot: Hashable, *args: Hashable) -> V:
        """function(obj, *args), reused if the value in `slot` was computed from this very
        object (and the same args). `slot` names the object stably, e.g. (kind, id)."""
        key = (function, slot, args)
        kept = self._values.get(key)
        if kept is not None and kept[0] is obj:
            return kept[1]
        value = function(obj, *args)
        self._values[key] = (obj, value)
        return value


derived = Memo()
"""The process's memo: one per process, shared by every stage."""
