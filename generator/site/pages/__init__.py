"""What each generated page shows, computed in Python; the templates only lay it out.

`plan.plan_pages` lists every page with its template and context. The contexts are built
by one module per kind of page: `records` (an actor, event, dispute or source), `indexes`
(the lists of records, split into parts when long), `timeline`, `relations` (the
relationship map) and `reference` (the data-format page). `site.Site` is what they share,
and `links.Links` makes every link and citation as seen from one page.
"""
