"""Who said a quotation: which of the patterns of attribution of news writing (in
`attribution_patterns.py`, all importable from here) names its speaker, tried in what
order (`speaker_of`), and who a sentence without a quotation introduces or is about.
`quotes.py` finds the quotations and keeps in mind who spoke; the rules are news
conventions, tried in order on the quotation's sentence:

1. `"…," said X` / `"…," said X, the role.`   (verb, then the speaker; "Sen." and "P."
   do not end the name)
2. `"…," X said` / `"…," X, a Democrat from New York, said` / `"…?" X asked.` (the
   attribution may be the next sentence when the quotation ends its own)
3. `X said (on Thursday) that … "…"`   (the speaker before the verb, before the quote:
   "The navy said in a statement that Ruiz … "…"" is the navy's statement)
4. `… according to X`
5. `he said`, `the official said`, `the statement said`: an actor the description fits
   that the article named last, or else the speaker named last before (in this
   paragraph or the one before; a sentence without a quotation that names who speaks,
   "X said that…", "according to X", "…, X said.", names one too);
6. no speaker in the sentence: the speaker of the quotation just before in the same
   paragraph (a quotation that runs on), or of the paragraph before when this paragraph
   is all quotation (a quotation over several paragraphs opens each one and closes only
   in the last).

Beyond these (issue #27): a party and state in brackets are blanked ("Sen. Ann Lee
(D-Md.) said"); an apposition may run over several commas ("Ana Ruiz, 41, of Tulsa,
Okla., who voted early, said") and follow an opening phrase ("In an interview, Tom Hale,
chair of the board, said"); "Said X, "…"" and "as X said" name X; an attribution that
ends the sentence ("…" and the count went on, Ruiz said.) is that of its quotations; of
two verbs of speech before a quotation, the one in its clause ("While not all Hale says
is true, Ruiz said Hale is "…""); with no verb of speech, a sentence whose subject is a
name ("Hale took the stage and called the plan "…"") gives that name, unless the
quotation is a title; and a paragraph that opens with a quotation and names nobody is
the words of whom a sentence of the two paragraphs before was about, since the last
quotation ("Stated Patel:", "Hale continued his attack.").

Third pass: a role in lowercase before a subject's name ("Republican presidential
candidate Ana Ruiz called it "…""); a sentence ending in a colon introduces the quotation
that follows ("Ruiz, 17, echoed:"); a name set before the quotation with a colon, as a
transcript or a digest sets it ("Sen. Ann Lee (D-Md.): "…""); a quotation after an
attribution in its paragraph ("Ruiz said in a statement. "…""); "…, and then Ruiz said",
"But Ruiz added", "she further said": the conjunction or adverb is no part of the
speaker; a dash sets a clause apart as a comma does; a clause with "is" or "was" names
nobody; "…" if it rains, said Ruiz, a clerk." ends the sentence verb first; "Capt." and
"Prof." end no sentence; a title where a programme or a book is named ("said on MSNBC's
"Morning Joe."") and a number or a handle are terms whoever speaks.

Fourth pass: a name in the possessive is no subject ("Ruiz, Harbour County's chief,
praised…"); a verb of speech or a day ends a subject's name; "with Hale warning that
"…""; who called, described, thanked or praised something so ("Hale described the plan
as "…""); in `quotes.py`, a quotation opening a sentence after one about a named person,
and "he" or "she" as the subject of the quotation's own sentence ("Ruiz hit back: "…,"
she said").

Fifth pass: a title in quotation marks inside an apposition ends no attribution ("Lee,
the author of "Harbour Lights," said"); verbs of speech in the present tense ("Hale
concludes", "agrees") and "as Lee put it"; "a plan he says "…"" is the pronoun's; the
quotation's own sentence is read before the next one, whose own "…, X said." is never the
quotation's, and whose words up to its own quotation attribute it unless they introduce
that one; an adverb, a dash or a participle alone names nobody ("famously replied", "…"
- and stressed", "giving states…"); "The trouble, says Lee, is "…""; the subject of the
clause with the verb of speech ("so heated that Lee said"), of two joined by "and" the
nearer; a name before a role left without its closing comma ("Lee, the harbour master
said"); "Asked about the levy, Lee said:" is no inverted attribution; a quotation in an
opening phrase of speech is the main subject's ("Calling it "…," Lee urged…"); after
"adding that" the sentence's own speaker goes on; the subject of the quotation's own
clause after "while" or "but"; a headline "Hale: 'The Ferry Will Sail'" is about Hale;
"Hale was asked by host Ana Ruiz, "…?"" is the asker's question.
In `quotes.py`: sentences keep their
place after "Sen.\u00a0"; a sentence begins where the quotation running into it opens;
"Ana Ruiz and Tom Hale said" names both; "he" after an opening "Although Hale…" clause;
a quotation paragraph after one of narration continues the last speaker; a title after a
name in the possessive or before a noun is a term; markup left in the text quotes nobody;
a title's quotation marks are blanked on both sides of the quotation, once a paragraph.

Sixth pass: an apposition may hold a relative clause or two (`WHO`, 250 characters); a
next sentence that goes on past its verb of speech ("Lee said he would…") reports a
statement of its own and attributes no quotation before it; a verb of speech after
"when", "after", "as"… is nearer the quotation than the sentence's ("Hale tweeted after
Ruiz argued that "…""), and so is the subject after "which" or "whom" ("the pier, which
Mayor Ruiz declared "…""); a description then the name between commas, after an opening
phrase or after the quotation ("In a statement, the trust's chief, Tom Hale, said",
""…," the council's leader, Ana Ruiz, wrote"), and after a full name in the possessive
("Ana Ruiz's spokesman, Carl Dent, said"); who called or described something so, named
with an apposition ("The mayor, Ana Ruiz, described it as "…""); "Hale, a fisherman, was
blunt: "…""; the subject of two verbs joined by "and" or "but" ("Ruiz toured the quay and
said…", "…declined to comment but said…"); a full name just before the colon that
introduces a quotation ("…does not surprise pollster Ana Ruiz: "…""). In `quotes.py`: a
credit line under a paragraph of quotation ("— Ana Ruiz.") names its speaker; "he" or
"she" is whom the sentence before in the paragraph is about ("Ruiz disagreed. "…," she
said"), or in the paragraph before when nobody has spoken since, also when it sets an
adverb between commas ("Hale, meanwhile, was…").

Then (the bench's "Speakers, sixth pass"): "he" or "she" is the person of that gender when
the one it would be is known to be of the other (`Genders`: the article's own "Ms.",
"spokeswoman", "his wife", "Lee said she…", or a pronoun it already resolved); a clause
after the name ("said Lee when asked…"), between dashes ("Lee — who … — said"), a hometown
and its state ("Lee of Tulsa, Okla., said"), a time or "herself" before the verb, "took to
Twitter to say"; a passive verb joined to one of speech ("Lee was cheered and said");
"From Lee's statement:", "The reply from Lee:", "Lee's statement said"; quotations joined
by "and" share the attribution after the last; what Lee called "…" is Lee's words, not a
term, and so is Hale's claim that "…"; "— Ana Lee" after a quotation that opens its
sentence; "The U.S. envoy, Lee, said"; a verb in the past between two names ends a subject.

Seventh pass: "Lee's "…" promise" is Lee's words (a noun of words after the quotation); a
capitalised conjunction opening the sentence ("While Lee insists…") is no part of the
speaker; the verbs of speech and of naming are read in the past and the present, and their
participles, from one list each (`SPEECH`, `NAMING_VERBS`).

Tenth pass (issue #27, speakers): of attributions one inside the other, the quoted words are
the inner one's ("Hale said Ruiz called it "…"", "The Gazette reported that Hale said "…"");
a relative clause of speech gives the name before it ("…, who said "…""); "quoted Ruiz as
saying", "was quoted as saying"; the words of a remark, comments, a description or a
dictum are their author's; "One of them, Tom Hale, said"; a quotation ending in a comma and
a name with any verb ending the sentence ("…," Hale sighed.); a sentence after a quotation
that credits it ("So said Tom Hale.", "That was the verdict of…", "That quote from Tom
Hale…"), in the same paragraph or the next; a spokesperson named by role only speaks for the
body ("A Corvina Port Authority spokesman", "an authority spokeswoman"); a quotation
paragraph after "Asked about…, Hale was blunt.", "The harbour master, Tom Hale, went
further.", "For Tom Hale, …", "The Gazette spoke with Tom Hale."; a clause is no role in an
apposition, a bracket keeps no comma ("Gov. Ana Ruiz (D-ME), said"); "fired back" and "hit
back" are verbs of speech; "with the Society of Pilots calling it "…""; a name and role in
the quotation's own clause after another attribution, and a second clause joined to the
first whose subject speaks; after another's quotation, the subject of the clause that
follows; an embedded post's credit with handle and date; a dash for the comma before
"said X"; "according to the mayor's spokesman, Carl Dent"; ""…" and should "…," Ruiz said".

The speech verbs are those of news writing beyond "said" ("quipped", "wrote", "added",
"told", "warned", "insisted"…). A speaker named by surname only ("Onwurah said") is the
person named in full before.
"""

from __future__ import annotations

import re

from . import letters
from .actors import OPENING
from .actors_names import who_is
from .attribution_patterns import *  # noqa: F403 (every pattern stays importable from here)
from .attribution_patterns import (
    ACCORDING,
    AFTER_SPEAKER_FIRST,
    AFTER_VERB_FIRST,
    ANY_VERB_AFTER,
    APPOSED,
    APPOSITION,
    AS,
    ASKED_BY,
    BEFORE,
    BEING,
    BETWEEN_DASHES,
    BLUNT,
    CALLED_BY_WHOM,
    CALLING,
    CALLING_RULE,
    CLAIM,
    CLAUSE_SUBJECT,
    CLAUSE_VERB,
    CONTACT,
    CREDIT_AFTER,
    DASH_CREDIT,
    FOR_WHOM,
    FROM,
    HEADLINE,
    HELPING,
    HOMETOWN,
    IN_OWN_WORDS,
    IN_WORDS_OF,
    INNER,
    INTERVIEWED,
    INTRODUCED,
    INVERTED,
    JOINED,
    JOINED_SPEAKER,
    LABEL,
    LAST_APPOSITION,
    LATER,
    LISTED,
    MAIN_SUBJECT,
    MIDDLE_RULE,
    MIDDLE_SPEAKER_FIRST,
    MIDDLE_VERB_FIRST,
    NAMED_LAST,
    NEAREST,
    NO_SUBJECT,
    NOT_A_NAME,
    NOT_A_PERSON,
    OF_WORDS,
    OPENING_ASKED,
    OPENING_PARTICIPLE,
    OWN_DOCUMENT,
    PARTICIPLE,
    PARTICIPLE_FIRST,
    POSSESSOR,
    PREDICATE,
    QUOTE_FROM,
    QUOTE_THEN_SUBJECT,
    QUOTED_AS,
    QUOTED_AS_AFTER,
    RELATIVE,
    REPORTING,
    ROLE_FIRST,
    ROLE_THEN_NAME,
    SAYING,
    SENT_SAYING,
    SO_SAID,
    SPAN,
    SUBJECT,
    SUBJECT_RULE,
    SUBORDINATE,
    TAIL_RULE,
    TAIL_SPEAKER_FIRST,
    TAIL_VERB_FIRST,
    THAT_WAS,
    TOOK_TO,
    TRAILING_CLAUSE,
    VERB,
    WITH,
    unbracketed,
)
from .names import FULL_NAME, PARTICLE


def speaker_of(sentence: str, start: int, end: int, following: str = "") -> tuple[str | None, str]:
    """The words naming who said the quotation at sentence[start:end], and the rule;
    `following` is the next sentence, read when the quotation ends its own."""
    if start > SPAN:  # a sentence longer than news writes: only the words near the quote
        sentence, start, end = sentence[start - SPAN :], SPAN, end - start + SPAN
    sentence, following = unbracketed(sentence[: end + SPAN]), unbracketed(following[:SPAN])
    after, before = sentence[end:], sentence[:start]
    ends = not after.strip(" ,.!?—–-")  # the quotation ends its sentence
    ahead = ends and _attributing(following)
    # "…," said Hale, adding that "…": the participle's subject speaks, not the next sentence
    ahead = ahead and not re.search(rf",\s+{PARTICIPLE}\s+(?:that\s+)?$", before)
    if ahead:
        after = " " + re.split(r"[“”\"]", following, maxsplit=1)[0]
    elif listed := LISTED.match(after):  # "“rotten” and “beyond repair,” Ruiz said"
        after = after[listed.end() :]
    # a quotation that ends in a comma, "?" or "!" goes on in its sentence: "…," Hale sighed.
    embedded = bool(re.search(r"[,!?]$", sentence[start:end].rstrip('”"’ '))) or after[:1] == ","
    for rule, pattern, text, at in _in_order(sentence, before, after, bool(ahead), embedded):
        match = pattern.search(text, at)
        if not match:
            continue
        if pattern in (NEAREST, BEFORE) and (later := LATER.search(text, match.end("who"))):
            match = later  # "A woman asked for a photo and Ruiz said, "…"": the nearer verb
        if pattern in (NEAREST, BEFORE) and (inner := INNER.search(text, match.end("who"))):
            match = inner  # "Hale said Ruiz called it "…"": the inner attribution's words
        if pattern is POSSESSOR and not OF_WORDS.match(sentence, end):
            continue  # "WikiLeaks's "…" was a mistake": no words of WikiLeaks
        if pattern is ROLE_FIRST and _spoken_later(text, match.end("who")):
            continue  # "A blogger, Tal Lev, reported …, in which Hale said: "…"": Hale's
        if pattern in (APPOSITION, HOMETOWN) and JOINED_SPEAKER.search(text, match.end("who")):
            continue  # "Hale, the harbour master, said …, and Ruiz said "…"": Ruiz's
        who, role = _cleaned(pattern, match["who"], text is before), match.groupdict().get("role")
        if pattern is AFTER_VERB_FIRST and _a_role(who):  # "…," said the port's chief, Ana Ruiz.
            if after_role := NAME_AFTER_ROLE.match(text, match.end("who")):
                who, role = after_role["name"], who
        if named := apposed(text, match, who):
            who, role = named, who  # "Ana Ruiz, the harbour master said": a comma left out
        if not 0 < len(who.split()) <= 10 or NO_SUBJECT.match(who):
            continue
        if PARTICIPLE_FIRST.match(who):  # "…," giving states more power, but…
            continue
        if CLAUSE_VERB.search(who):  # "The Buckeye State is one of 45 states that…"
            continue
        who, role = name_then_role(who, role or "")  # ""…," the trust's chief, Tom Hale, said"
        if pattern is CALLING and not letters.compile(
            r"(?:\b[A-Z][\w'’.-]*|\b[Hh]e|\b[Ss]he)$"
        ).search(who):
            continue  # "Hale took the stage and called…": the subject is the sentence's
        if pattern in (SUBJECT, CALLING, BLUNT) and NOT_A_NAME.match(who):
            continue  # "The candidate herself took to the airwaves…": no name
        if pattern is SUBJECT:
            who = re.sub(r"(?<=s)[’']$|[’']s$", "", who)  # "Hale's reply was: "…"": Hale
        if pattern is ROLE_FIRST:  # "Its chair, Colin Marsh," -> "Colin Marsh, its chair"
            role = DETERMINER.sub(lambda m: m[0].lower(), role)
        return " ".join((who + (f", {role}" if role else "")).split()), rule
    if ends and (credit := credited_next(following)):  # "“…” So said Hale."
        return credit, "“…” So said X. / That was X’s verdict."
    if (tail := CREDIT_AFTER.match(after)) and not NOT_A_NAME.match(tail["who"]):
        return tail["who"], "“…,” came the reply from X / was how X put it"
    return None, "no speaker in the sentence"


DETERMINER = letters.compile(r"^(?:The|Its|His|Her|Their|An?|One|Another)\b")
"""The first word of a role set before the name, lowercase once the role follows it."""


def credited_next(following: str) -> str | None:
    """Who a sentence after a quotation that ends its own credits with it ("So said Tom
    Hale.", "That was the verdict of Tom Hale, the harbour master."), if it does."""
    match = SO_SAID.match(following) or THAT_WAS.match(following) or QUOTE_FROM.match(following)
    return match["who"] if match and not NOT_A_NAME.match(match["who"]) else None


def _spoken_later(text: str, at: int) -> bool:
    """Whether a verb of speech nearer the quotation, in a clause of its own, follows the
    one after `at`."""
    verb = ROLE_VERB.match(text, at)
    return bool(verb and NEAREST.search(text, verb.end()))


ROLE_VERB = letters.compile(rf",\s+(?:\w+ly\s+)?{VERB}\b")


def _cleaned(pattern: re.Pattern[str], who: str, before: bool) -> str:
    """The words a pattern took for the speaker without what names nobody: a dash before
    them ("… - "the best" - and stressed…"), an adverb ("Ruiz, exasperated, famously
    replied"), "as", the clause before "that", "and" before a name, the noun a pronoun's
    clause describes ("a plan he says")."""
    who = BETWEEN_DASHES.sub("", TOOK_TO.sub("", " " + who))  # "Ruiz — who … — said"
    who = AS.sub("", HELPING.sub("", who).lstrip(" -–—"))
    if pattern in (AFTER_VERB_FIRST, TAIL_VERB_FIRST, INVERTED, ACCORDING):
        who = TRAILING_CLAUSE.sub("", who)  # "said Ana Ruiz when asked about…"
    if pattern is CALLING:  # "the levy, which Ruiz called "…""
        who = CALLED_BY_WHOM.sub("", who)
    if pattern in (NEAREST, BEFORE):
        who = SUBORDINATE.sub("", who)
        if predicate := PREDICATE.match(who):
            who = HELPING.sub("", " " + predicate["who"]).strip()  # "When Ruiz later…"
    if before:  # "…, and then Ruiz said "…"", not ""…" and Ruiz said"
        who = JOINED.sub("", who)
    return OWN_DOCUMENT.sub("", CONTACT.sub("", who))  # "Ruiz's statement said": Ruiz


NAME_AFTER_ROLE = letters.compile(
    r",\s+(?P<name>(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]*[a-z][\w'’-]*)\s*(?:[.,;!?]|$)"
)
"""A name in full set after the role that took its place: ", Ana Ruiz."."""


def _a_role(who: str) -> bool:
    """Whether the words a verb of saying takes as the speaker describe someone rather
    than name them: "the minister", "Oster's water minister"."""
    return who[:1].islower() or re.search(r"[’']s?\s", who) is not None


def apposed(text: str, match: re.Match[str], who: str) -> str | None:
    """The name before `who`, a description that took its place as the speaker: "…," Ana
    Ruiz, the harbour master tweeted" leaves out the comma after the role, not the name."""
    if not who[:1].islower() or len(who.split()) < 2:
        return None
    if NO_SUBJECT.match(who) and not who.startswith("who "):
        return None  # "Orlando, Florida, which Lee claims…": a place, then a clause
    at = match.start("who")
    named = APPOSED.search(text, max(0, at - 80), at)
    if (
        named is None
        or " " not in named["name"]
        or not letters.compile("[a-z]").search(named["name"])
    ):
        return None  # "Likewise, a paper…"
    if NOT_A_NAME.match(named["name"]) or NOT_A_PERSON.match(" " + named["name"]):
        return None  # "On Monday, the mayor said", "Friday, the mayor said"
    return named["name"]


def _attributing(following: str) -> bool:
    """Whether the next sentence may attribute a quotation that ends its own: its words
    before any quotation of its own, unless they introduce that one ("He said Lee's plan
    was "…"", "Lee replied: "…"") — "…?" Ruiz asked, pointing at "the pier"" may."""
    words, quoted, _ = following.partition("“") if "“" in following else following.partition('"')
    if not words.strip():
        return False
    if REPORTING.search(words):
        return False  # "Lee said he would…": a statement of its own, not an attribution
    return not quoted or not (words.rstrip()[-1:] in ",:" or NEAREST.search(words))


def _in_order(
    sentence: str, before: str, after: str, ahead: bool, embedded: bool = False
) -> list[tuple[str, re.Pattern[str], str, int]]:
    """The patterns of attribution in the order they are tried. When the quotation ends its
    sentence, the next sentence (`ahead`) is read only when the quotation's own sentence
    names nobody: "Lee said, "…" The mayor then recalled…" is Lee's."""
    last_before, last_after = after_last(before, '“”"'), after_last(after, '“”"')
    following = [
        ("“…,” Y quoted X as saying", QUOTED_AS_AFTER, after, 0),
        ("“…,” said X", AFTER_VERB_FIRST, after, 0),
        ("“…,” X said", AFTER_SPEAKER_FIRST, after, 0),
    ]
    own = [
        ("X’s “…”", POSSESSOR, before, last_before),
        ("X of Town, State, said … “…”", HOMETOWN, before, last_before),
        ("…, but X, the role, said … “…”", LAST_APPOSITION, before, last_before),
        ("X, the role, said … “…”", APPOSITION, before, 0),
        ("The role, X, said … “…”", ROLE_FIRST, before, last_before),
        ("Said X, “…”", INVERTED, before, 0),
        ("X: “…”", LABEL, before, 0),
        ("From X’s statement: “…”", FROM, before, 0),
        # BEFORE's match holds no quotation mark: it starts after the last one.
        ("Y was asked by X, “…”", ASKED_BY, before, last_before),
        ("Y replied to X, who said “…”", RELATIVE, before, last_before),
        ("Y quoted X as saying “…”", QUOTED_AS, before, last_before),
        ("X said … “…”", NEAREST, before, last_before),
        ("X said … “…”", BEFORE, before, last_before),
        ("X’s claim that “…”", CLAIM, before, last_before),
        (MIDDLE_RULE, MIDDLE_VERB_FIRST, before, 0),
        (MIDDLE_RULE, MIDDLE_SPEAKER_FIRST, before, 0),
    ]
    rest = [
        ("according to X", ACCORDING, sentence, 0),
        ("in X’s words", IN_OWN_WORDS, sentence, 0),
        ("in the words of X", IN_WORDS_OF, sentence, 0),
        (CALLING_RULE, CALLING, before, last_before),
        ("“…” …, X said.", TAIL_SPEAKER_FIRST, after, last_after),
        (TAIL_RULE, TAIL_VERB_FIRST, after, last_after),
        ("X …, saying “…”", SAYING, before, last_before),
        ("X sent a statement saying “…”", SENT_SAYING, before, last_before),
        ("with X saying “…”", WITH, before, last_before),
        ("…, while X proposed “…”", CLAUSE_SUBJECT, before, last_before),
        ("X was blunt: “…”", BLUNT, before, 0),
        ("“…,” X did … “…”", QUOTE_THEN_SUBJECT, before, last_before),
        (SUBJECT_RULE, SUBJECT, before, 0),
        ("… Ana Ruiz: “…”", NAMED_LAST, before, last_before),
    ]
    if not before.strip():  # "“…” — Ana Ruiz": a credit, when the quotation opens its sentence
        following.append(("“…” — X", DASH_CREDIT, after, 0))
    if OPENING_PARTICIPLE.match(before):  # the main clause's subject, before SUBJECT's
        rest.insert(-2, ("Calling it “…,” X said", MAIN_SUBJECT, after, 0))
    if embedded and not ahead:  # "“…,” Hale sighed.": whatever the verb, the attribution
        rest.append(("“…,” X sighed.", ANY_VERB_AFTER, after, 0))
    if ahead:  # the next sentence's own "…, X said." is its own attribution
        return own + [r for r in rest if r[2] is not after] + following
    return following + own + rest


def after_last(text: str, marks: str) -> int:
    """Where the text after the last of `marks` starts (0 if none is in it): a pattern
    whose match holds none of them is searched from there, so that it never scans the
    rest of the text again from every place it could start."""
    return max(text.rfind(mark) for mark in marks) + 1


def name_then_role(who: str, role: str) -> tuple[str, str]:
    """ "The mayor of Corvina, Petra Holm, said": the name between the commas is the
    speaker, and the description before it its role (as in "Petra Holm, the mayor of
    Corvina, said")."""
    role = role.strip(" ,")
    if role and _is_name(role) and not _is_name(who):
        # Without the sentence's opening ("Last month the operator, Halden Marine, said"),
        # and its capital: "The mayor" is "the mayor" once it follows the name.
        described = re.sub(r"^(The|A|An)\b", lambda m: m[1].lower(), OPENING.sub("", who))
        return role, described
    return who, role


def _is_name(text: str) -> bool:
    """A proper name: every word capitalised, none an article ("Petra Holm", "Rep. Ann Lee")."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and all(word[:1].isupper() for word in words)
        and words[0] not in ("The", "A", "An")
    )


def introducing(sentence: str, number: int) -> tuple[int, str] | None:
    """Who a sentence that ends in a colon introduces ("Lee, 17, echoed:", "As the Post's
    Ana Ruiz reported after the vote:"): the quotation that follows is theirs."""
    if not sentence.rstrip().endswith(":"):
        return None
    # "“…,” said Dr Ana Ruiz, while farmer Tom Hale said:": the last clause introduces it
    sentence = LAST_CLAUSE.split(sentence)[-1]
    quoted = bool(letters.compile(r"[“”\"]").search(sentence))  # "…," Ruiz said, adding:
    if not quoted and (own := OWN_WORDS.search(sentence)):
        # "Her message was blunt:", "On Friday, …, Whitby's reaction was blunt:"
        return (number, own["owner"] or ("she" if own["pronoun"] == "Her" else "he"))
    who, _ = speaker_of(sentence + " “…”", len(sentence) + 1, len(sentence) + 4)
    if who is None:  # "Here is what Hale said:", "The statement from Ruiz read:"
        found = next(filter(None, (p.search(sentence) for p in INTRODUCED)), None)
        who = found["who"] if found and not NOT_A_NAME.match(found["who"]) else None
    if who is None and not quoted and (about := subject_of(sentence.rstrip(" :"), number)):
        who = about[1]  # "The coach, Ana Ruiz, was insistent after the match:"
    if who is None and not quoted:  # "… when Tariq Mahmood, whose shop flooded, stood up:"
        people = {
            n
            for m in FULL_NAME.finditer(sentence)
            if not re.match(r"[’']s?\b", sentence[m.end() : m.end() + 2])  # "Ruiz's bid"
            and (n := _a_person(m[0]))
        }
        who = people.pop() if len(people) == 1 else None
    return (number, who) if who else None


OWN_WORDS = letters.compile(
    r"(?:^(?P<pronoun>Her|His)|(?:^|,\s+)(?P<owner>[A-Z][\w'’-]+)[’']s?)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:message|answer|reply|response|reaction|retort|verdict|advice|warning|plea|view|words"
    r"|letter|statement)\b[^,;“”\"]*:\s*$"
)
"""Whose words a colon introduces with a possessive: "Her message to parents was blunt:",
"…, Whitby's reaction was blunt:"."""
LAST_CLAUSE = letters.compile(r"[”\"]|,\s+(?:while|but|whereas|and)\s+|;\s+")
"""Where a clause after an earlier quotation or speaker begins."""


def _a_person(words: str) -> str | None:
    """The person's name the words give, if they name one in full."""
    named = who_is(words)
    return named.name if named and named.kind == "person" and " " in named.name else None


DESCRIBED_NAME = letters.compile(
    r"(?P<who>(?:The|A|An)\s+(?:[\w'’-]+\s+){1,4}?(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*[a-z]"
    r"[\w'’.-]*)(?:,[^,;“”\"]{1,120},)?\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?[a-z]{2,}\b"
)
"""A sentence whose subject is a description then a name: "The veteran jockey Tomasz
Wrona, who fell at Aintree, has said…"."""
PARTICLE_TAIL = letters.compile(
    rf"(?:\s+{PARTICLE})+\s+[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?(?=[\s,;.:]|$)"
)
"""The rest of a surname of particles after its first words ("… de la Fuente")."""
DESCRIBING = letters.compile(r"(?<!^)\b[a-z]{3,}")
"""A role that describes someone: a word in small letters after its first ("The Danish
skier"; not "The", nor "Our Revolution", a name)."""


def subject_of(sentence: str, number: int) -> tuple[int, str] | None:
    """Who a sentence without a quotation is about: its subject when that is a name ("Ruiz
    continued her attack.", "Lee echoed:", "Lee was quick to reply."), or the speaker of
    "Said Lee:"."""
    sentence = JOINED.sub("", unbracketed(sentence))  # "But Sen. Ann Lee (D-Md.) tweeted…"
    sentence = OPENING_ASKED.sub("", sentence)  # "Asked about the levy, Ruiz was blunt."
    match = (
        SUBJECT.match(sentence)
        or INVERTED.match(sentence)
        or BEING.match(sentence)
        or HEADLINE.match(sentence)
    )
    if match and NOT_A_NAME.match(match["who"]) and (lead := DESCRIBED_NAME.match(sentence)):
        described = who_is(lead["who"])  # "The Danish skier Freja Holm has said…"
        if described and described.kind == "person" and " " in described.name:
            if DESCRIBING.search(described.role):
                return number, described.name
    if match is None or NO_SUBJECT.match(match["who"]) or NOT_A_NAME.match(match["who"]):
        # "The harbour master, Tom Hale, went further.", "For Hale, …", "We spoke with Hale."
        match = (
            ROLE_THEN_NAME.match(sentence)
            or FOR_WHOM.match(sentence)
            or INTERVIEWED.search(sentence)
        )
    if match is None or NOT_A_NAME.match(match["who"]):
        return None
    # "José Ángel Muñoz de la Fuente, …, defended": the particles and the name after them
    tail = PARTICLE_TAIL.match(match.string, match.end("who"))
    return number, match["who"] + (tail[0] if tail else "")
