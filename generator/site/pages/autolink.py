"""Linking the first mention of an actor in prose to the actor's page.

Only prose that the explainer's editors wrote is scanned (descriptions and summaries):
never quotes, headings or link texts. Inside that prose, text between double quotation
marks is left alone too, since it quotes someone. A name or alias shared by two actors is
ambiguous and never linked.
"""

from __future__ import annotations

import re
from collections import defaultdict

from markupsafe import Markup

from ...records.model import Actor
from ..markup import escape_text, link, page_path

_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


class ActorNames:
    """Every actor's name and aliases, indexed by their first word for a fast scan."""

    def __init__(self, actors: dict[str, Actor]) -> None:
        owners: dict[str, set[str]] = defaultdict(set)
        for actor in actors.values():
            for form in (actor.name, *actor.aliases):
                if _WORD.match(form):  # a name must start with a letter or digit
                    owners[form].add(actor.id)
        self._by_first_word: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for form, ids in owners.items():
            first_word = _WORD.match(form)
            if len(ids) == 1 and first_word:
                self._by_first_word[first_word[0]].append((form, next(iter(ids))))
        for forms in self._by_first_word.values():
            # The longest name wins: "River Authority" over "River".
            forms.sort(key=lambda item: -len(item[0]))

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of every name in `text` outside quotation marks."""
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        found, position = [], 0
        index = self._by_first_word
        for word in _WORD.finditer(text):
            if word[0] not in index:  # most words start no name: test that first
                continue
            start = word.start()
            if start < position or (start and text[start - 1].isalnum()):
                continue
            for form, actor_id in index[word[0]]:
                end = start + len(form)
                if text.startswith(form, start) and not (
                    end < len(text) and (text[end].isalnum() or text[end] == "_")
                ):
                    if not any(a <= start < b for a, b in quoted):
                        found.append((start, end, actor_id))
                    position = end
                    break
        return found


class PageMentions:
    """Links the first mention of each actor on one page (never the page's own actor)."""

    def __init__(self, names: ActorNames, here: str, own: str | None = None) -> None:
        self.names, self.here = names, here
        self.linked: set[str] = {own} if own else set()

    def prose(self, text: str) -> Markup:
        """The text escaped for Markdown, with first mentions as links."""
        text = " ".join(text.split())
        out, last = [], 0
        for start, end, actor_id in self.names.mentions(text):
            if actor_id in self.linked:
                continue
            self.linked.add(actor_id)
            out += [
                escape_text(text[last:start]),
                link(text[start:end], page_path("actors", actor_id), self.here),
            ]
            last = end
        out.append(escape_text(text[last:]))
        return Markup("".join(out))
