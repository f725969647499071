"""`explainer ingest`: from a raw article (a saved web page, or text as captured from the
web) to draft records that an editor reviews instead of typing.

One module per step, each a set of small, general news conventions with a test each:

- `article`: the file -> headline, outlet, dateline, date and numbered paragraphs, with
  every line it dropped as page furniture (HTML through trafilatura and htmldate);
- `quotes`: every direct quotation, its paragraph and its speaker when a sentence names one;
- `dates`: every date expression, resolved against the publication date with its precision;
- `actors`: names in the text matched to the explainer's actors, or proposed as new ones;
- `drafts`: the YAML drafts, each guess a comment with its evidence, and the review list.
"""
