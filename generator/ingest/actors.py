"""Names in an article -> the explainer's actors, or new actors to propose.

An actor is found by its name or any alias, in any case, with "Norway's" read as
"Norway". A phrase that names no actor is matched by its words ("two navy officials"
-> "Two Norwegian navy officials"), preferring the actor the article named last. A
person the explainer does not know is proposed with the role the article gives them
("Foreign Ministry spokeswoman Ana Lindqvist").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text.terms import STOP_WORDS, terms
from . import letters
from .actors_names import (
    BODY,
    OF_NAME,
    OPENING,
    ORGANISATION,
    ROLE_NOUNS,
    TITLES,
    head_of,
    who_is,
)

__all__ = [  # the stages import who a phrase names (`actors_names`) from here too
    "BODY",
    "OF_NAME",
    "OPENING",
    "ORGANISATION",
    "ROLE_NOUNS",
    "TITLES",
    "ActorIndex",
    "Known",
    "Proposed",
    "cite_proposal",
    "forms_of",
    "head_of",
    "named_in",
    "proposal",
    "who_is",
]

QUANTIFIERS = {
    "one",
    "two",
    "three",
    "several",
    "some",
    "many",
    "of",
    "an",
    "a",
    "the",
    "other",
    "senior",
    "top",
    "unnamed",
}


@dataclass(frozen=True)
class Known:
    """One actor of the explainer, as ingest matches it."""

    id: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Proposed:
    """A person or body the explainer does not know yet."""

    name: str
    role: str
    evidence: str
    kind: str = "person"
    paragraphs: tuple[int, ...] = ()  # where the article names them or gives their words


def cite_proposal(found: dict[str, Proposed], new: Proposed, number: int) -> None:
    """Propose `new`, or give the proposal of that name one more paragraph (and a role,
    if it had none)."""
    old = found.get(new.name)
    if old is None:
        found[new.name] = replace(new, paragraphs=(number,))
    else:
        cited = tuple(sorted({*old.paragraphs, number}))
        found[new.name] = replace(old, role=old.role or new.role, paragraphs=cited)


class ActorIndex:
    """The explainer's actors by the words of their names and aliases."""

    def __init__(self, actors: list[Known]) -> None:
        self.actors = actors
        self.by_words: dict[tuple[str, ...], str] = {}
        for actor in actors:
            for name in actor.names:
                for form in forms_of(name):
                    self.by_words.setdefault(tuple(terms(form)), actor.id)
        self.longest_first = sorted(
            ((name, actor) for name, actor in self.by_words.items() if name),
            key=lambda item: -len(item[0]),
        )
        self.surnames = _surnames(actors)  # "forde" -> "daniel-forde", one person's only
        self.meaning = [  # each name's words that carry meaning, found once
            (a.id, {w for w in terms(name) if w not in QUANTIFIERS and w not in STOP_WORDS})
            for a in actors
            for name in a.names
        ]

    def exact(self, phrase: str) -> str | None:
        """The actor whose name or alias is the phrase, or is in it: the one that ends
        last, as the head of a description does ("Foreign Ministry spokeswoman Ana
        Lindqvist" is Lindqvist, not the ministry), then the longest."""
        words = tuple(terms(phrase))
        best: tuple[int, int, str] | None = None
        for name, actor in self.by_words.items():
            n = len(name)
            for i in range(len(words) - n + 1):
                if n and words[i : i + n] == name and (best is None or (i + n, n) > best[:2]):
                    best = (i + n, n, actor)
        return best[2] if best else None

    def by_meaning(self, phrase: str, recent: list[str]) -> str | None:
        """For a description ("one of the officials"): an actor whose name holds all its
        words, the one named most recently first, else the closest if only one is."""
        exact = {w for w in terms(phrase) if w not in QUANTIFIERS and w not in STOP_WORDS}
        words = {_one(w) for w in exact}
        if not words:
            return None
        extra: dict[str, float] = {}  # actor -> how far its closest name is from the words
        for actor_id, own in self.meaning:
            named = {_one(w) for w in own}
            if words <= named:
                # words the name has beyond the description's; half a word for each
                # that differs in number ("official" for "officials")
                distance = len(named - words) + 0.5 * len(exact - own)
                extra[actor_id] = min(extra.get(actor_id, 99.0), distance)
        if not extra:
            return None
        for actor in reversed(recent):
            if actor in extra:
                return actor
        closest = sorted(extra, key=extra.__getitem__)
        if len(closest) == 1 or (closest and extra[closest[0]] < extra[closest[1]]):
            return closest[0]
        return None

    def match(self, phrase: str, recent: list[str]) -> str | None:
        return self.exact(phrase) or self.by_meaning(phrase, recent)


STYLE_TERMS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
"""Styles as `terms` reads them ("Mr." and "Mr" are "mr"): "Mr Forde" names a person by
surname."""


def _surnames(actors: list[Known]) -> dict[str, str]:
    """Each surname of a person's name among the actors (two to four capitalised words, not
    a body's: "Daniel Forde" -> "forde"), when only one actor has it."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for name in actor.names:
            words = name.split()
            if (
                2 <= len(words) <= 4
                and all(w[:1].isupper() for w in words)
                and not (ORGANISATION.fullmatch(words[-1]) or words[-1].isupper())
            ):
                owners.setdefault((terms(words[-1]) or [""])[-1], set()).add(actor.id)
    return {surname: ids.pop() for surname, ids in owners.items() if len(ids) == 1}


def _one(word: str) -> str:
    """ "officials" and "official" are one word to a description."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def forms_of(name: str) -> list[str]:
    """A name as an article may write it: as it is, without a parenthesis the explainer
    added ("U.S. officials (unnamed)"), and without a closing place ("Other militant
    groups in Norway" -> "Other militant groups") when three words or more remain."""
    forms = [name]
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if bare and bare != name:
        forms.append(bare)
    short = letters.compile(r"\s+(?:in|of|from)\s+[A-Z][\w' ]*$").sub("", bare)
    if short != bare and len(short.split()) >= 3:
        forms.append(short)
    return forms


def named_in(text: str, index: ActorIndex) -> list[str]:
    """Every actor the text names by a name or alias, in order of first mention (a longer
    name wins over one inside it: "U.S. Embassy" is not also "U.S.")."""
    words = terms(text)
    where: dict[str, list[int]] = {}  # each word's places: a name is looked for only there
    for i, word in enumerate(words):
        where.setdefault(word, []).append(i)
    taken = [False] * len(words)
    found: list[tuple[int, str]] = []
    for name, actor in index.longest_first:
        n = len(name)
        for i in where.get(name[0], ()):
            if tuple(words[i : i + n]) == name and not any(taken[i : i + n]):
                taken[i : i + n] = [True] * n
                found.append((i, actor))
    for i, word in enumerate(words[1:], 1):  # "Mr Forde": the one actor of that surname
        if words[i - 1] in STYLE_TERMS and word in index.surnames and not taken[i]:
            found.append((i, index.surnames[word]))
    order: list[str] = []
    for _, actor in sorted(found):
        if actor not in order:
            order.append(actor)
    return order


def proposal(phrase: str) -> Proposed | None:
    """A new actor from a description ending in a name: the name and the role before it."""
    named = who_is(phrase)
    if named is None or named.kind == "anonymous":
        return None
    if named.kind == "person" and len(named.name.split()) < 2:
        return None
    return Proposed(named.name, named.role, phrase, named.kind)
