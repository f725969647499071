"""Who said a quotation: the patterns of attribution of news writing (`speaker_of`), and
who a sentence without a quotation introduces or is about. `quotes.py` finds the
quotations and keeps in mind who spoke; the rules are news conventions, tried in order
on the quotation's sentence:

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

The speech verbs are those of news writing beyond "said" ("quipped", "wrote", "added",
"told", "warned", "insisted"…). A speaker named by surname only ("Onwurah said") is the
person named in full before.
"""

from __future__ import annotations

import re

from .actors import OPENING

VERB = (
    r"(?:said|says|say|told|tells|added|adds|warned|warns|stated|states|insisted|insists"
    r"|declared|declares|explained|explains|noted|notes|asked|asks|wrote|writes|argued|argues"
    r"|stressed|stresses|accused|demanded|urged|urges|complained|alleged|quipped|joked|tweeted"
    r"|continued|continues|recalled|recalls|responded|replied|countered|admitted|acknowledged"
    r"|conceded|predicted|predicts|announced|cautioned|contended|maintained|claimed|claims"
    r"|suggested|suggests|asserted|boasted|charged|vowed|promised|pledged|emphasi[sz]ed"
    r"|observed|remarked|concluded|posted|told reporters|went on|pointed out|shouted|yelled"
    r"|exclaimed|wondered|mused|testified|agreed|reiterated|lamented|scoffed|retorted|pressed|interjected|added"
    r"|answered|answers|fumed|opined|assured|echoed|snapped|barked|proclaimed|bragged|boasts"
    r"|thundered|reported|reports|recounted|reflected|chimed in|shot back|texted"
    r"|emailed|laughed|cracked|teased|pleaded|hinted|griped|raged|ranted|remembered|reacted"
    r"|reads|concludes|responds|replies|acknowledges|concedes|contends|asserts|muses"
    r"|recounts|laments|wonders|put it|puts it|agrees|questioned|repeated|elaborated"
    r"|confessed|surmised|retaliated)"
)
SPAN = 1000
"""The most characters before and after a quotation that its attribution is read in: a
sentence of news is shorter, and a pathological one is not read again for each quote."""
WHO = 150
"""The most characters of the words naming a speaker that a pattern reads (ten words
are accepted): a pattern never scans unbounded text from each place it starts."""
ABBREVIATED = (
    "Sen", "Rep", "Gov", "Gen", "Dr", "Mr", "Mrs", "Ms", "Lt", "Col", "Sgt", "Adm", "Jr",
    "St", "Prof", "Rev", "Maj", "Capt", "Atty", "Sr",
)  # fmt: skip
TITLE_DOT = "(?:(?<=\\b[A-Z])|" + "|".join(rf"(?<=\b{t})" for t in ABBREVIATED) + r")\.(?=\s)"
"""The full stop of "Sen." or of an initial ("Robert P. Casey"): it ends no name."""
NOT_AFTER_TITLE = "".join(rf"(?<!\b{t})" for t in ABBREVIATED)
PHRASE = rf"(?:[^,.;“”\"]|\.(?=[A-Za-z])|(?<=\.[A-Z])\.|{TITLE_DOT}){{1,{WHO}}}?"
END = rf"\s*(?:[,;]|(?<!\.[A-Z])(?<![A-Z]){NOT_AFTER_TITLE}\.(?:\s|$)|\.\s*$|[!?]|$)"
"""Where the words naming a speaker end; a full stop that ends the text ends them even after
a capital ("…," said Ana Ruiz of the firm IMGE.")."""
AFTER_VERB_FIRST = re.compile(
    rf"^[,.!?]?\s*{VERB}\s+(?P<who>{PHRASE})"
    rf"(?P<role>,\s+(?:a|an|the|his|her|its|[A-Z][\w'’.-]*[’']s?)\s[^,;“”\"]{{1,{WHO}}}?)?{END}"
)
AFTER_SPEAKER_FIRST = re.compile(
    rf"^[,.!?]?\s*(?P<who>{PHRASE})(?P<role>(?:,[^,“”\"]{{1,{WHO}}}){{1,5}},)?\s+{VERB}\b"
)
"""`"…," Ana Ruiz, 30, of Tulsa, Okla., who voted for him, said`: an apposition may run
over several commas."""
TAIL_SPEAKER_FIRST = re.compile(rf",\s+(?P<who>{PHRASE})\s+{VERB}\b[^,;“”\"]{{0,{WHO}}}$")
"""`"…" and donations rose, Ruiz said.`: an attribution that ends the sentence is that of
every quotation in it."""
TAIL_RULE = "“…” …, said X."
TAIL_VERB_FIRST = re.compile(
    rf",\s+{VERB}\s+(?P<who>{PHRASE})"
    rf"(?P<role>,\s+(?:a|an|the|his|her|its|[A-Z][\w'’.-]*[’']s?)\s[^,;“”\"]{{1,{WHO}}}?)?{END}"
)
"""`"…" if she loses, said Ana Ruiz, a pollster.`: the same, the verb first."""
DASH = r"\s*—\s*|\s–\s|\s--?\s"
"""A dash sets a clause apart as a comma does: "… with a formal speech -- Ruiz told …"."""
BEFORE = re.compile(rf"(?:^|[,;]\s+)(?P<who>[^,;“”\"]{{1,{WHO}}}?)\s+{VERB}\b[^“”\"]*$")
NEAREST = re.compile(
    rf"(?:^|[,;]\s+|{DASH}|(?<=[“”\"])\s+(?:and\s+|but\s+|while\s+)?)"
    rf"(?P<who>(?:(?!{DASH})[^,;“”\"]){{1,{WHO}}}?)\s+{VERB}\b[^,;“”\"]*[,:]?\s*$"
)
"""`While not all Lee says is true, Ruiz said Lee is "…"`: of two speakers in a sentence,
the one whose verb is nearest the quotation (in the same clause) is its speaker."""
CALLING_RULE = "X called Y “…”: the clause's subject"
CALLING = re.compile(
    rf"(?:^|[,;:]\s+|{DASH}|(?<=[“”\"])\s+(?:and\s+|but\s+|while\s+)?)"
    rf"(?P<who>(?![a-z]+ing\b)(?:(?!{DASH})[^,;:“”\"]){{1,{WHO}}}?)\s+(?:\w+ly\s+)?"
    r"(?:called|calls|described|describes|referred to|refers to|thanked|thanks|praised"
    r"|praises|labell?ed|termed|hailed|blasted|slammed|critici[sz]ed|characteri[sz]ed)"
    r"\b[^,;“”\"]*$"
)
"""`Speaking on the radio, Hale called the plan "…"`, `Ruiz described it as "…"`, `Lee thanked
the crews for "…"`: words the subject of the quotation's clause is said to have used of
something; its subject is the speaker whatever comes before it in the sentence."""
MIDDLE_RULE = "The trouble, says X, is “…”"
MIDDLE_VERB_FIRST = re.compile(
    rf"^[^,;“”\"]{{1,{WHO}}}?,\s+{VERB}\s+(?P<who>{PHRASE})"
    rf"(?P<role>,\s+[^,;“”\"]{{1,{WHO}}}?)?,\s+(?=[a-z])"
)
MIDDLE_SPEAKER_FIRST = re.compile(
    rf"^[^,;“”\"]{{1,{WHO}}}?,\s+(?P<who>{PHRASE})\s+{VERB},\s+(?=[a-z])"
)
"""`The trouble, says Ana Ruiz, a historian, began in 1970 with "…"`, `The plan, Hale writes, is
"…"`: an attribution set between commas after the sentence's subject is the sentence's."""
ACCORDING = re.compile(rf"(?i:according to) (?P<who>{PHRASE}){END}")
APPOSITION = re.compile(
    rf"(?:^|[.;]\s+|^[^,;“”\"]{{1,60}},\s+)"
    rf"(?P<who>[A-Z][\w'’.-]{{0,40}}(?:\s+[A-Z][\w'’.-]{{0,40}}){{0,9}})\s*,"
    rf"\s+(?P<role>(?:the|a|an|its|his|her|[a-z]+|[A-Z][\w'’.-]*[’']s?)\b[^“”\"]{{0,{WHO}}}?),"
    rf"\s+{VERB}\b"
)
"""`Emil Varga, the commission's chair, said`: the speaker is the name, not the role."""
ROLE_FIRST = re.compile(
    r"(?:^|[.;]\s+)(?P<role>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[A-Z][\w'’.-]*[’']s)"
    r"\s+[a-z][^,;“”\"]{0,60}),\s+"
    r"(?P<who>[A-Z][\w'’.-]{0,40}(?:\s+(?:[A-Z][\w'’.-]{0,40}|de|van|von|der|da|la|le|al|bin)){1,5}),"
    rf"\s+(?:\w+ly\s+)?{VERB}\b[^“”\"]*$"
)
"""`Its chair, Colin Marsh, said: "…"`, `The developer, Northgate Homes, said it was "…"`:
a description, then the name between commas."""
ATTRIBUTION = re.compile(rf"(?:^|,\s+)(?P<who>[^,;“”\"]{{1,{WHO}}}?)\s+{VERB}\b[^,;“”\"]*\.?$")
"""A sentence with no quotation that ends by naming who said it ("…, one of the
officials said."): the speaker a following "he said" means."""
SAYING = re.compile(
    r"(?:^|,\s+|(?<=[“”\"])\s+)(?P<who>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|[A-Z]\.))*)"
    r"(?:\s+(?:then|also|later|again|now|\w+ly))?\s+(?!of\b|and\b|in\b|to\b)[a-z]+(?:ed|s|t)\b"
    r"[^“”\"]*,\s+(?:saying|adding|telling|writing|noting|arguing|calling|asking|insisting"
    r"|warning|declaring|explaining|tweeting)\b[^“”\"]*$"
)
"""`Sanders stepped up his emphasis …, saying, "…"`: the quotation is the subject's."""
PARTICIPLE = (
    r"(?:saying|adding|telling|writing|noting|arguing|calling|asking|insisting|warning"
    r"|declaring|explaining|tweeting|yelling|shouting|joking|quipping|predicting|vowing"
    r"|promising|describing|urging|complaining)"
)
WITH = re.compile(
    r"\b(?:with|With)\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    rf"\s+(?:\w+ly\s+)?{PARTICIPLE}\b[^“”\"]{{0,{WHO}}}$"
)
"""`…, with Hale warning that the town faced "…"`: the name before a participle of speech
after "with" is the speaker."""
ROLE_WORD = (
    r"(?:presidential|candidate|nominee|front-?runner|hopeful|rival|contender|challenger"
    r"|incumbent|secretary|spokes(?:man|woman|person)|advis[eo]r|aide|strategist|pollster"
    r"|chair(?:man|woman)?|leader|senator|governor|lawmaker|delegate|director|manager"
    r"|commentator|host|anchor|analyst|former|campaign|party|press|senior|top|deputy|chief"
    r"|executive|star|author|columnist|reporter|attorney|lawyer|mogul|businessman"
    r"|billionaire|minister|mayor|president|vice|general|state|national|political"
    r"|conservative|liberal|progressive|activist|founder|economist|professor|historian)"
)
"""Lowercase words of a role set before a name ("Republican presidential candidate Ana
Ruiz", "former secretary of state Tom Hale")."""
DAY = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)"
)
"""`Ana Ruiz on Tuesday criticized…`: the day between a subject and its verb is neither."""
SUBJECT_RULE = "X [did something] … “…”: the subject"
SUBJECT = re.compile(
    r"^(?:[^,;“”\"]{1,100},\s+)?"
    rf"(?P<who>(?:[A-Z][\w'’.-]*\s+|(?!{VERB}\b|[a-z]+ing\b)[a-z][\w-]*\s+(?=[A-Z])"
    rf"|{ROLE_WORD}\s+(?:of\s+)?)"
    r"{0,6}[A-Z][\w'’.-]*[a-z][\w'’.-]*"
    r"|[Hh]e|[Ss]he)(?:(?<![’']s)(?<!s[’'])|(?=\s+(?:\w+\s+)?(?:response|reply|answer|message"
    r"|statement|phrase|slogan|tweet|words|comment|remarks|verdict)\b))"
    rf"(?P<role>\s*(?:,[^,“”\"]{{1,{WHO}}}){{1,3}},)?{DAY}?\s+(?:\w+ly\s+|also\s+|then\s+|again\s+)?"
    r"(?!(?:and|or|of|in|on|at|to|for|from|with|by)\b|(?:is|was|are|were)\b(?!\s+\w+ing\b))"
    rf"(?!{ROLE_WORD}\b)[a-z]{{2,}}\b"
)
"""`Lee took the stage and called the system "rotten"`: with no verb of speech, a quotation
in a sentence whose subject is a name is that person's words. A name in the possessive
begins a noun phrase, not a subject ("Ana Ruiz, Harbour County's fire chief, praised…"),
unless the phrase is of words ("Ruiz's reply was: "…""); a verb of speech ends a name
("Hale said Friday that Lee's plan…" is Hale's), and so does a day ("Ruiz on Tuesday
criticized…"); a word of a role is no verb ("Democratic presidential candidate…")."""
OPENING_PARTICIPLE = re.compile(
    r"^(?:Acknowledging|Noting|Saying|Arguing|Insisting|Conceding|Calling|Describing|Warning"
    r"|Admitting|Explaining|Declaring|Citing|Dismissing|Praising|Blasting|Slamming|Complaining)\b"
    r"[^“”\"]{0,100}$"
)
MAIN_SUBJECT = re.compile(
    r"^[^“”\"]{0,60}?,\s+(?:(?:though|however|too|then),\s+)?"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*|he|she)\s+(?=[a-z])"
)
"""`Calling the plan "a map with no roads," Ruiz urged…`: a quotation in an opening phrase of
speech is the words of the main clause's subject."""
CLAUSE_SUBJECT = re.compile(
    r"(?:,\s+(?:while|but|whereas)\s+|;\s+)"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    rf"(?P<role>,[^,“”\"]{{1,{WHO}}},)?\s+(?:\w+ly\s+)?(?!{ROLE_WORD}\b)[a-z]{{2,}}\b[^,;“”\"]*$"
)
"""`Jindal signed an order, while Ana Ruiz, the mayor, proposed "…"`: the subject of the
quotation's own clause, not the sentence's."""
ASKED_BY = re.compile(
    r"\b(?:was|were|is|are)\s+asked\s+by\s+(?:(?:[a-z]+\s+){0,2}(?=[A-Z]))?"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    rf"(?P<role>,[^“”\"]{{1,{WHO}}}?)?,?\s*$"
)
"""`Hale was asked by host Ana Ruiz, "…?"`: the question is the asker's."""
BEING = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)\s+(?:is|was)\s"
)
"""`Ruiz was quick to add a warning.` then a paragraph of quotation: whom a sentence is
about, when it says what the person is."""
HEADLINE = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*):\s+[‘'“\"]"
)
"""`Hale: 'The Ferry Will Sail Again'`: a headline giving a person's words names them."""
HELPING = re.compile(
    r"(?:\s+(?:also|further|then|later|again|once|previously|earlier|has|have|had|would"
    r"|will|[a-z]+ly))+\s*$"
)
"""Words between the speaker and the verb of speech ("She further said", "Hale has also
noted"): no part of who speaks."""
JOINED = re.compile(r"^(?i:and|but|so|yet|then)\s+(?:then\s+|now\s+|later\s+)?(?=[A-Z])")
"""`The crowd cheered, and then Ruiz continued: "…"`: a name after "and" is the speaker
("…, and urged…" names nobody)."""
CONTACT = re.compile(
    r"^(?!(?:and|but|or|so|then|yet|that|which|who|when|if|as|because|while)\b)"
    r"(?:[a-z][\w-]*\s+){1,3}(?=(?:he|she|they)$)"
)
"""`a plan he says "will not work"`: a relative clause without "that"; the pronoun is who
speaks, not the noun it describes."""
SUBORDINATE = re.compile(
    r"^[^“”\"]*\b(?:that|when|after|because|while|until|before|since|where|so)\s+(?=[A-Z])"
)
"""`The debate grew so heated that Gov. Ana Ruiz said, "…"`: the subject of the clause with
the verb of speech, not the words before it."""
PARTICIPLE_FIRST = re.compile(r"[a-z]+ing\b")
"""`…, giving states more power, but…`, `dismissing Hale as "…"`: a participle begins no
subject."""
LATER = re.compile(
    rf"\s(?:and|but)\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+{VERB}\b"
    r"[^,;“”\"]*[,:]?\s*$"
)
"""A second subject and verb of speech nearer the quotation than the first."""
CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|been|being)\b")
"""Words of a clause, not of who speaks: "… O'Malley's move was first reported by…"."""
AS = re.compile(r"^(?:(?:and|but|so|yet)\s+)?as\s+(?=[A-Z])", re.I)
"""`"…," as Ruiz said on Monday` / `As the Post reported, "…"`: "as" introduces the speaker."""
INVERTED = re.compile(
    rf"^(?:(?:But|And|Or|So),?\s+)?(?i:{VERB})\s+(?P<who>(?=[A-Z]){PHRASE})"
    rf"(?P<role>,[^“”\"]{{1,{WHO}}}?)?[,:]\s*$"
)
"""`Said Ana Ruiz, who grew up there, "…"` / `Stated Ruiz:`: the verb first, then the speaker
(a name: "Asked about the levy, Ruiz said:" is Ruiz's)."""
LABEL = re.compile(
    r"^(?:[^“”\"]{0,100}?\s[-–—]\s+)?"
    rf"(?P<who>(?:(?:[A-Z][\w'’.-]*|{ROLE_WORD}|of|and)\s+){{0,8}}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    r"\s*:\s*$"
)
"""`Sen. Ann Lee (D-Md.): "…"`, `POLLS DIVERGE - Tom Hale: "…"`: a name set before the
quotation with a colon, as a transcript or a digest sets it, is the speaker."""
NO_SUBJECT = re.compile(
    r"(?i:and|but|or|then|yet|while|when|who|which|that|because|as|if|although|so|after"
    r"|before|since|where|until|unless|whether|though|whereas|lest|according)\b"
)
"""Words that begin a clause, not a name: "…, and urged…" says nothing of who urged."""
NOT_A_NAME = re.compile(
    r"(?:The|A|An|It|It[’']s|In|On|At|Another|This|That|These|Those|There|Some|His|Her|Their"
    r"|Its|Our|My|Your|One|Many|Most|All|Both|Each|Every|No|Such|What|When|If|But|And|As"
    r"|After|Before|For|With|From|By|During|Still|Even|Now|Then|Yet|So|Here|Why|How)\b"
)
"""A subject that begins so is a description, not a name ("The candidate herself")."""
REPORTED = re.compile(
    rf"^(?P<who>[A-Z][^,;“”\"]{{0,{WHO}}}?)(?P<role>,[^,“”\"]{{1,{WHO}}},)?\s+{VERB}\b"
)
"""A sentence that begins "X said (that)…": reported speech; X is who "he" is next."""


def speaker_of(sentence: str, start: int, end: int, following: str = "") -> tuple[str | None, str]:
    """The words naming who said the quotation at sentence[start:end], and the rule;
    `following` is the next sentence, read when the quotation ends its own."""
    if start > SPAN:  # a sentence longer than news writes: only the words near the quote
        sentence, start, end = sentence[start - SPAN :], SPAN, end - start + SPAN
    sentence, following = _unbracketed(sentence[: end + SPAN]), _unbracketed(following[:SPAN])
    after, before = sentence[end:], sentence[:start]
    ahead = not after.strip(" ,.!?—–-") and _attributing(following)
    # "…," said Hale, adding that "…": the participle's subject speaks, not the next sentence
    ahead = ahead and not re.search(rf",\s+{PARTICIPLE}\s+(?:that\s+)?$", before)
    if ahead:
        after = " " + re.split(r"[“”\"]", following, maxsplit=1)[0]
    for rule, pattern, text, at in _in_order(sentence, before, after, bool(ahead)):
        match = pattern.search(text, at)
        if not match:
            continue
        if pattern in (NEAREST, BEFORE) and (later := LATER.search(text, match.end("who"))):
            match = later  # "A woman asked for a photo and Ruiz said, "…"": the nearer verb
        who, role = _cleaned(pattern, match["who"], text is before), match.groupdict().get("role")
        if named := apposed(text, match, who):
            who, role = named, who  # "Ana Ruiz, the harbour master said": a comma left out
        if not 0 < len(who.split()) <= 10 or NO_SUBJECT.match(who):
            continue
        if PARTICIPLE_FIRST.match(who):  # "…," giving states more power, but…
            continue
        if CLAUSE_VERB.search(who):  # "The Buckeye State is one of 45 states that…"
            continue
        if pattern is CALLING and not re.search(r"(?:\b[A-Z][\w'’.-]*|\b[Hh]e|\b[Ss]he)$", who):
            continue  # "Hale took the stage and called…": the subject is the sentence's
        if pattern in (SUBJECT, CALLING) and NOT_A_NAME.match(who):
            continue  # "The candidate herself took to the airwaves…": no name
        if pattern is SUBJECT:
            who = re.sub(r"(?<=s)[’']$|[’']s$", "", who)  # "Hale's reply was: "…"": Hale
        role = (role or "").strip(" ,")
        if pattern is ROLE_FIRST:  # "Its chair, Colin Marsh," -> "Colin Marsh, its chair"
            role = re.sub(r"^(?:The|Its|His|Her|Their|An?)\b", lambda m: m[0].lower(), role)
        return " ".join((who + (f", {role}" if role else "")).split()), rule
    return None, "no speaker in the sentence"


def _cleaned(pattern: re.Pattern[str], who: str, before: bool) -> str:
    """The words a pattern took for the speaker without what names nobody: a dash before
    them ("… - "the best" - and stressed…"), an adverb ("Ruiz, exasperated, famously
    replied"), "as", the clause before "that", "and" before a name, the noun a pronoun's
    clause describes ("a plan he says")."""
    who = AS.sub("", HELPING.sub("", " " + who).lstrip(" -–—"))
    if pattern in (NEAREST, BEFORE):
        who = SUBORDINATE.sub("", who)
    if before:  # "…, and then Ruiz said "…"", not ""…" and Ruiz said"
        who = JOINED.sub("", who)
    return CONTACT.sub("", who)


APPOSED = re.compile(r"(?:^|[,;:“”\"(])\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),\s+$")
"""A name and the comma after it, just before a description of the speaker."""
NOT_A_PERSON = re.compile(
    rf"{DAY}|\s*(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)


def apposed(text: str, match: re.Match[str], who: str) -> str | None:
    """The name before `who`, a description that took its place as the speaker: "…," Ana
    Ruiz, the harbour master tweeted" leaves out the comma after the role, not the name."""
    if not who[:1].islower() or len(who.split()) < 2:
        return None
    if NO_SUBJECT.match(who) and not who.startswith("who "):
        return None  # "Orlando, Florida, which Lee claims…": a place, then a clause
    at = match.start("who")
    named = APPOSED.search(text, max(0, at - 80), at)
    if named is None or " " not in named["name"] or not re.search("[a-z]", named["name"]):
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
    return not quoted or not (words.rstrip()[-1:] in ",:" or NEAREST.search(words))


def _in_order(
    sentence: str, before: str, after: str, ahead: bool
) -> list[tuple[str, re.Pattern[str], str, int]]:
    """The patterns of attribution in the order they are tried. When the quotation ends its
    sentence, the next sentence (`ahead`) is read only when the quotation's own sentence
    names nobody: "Lee said, "…" The mayor then recalled…" is Lee's."""
    last_before, last_after = after_last(before, '“”"'), after_last(after, '“”"')
    following = [
        ("“…,” said X", AFTER_VERB_FIRST, after, 0),
        ("“…,” X said", AFTER_SPEAKER_FIRST, after, 0),
    ]
    own = [
        ("X, the role, said … “…”", APPOSITION, before, 0),
        ("The role, X, said … “…”", ROLE_FIRST, before, last_before),
        ("Said X, “…”", INVERTED, before, 0),
        ("X: “…”", LABEL, before, 0),
        # BEFORE's match holds no quotation mark: it starts after the last one.
        ("Y was asked by X, “…”", ASKED_BY, before, last_before),
        ("X said … “…”", NEAREST, before, last_before),
        ("X said … “…”", BEFORE, before, last_before),
        (MIDDLE_RULE, MIDDLE_VERB_FIRST, before, 0),
        (MIDDLE_RULE, MIDDLE_SPEAKER_FIRST, before, 0),
    ]
    rest = [
        ("according to X", ACCORDING, sentence, 0),
        (CALLING_RULE, CALLING, before, last_before),
        ("“…” …, X said.", TAIL_SPEAKER_FIRST, after, last_after),
        (TAIL_RULE, TAIL_VERB_FIRST, after, last_after),
        ("X …, saying “…”", SAYING, before, last_before),
        ("with X saying “…”", WITH, before, last_before),
        ("…, while X proposed “…”", CLAUSE_SUBJECT, before, last_before),
        (SUBJECT_RULE, SUBJECT, before, 0),
    ]
    if OPENING_PARTICIPLE.match(before):  # the main clause's subject, before SUBJECT's
        rest.insert(-1, ("Calling it “…,” X said", MAIN_SUBJECT, after, 0))
    if ahead:  # the next sentence's own "…, X said." is its own attribution
        return own + [r for r in rest if r[2] is not after] + following
    return following + own + rest


BRACKETED = re.compile(r"\([^()“”\"]{1,40}\)")


def _unbracketed(text: str) -> str:
    """The text with each short parenthesis blanked, at the same length: "Sen. Ann Lee
    (D-Md.) said" names Ann Lee, and the affiliation's full stop ends no sentence."""
    if "(" not in text:
        return text
    return BRACKETED.sub(lambda m: " " * len(m[0]), text)


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
    who, _ = speaker_of(sentence + " “…”", len(sentence) + 1, len(sentence) + 4)
    return (number, who) if who else None


def subject_of(sentence: str, number: int) -> tuple[int, str] | None:
    """Who a sentence without a quotation is about: its subject when that is a name ("Ruiz
    continued her attack.", "Lee echoed:", "Lee was quick to reply."), or the speaker of
    "Said Lee:"."""
    sentence = _unbracketed(sentence)  # "Sen. Ann Lee (D-Md.) tweeted a warning."
    match = (
        SUBJECT.match(sentence)
        or INVERTED.match(sentence)
        or BEING.match(sentence)
        or HEADLINE.match(sentence)
    )
    if match is None or NO_SUBJECT.match(match["who"]) or NOT_A_NAME.match(match["who"]):
        return None
    return number, match["who"]
