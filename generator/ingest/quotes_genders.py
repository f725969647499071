"""Who is "he" and who is "she": the words that give a person's gender in an article (a
title, a role, a relation, a pronoun in the clause of a sentence whose subject is a name),
and what a reader keeps of them (`Genders`), so that "she" after a man spoke is the woman
named last.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import letters
from .attribution_patterns import NAME_WORD, VERB, WHO, unbracketed

GENDERED = (
    r"(?:(?P<she>Mrs|Ms|Miss|Mme|Madam|Madame|Lady|Dame|Queen|Princess"
    r"|(?:[a-z]*|Congress|Council|Assembly|Chair|Spokes)woman|[a-z]*wife"
    r"|actress|waitress|hostess|heiress|duchess|countess|mother|daughter|sister|widow"
    r"|grandmother|granddaughter|girlfriend|niece|aunt|girl)"
    r"|(?P<he>Mr|Sir|Lord|King|Prince|Sheikh|Imam"
    r"|(?:Congress|Council|Assembly|[a-z]*(?<!wo)(?<!hu)(?<!fresh)(?<!spokes)(?<!chair))man"
    r"|actor|waiter|duke|father|son|brother|widower|grandfather|grandson|boyfriend|nephew|husband"
    r"|uncle|boy))"
)
"""Words that give a person's gender, from the article itself: a title ("Ms.", "Mr."), a role
("spokeswoman", "congressman"; "spokesman" and "chairman" are said of women too), a
relation ("his wife", "her son")."""
PERSON = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})"
GENDER_BEFORE = letters.compile(rf"\b{GENDERED}\.?,?\s+(?:[A-Z][a-z]*\.\s+)?{PERSON}")
"""`spokeswoman Dana Price`, `Mr. Hale`, `her husband, Tom Hale`: the word before the name."""
GENDER_AFTER = letters.compile(
    rf"{PERSON},\s+(?:a|an|the|his|her|[A-Z][\w'’.-]*[’']s)\s+"
    rf"(?:(?!(?:of|for|to|at|with|in|on|who|and)\b)[\w'’-]+\s+){{0,4}}?{GENDERED}\b(?![’'])"
)
"""`Dana Price, a spokeswoman for the union`, `Tom Hale, the union's former chairman`: the head
of the description after the name."""
GENDER_PRONOUN = letters.compile(
    rf"^(?:[^,;“”\"]{{1,60}},\s+)?{PERSON}"
    rf"(?:,\s+(?:a|an|the|\d+|[A-Z][\w'’.-]*[’']s)\b[^,;“”\"]{{1,{WHO}}},)?\s+"
    rf"(?:(?:\w+ly\s+)?{VERB}\s+(?:that\s+)?(?P<pronoun>he|she)\b"
    rf"|[^;“”\"]{{0,150}}?\b(?P<own>his|her)\s+own\b"
    rf"|[^;“”\"]{{0,150}}?\b(?P<self>him|her)self\b"
    rf"|(?:\w+ly\s+)?[a-z]+ed\s+(?P<object>his|her)\s+(?!own\b)[a-z])"
)
"""`Dana Price said she…`, `Tom Hale described himself as…`, `Price defended her union's…`: a
pronoun in the clause of a sentence whose subject is a name, when it names no one else."""


def genders_in(sentence: str) -> list[tuple[str, str, bool]]:
    """The people whose gender a sentence gives, as "he" or "she", and whether a pronoun
    gave it (rather than a title or a role): "spokeswoman Dana Price", "Mr. Hale", "Tom
    Hale, the board's chairman", "Price said she…", "Hale described himself…"."""
    found = [
        (m["name"], "she" if m["she"] else "he", False)
        for pattern in (GENDER_BEFORE, GENDER_AFTER)
        for m in pattern.finditer(sentence)
    ]
    if said := GENDER_PRONOUN.match(unbracketed(sentence)):
        pronoun = next(p for p in said.group("pronoun", "own", "self", "object") if p)
        found.append((said["name"], "he" if pronoun in ("he", "his", "him") else "she", True))
    return found


class Genders:
    """What an article says of each person's gender, and where it named whom: "she" after
    a man spoke is the woman named last. `full` gives the full name a surname refers to."""

    def __init__(self, full: Callable[[str], str]) -> None:
        self.full = full
        self.votes: dict[str, dict[str, int]] = {}  # a full name -> "he"/"she!" -> signs
        self.mentioned: dict[str, int] = {}  # a full name -> paragraph, the last named last
        self.namesakes: dict[str, dict[str, None]] = {}  # a surname -> its full names, last last

    def named(self, surname: str, name: str) -> None:
        """The article names `name` in full: one more person of `surname`, or the same again
        ("Hillary Rodham Clinton" and "Hillary Clinton" are one: the first name tells)."""
        namesakes = self.namesakes.setdefault(surname.casefold(), {})
        for same in [n for n in namesakes if n.split()[0] == name.split()[0]]:
            namesakes.pop(same)
        namesakes[name] = None

    def fitting(self, surname: str, gender: str) -> str | None:
        """Of two people of one surname named in full ("Bill Clinton", "Hillary Clinton"), the
        one "Mrs. Clinton" (`gender` "she") is: the last named known to be of that gender, else
        the one not known to be of the other; None when the article does not tell them apart."""
        names = list(reversed(self.namesakes.get(surname.casefold(), {})))
        if len(names) < 2:
            return None
        known = [n for n in names if self.of(n) == gender]
        unknown = [n for n in names if self.of(n) is None]
        return known[0] if known else unknown[0] if len(unknown) == 1 else None

    def learn(self, sentence: str, number: int) -> None:
        """Who the sentence names, and what it says of their gender."""
        styled = {m["name"]: "she" if m["she"] else "he" for m in GENDER_BEFORE.finditer(sentence)}
        mentioned = [
            (self.fitting(w, styled[w]) if w in styled else None) or self.full(w)
            for w in letters.compile(NAME_WORD).findall(sentence)
        ]
        mentioned = [name for name in mentioned if " " in name]
        for name in mentioned:
            self.mentioned.pop(name, None)
            self.mentioned[name] = number
        for name, gender, by_pronoun in genders_in(sentence):
            if not by_pronoun or len(set(mentioned)) <= 1:  # "Lee said she…" when Lee alone
                self.add(name, gender, not by_pronoun)

    def add(self, name: str, gender: str, by_title: bool = False) -> None:
        """One more sign that the person `name` is "he" or "she" ("she!" from a title); none
        for a surname two people named in full share, unless one of them fits."""
        name = re.sub(r"[’']s?$", "", name)
        if " " not in name and len(self.namesakes.get(name.casefold(), ())) > 1:
            fitting = self.fitting(name, gender)
            if fitting is None:
                return  # "Mrs. Clinton" when neither Clinton is known to be "he" or "she"
            name = fitting
        votes = self.votes.setdefault(self.full(name), {})
        votes[gender + "!" * by_title] = votes.get(gender + "!" * by_title, 0) + 1

    def of(self, name: str) -> str | None:
        """ "he" or "she", if the article says; a title or a role wins over pronouns, and
        "Mr." and "Mrs." of one surname (the name of two people) leave it unknown."""
        votes = self.votes.get(self.full(name), {})
        if titled := [g for g in ("he", "she") if votes.get(g + "!")]:
            return titled[0] if len(titled) == 1 else None
        he, she = votes.get("he", 0), votes.get("she", 0)
        return "he" if he > 2 * she else "she" if she > 2 * he else None

    def last(self, pronoun: str, sentence: str) -> str | None:
        """The person named last known to be "he" or "she", none named in `sentence` itself
        ("He said that Ruiz's plan…" is not Ruiz)."""
        for name in reversed(self.mentioned):
            if self.of(name) == pronoun and name.split()[-1] not in sentence:
                return name
        return None

    def other(self, pronoun: str, name: str | None, number: int) -> str | None:
        """The person "he" or "she" is when `name`, whom it would be, is known to be of the
        other gender: the last person named nearby known to be of the pronoun's, or else the
        one person named nearby whose gender is not known, or else the last of the pronoun's
        gender named at all."""
        pronoun = pronoun.lower()
        if not name or pronoun not in ("he", "she") or self.of(name) in (None, pronoun):
            return None
        named = list(reversed(self.mentioned))
        near = [p for p in named if self.mentioned[p] >= number - 2]
        unknown = [p for p in near if self.of(p) is None]
        known = [p for p in near if self.of(p) == pronoun]
        if not known and len(unknown) == 1:
            known = unknown
        known = known or [p for p in named if self.of(p) == pronoun]
        return known[0] if known else None
