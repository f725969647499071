"""The verbs of speech of news writing and the nouns of what someone said: the words every
pattern of attribution (`attribution_patterns.py`) reads as "said", each verb in the past
and the present ("proclaimed", "proclaims") and as a participle ("saying").
"""

from __future__ import annotations

import re

THAT_VERB = (
    r"(?:said|says|added|argued|claimed|insisted|noted|warned|wrote|stated|explained"
    r"|stressed|suggested|maintained|contended|believes|thinks|fears)"
)
"""Verbs whose words follow them as a clause ("said the board had no choice"), unlike a
view with an object ("called the rise a tax", "told the council …", "announced the
tender"): what the sentence reports can be told without who says it (a claim's
paraphrase, an event's title)."""
SPEECH = (
    "say tell add warn state insist declare explain note ask write argue stress accuse demand"
    " urge complain allege quip joke tweet continue recall respond reply counter admit"
    " acknowledge concede predict announce caution contend maintain claim suggest assert"
    " boast charge vow promise pledge emphasize emphasise observe remark conclude post shout"
    " yell exclaim wonder muse testify agree reiterate lament scoff retort press interject"
    " answer fume opine assure echo snap bark proclaim brag thunder report recount reflect"
    " text email laugh crack tease plead hint gripe rage rant remember react question repeat"
    " elaborate confess surmise retaliate confirm"
).split()
"""The verbs of speech of news writing, each in the past and the present (`VERB`): a verb
news writes in one tense it writes in the other ("proclaimed", "proclaims")."""
IRREGULAR = {
    "say": "said", "tell": "told", "write": "wrote", "quip": "quipped", "snap": "snapped",
    "admit": "admitted", "brag": "bragged", "dub": "dubbed", "slam": "slammed",
    "label": "labelled",
}  # fmt: skip
PHRASES = (
    "told reporters", "tells reporters", "went on", "goes on", "pointed out", "points out",
    "put it", "puts it", "chimed in", "chimes in", "shot back", "shoots back", "say", "reads",
    "was quoted as saying", "is quoted as saying", "were quoted as saying", "fired back",
    "fires back", "hit back", "hits back",
)  # fmt: skip


def _past(verb: str) -> str:
    """ "said", "quipped", "replied", "argued", "added"."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    return verb[:-1] + "ied" if re.search("[^aeiou]y$", verb) else verb + "ed"


def _present(verb: str) -> str:
    """ "says", "replies", "stresses", "echoes"."""
    if re.search("[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + ("es" if re.search("(?:s|sh|ch|x|o)$", verb) else "s")


def _participle(verb: str) -> str:
    """ "saying", "quipping", "arguing", "testifying"."""
    if IRREGULAR.get(verb, "").endswith(verb[-1] * 2 + "ed"):
        return verb + verb[-1] + "ing"
    return (verb[:-1] if re.search("[^e]e$", verb) else verb) + "ing"


def _alternatives(words: set[str]) -> str:
    """A regular expression matching any of the words, the longest first."""
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


NOUNS = {
    "remarks", "questions", "posts", "texts", "emails", "charges", "pledges", "promises", "vows",
    "jokes", "tweets", "hints", "rants", "cracks", "snaps", "barks", "echoes", "presses",
    "demands", "counters", "gripes", "rages", "laughs", "retorts", "quips", "shouts", "yells",
    "repeats", "reflects", "reacts", "terms", "labels", "blasts",
}  # fmt: skip
"""Present forms that are more often plural nouns ("his recent remarks", "to answer questions"):
no verb of speech."""
VERB = _alternatives({f(verb) for verb in SPEECH for f in (_past, _present)} - NOUNS | set(PHRASES))
PARTICIPLE = _alternatives({_participle(verb) for verb in (*SPEECH, "call", "describe")})
"""The participles of the verbs of speech, and "calling", "describing": "…, saying "…""."""
WORDS = (
    r"(?:claim|assertion|argument|contention|insistence|promise|pledge|vow|warning|boast"
    r"|suggestion|charge|complaint|prediction|accusation|response|reply|answer|message"
    r"|statement|phrase|slogan|tweet|words?|comments?|remarks?|verdict|advice|point|view|take"
    r"|assessment|explanation|retort|description|characteri[sz]ation|dictum|motto|mantra)"
)
"""Nouns of what someone said: "Hale's reply was: "…"", "Hale's claim that …", "The reply
from Hale:", "Obama's "…" promise": whose they are is who spoke."""

NAMING_VERBS = (
    "call describe thank praise label term dub brand nickname hail blast slam criticize"
    " criticise characterize characterise"
).split()
"""Verbs by which someone's words about something are reported ("called it "…""), in the past
and the present as the verbs of speech."""
NAMING = _alternatives(
    {f(verb) for verb in NAMING_VERBS for f in (_past, _present)} - NOUNS
    | {"labeled", "referred to", "refers to"}
)
