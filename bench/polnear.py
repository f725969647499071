"""PolNeAR (2016 US election news with hand-annotated source, cue and content spans)
scored for `python -m bench.ingest --polnear DIR`: direct quotations found, drafted
quotations that are real, speakers named, and the people named as a source proposed as
actors. Train is the split rules are tuned on, dev the held-out one; test is never read."""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Any

from generator.ingest.actors import ActorIndex, Proposed
from generator.ingest.quotes import find_quotes
from generator.ingest.reported import reported_people


def share(hit: int, total: int) -> dict[str, Any]:
    return {"hit": hit, "total": total, "share": round(hit / total, 3) if total else None}


POLNEAR_HELP = (
    "Give --polnear DIR, DIR being PolNeAR's data folder, e.g.\n"
    "  git clone --depth 1 https://github.com/networkdynamics/PolNeAR\n"
    "  --polnear PolNeAR/data\n"
    "(only train/, dev/ and metadata.tsv are read; never test/, kept for acceptance)."
)
POLNEAR_PARTS = {"train": "tuned on", "dev": "held out"}


QUOTE_SPAN = re.compile(r"“[^“”]*”|\"[^\"]*\"")
PRONOUN = re.compile(r"^(?:he|she|they|i|we|you|it|who|which|that|his|her)$", re.I)
NOT_A_PERSON = re.compile(
    r"\b(?:campaign|committee|party|department|administration|office|news|times|post|poll"
    r"|report|statement|group|association|council|court|agency|ministry|house|senate|congress"
    r"|foundation|institute|university|network|company|inc|corp|press|media|board|union"
    r"|website|ad|video|email|letter|book|article|survey|study|data|website|tweet|cnn|fox|nbc"
    r"|parliament|people"
    r"|abc|cbs|msnbc|ap|reuters|gop|rnc|dnc|fbi|cia|pac)\b",
    re.I,
)


def read_polnear(text_file: Path, annotations: Path) -> tuple[str, list[dict[str, Any]]]:
    """An article's text and its attributions: source, cue and content spans."""
    text = text_file.read_text(encoding="utf-8")
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations = []
    for line in annotations.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, places = parts[1].partition(" ")
            pieces = [tuple(int(n) for n in p.split()) for p in places.split(";")]
            spans[parts[0]] = (kind, [(a, b) for a, b in pieces])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(r.split(":") for r in parts[1].split()))
    found: list[dict[str, Any]] = []
    for relation in relations:
        roles = {k: spans[v][1] for k, v in relation.items() if v in spans}
        if "Content" in roles:
            found.append(roles)
    return text, found


def named_person(source: str) -> str | None:
    """The surname of the person a PolNeAR source names ("Clinton spokesman Brian Fallon"
    -> Fallon; "Sen. Ted Cruz of Texas (R)" -> Cruz), or None for a pronoun, a group or an
    organisation."""
    first = _who_part(source)
    words = re.sub(r"[’']s\b", "", first).split()
    if not words or NOT_A_PERSON.search(first) or PRONOUN.match(source.strip()):
        return None
    names = [
        w.strip('.()"“”')
        for w in words
        if w[:1].isupper()
        and w.strip(".")
        not in ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "The", "A", "An")
    ]
    if not names or (
        names[-1].endswith("s")
        and len(names) == 1
        and names[-1] in ("Republicans", "Democrats", "Americans")
    ):
        return None
    last = words[-1].strip(".,")
    surname = last.istitle() or SURNAME_PREFIX.match(last)
    return names[-1] if surname and last != last.upper() else None


SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Du|La|Le|Van|Vande|Vander)[A-Z][a-z]+$")
"""A surname with a capital inside ("McCain", "DeSantis"), unlike "YouTube" or "PACs"."""


def _who_part(source: str) -> str:
    """The words of a source before its apposition, its bracket ("(D-Md.)", "(@handle)")
    and the place or body after "of" that follows a full name ("Sen. Ted Cruz of Texas",
    "Mr. Burman of the Tax Policy Center"; not "Secretary of State John Kerry", nor
    "Hundreds of voters")."""
    first = re.sub(r"\s*\([^()]*\)?", "", source.strip(" ()").split(",")[0])
    head, of, _ = first.partition(" of ")
    words = head.split()
    if (
        of
        and len(words) >= 2
        and all(w[:1].isupper() for w in words[-2:])
        and words[-2] not in ("The", "A", "An")
        and words[-1].strip(".").lower() not in ROLES
    ):
        return head
    return first


ROLES = {
    "secretary", "director", "governor", "president", "chairman", "chairwoman", "chair",
    "head", "leader", "leaders", "minister", "mayor", "member", "members", "spokesman",
    "spokeswoman", "founder", "editor", "professor", "dean", "speaker", "attorney",
    "general", "ambassador", "chief", "commissioner", "senator", "representative",
    "publisher", "host", "manager", "executive", "supervisor", "friends", "supporters",
}  # fmt: skip


def score_quotes(articles: list[tuple[Path, Path]]) -> dict[str, Any]:
    """Direct quotations found, drafted quotations that are real, and speakers named."""
    gold_total = found = drafted = real = named = right = 0
    speakers: dict[str, int] = {}
    not_proposed: list[str] = []
    no_source: list[str] = []
    body_missed: list[str] = []
    body_unsourced: list[str] = []
    missed: list[str] = []
    unreal: list[str] = []
    wrong: list[str] = []
    for text_file, annotated in articles:
        text, attributions = read_polnear(text_file, annotated)
        contents = [s for a in attributions for s in a["Content"]]
        paragraphs = [(m.start(), m[0]) for m in re.finditer(r"[^\n]+", text)]
        quotes, proposed, _ = find_quotes([p for _, p in paragraphs], ActorIndex([]))
        proposed = reported_people([p for _, p in paragraphs], proposed, ActorIndex([]), quotes)
        people = proposed_people(text, attributions, paragraphs, proposed)
        bodies = proposed_bodies(text, attributions, paragraphs, proposed)
        for key, count in bodies.items():
            if isinstance(count, int):
                speakers[key] = speakers.get(key, 0) + count
        body_missed += [f"{text_file.stem}: {name}" for name in bodies["body not proposed"]]
        body_unsourced += [f"{text_file.stem}: {name}" for name in bodies["body no source"]]
        for key, count in people.items():
            if isinstance(count, int):
                speakers[key] = speakers.get(key, 0) + count
        not_proposed += [f"{text_file.stem}: {name}" for name in people["not proposed"]]
        no_source += [f"{text_file.stem}: {name}" for name in people["no source"]]
        mine = []
        for q in quotes:
            start = paragraphs[q.paragraph - 1][0] + q.start
            mine.append((start, start + len(q.text) + 2, q))
            if q.kind == "quote":
                drafted += 1
                if any(a <= start + 1 and start + len(q.text) <= b + 1 for a, b in contents):
                    real += 1
                else:
                    unreal.append(f"{text_file.stem}: “{q.text[:70]}”")
        for a in attributions:
            for mark in QUOTE_SPAN.finditer(text):
                inside = any(s <= mark.start() and mark.end() <= e + 1 for s, e in a["Content"])
                if not inside or len(mark[0].split()) < 4:
                    continue
                gold_total += 1
                hits = [
                    q
                    for s, e, q in mine
                    if s < mark.end() and mark.start() < e and q.kind == "quote"
                ]
                if not hits:
                    missed.append(
                        f"{text_file.stem}: {text[max(0, mark.start() - 60) : mark.end() + 40]!r}"
                    )
                    continue
                found += 1
                source = " ".join(text[s:e] for s, e in a.get("Source", []))
                surname = named_person(source)
                if surname is None:
                    continue
                named += 1
                said = hits[0].name or hits[0].who or ""
                if surname.lower() in said.lower():
                    right += 1
                else:
                    wrong.append(
                        f"{text_file.stem}: “{hits[0].text[:50]}” PolNeAR: {source!r}, ingest: {said!r} ({hits[0].rule})"
                    )
    return {
        "articles": len(articles),
        "direct quotes": gold_total,
        "found": share(found, gold_total),
        "drafted": drafted,
        "real": share(real, drafted),
        "speaker named": share(right, named),
        **actor_figures(speakers, ""),
        **actor_figures(speakers, "person "),
        "people proposed a source": share(
            speakers["proposed a source"], speakers["proposed people"]
        ),
        "organisations proposed": share(speakers["bodies proposed"], speakers["bodies"]),
        "organisations paragraphs cited": share(
            speakers["bodies cited"], speakers["bodies paragraphs"]
        ),
        "organisations proposed a source": share(
            speakers["proposed bodies a source"], speakers["proposed bodies"]
        ),
        "missed": missed,
        "not real": unreal,
        "wrong speaker": wrong,
        "person not proposed": not_proposed,
        "person proposed, no source": no_source,
        "organisation not proposed": body_missed,
        "organisation proposed, no source": body_unsourced,
    }


def actor_figures(counts: dict[str, int], measure: str) -> dict[str, Any]:
    """The shares of one measure of the people proposed (see `proposed_people`)."""
    return {
        f"{measure}people proposed": share(
            counts[f"{measure}proposed"], counts[f"{measure}people"]
        ),
        f"{measure}named in full, proposed": share(
            counts[f"{measure}proposed of named in full"], counts[f"{measure}named in full"]
        ),
        f"{measure}proposed as a person": share(
            counts[f"{measure}as a person"], counts[f"{measure}proposed"]
        ),
        f"{measure}proposed with a role": share(
            counts[f"{measure}with a role"], counts[f"{measure}proposed"]
        ),
        f"{measure}paragraphs cited": share(
            counts[f"{measure}cited"], counts[f"{measure}paragraphs"]
        ),
    }


def proposed_people(
    text: str,
    attributions: list[dict[str, Any]],
    paragraphs: list[tuple[int, str]],
    proposed: list[Proposed],
) -> dict[str, Any]:
    """Of the people named as the source of an attribution (quoted or reported), how many
    ingest proposes as a draft actor, as a person, with a role, citing each paragraph
    where they are a source. One count per person per article: a surname names them.
    Counted twice: over every source `named_person` reads (the first measure, which also
    counts places and groups), and over the sources `person_source` finds to be people."""
    starts = [start for start, _ in paragraphs]
    where: dict[str, set[int]] = {}
    persons: dict[str, set[int]] = {}  # the same, for the sources that are people
    for a in attributions:
        spans = a.get("Source", [])
        source = " ".join(text[s:e] for s, e in spans)
        surname = named_person(source)
        if surname and spans:
            number = bisect.bisect_right(starts, spans[0][0])
            where.setdefault(surname, set()).add(number)
            if person := person_source(source, surname, text):
                persons.setdefault(person, set()).add(number)
    # Precision: a person proposed whose surname no source of the article holds.
    sources = " ".join(text[s:e] for a in attributions for s, e in a.get("Source", []))
    people = [p for p in proposed if p.kind == "person"]
    counts: dict[str, Any] = {
        "proposed people": len(people),
        "proposed a source": sum(p.name.split()[-1] in sources for p in people),
        "not proposed": [],
        "no source": [
            f"{p.name} ({p.evidence[:60]})" for p in people if p.name.split()[-1] not in sources
        ],
    }
    for measure, names in (("", where), ("person ", persons)):
        for key in (*TALLIES, "named in full", "proposed of named in full"):
            counts[measure + key] = 0
        counts[measure + "people"] = len(names)
        for surname, numbers in names.items():
            # a person's proposal first: "Clinton campaign" is not Hillary Clinton's draft
            holding = [p for p in proposed if surname.lower() in p.name.lower().split()]
            draft = next((p for p in holding if p.kind == "person"), next(iter(holding), None))
            in_full = _in_full(surname, text) if measure else _first_name(surname, text)
            _tally(counts, measure, draft, numbers, in_full)
            if draft is None and measure:
                counts["not proposed"].append(surname)
    return counts


TALLIES = ("proposed", "as a person", "with a role", "paragraphs", "cited")


def _tally(
    counts: dict[str, Any], measure: str, draft: Proposed | None, numbers: set[int], in_full: bool
) -> None:
    """One source person's share of the figures of a measure."""
    counts[measure + "paragraphs"] += len(numbers)
    counts[measure + "named in full"] += in_full
    if draft is None:
        return
    counts[measure + "proposed"] += 1
    counts[measure + "proposed of named in full"] += in_full
    counts[measure + "as a person"] += draft.kind == "person"
    counts[measure + "with a role"] += bool(draft.role)
    counts[measure + "cited"] += len(numbers & set(draft.paragraphs))


def _first_name(surname: str, text: str) -> bool:
    """The first measure's "in full": any capitalised word before the surname somewhere
    ("Hillary Clinton", but also "South Dakota", "What Rubio")."""
    return bool(re.search(rf"\b[A-Z][a-z]+(?: [A-Z]\.)? {re.escape(surname)}\b", text))


def person_source(source: str, surname: str, text: str) -> str | None:
    """The surname of the person a source names, when `named_person` read it as
    `surname`: the name heads the source (not "aides to Gov. Chris Christie", "voters who
    lean towards Trump"; but "the secretary of the Treasury, Jacob J. Lew," is Lew), and
    the article names them as people are named, with a first name or a title, somewhere
    ("Hillary Clinton", "Mr. Trump", "President Obama"; not "Tehran", "Iranians",
    "Variety", "Critics"). None when it names no person."""
    parts = [p.strip() for p in source.split(",")]
    placed = PLACED.search(_who_part(source))
    if len(parts) > 1 and DESCRIPTION.match(parts[0]) and FULL_NAME.fullmatch(parts[1]):
        surname = parts[1].split()[-1]  # a description, then the name
    elif placed and _in_full(placed["name"], source):
        surname = placed["name"]  # "political scientist Dossym Satpayev in Almaty"
    elif (lead := GROUP_HEAD.match(_who_part(source))) and surname not in lead[0]:
        return None
    surname = surname.rstrip("’'")  # "Sanders’"
    if surname in ("Jr", "Sr", "II", "III"):  # "James B. Comey Jr."
        before = re.search(rf"([A-Z][\w'’-]*),?\s+{surname}\b", source)
        surname = before[1] if before else surname
    if BODY_WORD.fullmatch(surname):
        return None  # "the Las Vegas Sun", "the Pew Research Center"
    titled = re.search(rf"\b(?:{PERSON_TITLES})\.?\s+{re.escape(surname)}\b", text)
    return surname if _in_full(surname, text) or titled else None


BODY_WORD = re.compile(
    r"Center|Centre|League|Journal|Sun|Star|Radio|Tribune|Herald|Gazette|Magazine|Review|Tower"
    r"|Institution|Project|Matter|Church|Judge|Court|Network|Channel|Media|Foundation"
)
"""The last word of an outlet's or a body's name that `named_person` does not know."""


DESCRIPTION = re.compile(r"(?:(?:The|A|An)\s+)?[a-z]")
PLACED = re.compile(r"[A-Z][\w'’-]+\s+(?P<name>[A-Z][\w'’-]*[a-z])\s+(?:in|from|at)\s+[A-Z]")
FULL_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w'’-]*[a-z]")
"""A name in full: "Jacob J. Lew", "James B. Comey"."""


def _in_full(surname: str, text: str) -> bool:
    """The article gives the surname a first name (or initials) somewhere: a capitalised
    word it never writes in lowercase ("Hillary Clinton", "Donald J. Trump", "G.K.
    Butterfield", "François Hollande"; not "What Rubio", "South Dakota", "Conservative
    Movement")."""
    pattern = rf"(?=\b([A-Z][^\W\d_]+|[A-Z]\.)(?:\s*[A-Z]\.)*\s+{re.escape(surname)}\b)"
    lower = {w.casefold() for w in re.findall(r"\b[a-z][^\W\d_]*\b(?![’'])", text)}
    return any(
        (first.casefold() not in lower or first in WORD_NAMES) and first not in NOT_FIRST_NAMES
        for first in re.findall(pattern, text)
    )


GROUP_HEAD = re.compile(
    r"^(?:\S+\s+){0,6}?(?P<noun>[a-z][\w-]*)\s+(?:to|of|for|from|in|at|with|who|whom"
    r"|that|among|behind|towards?|around|close)\s"
)
"""The noun a source is about when a name only follows it: "aides to X", "supporters
of X", "a woman who had been a student in Montana"."""
PERSON_TITLES = "|".join(
    ["Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Adm", "Rev", "Sgt"]
    + ["Capt", "Prof", "President", "Senator", "Governor", "Secretary", "Speaker", "Mayor"]
    + ["Judge", "Justice", "Prince", "Princess", "King", "Queen", "Pope", "Sheriff"]
    + ["Congressman", "Congresswoman", "Representative", "Ambassador", "Chancellor"]
    + ["Minister", "Sir", "Lord", "Dame", "Bishop", "Cardinal", "Rabbi", "Imam"]
)
"""Titles that name a person with a surname alone ("Vice President Biden")."""
NOT_FIRST_NAMES = frozenset(
    "North South East West New Old Great Upper Lower Saint St San Santa Los Las Des Fort"
    " Port Mount Lake Puerto United Middle Central Northern Southern Eastern Western".split()
)
"""Capitalised words before a place's last word that no article writes in lowercase."""
WORD_NAMES = frozenset(
    "Will Bill Mark Frank Grant Rich Hope Faith Joy Rose Jack Pat Sue Ken Don Ray Gene Dean"
    " Earl Chuck Bob Rob Art Guy Wade Jay Dick Hunter Chase Max Lance Drew Rand Newt Mike".split()
)
"""First names that are also English words ("Bill Frelick" where the article's bill is)."""


BODY_SOURCE = re.compile(
    r"^(?:(?:the|The)\s+)?(?P<name>(?:[A-Z][\w.&'’-]*\s+)*?[A-Z][\w.&'’-]*"
    r"(?:\s+(?:of|for|on|and)(?:\s+the)?\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)?)"
    r"(?:\s+(?P<head>[a-z]+))?$"
)
"""A source that names a body: a name in capitals, then at most one word in lowercase
("the Tax Policy Center", "America Rising PAC", "The Trump campaign", "the AFL-CIO",
"Cologne police")."""
ACRONYM = re.compile(r"[A-Z][A-Z&-]{1,7}")


def body_source(source: str, text: str) -> str | None:
    """The name of the body a PolNeAR source names, or None: the words before its
    apposition are a name in capitals whose last word is the head word of a body's name
    (`BODY_HEADS`: "Center", "Committee", "PAC", "campaign", "police") or an acronym
    the article never writes in title case ("the AFL-CIO", "RNC"; not "TRUMP" in a headline
    in capitals), with no person's role or name after it ("RNC spokesman Sean Spicer" is a
    person, "Republican members of Congress" a group, "Gawker" not known)."""
    head = _who_part(source).strip(" .")
    match = BODY_SOURCE.fullmatch(head)
    if match is None or PRONOUN.match(head):
        return None
    words = [w for w in re.sub(r"[’']s$", "", match["name"]).split() if w not in ("The", "the")]
    if not words or words[0] in NO_BODY or (len(words) > 1 and all(w.isupper() for w in words)):
        return None  # "His campaign", a headline in capitals
    last = (match["head"] or words[-1]).strip(".")
    acronym = len(words) == 1 and ACRONYM.fullmatch(last) and last.title() not in text
    if BODY_HEADS.fullmatch(last) or acronym or last in BODY_ACRONYMS:
        return " ".join(words)
    return None


BODY_HEADS = re.compile(
    r"(?:campaign|committee|party|department|ministry|administration|office|agency"
    r"|council|court|union|association|federation|company|corporation|inc|corp|co|ltd|plc"
    r"|group|foundation|institute|university|commission|board|bank|service|police|army"
    r"|navy|embassy|government|parliament|senate|congress|house|newspaper|network|news"
    r"|times|post|journal|organi[sz]ation|trust|authority|coalition|league"
    r"|centre|center|fund|society|club|bureau|secretariat|cabinet|tribunal"
    r"|statement|spokes\w+ for|college|hospital|infirmary|school|academy|clinic|chamber"
    r"|church|mosque|synagogue|temple|cathedral|parish|diocese|holdings|partners|recycling"
    r"|energy|industries|enterprises|ventures|investments|logistics|utilities|airlines|airways"
    r"|railways?|technologies|pharmaceuticals|laboratories|labs|foods|homes|properties"
    r"|insurance|communications|studios|motors|systems|solutions|capital"
    r"|courier|gazette|herald|tribune|chronicle|telegraph|examiner|inquirer"
    r"|radio|tv|television|broadcasting|magazine)",
    re.I,
)
"""The head words that make a source's name a body's, for the organisation measure: the
scorer's own list (as ingest's `actors.BODY_WORDS` stood when the measure was last
defined, 2026-12-05), so that a word ingest learns never moves the gold it is scored on."""
BODY_ACRONYMS = frozenset({"PAC", "PACs", "AFL-CIO"})
NO_BODY = frozenset("His Her Their Its Our My Your Neither Both Each Some Many Other".split())
"""Words that begin no body's name ("His campaign said")."""


def proposed_bodies(
    text: str,
    attributions: list[dict[str, Any]],
    paragraphs: list[tuple[int, str]],
    proposed: list[Proposed],
) -> dict[str, Any]:
    """Of the bodies named as the source of an attribution (`body_source`), how many ingest
    proposes as an organisation, citing each paragraph where they are a source; one count
    per body per article. A body is proposed when an organisation proposed holds each
    capitalised word of its name ("Trump" for "The Trump campaign", "Tax Policy Center").
    Precision: the share of organisations proposed whose name's first capitalised word is
    in some source of the article."""
    starts = [start for start, _ in paragraphs]
    where: dict[str, set[int]] = {}
    for a in attributions:
        spans = a.get("Source", [])
        name = body_source(" ".join(text[s:e] for s, e in spans), text) if spans else None
        if name:
            where.setdefault(name, set()).add(bisect.bisect_right(starts, spans[0][0]))
    sources = " ".join(text[s:e] for a in attributions for s, e in a.get("Source", []))
    bodies = [p for p in proposed if p.kind == "organisation"]
    unsourced = [p for p in bodies if not set(_capitalised(p.name)[:1]) <= set(sources.split())]
    counts: dict[str, Any] = {
        "proposed bodies": len(bodies),
        "proposed bodies a source": len(bodies) - len(unsourced),
        "bodies": len(where),
        "bodies proposed": 0,
        "bodies paragraphs": 0,
        "bodies cited": 0,
        "body not proposed": [],
        "body no source": [f"{p.name} ({p.evidence[:60]})" for p in unsourced],
    }
    for name, numbers in where.items():
        words = {w.casefold() for w in _capitalised(name)}
        draft = next((p for p in bodies if words <= _words(p.name)), None)
        counts["bodies paragraphs"] += len(numbers)
        if draft is None:
            counts["body not proposed"].append(name)
            continue
        counts["bodies proposed"] += 1
        counts["bodies cited"] += len(numbers & set(draft.paragraphs))
    return counts


def _words(name: str) -> set[str]:
    """A name's words, casefolded, without possessives."""
    return {w.casefold() for w in re.sub(r"[’']s\b", "", name).split()}


def _capitalised(name: str) -> list[str]:
    """A name's capitalised words, without "The" and possessives."""
    words = re.sub(r"[’']s\b", "", name).split()
    return [w for w in words if w[:1].isupper() and w not in ("The", "A", "An")]


def polnear(folder: Path, only: list[str] | None = None) -> dict[str, Any]:
    """Quotes and speakers on PolNeAR: train (rules tuned on it), dev (not); never test."""
    results = {}
    print("\nquotes: direct quotations (4 words or more) of PolNeAR's attributions")
    print(
        f"{'split':<16} {'docs':>5} {'quotes':>6} {'found':>7} {'drafted':>7} {'real':>7} {'speaker':>8}  targets: found ≥ 97%, real ≥ 95%, speaker ≥ 90%"
    )
    for part, role in POLNEAR_PARTS.items():
        if only and part not in only:
            continue
        texts = sorted((folder / part / "text").glob("*.txt"))
        if not texts:
            raise SystemExit(f"{folder / part}: no text/*.txt. {POLNEAR_HELP}")
        pairs = []
        for text in texts:
            annotations = sorted((folder / part / "attributions").glob(f"{text.stem}_*.ann"))
            if annotations:
                pairs.append((text, annotations[0]))  # the first annotator's
        r = results[part] = score_quotes(pairs)
        print(
            f"{part + ' (' + role + ')':<16} {r['articles']:>5} {r['direct quotes']:>6}"
            f" {r['found']['share']:>7.1%} {r['drafted']:>7} {r['real']['share']:>7.1%}"
            f" {r['speaker named']['share']:>8.1%}"
        )
    print("\nactors: people PolNeAR names as a source (quoted or reported), one per article")
    print(
        "  all: every source whose last word is capitalised (the first measure: it also counts"
        ' places, outlets and groups,\n  "Tehran", "Iranians", "Variety"); people: those'
        " the article names as a person, with a first name\n  or a title somewhere, and that head"
        ' the source (not "aides to Gov. Chris Christie")'
    )
    print(
        f"{'split, measure':<26} {'people':>6} {'proposed':>9} {'in full':>8} {'person':>7}"
        f" {'role':>6} {'¶ cited':>8} {'precision':>9}"
        "  target: every one proposed with its kind and role, cited to its paragraphs"
    )
    for part, r in results.items():
        for measure in ("", "person "):
            print(
                f"{part + ' (' + POLNEAR_PARTS[part] + '), ' + ('people' if measure else 'all'):<26}"
                f" {r[measure + 'people proposed']['total']:>6}"
                f" {r[measure + 'people proposed']['share']:>9.1%}"
                f" {r[measure + 'named in full, proposed']['share']:>8.1%}"
                f" {r[measure + 'proposed as a person']['share']:>7.1%}"
                f" {r[measure + 'proposed with a role']['share']:>6.1%}"
                f" {r[measure + 'paragraphs cited']['share']:>8.1%}"
                f" {r['people proposed a source']['share']:>9.1%}"
            )
    print(
        "\norganisations: bodies PolNeAR names as a source, one per article: a name in capitals"
        ' ending in a body\'s head word\n  or an acronym ("the Tax Policy Center", "The Trump'
        ' campaign", "the AFL-CIO"), proposed as an organisation holding its capitalised words'
    )
    print(f"{'split':<26} {'bodies':>6} {'proposed':>9} {'¶ cited':>8} {'precision':>9}")
    for part, r in results.items():
        print(
            f"{part + ' (' + POLNEAR_PARTS[part] + ')':<26}"
            f" {r['organisations proposed']['total']:>6}"
            f" {r['organisations proposed']['share'] or 0:>9.1%}"
            f" {r['organisations paragraphs cited']['share'] or 0:>8.1%}"
            f" {r['organisations proposed a source']['share'] or 0:>9.1%}"
        )
    return results
