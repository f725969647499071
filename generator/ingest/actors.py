"""Names in an article -> the explainer's actors, or new actors to propose.

An actor is found by its name or any alias, in any case, with "Norway's" read as
"Norway". A phrase that names no actor is matched by its words ("two navy officials"
-> "Two Norwegian navy officials"), preferring the actor the article named last. A
person the explainer does not know is proposed with the role the article gives them
("Foreign Ministry spokeswoman Ana Lindqvist").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..search.text import STOP_WORDS, terms

TITLES = {
    "adm",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sen",
    "rep",
    "gov",
    "pres",
    "prof",
    "sir",
    "president",
    "minister",
    "secretary",
    "ambassador",
}
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
    short = re.sub(r"\s+(?:in|of|from)\s+[A-Z][\w' ]*$", "", bare)
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
    order: list[str] = []
    for _, actor in sorted(found):
        if actor not in order:
            order.append(actor)
    return order


def proposal(phrase: str) -> Proposed | None:
    """A new actor from a description ending in a name: the name and the role before it."""
    words = phrase.split()
    name: list[str] = []
    while words and words[-1][:1].isupper() and words[-1].rstrip(".").lower() not in TITLES:
        name.insert(0, words.pop())
    while words and words[-1].endswith(".") and words[-1].rstrip(".").lower() in TITLES:
        words.pop()  # "Gen." belongs to neither the name nor the role ("Water Minister" is a role)
    if len(name) < 2:
        return None
    role = " ".join(words).strip(" ,")
    return Proposed(" ".join(name), role, phrase)
