"""The memo: values derived from one record alone, kept while that record is unchanged.

Owned by the build or the preview (speedups.py), which hands it to validation, and
through the validated explainer to every stage after it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
V = TypeVar("V")


class Memo:
    """Function results keyed by the identity of the one object they were computed from.

    Records are frozen, so a value computed from an object stays right while that object
    is in use. A slot holds one value per (function, slot, arguments): a newer object in
    the same slot replaces the old one, so the memo stays as large as the data set."""

    def __init__(self, keep: bool = True) -> None:
        self.keep = keep
        self._values: dict[
            tuple[Callable[..., Any], Hashable, tuple[Any, ...]], tuple[Any, Any]
        ] = {}

    def __call__(self, function: Callable[..., V], obj: T, slot: Hashable, *args: Hashable) -> V:
        """function(obj, *args), reused if the value in `slot` was computed from this very
        object (and the same args). `slot` names the object stably, e.g. (kind, id)."""
        if not self.keep:
            return function(obj, *args)
        key = (function, slot, args)
        kept = self._values.get(key)
        if kept is not None and kept[0] is obj:
            return kept[1]
        value = function(obj, *args)
        self._values[key] = (obj, value)
        return value
