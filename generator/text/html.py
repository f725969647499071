"""What HTML's elements mean to its text: which ones break it into separate lines or words.
Shared by the search index (reading built pages) and ingest (reading saved articles)."""

from __future__ import annotations

TEXT_BREAKS = frozenset(
    "p div li ul ol dl dt dd table tr td th blockquote pre br hr section article aside main"
    " header footer nav figure figcaption form button label option h1 h2 h3 h4 h5 h6".split()
)
"""Elements whose start and end break the text into separate lines or words."""
