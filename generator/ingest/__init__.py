"""`explainer ingest`: from a raw article (a saved web page, or text as captured from the
web) to draft records that an editor reviews instead of typing.

One module per step, each a set of small, general news conventions with a test each:

- `article`: the file -> headline, outlet, dateline, date and numbered paragraphs, with
  every line it dropped as page furniture (HTML through trafilatura and htmldate);
- `quotes`: every direct quotation, its paragraph and its speaker when a sentence names one;
- `dates`: every date expression, resolved against the publication date with its precision;
- `actors`: names in the text matched to the explainer's actors, or proposed as new ones;
- `clauses`: a sentence's clauses: which one holds a date, what a verb of saying reports,
  and the subject a clause shares or names;
- `proposals`: a candidate event's title, summary and id, from the sentence that dates it;
- `matches`: what data/ has already (an event, an actor), and where a quotation may go;
- `plan`: which drafts the article gives: new records, or updates of existing ones;
- `drafts`, `updates`, `yamltext`: the YAML drafts, each a record that passes `check`,
  its guesses in a `draft` mark and comments, and the review list (then `explainer
  accept`, generator/commands/accept.py, writes the confirmed ones into data/).
"""
