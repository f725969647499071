"""An outlet's later version of an article data/ has: which of data/'s paragraphs it
changed, which it added (an outlet's correction, an update at the end), which it no longer
has. data/'s numbers stay, since records cite paragraphs by number: a changed paragraph
keeps its number, an added one takes the next after the last, and one the outlet removed
is kept (what cites it still reads it)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .article import Paragraph

SAME_PARAGRAPH = 0.6
"""How alike (difflib's ratio of their words) a paragraph of data/ and one of the later
version in the same place must be to be one paragraph the outlet changed, not one removed
and another added."""


@dataclass
class Version:
    """data/'s paragraphs with the later version's changes, and which they are (numbers)."""

    paragraphs: list[Paragraph]
    changed: list[int] = field(default_factory=list)
    added: list[int] = field(default_factory=list)
    gone: list[int] = field(default_factory=list)
    before: dict[int, str] = field(default_factory=dict)  # a changed paragraph's words in data/

    @property
    def news(self) -> bool:
        return bool(self.changed or self.added)


def later_version(recorded: list[Paragraph], new: list[Paragraph]) -> Version:
    """data/'s paragraphs (`recorded`, numbered from 1) read against the outlet's text now."""
    merged = list(recorded)
    version = Version(merged)
    old_words, new_words = [_words(p.text) for p in recorded], [_words(p.text) for p in new]
    matcher = difflib.SequenceMatcher(
        None, [" ".join(w) for w in old_words], [" ".join(w) for w in new_words], autojunk=False
    )
    added: list[Paragraph] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        olds, news = list(range(i1, i2)), list(range(j1, j2))
        while olds and news and _alike(old_words[olds[0]], new_words[news[0]]):
            i, j = olds.pop(0), news.pop(0)
            merged[i] = Paragraph(new[j].text, new[j].label or recorded[i].label)
            version.changed.append(i + 1)
            version.before[i + 1] = recorded[i].text
        version.gone += [i + 1 for i in olds]
        added += [new[j] for j in news]
    for paragraph in added:
        merged.append(paragraph)
        version.added.append(len(merged))
    return version


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _alike(one: list[str], other: list[str]) -> bool:
    return difflib.SequenceMatcher(None, one, other, autojunk=False).ratio() >= SAME_PARAGRAPH
