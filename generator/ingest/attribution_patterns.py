"""The patterns of attribution of news writing: the words that may name a speaker, and
one regular expression per convention ("…," said X; X, the role, said;
according to X; X called Y "…"; …), each with an example in its docstring. Which of them
names the speaker of a quotation, and in what order they are tried, is `attribution.py`'s
to decide; the verbs of speech are `quotes_verbs.py`'s, the words that tell a person's
gender `quotes_genders.py`'s. Every pattern reads a bounded number of characters from each
place it starts (`WHO`, `SPAN`), so that ingest stays linear on a pathological sentence.
"""

from __future__ import annotations

import re

from . import letters
from .quotes_verbs import NAMING as NAMING
from .quotes_verbs import PARTICIPLE as PARTICIPLE
from .quotes_verbs import SPEECH as SPEECH
from .quotes_verbs import THAT_VERB as THAT_VERB
from .quotes_verbs import VERB as VERB
from .quotes_verbs import WORDS as WORDS

SPAN = 1000
"""The most characters before and after a quotation that its attribution is read in: a
sentence of news is shorter, and a pathological one is not read again for each quote."""
WHO = 250
"""The most characters of the words naming a speaker that a pattern reads (ten words
are accepted, and an apposition with a relative clause or two: "Ana Ruiz, a councillor who
has … and who led …, said"): a pattern never scans unbounded text from each place it
starts."""
ABBREVIATED = (
    "Sen", "Rep", "Gov", "Gen", "Dr", "Mr", "Mrs", "Ms", "Lt", "Col", "Sgt", "Adm", "Jr",
    "St", "Prof", "Rev", "Maj", "Capt", "Atty", "Sr", "Det", "Insp", "Supt", "Cmdr", "Cpl",
    "Pvt", "Fr", "Msgr", "Hon", "Amb", "Brig", "Cllr",
)  # fmt: skip
TITLE_DOT = "(?:(?<=\\b[A-Z])|" + "|".join(rf"(?<=\b{t})" for t in ABBREVIATED) + r")\.(?=\s|,)"
"""The full stop of "Sen." or of an initial ("Robert P. Casey"), or of "Jr.," before a comma:
it ends no name."""
NOT_AFTER_TITLE = "".join(rf"(?<!\b{t})" for t in ABBREVIATED)
PHRASE = rf"(?:[^,.;“”\"]|\.(?=[A-Za-z])|(?<=\.[A-Z])\.|{TITLE_DOT}){{1,{WHO}}}?"
END = rf"\s*(?:[,;]|(?<!\.[A-Z])(?<![A-Z]){NOT_AFTER_TITLE}\.(?:\s|$)|\.\s*$|[!?]|$)"
"""Where the words naming a speaker end; a full stop that ends the text ends them even after
a capital ("…," said Ana Ruiz of the firm IMGE.")."""
AFTER_VERB_FIRST = letters.compile(
    rf"^[,.!?]?\s*(?:(?:—|–|--?)\s*)?{VERB}\s+(?P<who>{PHRASE})"
    rf"(?P<role>,\s+(?:a|an|the|his|her|its|[A-Z][\w'’.-]*[’']s?)\s[^,;“”\"]{{1,{WHO}}}?)?{END}"
)
"""`"…," said Ana Ruiz, the mayor.`, `"…" -- said Ana Ruiz`: the verb, then the speaker (a dash
may stand for the comma)."""
AFTER_SPEAKER_FIRST = letters.compile(
    rf"^[,.!?]?\s*(?P<who>{PHRASE})(?P<role>(?:,[^,“”\"]{{1,{WHO}}}){{1,5}},)?\s+{VERB}\b"
)
"""`"…," Ana Ruiz, 30, of Tulsa, Okla., who voted for him, said`: an apposition may run
over several commas."""
ANY_VERB_AFTER = letters.compile(
    r"^[,!?]?\s*(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*|he|she)"
    r"\s+(?:\w+ly\s+)?(?!(?:is|was|has|had|does|did)\b)(?:[a-z]{3,}(?:ed|s)|hit|struck|swore|spat)"
    r"(?:\s+(?:back|out|up|in|on))?(?:\s+\w+ly)?\s*[.!?]?\s*$"
)
"""`"…," Hale sighed.`, `"…," Ruiz fired back.`: a quotation that ends in a comma and a name
with one verb that end the sentence are its attribution, whatever the verb (the verbs of
speech of `SPEECH` are not all the verbs news writes after a quotation)."""
TAIL_SPEAKER_FIRST = letters.compile(rf",\s+(?P<who>{PHRASE})\s+{VERB}\b[^,;“”\"]{{0,{WHO}}}$")
"""`"…" and donations rose, Ruiz said.`: an attribution that ends the sentence is that of
every quotation in it."""
TAIL_RULE = "“…” …, said X."
TAIL_VERB_FIRST = letters.compile(
    rf",\s+{VERB}\s+(?P<who>{PHRASE})"
    rf"(?P<role>,\s+(?:a|an|the|his|her|its|[A-Z][\w'’.-]*[’']s?)\s[^,;“”\"]{{1,{WHO}}}?)?{END}"
)
"""`"…" if she loses, said Ana Ruiz, a pollster.`: the same, the verb first."""
DASH = r"\s*—\s*|\s–\s|\s--?\s"
"""A dash sets a clause apart as a comma does: "… with a formal speech -- Ruiz told …"."""
BEFORE = letters.compile(rf"(?:^|[,;]\s+)(?P<who>[^,;“”\"]{{1,{WHO}}}?)\s+{VERB}\b[^“”\"]*$")
NEAREST = letters.compile(
    rf"(?:^|[,;]\s+|{DASH}|(?<=[“”\"])\s+(?:and\s+|but\s+|while\s+)?)"
    rf"(?P<who>(?:(?!{DASH})[^,;“”\"]){{1,{WHO}}}?)\s+{VERB}\b[^,;“”\"]*[,:]?\s*$"
)
"""`While not all Lee says is true, Ruiz said Lee is "…"`: of two speakers in a sentence,
the one whose verb is nearest the quotation (in the same clause) is its speaker."""
DAY = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)"
)
"""`Ana Ruiz on Tuesday criticized…`: the day between a subject and its verb is neither."""
CALLING_RULE = "X called Y “…”: the clause's subject"
CALLING = letters.compile(
    rf"(?:^|[,;:]\s+|{DASH}|(?<=[“”\"])\s+(?:and\s+|but\s+|while\s+)?)"
    rf"(?P<who>(?![a-z]+ing\b)(?:(?!{DASH})[^,;:“”\"]){{1,{WHO}}}?)"
    rf"(?P<role>,[^,;:“”\"]{{1,{WHO}}},)?{DAY}?\s+(?:\w+ly\s+|has\s+|have\s+|had\s+)?"
    rf"{NAMING}\b[^,;“”\"]*$"
)
"""`Speaking on the radio, Hale called the plan "…"`, `Ruiz described it as "…"`, `Lee thanked
the crews for "…"`: words the subject of the quotation's clause is said to have used of
something; its subject is the speaker whatever comes before it in the sentence."""
MIDDLE_RULE = "The trouble, says X, is “…”"
MIDDLE_VERB_FIRST = letters.compile(
    rf"^[^,;“”\"]{{1,{WHO}}}?,\s+{VERB}\s+(?P<who>{PHRASE})"
    rf"(?P<role>,\s+[^,;“”\"]{{1,{WHO}}}?)?,\s+(?=[a-z])"
)
MIDDLE_SPEAKER_FIRST = letters.compile(
    rf"^[^,;“”\"]{{1,{WHO}}}?,\s+(?P<who>{PHRASE})\s+{VERB},\s+(?=[a-z])"
)
"""`The trouble, says Ana Ruiz, a historian, began in 1970 with "…"`, `The plan, Hale writes, is
"…"`: an attribution set between commas after the sentence's subject is the sentence's."""
ACCORDING = letters.compile(
    rf"(?i:according to) (?P<who>{PHRASE})"
    r"(?P<role>,\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*[a-z][\w'’-]*(?=\s*(?:[,;.]|$)))?"
    rf"{END}"
)
"""`according to Ana Ruiz`, `according to Hale's spokesman, Carl Dent`: a role, then the name
after a comma, is the name's."""
APPOSITION = letters.compile(
    rf"(?:^|[.;]\s+|^[^,;“”\"]{{1,60}},\s+)"
    rf"(?P<who>[A-Z][\w'’.-]{{0,40}}(?:\s+[A-Z][\w'’.-]{{0,40}}){{0,9}})\s*,"
    r"\s+(?!(?:after|before|when|while|because|since|although|though|until|if)\b)"
    rf"(?P<role>(?:the|a|an|its|his|her|[a-z]+|[A-Z][\w'’.-]*[’']s?)\b[^“”\"]{{0,{WHO}}}?),"
    rf"\s+(?:(?:likes|loves|tends|wants|used|went\s+on|is\s+quick|was\s+quick)\s+to\s+)?{VERB}\b"
)
"""`Emil Varga, the commission's chair, said`: the speaker is the name, not the role;
"Ana Ruiz, a former engineer, likes to say that …" too. A clause is no role ("In Berea, OH,
after winning the primary, Gov. Ana Ruiz said": not "OH")."""
LAST_APPOSITION = letters.compile(
    rf"(?:[,;]\s+|{DASH})(?:(?:and|but|while|yet|whereas)\s+)?"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}),\s+"
    r"(?P<role>(?:the|a|an|its|his|her|[A-Z][\w'’.-]*[’']s?)\s[^,;“”\"]{1,120}?),\s+"
    rf"(?:\w+ly\s+)?{VERB}\b[^,;“”\"]*[,:]?\s*$"
)
"""`Hale said the board met, but Ana Ruiz, the mayor, said the pier was "…"`: a name and its
role in the quotation's own clause, after another attribution in the sentence."""
JOINED_SPEAKER = letters.compile(
    r"(?:,\s+(?:and|but|while|whereas)\s+|;\s+)"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*\s+(?:\w+ly\s+)?"
    rf"(?:{VERB}|{NAMING})\b[^,;“”\"]*[,:]?\s*$"
)
"""`Hale, the harbour master, said the board met, and Ruiz said the pier was "…"`: a second
clause joined to the first, whose own subject speaks the quotation."""
ROLE_FIRST = letters.compile(
    r"(?:^|[.;]\s+|^[^,;“”\"]{1,60},\s+)(?P<role>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Oo]ne|[Aa]nother"
    r"|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*[’']s)"
    r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}[a-z][^,;“”\"]{0,60}),\s+"
    r"(?P<who>(?:[a-z]+\s+){0,3}[A-Z][\w'’.-]{0,40}"
    r"(?:\s+(?:[A-Z][\w'’.-]{0,40}|de|van|von|der|da|la|le|al|bin)){0,5}),"
    rf"\s+(?:[a-z][^,;“”\"]{{0,{WHO}}}?\s(?:and|but)\s+)?(?:\w+ly\s+)?{VERB}\b[^“”\"]*$"
)
"""`Its chair, Colin Marsh, said: "…"`, `The developer, Northgate Homes, said it was "…"`,
`One of them, Tom Hale, said`: a description, then the name between commas (and the verb
of speech may be the second of two: "One of them, Tom Hale, lives nearby and said…")."""
ATTRIBUTION = letters.compile(rf"(?:^|,\s+)(?P<who>[^,;“”\"]{{1,{WHO}}}?)\s+{VERB}\b[^,;“”\"]*\.?$")
"""A sentence with no quotation that ends by naming who said it ("…, one of the
officials said."): the speaker a following "he said" means."""
SENT_SAYING = letters.compile(
    r"(?:^|[,;]\s+)(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),?"
    r"(?:\s+(?:later|then|also|\w+ly))?,?\s+(?:sent|issued|released|emailed|posted|put\s+out)"
    r"\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|letter|email|note|message|post)\s+saying\b[^“”\"]{0,200}$"
)
"""`Ana Ruiz, the spokesperson, later sent a statement saying the plant "…"`: the sender."""
PREPOSITION = (
    r"(?:Amid|Among|Despite|After|Before|During|Following|In|On|At|As|With|Without|For|From"
    r"|Under|Over|Since|Until|While|When|Although|Though|Because|If|By|To|Like|Unlike|Of)\b"
)
"""A word that opens a phrase before the subject: "Amid the uproar, Ana Ruiz…" is Ruiz's."""
SAYING = letters.compile(
    rf"(?:^|,\s+|(?<=[“”\"])\s+)(?!{PREPOSITION})"
    r"(?P<who>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|[A-Z]\.))*)"
    r"(?:\s+(?:then|also|later|again|now|\w+ly))?\s+(?!of\b|and\b|in\b|to\b)[a-z]+(?:ed|s|t)\b"
    rf"[^“”\"]*,\s+{PARTICIPLE}\b[^“”\"]*$"
)
"""`Sanders stepped up his emphasis …, saying, "…"`: the quotation is the subject's."""
WITH = letters.compile(
    r"\b(?:with|With)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){0,4}"
    r"[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    rf"\s+(?:\w+ly\s+)?{PARTICIPLE}\b[^“”\"]{{0,{WHO}}}$"
)
"""`…, with Hale warning that the town faced "…"`, `with the Society of Pilots calling it "…"`:
the name before a participle of speech after "with" is the speaker."""
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
SUBJECT_RULE = "X [did something] … “…”: the subject"
SUBJECT = letters.compile(
    rf"^(?:[^,;“”\"]{{1,100}},\s+)?(?!{PREPOSITION})"
    rf"(?P<who>(?:(?!{VERB}\b)[a-z][\w-]*\s+(?={ROLE_WORD}\b))?(?:[A-Z][\w'’.-]*\s+|(?!{VERB}\b|[a-z]+ing\b|(?<=\w\s)[a-z]+ed\b)[a-z][\w-]*\s+(?=[A-Z])"
    rf"|{ROLE_WORD}\s+(?:of\s+)?)"
    r"{0,6}[A-Z][\w'’.-]*[a-z][\w'’.-]*"
    rf"|[Hh]e|[Ss]he)(?:(?<![’']s)(?<!s[’'])|(?=\s+(?:\w+\s+)?{WORDS}\b))"
    rf"(?P<role>\s*(?:,[^,“”\"]{{1,{WHO}}}){{1,3}},)?{DAY}?\s+(?:\w+ly\s+|also\s+|then\s+|again\s+)?"
    r"(?!(?:and|or|of|in|on|at|to|for|from|with|by)\b|(?:is|was|are|were)\b(?!\s+\w+ing\b"
    r"|\s+(?:\w+ly\s+)?(?:convinced|worried|confident|certain|sure|adamant|fond|quick"
    r"|skeptical|sceptical|optimistic|pessimistic|hopeful|emphatic|insistent)\b))"
    rf"(?!{ROLE_WORD}\b)[a-z]{{2,}}\b"
)
"""`Lee took the stage and called the system "rotten"`: with no verb of speech, a quotation
in a sentence whose subject is a name is that person's words. A name in the possessive
begins a noun phrase, not a subject ("Ana Ruiz, Harbour County's fire chief, praised…"),
unless the phrase is of words ("Ruiz's reply was: "…""); a verb of speech ends a name
("Hale said Friday that Lee's plan…" is Hale's), and so does a day ("Ruiz on Tuesday
criticized…"); a word of a role is no verb ("Democratic presidential candidate…")."""
BLUNT = letters.compile(
    r"^(?:[^,;“”\"]{1,100},\s+)?(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    rf"(?P<role>(?:,[^,“”\"]{{1,{WHO}}}){{1,3}},)?\s+(?:is|was)\s[^:“”\"]{{1,80}}:\s*$"
)
"""`Tom Hale, a fisherman, was blunt: "…"`: a colon after what the subject is introduces
the subject's words."""
NAMED_LAST = letters.compile(
    r"(?:^|\s)(?P<who>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    r"(?:\s+(?:in|on|at|from)\s+[^:“”\"]{1,30})?\s*:\s*$"
)
"""`The surge does not surprise pollster Ana Ruiz: "…"`, `Here is Ana Ruiz in 2019: "…"`: a
full name just before the colon that introduces a quotation names its speaker."""
OPENING_PARTICIPLE = letters.compile(
    rf"^(?=[A-Z])(?i:{PARTICIPLE}|citing|dismissing|praising|blasting|slamming)\b[^“”\"]{{0,100}}$"
)
"""`Calling the plan "…," Ruiz urged`: a participle of speech opens the sentence."""
MAIN_SUBJECT = letters.compile(
    r"^[^“”\"]{0,60}?,\s+(?:(?:though|however|too|then),\s+)?"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*|he|she)\s+(?=[a-z])"
)
"""`Calling the plan "a map with no roads," Ruiz urged…`: a quotation in an opening phrase of
speech is the words of the main clause's subject."""
CLAUSE_SUBJECT = letters.compile(
    r"(?:,\s+(?:while|but|whereas)\s+|;\s+)"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    rf"(?P<role>,[^,“”\"]{{1,{WHO}}},)?\s+(?:\w+ly\s+)?(?!{ROLE_WORD}\b)[a-z]{{2,}}\b[^,;“”\"]*$"
)
"""`Jindal signed an order, while Ana Ruiz, the mayor, proposed "…"`: the subject of the
quotation's own clause, not the sentence's."""
ASKED_BY = letters.compile(
    r"\b(?:was|were|is|are)\s+asked\s+by\s+(?:(?:[a-z]+\s+){0,2}(?=[A-Z]))?"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    rf"(?P<role>,[^“”\"]{{1,{WHO}}}?)?,?\s*$"
)
"""`Hale was asked by host Ana Ruiz, "…?"`: the question is the asker's."""
BEING = letters.compile(
    r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    rf"(?:,[^,“”\"]{{1,{WHO}}},)?\s+(?:is|was)\s"
)
"""`Ruiz was quick to add a warning.` then a paragraph of quotation: whom a sentence is
about, when it says what the person is ("Hale, meanwhile, was more cautious.")."""
OPENING_ASKED = letters.compile(
    r"^(?:Asked|Pressed|Questioned|Challenged|Reached|Contacted|Interviewed|Speaking|Responding"
    r"|Reacting|Commenting|Writing|Appearing|Testifying|Campaigning|Addressing)\s[^,;“”\"]{1,100},\s+"
    r"(?=[A-Z])"
)
"""`Asked about the levy, Ruiz was blunt.`: an opening participle's phrase is no subject."""
ROLE_THEN_NAME = letters.compile(
    r"^(?:[^,;“”\"]{1,60},\s+)?(?:The|A|An|His|Her|Its|Their|One|Another|[A-Z][\w'’.-]*[’']s?)"
    r"\s[^,;“”\"]{1,60},\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*),"
    r"\s+(?:\w+ly\s+)?[a-z]"
)
"""`The harbour master, Tom Hale, went further.`: a description, then the name between commas,
is whom the sentence is about."""
FOR_WHOM = letters.compile(
    r"^(?:For|To)\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*),\s+"
)
"""`For Tom Hale, the answer is simple.`: whose view the sentence gives."""
INTERVIEWED = letters.compile(
    r"\b(?:(?:spoke|talked|speaking|talking)\s+(?:with|to)|reached|interviewed|contacted)\s+"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)\b(?![’'])"
)
"""`The Gazette spoke with Tom Hale on Monday.`: the quotation that follows is the words of
whom the reporter spoke with, when the subject is no person."""
INTERVIEW = letters.compile(
    r"(?:\b(?:correspondent|editor|reporter|writer|host|presenter)\s+"
    r"(?P<asker>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)[^.;“”\"]{0,40}?)?"
    r"\b(?:sat down with|puts? (?:the|his|her|our) questions to|spoke (?:to|with)"
    r"|talked (?:to|with)|interviewed|in (?:an|a|her|his|their) (?:interview|conversation) with)\s+"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)\b(?![’'])"
    r"|(?P<subject>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)\s+(?:spoke|talked)"
    r"\s+(?:to|with)\s+(?:us|me|this (?:paper|newspaper|website)|the [A-Z])"
)
"""An interview's people, where the article opens it: `Correspondent Ana Ruiz sat down with
Tom Hale`, `our editor Ana Ruiz puts the questions to Tom Hale`, `Tom Hale spoke to us`;
in its Q: and A: paragraphs the questions are the asker's, the answers the other's."""
QA_MARK = letters.compile(r"^\s*(?P<mark>Q|A)\s*[:.]\s*[“\"]")
"""A paragraph of an interview set as questions and answers: `Q: "…"`, `A: "…"`."""
SPEAKER_LABEL = letters.compile(
    r"^\s*(?P<label>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2})\s*:\s*[“\"]"
)
"""A transcript's paragraph, opened by its speaker's name in capitals: `MARSH: "…"`."""
SPOKEN_FOR = letters.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?P<body>(?:[A-Z][\w'’&.-]*\s+){1,6}?"
    r"(?:(?:campaign|administration|government|office|team|committee)\s+)?|[a-z]+\s+)"
    r"(?:(?:press|chief|deputy|senior)\s+)?spokes(?:man|woman|person)$"
    r"|^(?P<owner>(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w&.-]*)[’']s?\s+"
    r"(?:(?:press|chief|deputy|senior)\s+)?spokes(?:man|woman|person)$"
    r"|^(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+(?:for|of)\s+the\s+(?P<noun>[a-z]+)$"
)
"""`A Corvina Port Authority spokesman`, `an authority spokeswoman`, `a spokesman for the
authority`, `the trust's spokesperson`: a spokesperson named by role only speaks for the body
named in the role."""
NAME_AFTER = r"(?P<who>(?:[a-z]+\s+){0,3}(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
SO_SAID = letters.compile(
    rf"^\s*(?:So|Thus)\s+(?:says|said|writes|wrote|argues|argued)\s+{NAME_AFTER}"
)
THAT_WAS = letters.compile(
    r"^\s*(?:That|This|Those|These|Such)(?:[’']s|\s+(?:is|was|are|were))\s+(?:(?:the|a|an)\s+"
    r"(?:[\w-]+\s+)?(?:verdict|view|words?|assessment|message|opinion|take|advice|warning"
    r"|argument|answer|reply|response|reaction|prediction|conclusion|plea)\s+(?:of|from)"
    rf"|how|what)\s+{NAME_AFTER}"
)
QUOTE_FROM = letters.compile(
    r"^\s*(?:That|This|The|Those|These)\s+(?:[\w-]+\s+)?(?:quote|quotation|line|remark|comment"
    r"|quip|tweet|warning|statement|words|answer|reply|response)s?"
    rf"\s+(?:(?:came|comes|was|is|were|are)\s+)?(?:from|by)\s+{NAME_AFTER}"
)
"""`"…." So said Tom Hale on Monday.`, `"…." That was the verdict of harbour master Tom Hale.`,
`That is how Hale put it.`, `That quote from Tom Hale appeared in…`, `The remark came from
Tom Hale.`: a sentence after a quotation that ends its own names whose it is."""
CREDIT_AFTER = letters.compile(
    r"^[\s,]*(?:(?:came|was|is)\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:reply|response|answer|retort"
    r"|verdict|warning|view|message|reaction|assessment)\s+(?:from|of)"
    rf"|(?:was|is)\s+how)\s+{NAME_AFTER}"
)
"""`"…," came the reply from Tom Hale.`, `"…," was how Hale put it.`: the words after a
quotation in its own sentence, the verb before whose it is."""
WRITTEN = r"(?:statement|letter|tweet|post|message|remarks|speech|e-?mail|note|response|reply)"
INTRODUCED = (
    letters.compile(rf"\b(?:what|how)\s+{NAME_AFTER}(?:,[^,:]{{1,80}},)?\s+(?:\w+ly\s+)?{VERB}\b"),
    letters.compile(rf"\b{WRITTEN}\s+(?:from|by|of)\s+{NAME_AFTER}"),
    letters.compile(
        rf"(?P<who>(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’.-]*[a-z][\w'’.-]*)[’']s?\s+"
        rf"(?:[\w-]+\s+)?{WRITTEN}\b"
    ),
)
"""A sentence ending in a colon that names whose words follow, though not as the subject
of a verb of saying: `Here is what Tom Hale, the harbour master, said on Tuesday:`, `The
statement from Mayor Ana Ruiz read in part:`, `Hale's letter to the board ends:`."""
QUOTE_THEN_SUBJECT = letters.compile(
    r"(?<=[”\"])[,.]?\s*(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)\s+"
    r"(?:\w+ly\s+)?(?!(?:is|was|has|had|does|did)\b)[a-z]{3,}(?:ed|s)\b[^“”\"]*$"
)
"""`In a clip that Judge Ruiz called "distasteful," Hale expressed a desire to "…"`: after
another's quotation, the subject of the clause that follows it is the speaker."""
HEADLINE = letters.compile(
    r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*):\s+[‘'“\"]"
)
"""`Hale: 'The Ferry Will Sail Again'`: a headline giving a person's words names them."""
HELPING = letters.compile(
    r"(?:\s+(?:also|further|then|later|again|once|previously|earlier|has|have|had|would"
    r"|will|long|often|always|still|never|already|even|just|since|[a-z]+ly|himself|herself"
    r"|(?:last|this|earlier\s+this|later\s+that|earlier\s+that)\s+(?:week|month|year|night"
    r"|morning|spring|summer|fall|autumn|winter)))+\s*$"
)
"""Words between the speaker and the verb of speech ("She further said", "Hale has also
noted"): no part of who speaks."""
JOINED = letters.compile(r"^(?i:and|but|so|yet|then)\s+(?:then\s+|now\s+|later\s+)?(?=[A-Z])")
"""`The crowd cheered, and then Ruiz continued: "…"`: a name after "and" is the speaker
("…, and urged…" names nobody)."""
CONTACT = letters.compile(
    r"^(?!(?:and|but|or|so|then|yet|that|which|who|when|if|as|because|while)\b)"
    r"(?:[a-z][\w-]*\s+){1,3}(?=(?:he|she|they)$)"
)
"""`a plan he says "will not work"`: a relative clause without "that"; the pronoun is who
speaks, not the noun it describes."""
SUBORDINATE = letters.compile(
    r"^[^“”\"]*\b(?i:that|when|after|because|while|until|before|since|where|so|which|whom"
    r"|what)\s+(?=[A-Z])"
)
"""`The debate grew so heated that Gov. Ana Ruiz said, "…"`: the subject of the clause with
the verb of speech, not the words before it."""
PREDICATE = letters.compile(
    r"^(?:(?:When|After|As|While|Although|Though|Once|Then)\s+)?"
    r"(?P<who>[A-Z][^,;“”\"]{0,80}?)\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
    r"(?:\w+ly\s+)?(?:[a-z]{2,}ed|took|made|went|gave|met|spoke|sat|stood|came|did|held|led|left|won|lost"
    r"|ran|saw|sent|wrote|told|read|shook|rose|fought|sought|struck|broke)\b[^“”\"]*"
    r"\s(?:and|but)(?:\s+then)?$"
)
"""`Ruiz toured the quay and said…`, `A spokeswoman for the firm declined to comment but said…`,
`Ruiz was cheered by the crowd and said…`: the second of two verbs of a subject; the subject
speaks."""
PARTICIPLE_FIRST = letters.compile(
    r"(?!(?:managing|acting|presiding|outgoing|incoming|founding|consulting|visiting|sitting"
    r"|reigning|serving|governing|ruling|leading|opposing|supervising|commanding)\s+[a-z])"
    r"[a-z]+ing\b"
)
"""`…, giving states more power, but…`, `dismissing Hale as "…"`: a participle begins no
subject; but one of a role's name does ("managing director Tom Hale", "acting mayor")."""
LATER = letters.compile(
    rf"\s(?:and|but|after|when|as|because|while|before|since|until)\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+{VERB}\b"
    r"[^,;“”\"]*[,:]?\s*$"
)
"""A second subject and verb of speech nearer the quotation than the first."""
RELATIVE = letters.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    r"(?:\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?,\s+who\s+"
    rf"(?:(?:had|has|have|once|also|then|later|\w+ly)\s+)*(?:{VERB}|{NAMING})\b"
    r"[^,;“”\"]*[,:]?\s*$"
)
"""`Hale replied to Ana Ruiz, who had called the pier "…"`, `Sen. Ana Ruiz of Maine, who
said…`: the words of the relative clause's speaker, whoever the sentence's subject is."""
QUOTED_AS = letters.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    rf"\s+as\s+{PARTICIPLE}\b[^“”\"]{{0,{WHO}}}$"
)
"""`The Gazette quoted Ana Ruiz as saying the pier was "…"`: the words of whom it quotes."""
QUOTED_AS_AFTER = letters.compile(
    r"^[,.]?[”\"]?\s*[^“”\".;]{0,80}?\bquot(?:ed|es)\s+(?:(?:its|his|her|their|the|an?)\s+"
    r"[^,“”\"]{1,60},\s+)?(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*),?"
    rf"\s+as\s+{PARTICIPLE}\b"
)
"""`"…," the ministry quoted its director, Ana Ruiz, as saying`: whom it quotes, after."""
INNER = letters.compile(
    rf"\s(?:{VERB}\s+(?:that\s+)?|that\s+)(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
    rf"\s+(?:(?:had|has|have|once|also|then|later|\w+ly)\s+)*(?:{VERB}|{NAMING})\b"
    r"[^,;“”\"]*[,:]?\s*$"
)
"""`Hale said Ruiz called the pier "…"`, `The Gazette reported that Hale said "…"`: of
attributions one inside the other, the quotation marks give the words of the inner one's
speaker (a reporter quotes the words of whoever used them)."""
CLAUSE_VERB = letters.compile(r"\b(?:is|are|was|were|been|being)\b")
"""Words of a clause, not of who speaks: "… O'Malley's move was first reported by…"."""
AS = letters.compile(r"^(?:(?:and|but|so|yet)\s+)?as\s+(?=[A-Z])", re.I)
"""`"…," as Ruiz said on Monday` / `As the Post reported, "…"`: "as" introduces the speaker."""
INVERTED = letters.compile(
    rf"^(?:(?:But|And|Or|So),?\s+)?(?i:{VERB})\s+(?P<who>(?=[A-Z]){PHRASE})"
    rf"(?P<role>,[^“”\"]{{1,{WHO}}}?)?[,:]\s*$"
)
"""`Said Ana Ruiz, who grew up there, "…"` / `Stated Ruiz:`: the verb first, then the speaker
(a name: "Asked about the levy, Ruiz said:" is Ruiz's)."""
LABEL = letters.compile(
    r"^(?:[^“”\"]{0,100}?\s[-–—]\s+)?"
    rf"(?P<who>(?:(?:[A-Z][\w'’.-]*|{ROLE_WORD}|of|and)\s+){{0,8}}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    r"\s*:\s*$"
)
"""`Sen. Ann Lee (D-Md.): "…"`, `POLLS DIVERGE - Tom Hale: "…"`: a name set before the
quotation with a colon, as a transcript or a digest sets it, is the speaker."""
NO_SUBJECT = letters.compile(
    r"(?i:and|but|or|then|yet|while|when|who|which|that|because|as|if|although|so|after"
    r"|before|since|where|until|unless|whether|though|whereas|lest|according)\b"
)
"""Words that begin a clause, not a name: "…, and urged…" says nothing of who urged."""
NOT_A_NAME = letters.compile(
    r"(?:The|A|An|It|It[’']s|In|On|At|Another|This|That|These|Those|There|Some|His|Her|Their"
    r"|Its|Our|My|Your|One|Many|Most|All|Both|Each|Every|No|Such|What|When|If|But|And|As"
    r"|After|Before|For|With|From|By|During|Still|Even|Now|Then|Yet|So|Here|Why|How)\b"
)
"""A subject that begins so is a description, not a name ("The candidate herself")."""
REPORTED = letters.compile(
    rf"^(?P<who>[A-Z][^,;“”\"]{{0,{WHO}}}?)(?P<role>,[^,“”\"]{{1,{WHO}}},)?\s+{VERB}\b"
)
"""A sentence that begins "X said (that)…": reported speech; X is who "he" is next."""

APPOSED = letters.compile(
    r"(?:^|[,;:“”\"(])\s*(?:(?:and|but|while|yet|whereas)\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),\s+$"
)
"""A name and the comma after it, just before a description of the speaker."""
NOT_A_PERSON = letters.compile(
    rf"{DAY}|\s*(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)
REPORTING = letters.compile(
    rf"^[^;:“”\"]{{1,{WHO}}}?\s{VERB}\s+(?:that\b|(?:he|she|they|it|we|I|there)\s+[a-z]{{2,}})"
)
"""`Lee said he would have fired him`: a verb of speech followed by its own clause reports
a statement; it is not the attribution of a quotation before it."""
BRACKETED = letters.compile(rf"\([^()“”\"]{{1,40}}\)(?:,(?=\s+(?:\w+ly\s+)?{VERB}\b))?")
"""A short parenthesis ("(D-Md.)"), and a comma after it before the verb ("Sen. Ann Lee
(D-Md.), said"): blanked, the name is the speaker's."""


def unbracketed(text: str) -> str:
    """The text with each short parenthesis blanked, at the same length: "Sen. Ann Lee
    (D-Md.) said" names Ann Lee, and the affiliation's full stop ends no sentence."""
    if "(" not in text:
        return text
    return BRACKETED.sub(lambda m: " " * len(m[0]), text)


NAME_WORD = r"(?:Mc|Mac|O[’']|De|Di|Da|Du|La|Le|Van)?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
"""A word of a name: "Delgado-Hunt", "McCain", "O'Malley", "DeSantis", "LeVell" too."""
TRAILING_CLAUSE = letters.compile(
    r"(?<!known)(?<!such)(?<!identified)"
    r"\s+(?:when|as|after|before|while|because|since|until|during|upon|following|once)\s.*$",
    re.S,
)
"""`"…," said Ana Ruiz when asked about the levy`: a clause after the name that follows the
verb is no part of it."""
BETWEEN_DASHES = letters.compile(
    rf"(?:{DASH})(?:(?!{DASH})[^“”\"]){{1,{WHO}}}(?:\s*—|\s–|\s--?)\s*$"
)
"""`Ruiz — who has led the union for a decade — said`: a clause set between dashes after the
speaker, as between commas."""
TOOK_TO = letters.compile(
    r"\s+(?:took|takes|had\s+taken|has\s+taken)\s+to\s+(?:[A-Z][\w.-]*|the\s+airwaves|social\s+media)"
    rf"(?:{DAY}|\s+on\s+\w+)?\s+to$"
)
"""`Ruiz took to Twitter to say`: the speaker, not the medium."""
HOMETOWN = letters.compile(
    r"(?:^|[,;]\s+)(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    r"\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
    rf",?\s+(?:\w+ly\s+)?{VERB}\b[^“”\"]*$"
)
"""`Dana Price of Corvina, Maine, said`: a hometown and its state after the name; the state
is no speaker."""
FROM = letters.compile(
    rf"^(?:[Ff]rom\s+|(?:The|A|His|Her|Their)\s+(?:[\w-]+\s+)?{WORDS}\s+from\s+)"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*(?:[’'][A-Z][\w.-]*)?)"
    r"(?:[’']s?\s+(?:[\w-]+\s+){0,3}?(?:statement|post|tweet|letter|speech|remarks|email"
    r"|interview|testimony|op-ed|column|book|memo|address|report|message|note|blog|reply)"
    r"(?:\s+(?:on|in|at|to|of)\s+[^:“”\"]{1,40})?)?\s*:\s*$"
)
"""`From Ruiz's statement: "…"`, `The reply from Ruiz: "…"`: words given as from someone's
statement, as a digest sets them, are theirs."""
DOCUMENT = (
    r"(?:statement|letter|tweet|post|email|e-mail|note|message|memo|op-ed|press\s+release"
    r"|release|video|ad|blog\s+post|Facebook\s+post)"
)
OWN_DOCUMENT = letters.compile(
    rf"^(?:[Aa]n?|[Tt]he)\s+(?:\w+\s+)?{DOCUMENT}\s+(?:from|by)\s+(?=[A-Z])"
    rf"|(?<=[a-z])[’']s?\s+(?:\w+\s+)?{DOCUMENT}$"
)
"""`"…," Ruiz's statement said`, `a letter from Ana Ruiz said`: a person's statement gives
that person's words (a body's is the body's, as "the Home Office's statement")."""
LISTED = letters.compile(r"^,?\s+(?:and|or)\s+(?:[a-z]+\s+){0,4}[“\"][^“”\"]{1,200}[”\"]")
"""`The pier is "rotten" and "beyond repair," Ruiz said`, `"rotten" and should "close," Ruiz
said`: quotations joined by "and" share the attribution after the last."""
CLAIM = letters.compile(
    r"(?:^|\s)(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*(?:[’'][A-Z][\w.-]*)?)[’']s?\s+"
    rf"(?:[a-z]+\s+)?{WORDS}\s+(?:that\b|of\b[^“”\"]{{1,80}}?\bas\b)"
    rf"[^“”\"]{{0,{WHO}}}$"
)
"""`Ruiz mocked Hale's claim that the pier was "safe"`, `Hale's description of the pier as
"…"`: the words of whose claim or description it is."""
CALLED_BY_WHOM = letters.compile(
    r"^[^“”\"]*\b(?:what|which|whom|who|that)\s+(?:[a-z]+\s+){0,3}?(?=[A-Z]|he\b|she\b|they\b)"
)
"""`what aide Ana Ruiz called "…"`, `Hale, who Ruiz on Monday called "…"`: the subject of the
relative clause, with the role words before the name."""
DASH_CREDIT = letters.compile(
    r"^[,.!?]?\s*(?:—|–|--?)\s*(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
    r"(?:\s*\(@\w+\))?(?P<role>,\s+[^“”\"]{1,80}?)?"
    r"(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2},\s+\d{4})?[\s.]*$"
)
"""`"…" — Ana Ruiz, on Twitter`: a name after a dash that ends the quotation's sentence is
its credit, as under an epigraph or a pull quote; and as a page sets an embedded post,
with the handle and the date: `"…" — Ana Ruiz (@anaruiz) May 5, 2016`."""
IN_WORDS_OF = letters.compile(
    r"\b[Ii]n\s+the\s+words\s+of\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[a-z][\w'’.-]*)"
)
IN_OWN_WORDS = letters.compile(
    r"\b[Ii]n\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*[a-z][\w.-]*)[’']s?"
    r"\s+(?:own\s+)?words\b"
)
"""`In Ruiz's words, the board would "…"`, `in the words of Ana Ruiz`: whose words they are."""
POSSESSOR = letters.compile(
    r"(?:^|\s)(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*[a-z][\w.-]*)(?:[’']s|(?<=s)[’'])\s*$"
)
OF_WORDS = letters.compile(rf",?\s+(?:[a-z-]+\s+)?{WORDS}\b")
"""`Obama's "if you like it, you can keep it" promise`: words set in quotation marks between a
name in the possessive and a noun of words (`OF_WORDS`) are that person's ("WikiLeaks's
"hostility to curation" was a mistake" is not WikiLeaks's words)."""
