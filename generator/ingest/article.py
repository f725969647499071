"""A raw article -> its headline, outlet, dateline, date and numbered paragraphs.

A saved web page goes through trafilatura (main text, title, site name, date) and
htmldate; text as captured from a browser goes through the line rules below. Either way
every line that is not kept as a paragraph is listed with the reason, so nothing is lost
silently, and every value found rather than given is a guess with its evidence.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..records.explainer import outlet_key
from ..records.load import MAX_FILE_BYTES
from ..records.model import MAX_YEAR, MIN_YEAR
from ..run.errors import ExplainerError
from ..text.html import TEXT_BREAKS
from . import letters
from .datelines import DATELINE, dated_dateline
from .datewords import MONTH, MONTH_NAMES, in_year, month_number

MAX_BYTES = 5_000_000
"""The largest file read (a saved page with its scripts and styles)."""
MAX_TEXT = MAX_FILE_BYTES
"""The most characters of article text: its source record must fit in a record file."""


class IngestError(ExplainerError):
    """The file cannot be read as an article: one line saying why (exit 2, no drafts)."""

    exit_code = 2


@dataclass
class Paragraph:
    text: str
    label: str | None = None  # "photo caption", "story highlight": kept, but not body text


@dataclass
class Article:
    """What ingest read, and how: `guesses` and `dropped` make the review list."""

    path: Path
    headline: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: dt.date | None = None
    url: str | None = None
    wire: str | None = None  # the agency or outlet the copy came from
    authors: list[str] = field(default_factory=list)  # as the byline names them
    paragraphs: list[Paragraph] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # line, why
    guesses: list[str] = field(default_factory=list)


def read_article(
    path: Path, published: dt.date | None = None, outlet: str | None = None, url: str | None = None
) -> Article:
    """Read a saved web page or a text capture. Raises IngestError."""
    text, read_as = _text_of(path)
    article = Article(path, outlet=outlet, published=published, url=url)
    if read_as:
        article.guesses.append(read_as)
    if looks_like_html(text):
        _read_html(text, article)
    else:
        _read_lines(text.splitlines(), article)
    if not [p for p in article.paragraphs if p.label is None]:
        raise IngestError(f"{path}: no article text found (no paragraph of running text)")
    size = sum(len(p.text) for p in article.paragraphs)
    if size > MAX_TEXT:
        raise IngestError(
            f"{path}: the article's text is {size:,} characters, more than a source record may"
            f" hold ({MAX_TEXT:,}): keep only the article in the file"
        )
    if article.wire and outlet_key(article.wire) == outlet_key(article.outlet or ""):
        article.wire = None  # "KESTON (Courier) -" on the Courier's site: its own copy
    if article.outlet is None and article.wire:
        article.outlet = article.wire  # agency copy read on its own site, most often
        article.guesses.append(
            f"outlet: {article.wire}, the wire the copy came from (check: the outlet is where"
            " you read it)"
        )
    if article.published is None:
        raise IngestError(f"{path}: no publication date found: give --published YYYY-MM-DD")
    if not MIN_YEAR <= article.published.year <= MAX_YEAR:
        raise IngestError(
            f"{path}: publication date {article.published.isoformat()} is not between the years"
            f" {MIN_YEAR} and {MAX_YEAR}: give --published YYYY-MM-DD"
        )
    return article


def _text_of(path: Path) -> tuple[str, str | None]:
    """The file's text, and how it was read when that is not UTF-8 (a note for review)."""
    data = read_bounded(path, MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise IngestError(f"{path}: larger than {MAX_BYTES:,} bytes: not an article page")
    if not data.strip():
        raise IngestError(f"{path}: the file is empty")
    if data.startswith(b"%PDF"):
        raise IngestError(f"{path}: a PDF: save the article as a web page (HTML) or as text")
    text, read_as = _decoded(data)
    if text is None or CONTROL.search(text):
        raise IngestError(f"{path}: binary data, not text or HTML")
    return text, read_as


BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*encoding=["']([\w.:-]+)""", re.I
)
CONTROL = letters.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""Characters no article's text has (tab, line and form feeds aside): a file read as text
that has them is binary data."""


def _decoded(data: bytes) -> tuple[str | None, str | None]:
    """Bytes as text: by their byte-order mark (Windows' Notepad saves UTF-16 with one),
    as UTF-8, as the encoding a page declares (older news sites still serve ISO-8859-1 or
    Shift_JIS, and a browser saves the page as served), else as Windows-1252, the most
    common encoding of Western European text that is not UTF-8. None: no encoding fits."""
    for mark, encoding in BOMS:
        if data.startswith(mark):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                return None, None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if declared := DECLARED.search(data[:4096]):
        name = (declared.group(1) or declared.group(2)).decode("ascii")
        try:
            return data.decode(name), f"encoding: read as {name}, as the page declares"
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: the guess below
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, None
    return text, (
        "encoding: not UTF-8 and declaring none, read as Windows-1252 (Western European):"
        " check its accented letters and quotation marks"
    )


def read_bounded(path: Path, most: int) -> bytes:
    """At most `most` bytes of a regular file. Opened without blocking and checked before
    reading: a FIFO would wait for a writer, a device (/dev/zero) never ends."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise IngestError(f"{path}: cannot be read ({error.strerror})") from None
    mode = os.fstat(handle).st_mode
    if not stat.S_ISREG(mode):
        os.close(handle)
        if stat.S_ISDIR(mode):
            raise IngestError(f"{path}: is a folder: give the saved article's file")
        raise IngestError(f"{path}: is not a regular file (a device, FIFO or socket)")
    with os.fdopen(handle, "rb") as stream:
        try:
            return stream.read(most)
        except OSError as error:
            raise IngestError(f"{path}: cannot be read ({error.strerror})") from None


def looks_like_html(text: str) -> bool:
    return (
        re.search(r"<(?:!doctype html|html|head|body|article|p|div)\b", text[:5000], re.I)
        is not None
    )


# --- saved web pages -----------------------------------------------------------------


def _read_html(html: str, article: Article) -> None:
    import trafilatura  # only for pages: it takes a while to import
    from htmldate import find_date

    for library in ("trafilatura", "htmldate"):  # their notes ("discarding data: None")
        logging.getLogger(library).setLevel(logging.ERROR)  # mean nothing to an editor
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    meta = found if isinstance(found, dict) else found.as_dict() if found is not None else {}
    lines = (meta.get("text") or "").splitlines()
    title = (meta.get("title") or "").strip()
    site = (meta.get("sitename") or "").strip()
    if title and not article.headline:
        article.headline = headline_of(title, site)
        cut = (
            ""
            if article.headline == title
            else f", without {title[len(article.headline) :].strip()!r}"
        )
        article.guesses.append(f"headline: the page's title {title!r}{cut}")
    # the site's own name in its author field is no writer ("Newswire Ireland", new user 13)
    writers = [
        w for w in authors_of(str(meta.get("author") or "")) if w.casefold() != site.casefold()
    ]
    if writers:
        article.authors = writers
        article.guesses.append(f"authors: the page's author field {meta.get('author')!r}")
    if site and not article.outlet:
        article.outlet = site
        article.guesses.append(f"outlet: the page's site name {site!r}")
    address = str(meta.get("url") or "").strip()
    if not article.url and re.fullmatch(r"https?://[^\s\"<>]{1,2000}", address):
        article.url = address
        article.guesses.append(f"url: the page's own address (canonical link) {address!r}")
    if article.published is None:
        date = meta.get("date") or find_date(html, original_date=True, extensive_search=False)
        if date:
            article.published = dt.date.fromisoformat(date[:10])
            article.guesses.append(f"published: {date[:10]}, from the page's metadata")
    if lines and title and _same(lines[0], title):
        lines = lines[1:]
    _read_lines(lines, article, headline_known=True)
    kept = {_key(p.text) for p in article.paragraphs} | {_key(title)}
    everything = "\n".join(kept)  # one search for a line inside a kept paragraph
    lines = page_lines(html)
    for line in lines[:MAX_PAGE_LINES]:
        if _key(line) not in kept and _key(line) not in everything:
            article.dropped.append((line, "not the page's main text (trafilatura)"))
    if len(lines) > MAX_PAGE_LINES:
        article.guesses.append(
            f"page lines: only the first {MAX_PAGE_LINES:,} of {len(lines):,} were compared with"
            " the article's text; the rest may hold more that was dropped"
        )


MAX_PAGE_LINES = 2_000
"""The lines of a page compared with what trafilatura kept, to list what it dropped."""


def page_lines(html: str) -> list[str]:
    """Every line of text a reader could see on the page, block by block: what the review
    lists as dropped is the page minus what trafilatura kept."""
    from lxml import html as lxml_html

    root = lxml_html.fromstring(html)
    for hidden in root.xpath("//script|//style|//noscript|//head|//template"):
        hidden.drop_tree()
    parts: list[str] = []

    def walk(element: object) -> None:
        tag = getattr(element, "tag", None)
        if not isinstance(tag, str):
            return  # a comment or processing instruction
        block = tag in TEXT_BREAKS
        parts.append("\n" if block else "")
        parts.append(element.text or "")  # type: ignore[attr-defined]
        for child in element:  # type: ignore[attr-defined]
            walk(child)
            parts.append(child.tail or "")
        parts.append("\n" if block else "")

    walk(root)
    return [" ".join(line.split()) for line in "".join(parts).splitlines() if line.strip()]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


# --- text captured from the web: one rule per news convention ----------------------


FURNITURE = letters.compile(
    r"\b(?:notifications?|newsletter|subscribe|sign up|sign in|log in|cookies?|privacy"
    r" policy|download (?:the|our)\b[^.]{0,40}\bapp|open in app|advertisement|share this"
    r"|share on|(?:breaking )?news alerts"
    r"|follow us|all rights reserved|terms of use|read more|click here|continue reading)\b",
    re.I,
)
"""Words of banners, share buttons and menus: a line with one of them (and no quotation)
is not the article."""

CALL_TO_ACTION = letters.compile(
    r"^(?:watch|view|listen to|read|open|get|download|continue)\b", re.I
)
"""A short line that begins with an order to the reader: "Watch CBS News"."""

BOX_TITLES = letters.compile(
    r"^(?:story highlights|highlights|key points|related(?: stories| articles)?"
    r"|more from .*|trending|most read|top stories|recommended)\s*:?$",
    re.I,
)
"""The title of a box beside the story."""

BULLET = letters.compile(r"^\s*[•·*\-–—]\s+")

CAPTION = letters.compile(
    r"\((?:L|R|C|left|right|center|centre|file|top|bottom)\)|\bphoto:|\bfile photo\b"
    r"|getty images|\bAFP\b/|/\s*AP\b",
    re.I,
)
"""Photo credits and position marks ("Adm. Jane Ruiz (R)") belong to a caption."""
CAPTION_LINE = letters.compile(r"^(?:photo|picture|pictured|image|photograph|caption)s?\s*:", re.I)
"""A caption set in the story, anywhere ("Photo: Swimmers at the pool, which opened in 1974.")."""

SENTENCE_END = letters.compile(r"[.!?][\"'”’)\]]*$")

MIN_WORDS = 5
MIN_UNENDED = 10
"""The words of a paragraph that ends without a full stop (in a name, or a quotation
without its stop): more than another story's headline has."""

WIRE = letters.compile(
    r"^(?:this (?:post|story|article|report) (?:originally )?(?:appeared|was (?:first )?"
    r"(?:published|provided|supplied))"
    r"|(?:originally )?(?:published|appeared) (?:first )?)\s*(?:on|in|by|at)\s+"
    r"(?P<wire>[A-Z][\w&.' -]{1,40}?)"
    r"(?:\s+(?:on|and|as|under)\b.*|[.,]?)$"
    r"|^\(?(?:©|copyright)?\s*(?P<agency>Reuters|AFP|AP|The Associated Press|Associated Press"
    r"|Bloomberg"
    r"|dpa|Agence France-Presse|Press Association|PA|UPI|Xinhua)\)?\.?$"
    r"|\((?P<dateline>Reuters|AFP|AP|dpa|Bloomberg)\)\s*[-–—]",
    re.I,
)
"""Where the copy came from: "This post originally appeared on Grist", a closing
"(Reuters)" or "© AFP", a dateline "LONDON (Reuters) -": the source's `wire`."""
SITE_SUFFIX = letters.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}(?:\s+[|–—-]\s+[^|]{1,40})*$")
"""A page title's " | DW | 19.01.2020", " - BBC News": the site, not the headline."""


def is_running_text(line: str) -> bool:
    """A paragraph of the story: it ends a sentence and has a few words, or it is long
    enough to be one that ends in a name or a quotation ("…, said Ana Ruiz")."""
    words = line.split()
    if SENTENCE_END.search(line):
        return len(words) >= MIN_WORDS
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= MIN_UNENDED and ("," in line or lower * 2 >= len(words))


def headline_of(title: str, site: str | None) -> str:
    """A page title without the site's name and date after a bar or dash."""
    if " | " in title:
        return max(title.split(" | "), key=len).strip()
    match = SITE_SUFFIX.search(title)
    tail = match[0].strip(" |–—-") if match else ""
    named = all(w[:1].isupper() or not w[:1].isalpha() for w in tail.split())
    if match and (
        (site and site.casefold() in tail.casefold()) or (named and len(tail.split()) <= 3)
    ):
        return title[: match.start()].strip()
    return title


def wire_of(line: str) -> str | None:
    """The agency or outlet a line says the copy came from, or None: a dateline's agency
    in brackets ("HALLEN, March 3 (Nordwire) -") whatever its name."""
    match = WIRE.search(line.strip())
    if not match and (dateline := DATELINE.match(line.strip())) and dateline["agency"]:
        return dateline["agency"].strip()
    if not match:
        # Reuters closes its copy "(Reporting by …; Editing by …)", wherever it is printed
        return "Reuters" if re.match(r"^\(?Reporting by\b.*\bEditing by\b", line) else None
    return (match["wire"] or match["agency"] or match["dateline"]).strip(" .")


def could_be_headline(line: str) -> bool:
    """A short line that is neither running text nor a banner: before the story, its headline."""
    return (
        not is_running_text(line)
        and not FURNITURE.search(line)
        and not CALL_TO_ACTION.search(line)
        and not BYLINE.match(line)
    )


BYLINE = letters.compile(
    r"^(?i:by)\s+(?P<author>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|al|bin"
    r"|and|&)){1,8}?)\s*(?:$|[,|/–—-]\s*\S.{0,60}$)"
)
"""'By Maria Okafor, Harbour Courier', 'BY ANA RUIZ AND TOM HALE | Staff writers': who
wrote the story (the source's `authors`)."""

AUTHOR_NAME = letters.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|al|bin)){1,5}"
)
"""One writer's name: two to six words, the first capitalised ("Ana Ruiz", "Jan van der
Berg")."""
DESK = letters.compile(
    r"\b(?i:the|staff|reporters?|writers?|correspondents?|desk|press|news|agency|wire|editors?"
    r"|editorial|board|team|service|newsroom|newswire|newsdesk|wires)\b"
)
"""Words of a desk or an agency, which a byline may name instead of a writer ("By Staff
Reporters", "By The Associated Press")."""


def authors_of(byline: str) -> list[str]:
    """The writers a byline or a page's author field names, each as printed (title case
    for a byline set in capitals): 'Ana Ruiz and Tom Hale', 'Ana Ruiz; Tom Hale'."""
    names = re.split(
        r"\s*(?:[,;&]|\band\b)\s*", re.sub(r"^(?i:by)\s+", "", byline.strip()), flags=re.I
    )
    found = []
    for name in names:
        # "JENNIFER MORALES Associated Press": the name in capitals, then the agency
        capitals = re.match(r"(?:[A-Z][A-Z'’.-]+\s+){1,4}[A-Z][A-Z'’.-]+(?=\s+[A-Z][a-z])", name)
        name = capitals[0] if capitals else name
        name = name.title() if name.isupper() else name
        if AUTHOR_NAME.fullmatch(name) and not DESK.search(name) and name not in found:
            found.append(name)
    return found


def _authors_from(line: str, article: Article) -> None:
    byline = BYLINE.match(line) or CREDIT_LINE.search(line)
    if byline and not article.authors:
        article.authors = authors_of(byline["author"])
        if article.authors:
            article.guesses.append(f"authors: from the byline {line!r}")


CREDIT_LINE = letters.compile(
    r"\((?:Additional )?(?:Reporting|Writing|Reported|Written) by\s+(?P<author>[^;)]+?)\s*[;)]"
)
"""A wire story's credits at its end: "(Reporting by Lena Novak; Editing by Ruth Abbas)":
who reported it wrote it, not who edited it."""
CORRECTION = letters.compile(
    r"(?i:correction|clarification|editor['’]s note)\s*[:.–—-]"
    r"|(?:An?|The) (?:earlier|previous|original) version of this (?:story|article|report)"
    r"|This (?:story|article|report) (?:has been|was) (?:corrected|updated|amended)"
)
"""The outlet's own correction of its story, set at its end or its top: a paragraph the
explainer may cite or label, not the story's words."""


RELEASE_MARKS = letters.compile(
    r"(?i)(?:for immediate release|(?:press|news|media) release|embargoed\b.{0,60})[\s.:]*"
)
"""A press release's own marks above its story, each a line of its own: "FOR IMMEDIATE
RELEASE", "PRESS RELEASE", "EMBARGOED UNTIL …"."""
ABOUT = r"About (?:the )?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|the|and|&)){0,6}"
"""A heading of the sender's own name ("About Save St. Brigid's Maternity"): the words of
a name, not a sentence ("About Town was a show")."""
SIGN_OFF = letters.compile(
    rf"(?:(?i:-*\s*ends\s*-*|#{{3,}}|-30-|\**\s*end\s*\**)\s*|{ABOUT})$|{ABOUT}\s*:"
    r"|Notes? (?:to|for) editors\b|(?:Media|Press) (?:contact|enquiries|inquiries)\b"
)
"""Where a press release's story ends: its end mark ("-ENDS-", "###"), or where the sender
speaks of itself ("About the Harbour Union", "About the Harbour Union: Founded in 1952, …",
"Notes to editors", "Media contact:"); what follows is the sender's, not the story."""


def furniture_reason(line: str) -> str | None:
    """Why a line is page furniture, or None."""
    if RELEASE_MARKS.fullmatch(line):
        return "a press release's mark"
    quoted = re.search(r"[\"“”]", line) is not None
    if FURNITURE.search(line) and not quoted:
        return "banner or menu words"
    if CALL_TO_ACTION.search(line) and len(line.split()) <= 6:
        return "an order to the reader (app or video link)"
    if not is_running_text(line):
        byline = BYLINE.match(line)
        if byline:
            return f"a byline (by {byline['author']})"
        return "not running text (a link, a button or a headline of another story)"
    return None


def _opens_the_story(line: str, after: list[str]) -> bool:
    """A long line that ends no sentence, just before a byline, a date line or a dateline:
    the headline (a long one reads as running text on its own)."""
    following = [" ".join(a.split()) for a in after[:MAX_HEAD_LINES] if a.strip()][:2] + ["", ""]
    starts = BYLINE.match(following[0]) or DATELINE.match(following[0])
    # or a standfirst between them: "The town that caught fire" / "Two towns are not sure." / "By …"
    standfirst = SENTENCE_END.search(following[0]) and (
        BYLINE.match(following[1]) or DATE_LINE.match(following[1])
    )
    return not SENTENCE_END.search(line) and bool(
        starts or DATE_LINE.match(following[0]) or standfirst
    )


DATE_LINE = letters.compile(
    r"^(?:(?:published|updated|posted|first published)(?: on)?:?\s*)?"
    # a press release's "Bilbao, 21 April 2026": the place it was issued from, then the day
    r"(?:[A-Z][\w'’.]*(?:[\s-][A-Z][\w'’.]*){0,3},\s+)?"
    r"(?:\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    rf"(?:(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH})\.?,?\s+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d\d-\d\d))"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?)?\.?$",
    re.I,
)
"""A line that is only the story's date, with or without a time and a word before it:
"Published 4:12 PM EST, March 3, 2026", "March 15, 2026", "Updated 3 March 2026 10:02"."""


def date_of_line(line: str) -> dt.date | None:
    """The date a date line gives, or None."""
    match = DATE_LINE.match(line)
    if not match:
        return None
    if match["iso"]:
        text = match["iso"]
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    month = match["month"] or match["month2"]
    number = MONTH_NAMES[month[:3].lower()]
    try:
        return dt.date(
            int(match["year"] or match["year2"]), number, int(match["day"] or match["day2"])
        )
    except ValueError:
        return None


def _headline_at(lines: list[str]) -> int | None:
    """Which line is the headline of a text capture: of the short lines before the story
    starts (its byline, its date line, its dateline or its first paragraph), the longest;
    the site's name, menus and section names above a headline are shorter than it."""
    candidates: list[tuple[int, int]] = []
    for number, raw in enumerate(lines[:MAX_HEAD_LINES]):
        line = " ".join(raw.split())
        if not line:
            continue
        # a dateline opens the story's first paragraph, not a banner ("AAW — Australian
        # Associated Wire", new user 12)
        if (
            BYLINE.match(line)
            or DATE_LINE.match(line)
            or (DATELINE.match(line) and is_running_text(line))
        ):
            break
        opens = _opens_the_story(line, lines[number + 1 :])
        if is_running_text(line) and not FURNITURE.search(line) and not opens:
            break
        if could_be_headline(line) or opens:
            candidates.append((len(line.split()), number))
    return max(candidates)[1] if candidates else None


def _standfirst(lines: list[str], number: int) -> bool:
    """A sentence between the headline and the byline or date line: the summary a page
    sets under its headline, not the story's first paragraph."""
    following = next((" ".join(a.split()) for a in lines[number + 1 :] if a.strip()), "")
    line = " ".join(lines[number].split())
    return is_running_text(line) and bool(BYLINE.match(following) or DATE_LINE.match(following))


MAX_HEAD_LINES = 40
"""How far down a text capture its headline is looked for."""


def _read_lines(lines: list[str], article: Article, headline_known: bool = False) -> None:
    in_box = False
    started = False
    signed_off = False  # past a release's "ENDS" or its sender's "About …": none of the story
    headline = None if headline_known or article.headline else _headline_at(lines)
    for number, raw in enumerate(lines):
        line = " ".join(raw.split())
        if not line:
            in_box = False if started else in_box
            continue
        if started and (signed_off or SIGN_OFF.match(line)):
            signed_off = True
            article.dropped.append((line, "the sender's part, after the story"))
            continue
        if number == headline:
            article.headline = line
            article.guesses.append(f"headline: the longest line before the story, {line!r}")
            continue
        if headline is not None and number < headline and not article.outlet and _masthead(line):
            article.outlet = line.title() if line.isupper() else line  # "HARBOUR WIRE"
            article.guesses.append(f"outlet: {line!r}, the name above the headline")
            article.dropped.append((line, "the outlet's name"))
            continue
        if not started and (day := date_of_line(line)):
            if article.published is None:
                article.published = day
                article.guesses.append(f"published: {day.isoformat()}, from the line {line!r}")
            article.dropped.append((line, "the story's date line"))
            continue
        if not started and headline is not None and article.outlet and _same(line, article.outlet):
            article.dropped.append((line, "the outlet's name"))
            continue
        if (
            not started
            and headline is not None
            and number > headline
            and _standfirst(lines, number)
        ):
            article.paragraphs.append(Paragraph(line, "standfirst"))
            article.guesses.append(
                f"¶{len(article.paragraphs)}: the standfirst (under the headline)"
            )
            continue
        if BOX_TITLES.match(line):
            in_box = line.casefold().rstrip(":") in {"story highlights", "highlights", "key points"}
            article.dropped.append((line, "the title of a box beside the story"))
            continue
        if in_box and (BULLET.match(raw) or not is_running_text(line)):
            text = BULLET.sub("", line)
            article.paragraphs.append(Paragraph(text, "story highlight"))
            article.guesses.append(
                f"¶{len(article.paragraphs)}: a story highlight (in the box {text[:40]!r}…)"
            )
            continue
        in_box = False
        if (
            not started
            and not headline_known
            and not article.headline
            and headline is None
            and (could_be_headline(line) or _opens_the_story(line, lines[number + 1 :]))
        ):
            article.headline = line
            article.guesses.append(f"headline: the first line that is not furniture, {line!r}")
            continue
        wire = wire_of(line)
        if wire:
            if not article.wire:
                article.wire = wire
                article.guesses.append(f"wire: {wire}, from {line[:80]!r}")
            if not DATELINE.match(line):
                _authors_from(line, article)  # "(Reporting by Lena Novak; Editing by …)"
                article.dropped.append((line, "where the copy came from (the source's wire)"))
                continue
        reason = furniture_reason(line)
        if reason:
            _outlet_from(line, article)
            _authors_from(line, article)
            article.dropped.append((line, reason))
            continue
        if (CAPTION.search(line) and not started) or CAPTION_LINE.match(line):
            article.paragraphs.append(Paragraph(line, "photo caption"))
            article.guesses.append(
                f"¶{len(article.paragraphs)}: a photo caption (position or credit mark)"
            )
            continue
        if CORRECTION.match(line):
            article.paragraphs.append(Paragraph(line, "correction"))
            article.guesses.append(
                f"¶{len(article.paragraphs)}: the outlet's correction of its story (label)"
            )
            continue
        started = True
        article.paragraphs.append(Paragraph(line))
        if article.dateline is None and (match := DATELINE.match(line)):
            article.dateline = match["place"].title()
            article.guesses.append(f"dateline: {article.dateline}, from {match[0].strip()!r}")
            # a press release's "LENKOVO, 3 March 2025 -" gives its day
            filed = dated_dateline(line)
            year = filed.year if filed else None
            day = in_year(year, month_number(filed.month), filed.day) if filed and year else None
            if article.published is None and day:
                article.published = day
                article.guesses.append(
                    f"published: {day.isoformat()}, from the dateline {match[0].strip()!r}"
                )


MASTHEAD = letters.compile(
    r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|the|and|&|on|de|del|la|di|du|des|da|do|y|et|für"
    r"|[A-Z][\w'’&.-]*)){0,5}"
)
"""A paper's name as its masthead sets it: a few capitalised words ("Portvale Courier",
"The Wellsport Evening Post", "Bangor Daily News", "Diario de Navarra"), or a press
release's sender's ("Cofradía de Pescadores San Telmo")."""


def _masthead(line: str) -> bool:
    """The first line of a capture, above its headline, that names the paper: a few
    capitalised words that are no menu, section or order to the reader."""
    return (
        bool(MASTHEAD.fullmatch(line))
        and furniture_reason(line) not in ("banner or menu words", "a press release's mark")
        and not (CALL_TO_ACTION.search(line) or SECTIONS.fullmatch(line))
    )


SECTIONS = letters.compile(
    r"(?i:(?:local|world|national|breaking|latest|top)?\s*(?:news|politics|business|sport|sports"
    r"|opinion|home|menu|search|culture|lifestyle|weather|video|live|world|u\.?s\.?|uk|local"
    r"|health|science|tech|technology|education|environment|climate|entertainment|travel"
    r"|more|sections|subscribe|newsletters?|podcasts?)(?:\s+news)?)"
)
"""Sections and menus of a news site, which name no paper ("Local News", "Politics")."""


def _outlet_from(line: str, article: Article) -> None:
    """ "Watch CBS News", "View CBS News In": a banner names the outlet."""
    match = re.match(
        r"^(?:watch|view|listen to)\s+(.+?(?:News|Times|Post|Journal|Radio|TV))\b", line, re.I
    )
    if match and not article.outlet:
        article.outlet = match[1]
        article.guesses.append(f"outlet: {match[1]!r}, from the banner {line!r}")
