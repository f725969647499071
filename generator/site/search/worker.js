/* The explainer's search worker, in place of Material's (generator/site/search/).
 *
 * It speaks Material's worker protocol (SETUP, READY, QUERY, RESULT), so Material's
 * search box and result list work as always. Instead of building a lunr index of the
 * whole site, it loads, for each query, the files that query needs: the term-dictionary
 * part of each word's prefix, the long posting lists of the words it matches, and the
 * chunks of the documents it shows. Over http this is a Web Worker, which fetches the
 * files (in parallel, and without blocking: a query that a newer one supersedes stops
 * at its next step); from file:// Material runs it in an iframe (iframe-worker), where
 * the files are <script> elements, since file: URLs cannot be fetched.
 *
 * Every string it returns is HTML-escaped: Material inserts titles, texts and tags as
 * HTML. fold() and terms() are text/terms.py's rules, kept the same (a test compares).
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const NAME = 0;
const MAX_QUERY_CHARS = 200;   // a longer query is cut (nobody types 200 characters)
const MAX_WORDS = 8;           // words of a query that count
const MAX_EXPANSIONS = 6;      // words that a prefix (the word being typed) stands for
const MAX_LONG_EXPANSIONS = 2; // ... of which words with posting lists in files of their own
const MIN_PREFIX = 2;          // a single letter being typed stands only for itself
const MAX_PREFIX_SHARDS = 4;   // dictionary parts loaded for one prefix
const MAX_PAGES = 12;          // pages in a result list
const SHORT_PREFIX = 4;        // a word being typed shorter than this matches too much ...
const MAX_PAGES_SHORT = 8;     // ... for more than this many pages to be worth loading
const MAX_PARTS = 3;           // sections, quotes or paragraphs shown under a page

const SCRIPT = typeof document !== "undefined" && document.currentScript
  ? document.currentScript.src : self.location.href;
const SITE = new URL("../../", SCRIPT);  // the worker is assets/explainer/search-worker.js

/* ---- Text: the same rules as text.py ---------------------------------------------- */

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g;
const INITIALISM = /(?<![\p{L}\p{N}])(?:[\p{L}\p{Nl}\p{No}]\.){2,}/gu;
const POSSESSIVE = /'s(?![\p{L}\p{N}])/gu;
const TERM = /[\p{L}\p{N}]+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019.][\p{L}\p{M}\p{N}]+)*\.?/gu;

/* Latin letters NFKD leaves whole, as English writes them: text.py's LETTERS_APART. */
const LETTERS_APART = { "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l",
  "þ": "th", "ð": "d", "ı": "i" };
const APART = /[øæœßđłþðı]/g;

function fold(text) {
  return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
    .replace(APART, c => LETTERS_APART[c])
    .replace(APOSTROPHES, "'")
    .replace(INITIALISM, m => m.replace(/\./g, ""))
    .replace(POSSESSIVE, "").replace(/'/g, "");
}

function terms(text) {
  return fold(text).match(TERM) || [];
}

function escapeHTML(text) {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/* ---- Loading the index's files ------------------------------------------------------ */

let manifest = null;
let latest = 0;  // the newest query asked; an older one stops at its next step
const SUPERSEDED = new Error("superseded by a newer query");
let folder = null;
let suggestions = false;
const files = new Map();

self.__explainerSearch = (name, data) => { files.set(name, data); };

function loadScript(url) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`search: cannot load ${url}`));
    document.head.appendChild(script);
  });
}

/* Over http, a file is read as data: its text is `__explainerSearch("name",DATA);`. */
async function fetchData(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search: cannot load ${url} (${response.status})`);
  const text = await response.text();
  const comma = text.indexOf(",");
  files.set(JSON.parse(text.slice(text.indexOf("(") + 1, comma)),
            JSON.parse(text.slice(comma + 1, text.lastIndexOf(")"))));
}

const fromFiles = typeof document !== "undefined" || SITE.protocol === "file:";

async function load(names, asked) {
  const missing = [...new Set(names)].filter(name => !files.has(name));
  const urls = missing.map(name => new URL(`${name}.js`, folder).href);
  if (urls.length && fromFiles && typeof document === "undefined") importScripts(...urls);
  else await Promise.all(urls.map(fromFiles ? loadScript : fetchData));
  if (asked !== latest) throw SUPERSEDED;
  return names.map(name => files.get(name));
}

/* ---- The dictionary: which words a query word stands for ------------------------- */

function shardOf(word) {
  for (let n = Math.min(word.length, 6); n >= 0; n--)
    if (Object.hasOwn(manifest.shards, word.slice(0, n))) return word.slice(0, n);
  return null;
}

function shardsFor(word, prefix) {
  const keys = new Set();
  const own = shardOf(word);
  if (own !== null) keys.add(own);
  if (prefix)
    for (const key of Object.keys(manifest.shards))
      if (key.length > word.length && key.startsWith(word) && keys.size < MAX_PREFIX_SHARDS)
        keys.add(key);
  return [...keys].map(key => `t/${manifest.shards[key]}`);
}

/* The words of the index that one query word stands for, each with how well it fits:
   the word itself, or (for the word being typed) the commonest words it begins. */
function expansions(word, prefix, dictionary) {
  const found = [];
  for (const part of dictionary) {
    if (Object.hasOwn(part, word)) found.push({ term: word, entry: part[word], fit: 1 });
    if (prefix)
      for (const term of Object.keys(part))
        if (term !== word && term.startsWith(word))
          found.push({ term, entry: part[term], fit: 0.5 + 0.4 * word.length / term.length });
  }
  const exact = found.filter(e => e.fit === 1).slice(0, 1);
  const longer = found.filter(e => e.fit < 1).sort((a, b) => b.entry[0] - a.entry[0]);
  let long = 0;
  const chosen = longer.filter(e => typeof e.entry[1] !== "string" || long++ < MAX_LONG_EXPANSIONS);
  return [...exact, ...chosen.slice(0, MAX_EXPANSIONS - exact.length)];
}

/* ---- Scoring ------------------------------------------------------------------------- */

/* One query: its words (stop words dropped, but their places kept for phrases). */
function parse(query) {
  const text = query.slice(0, MAX_QUERY_CHARS);
  const all = terms(text);
  const typing = all.length > 0 && !/[\s\p{P}]$/u.test(text) &&
    fold(text).endsWith(all[all.length - 1]);
  const stop = new Set(manifest.stopWords);
  const words = [];
  all.forEach((term, position) => {
    const last = position === all.length - 1;
    if (words.length < MAX_WORDS && (!stop.has(term) || (last && typing)))
      words.push({ term, position, prefix: last && typing && term.length >= MIN_PREFIX });
  });
  return { words, length: all.length };
}

/* Score every document that holds a query word. */
function score(query, groups) {
  const weights = manifest.weights, maxPositions = manifest.maxPositions;
  const docs = new Map();
  groups.forEach((alternatives, i) => {
    for (const { entry, postings, fit } of alternatives) {
      const idf = Math.log(1 + manifest.documents / entry[0]);
      for (const posting of postings) {
        const id = posting[0];
        let doc = docs.get(id);
        if (!doc) docs.set(id, doc = { id, page: id - posting[1], words: [], positions: [] });
        let sum = 0;
        for (let k = 2; k < posting.length; k += 2 + Math.min(posting[k + 1], maxPositions)) {
          const field = posting[k], count = posting[k + 1];
          sum += weights[field] * count / (count + 1.2);
          const at = (doc.positions[i] ||= [new Set(), new Set(), new Set()]);
          for (let p = 0; p < Math.min(count, maxPositions); p++) at[field].add(posting[k + 2 + p]);
        }
        doc.words[i] = Math.max(doc.words[i] || 0, fit * idf * sum);
      }
    }
  });
  for (const doc of docs.values()) rank(doc, query);
  return docs;
}

/* A document's rank: a name or alias equal to the query first (the page's own name before
   another's alias or an article's outlet), then documents with every
   word, with the words together (in a name, then anywhere), then by weight. */
function rank(doc, query) {
  const words = query.words;
  const held = words.filter((_, i) => doc.words[i]).length;
  let weight = 0;
  for (const w of doc.words) weight += w || 0;
  let exactName = 0, inName = 0, phrase = 0;
  if (held === words.length) {
    const slot = manifest.nameSlot;
    for (let field = 0; field < 3; field++) {
      const first = doc.positions[0][field];
      for (const p of first) {
        const start = p - words[0].position;
        if (!words.every(w => doc.positions[words.indexOf(w)][field].has(start + w.position)))
          continue;
        phrase = 1;
        if (field === NAME) {
          inName = 1;
          const length = Math.floor(start / slot) % slot;
          // the page's own name (its first) above an alias or an article's outlet
          const own = Math.floor(start / slot / slot) === 0 ? 2 : 1;
          if (start % slot === 0 && length === query.length) exactName = Math.max(exactName, own);
        }
      }
    }
  }
  doc.score = exactName * 1e9 + held * 1e7 + inName * 1e6 + phrase * 1e5 + Math.min(weight, 99999);
}

/* ---- Results, as Material's result list wants them --------------------------------- */

function best(docs, most) {
  const pages = new Map();
  for (const doc of docs.values()) {
    const page = pages.get(doc.page) || { id: doc.page, score: 0, parts: [] };
    page.score = Math.max(page.score, doc.score);
    if (doc.id !== doc.page) page.parts.push(doc);
    else page.own = doc;
    pages.set(doc.page, page);
  }
  return [...pages.values()].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, most)
    .map(page => {
      page.parts = page.parts.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, MAX_PARTS);
      return page;
    });
}

function highlighter(query, matched) {
  const wanted = new Set(matched);
  const prefixes = query.words.filter(w => w.prefix).map(w => w.term);
  return text => {
    let html = "", last = 0;
    for (const match of text.matchAll(WORD)) {
      const hit = terms(match[0]).some(t => wanted.has(t) || prefixes.some(p => t.startsWith(p)));
      if (!hit) continue;
      html += escapeHTML(text.slice(last, match.index)) + `<mark>${escapeHTML(match[0])}</mark>`;
      last = match.index + match[0].length;
    }
    return html + escapeHTML(text.slice(last));
  };
}

function teaser(text, mark) {
  const html = mark(text);
  const at = html.indexOf("<mark>");
  if (at < 200) return html;
  const start = html.lastIndexOf(" ", at - 80);
  return start > 0 ? `… ${html.slice(start + 1)}` : html;
}

function item(row, doc, query, mark) {
  const [location, title, kind, detail, text] = row;
  const terms = {};
  query.words.forEach((w, i) => { terms[w.term] = Boolean(doc && doc.words[i]); });
  const tags = [(manifest.kinds && manifest.kinds[kind]) || kind];  // in the site's language
  if (detail && kind !== "Source paragraph") tags.push(detail);
  return {
    location, terms,
    title: mark(title),
    text: teaser(text, mark),
    tags: tags.map(escapeHTML),
    score: doc ? doc.score : 0,
  };
}

async function search(query, asked) {
  const parsed = parse(query);
  if (!parsed.words.length) return { items: [] };
  const dictionaries = await Promise.all(parsed.words.map(w => load(shardsFor(w.term, w.prefix), asked)));
  const groups = parsed.words.map((w, i) => expansions(w.term, w.prefix, dictionaries[i]));
  const long = groups.flat().filter(e => typeof e.entry[1] === "string").map(e => e.entry[1]);
  const lists = new Map((await load(long, asked)).map((list, i) => [long[i], list]));
  for (const e of groups.flat())
    e.postings = typeof e.entry[1] === "string" ? lists.get(e.entry[1]) : e.entry[1];
  // A few letters of the first word stand for hundreds of pages: a short list, until
  // the reader has typed enough to say which (each page shown costs a chunk of documents).
  const short = parsed.words.length === 1 && parsed.words[0].prefix
    && parsed.words[0].term.length < SHORT_PREFIX;
  const pages = best(score(parsed, groups), short ? MAX_PAGES_SHORT : MAX_PAGES);
  const ids = pages.flatMap(page => [page.id, ...page.parts.map(d => d.id)]);
  const size = manifest.chunkDocuments;
  const chunks = [...new Set(ids.map(id => `d/${Math.floor(id / size)}`))];
  const rows = new Map((await load(chunks, asked)).map((rows, i) => [chunks[i], rows]));
  const row = id => rows.get(`d/${Math.floor(id / size)}`)[id % size];
  const matched = groups.flat().map(e => e.term);
  const mark = highlighter(parsed, matched);
  const items = pages.map(page => {
    const parts = page.parts.map(doc => item(row(doc.id), doc, parsed, mark));
    const own = item(row(page.id), page.own, parsed, mark);
    return page.own && page.own.score >= page.score ? [own, ...parts] : [...parts, own];
  });
  const typed = parsed.words.find(w => w.prefix);
  const completion = typed && groups[parsed.words.indexOf(typed)].find(e => e.term !== typed.term);
  return {
    items,
    ...(suggestions && completion && /^[\p{L}\p{N}\s.'\u2019-]*$/u.test(query)
      ? { suggest: [completion.term] } : {}),
  };
}

/* ---- Material's protocol ------------------------------------------------------------ */

self.addEventListener("message", async event => {
  const message = event.data;
  if (message.type === SETUP) {
    manifest = message.data.config.explainer;
    folder = new URL(manifest.folder, SITE);
    suggestions = Boolean(message.data.options && message.data.options.suggest);
    postMessage({ type: READY });
  } else if (message.type === QUERY && manifest) {
    const asked = ++latest;
    let data;
    try {
      data = await search(String(message.data), asked);
    } catch (error) {
      if (error === SUPERSEDED) return;
      console.error(error);
      data = { items: [] };
    }
    if (asked === latest) postMessage({ type: RESULT, data });
  }
});
