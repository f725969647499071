"""The explainer's own search, built at build time (see README, "How search works").

- `text`: how text becomes search terms; `worker.js` applies the very same rules to a
  reader's query (a test runs both on the same strings).
- `documents`: a built page's HTML -> the documents a reader can find (the page, its
  sections, each quote or claim with its speaker, each paragraph of a source).
- `index`: the documents -> small files a query loads on demand (a term dictionary split
  by prefix, posting lists, document chunks), written into the site at search/explainer/.
- `worker.js`: Material's search worker replaced; it answers Material's search box.
"""
