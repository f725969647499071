"""Titles of drafted events, from sentences of other stories (made up)."""

from __future__ import annotations

import pytest

from generator.ingest.proposals import event_words, id_of, title_of


@pytest.mark.parametrize(
    "sentence, words, title, event_id",
    [
        # a sentence that opens with a quotation: who said it, then what
        (
            '"The ferry is safe, and we will prove it in court," Ana Ruiz said Tuesday.',
            "Tuesday",
            "Ana Ruiz: The ferry is safe, and we will prove it",  # cut at a phrase
            "ana-ruiz-ferry-is-safe",
        ),
        (
            '"We take this seriously," Tom Hale told reporters in Leeds on Monday.',
            "on Monday",
            "Tom Hale: We take this seriously",
            "tom-hale-we-take-this-seriously",
        ),
    ],
)
def test_a_quotation_opening_the_sentence_titles_the_event_with_its_speaker(
    sentence: str, words: str, title: str, event_id: str
) -> None:
    made = title_of(sentence, words)
    assert (made, id_of(event_words(made), set(), "")) == (title, event_id)


def test_a_quotation_whose_speaker_is_a_pronoun_keeps_its_words() -> None:
    assert title_of('"It is over," she said on Monday.', "on Monday").startswith('"It is over')
