"""The documents of a site -> search files that a query loads on demand.

What a reader downloads grows with the query, not with the site:

- `manifest`: which files exist; it rides in search/search_index.json, which Material's
  page script hands to the worker (from file://, search_index.js, written from it).
- `t/<prefix>.js`: the term dictionary, split by term prefix ("p", or "pa" and "pe"
  where "p" would be too large). For each term: how many documents hold it, and its
  postings inline, or the name of its own postings file (`p/…`) when they are long.
- postings: per document, the field (name, title, text) and the word positions, so
  that a query can prefer documents holding its words together, and a name or alias
  equal to the query. A word in very many documents keeps its MAX_POSTINGS best
  (names and titles first).
- `d/<n>.js`: the documents (location, title, kind, a start of the text), in chunks of
  consecutive documents; a query loads the chunks of the results it shows.

Every file is a script calling `__explainerSearch(name, data)`: a worker loads it with
importScripts, and from file:// (where Material runs the worker in an iframe) it is a
<script> element, since file: URLs cannot be fetched. The files are in a folder named by
a hash of them all, so a browser never mixes files of two builds.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

from ...text.terms import STOP_WORDS, terms
from .documents import Document

NAME, TITLE, TEXT = 0, 1, 2
FIELD_WEIGHTS = (8.0, 3.0, 1.0)
"""A word in a record's name or alias counts 8 times one in its text, in a title 3."""

MAX_POSTINGS = 2000
"""A word kept for at most this many documents: its best ones (name, title, frequency)."""

MAX_POSITIONS = 8
"""Positions kept per word and field of a document: enough to find phrases."""

NAME_SLOT = 100
"""A name's word positions are packed: (name number * 100 + its length) * 100 + position,
so a phrase match inside one name is consecutive numbers, and an exact name is found."""

TEXT_CHARS = 320
"""Characters of a document's text stored for the result's teaser."""

SHARD_BYTES = 24_000
"""A term-dictionary file above this is split by one more letter of prefix."""

INLINE_BYTES = 600
"""Postings longer than this go in a file of their own, loaded only if the term is asked."""

CHUNK_DOCUMENTS = 8
"""Documents per chunk file: a page and its parts are often in one, and a result list
of 20 pages loads at most 20 or so."""

FOLDER = "search/explainer"


@dataclass(frozen=True)
class SearchFiles:
    """What to write into the site: the manifest and files (site-relative path -> text)."""

    manifest: dict[str, object]
    files: dict[str, str]


def build(documents: list[Document]) -> SearchFiles:
    """The search files of these documents (pages first, each followed by its parts)."""
    files: dict[str, str] = {}
    entries = {term: _entry(found, files) for term, found in _postings(documents).items()}
    shards = _shards(entries)
    for key, part in shards.items():
        _write(files, f"t/{_safe(key)}", part)
    for number, start in enumerate(range(0, len(documents), CHUNK_DOCUMENTS)):
        _write(files, f"d/{number}", _rows(documents, start))
    build_id = _digest("".join(f"{k}\0{v}" for k, v in sorted(files.items())))[:12]
    manifest: dict[str, object] = {
        "version": 1,
        "folder": f"{FOLDER}/{build_id}/",
        "documents": len(documents),
        "chunkDocuments": CHUNK_DOCUMENTS,
        "weights": FIELD_WEIGHTS,
        "maxPositions": MAX_POSITIONS,
        "nameSlot": NAME_SLOT,
        "stopWords": sorted(STOP_WORDS),
        "shards": {key: _safe(key) for key in sorted(shards)},
    }
    return SearchFiles(manifest, {f"{FOLDER}/{build_id}/{k}": v for k, v in files.items()})


def _postings(documents: list[Document]) -> dict[str, dict[int, list[int]]]:
    """term -> document -> [document, distance back to its page, field, count, positions…]."""
    found: dict[str, dict[int, list[int]]] = defaultdict(dict)
    page = 0
    for number, document in enumerate(documents):
        if "#" not in document.location:
            page = number
        entries: dict[str, list[int]] = {}
        for field, positions in _fields(document):  # in field order
            for word, at in positions.items():
                entry = entries.get(word)
                if entry is None:
                    entries[word] = entry = [number, number - page]
                entry += (field, len(at), *at[:MAX_POSITIONS])
        for word, entry in entries.items():
            found[word][number] = entry
    return found


def _fields(document: Document) -> list[tuple[int, dict[str, list[int]]]]:
    """Per field, each word (stop words left out) and its positions."""
    names: dict[str, list[int]] = {}
    for i, name in enumerate(document.names):
        words = terms(name)[: NAME_SLOT - 1]
        packed = (i * NAME_SLOT + len(words)) * NAME_SLOT
        for position, word in enumerate(words):
            if word not in STOP_WORDS:
                names.setdefault(word, []).append(packed + position)
    return [(NAME, names), (TITLE, _positions(document.title)), (TEXT, _positions(document.text))]


def _positions(text: str) -> dict[str, list[int]]:
    at: defaultdict[str, list[int]] = defaultdict(list)
    for position, word in enumerate(terms(text)):
        at[word].append(position)
    for word in STOP_WORDS.intersection(at):
        del at[word]
    return at


def _rank(posting: list[int]) -> tuple[int, int]:
    """Which documents a very common word keeps: where it is found first in a name, then
    in a title, then in the text, and more often before less."""
    return posting[2], -posting[3]


def _entry(found: dict[int, list[int]], files: dict[str, str]) -> list[object]:
    """[document count, postings] or [document count, postings file]. A posting is
    [document, distance back to its page, then per field: field, count, positions…]."""
    postings = list(found.values())  # in document order
    if len(postings) > MAX_POSTINGS:
        postings = sorted(sorted(postings, key=_rank)[:MAX_POSTINGS])
    text = _json(postings)
    if len(text) <= INLINE_BYTES:
        return [len(found), postings]
    name = f"p/{_digest(text)[:16]}"
    _write(files, name, postings)
    return [len(found), name]


def _shards(entries: dict[str, list[object]]) -> dict[str, dict[str, list[object]]]:
    """Split the dictionary by prefix, one more letter wherever a part is too large (a
    small site has one part, with the empty prefix)."""
    shards: dict[str, dict[str, list[object]]] = {}
    sizes = {term: len(term) + len(_json(entry)) for term, entry in entries.items()}

    def split(prefix: str, group: dict[str, list[object]]) -> None:
        size = sum(sizes[term] for term in group)
        if size <= SHARD_BYTES or len(prefix) >= 6:
            shards[prefix] = group
            return
        children: dict[str, dict[str, list[object]]] = defaultdict(dict)
        here: dict[str, list[object]] = {}
        for term, entry in group.items():
            if len(term) > len(prefix):
                children[term[: len(prefix) + 1]][term] = entry
            else:
                here[term] = entry
        for child, part in children.items():
            split(child, part)
        if here:
            shards[prefix] = here

    split("", dict(sorted(entries.items())))
    return shards


def _rows(documents: list[Document], start: int) -> list[list[object]]:
    """One chunk: [location, title, kind, detail, start of the text] per document."""
    return [
        [d.location, d.title, d.kind, d.detail, _teaser(d.text)]
        for d in documents[start : start + CHUNK_DOCUMENTS]
    ]


def _teaser(text: str) -> str:
    if len(text) <= TEXT_CHARS:
        return text
    return text[:TEXT_CHARS].rsplit(" ", 1)[0] + " …"


def _write(files: dict[str, str], name: str, data: object) -> None:
    """Add one script file, `name`.js in the build's folder."""
    files[f"{name}.js"] = f"__explainerSearch({json.dumps(name)},{_json(data)});\n"


def _safe(key: str) -> str:
    """A file name for a prefix of any script: ASCII letters and digits as they are,
    anything else as its code point (and a prefix never collides with another's name)."""
    return "".join(c if c.isascii() and c.isalnum() else f"_{ord(c):x}_" for c in key) or "_"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _json(data: object) -> str:
    # ensure_ascii: a U+2028 in a text stays escaped inside the script
    return json.dumps(data, separators=(",", ":"), ensure_ascii=True)
