"""Titles of drafted events, from sentences of other stories (made up)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.ingest.actors import ActorIndex, Proposed
from generator.ingest.clauses import clause_of
from generator.ingest.dates import DateGuess
from generator.ingest.matches import Existing, event_changes, matching_event
from generator.ingest.plan import Plan, make_plan
from generator.ingest.proposals import event_words, id_of, title_of
from generator.ingest.quotes import find_quotes
from generator.ingest.reported import reported_people


@pytest.mark.parametrize(
    "sentence, words, title, event_id",
    [
        # a sentence that opens with a quotation: who said it, then what
        (
            '"The ferry is safe, and we will prove it in court," Ana Ruiz said Tuesday.',
            "Tuesday",
            "Ana Ruiz: The ferry is safe, and we will prove it in court",  # a line: whole
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


def test_a_quotation_whose_speaker_is_a_pronoun_is_titled_with_the_person_meant() -> None:
    assert title_of('"It is over," she said on Monday.', "on Monday") == "She: It is over"
    paragraphs = ["Rosa Ilves, the ferry's captain, left the bridge.", '"It is over," she said.']
    guess = DateGuess(2, "on Monday", "weekday", dt.date(2026, 2, 9), precision="day")
    paragraphs[1] = paragraphs[1].replace("said.", "said on Monday.")
    guess.start = paragraphs[1].index("on Monday")
    people = [Proposed("Rosa Ilves", "the ferry's captain", "", "person", (1,))]
    plan = make_plan([guess], paragraphs, [[], []], people, Existing(), "echo")
    assert plan.candidates[0].title == "Ilves: It is over"  # not a quotation alone


def test_a_candidate_telling_an_events_title_on_its_days_is_that_event() -> None:
    existing = Existing(
        events={
            "bridge-vote": {
                "title": "Council votes to close the old bridge",
                "when": {"date": dt.date(2026, 1, 14), "precision": "day"},
            },
            "library": {
                "title": "Mayor opens the new library",
                "when": {"date": dt.date(2026, 1, 14), "precision": "day"},
            },
        }
    )
    guess = DateGuess(1, "on Wednesday", "weekday", dt.date(2026, 1, 14), precision="day")
    said = "The council voted on Wednesday to close the old bridge to cars."
    assert matching_event(guess, [], existing, said) == "bridge-vote"  # no participants needed
    other = "The council voted on Wednesday to raise parking fees."
    assert matching_event(guess, [], existing, other) is None  # one word of the title is not it
    later = DateGuess(1, "on Friday", "weekday", dt.date(2026, 1, 16), precision="day")
    assert matching_event(later, [], existing, said) is None  # nor on other days


def test_the_words_next_to_a_date_say_which_event_it_dates() -> None:
    existing = Existing(
        events={
            "harbour-attack": {
                "title": "Attack on the harbour office in Corvina",
                "when": {"date": dt.date(2026, 1, 12), "precision": "week"},
            },
            "ministry-warning": {
                "title": "Interior ministry warns the attack will harm the Corvina talks",
                "when": {"date": dt.date(2026, 1, 15), "precision": "day"},
            },
        }
    )
    sentence = (
        "Officials blamed the rebels for this week's attack on the harbour office in Corvina,"
        " which the interior ministry warned on Thursday would harm the talks."
    )
    week = DateGuess(1, "this week's", "week", dt.date(2026, 1, 12), precision="week")
    assert matching_event(week, [], existing, sentence) == "harbour-attack"


def test_a_quotation_attributed_by_surname_is_the_new_person_of_that_surname() -> None:
    plan = Plan(speakers={"Maria Delgado-Hunt": "maria-delgado-hunt", "Tom Hale": "tom-hale"})
    assert plan.speaker(None, "Delgado-Hunt") == "maria-delgado-hunt"
    assert plan.speaker("known-actor", "Delgado-Hunt") == "known-actor"  # data/'s comes first
    plan.speakers["Ana Hale"] = "ana-hale"
    assert plan.speaker(None, "Hale") is None  # two of that surname: the editor says which


def test_a_later_date_in_a_clause_with_its_own_subject_titles_that_clause() -> None:
    sentence = (
        "Two councillors on Monday asked the water board to explain why a main burst for"
        " nearly a day last week, flooding forty homes."
    )
    first, later = sentence.index("on Monday"), sentence.index("last week")
    clause = clause_of(sentence, (later, later + 9), [(first, first + 9)])
    assert title_of(clause, "last week") == "A main burst for nearly a day"


def test_a_follow_up_in_other_words_of_the_same_event_is_that_event() -> None:
    existing = Existing(
        events={
            "depot-meeting": {
                "title": "Drivers' stop-work meeting at Port Kembla depot",
                "when": {"date": dt.date(2026, 8, 18), "precision": "day"},
                "status": "scheduled",
            },
            "union-blames-minister": {
                "title": "Union blames the minister for the depot meeting",
                "when": {"date": dt.date(2026, 8, 17), "precision": "week"},
            },
        }
    )
    said = "On Tuesday about 300 drivers and mechanics met at the Port Kembla depot to vote."
    guess = DateGuess(1, "On Tuesday", "weekday", dt.date(2026, 8, 18), precision="day")
    # "drivers'" and "drivers" are one word; the title told in full wins over a wordier one
    assert matching_event(guess, [], existing, said) == "depot-meeting"


def test_a_date_in_a_clause_set_apart_after_the_subject_titles_what_it_says_they_did() -> None:
    sentence = (
        "Transport Minister Ana Ruiz, who announced the tender last week, said on Wednesday"
        " that the decision was final."
    )
    assert title_of(sentence, "last week") == "Ana Ruiz announced the tender"  # no role
    assert title_of(sentence, "on Wednesday").endswith("said that the decision was final")


def test_a_chamber_that_welcomed_something_is_a_body_whose_words_are_reported() -> None:
    paragraphs = [
        "The Harbour Business Chamber welcomed the announcement, saying ferries would improve."
    ]
    quoted = find_quotes(paragraphs, ActorIndex([]))[1]
    found = reported_people(paragraphs, quoted, ActorIndex([]))
    assert [(p.name, p.kind) for p in found] == [("Harbour Business Chamber", "organisation")]


def test_a_scheduled_event_reported_done_is_dated_by_the_report_that_says_so() -> None:
    record = {
        "status": "scheduled",
        "when": {
            "date": dt.date(2026, 8, 18),
            "precision": "day",
            "basis": "next Tuesday",
            "source": "ledger",
        },
    }
    guess = DateGuess(4, "On Tuesday", "weekday", dt.date(2026, 8, 18), precision="day")
    changes = event_changes(record, guess, "register", dt.date(2026, 8, 21))
    assert changes["status"] == "happened"
    assert (changes["when"]["basis"], changes["when"]["source"]) == ("On Tuesday", "register")
    later = DateGuess(4, "in August", "month", dt.date(2026, 8, 1), precision="month")
    assert "when" not in event_changes(record, later, "register", dt.date(2026, 8, 21))  # coarser


def test_a_title_opening_with_he_or_she_names_the_person_the_article_meant() -> None:
    paragraphs = [
        "Gareth Howells, who chairs the residents' group, spoke after the hearing.",
        "He was referring to a fire at the company's plant in Boardman on Feb. 14.",
    ]
    guess = DateGuess(2, "Feb. 14", "day of month", dt.date(2026, 2, 14), precision="day")
    guess.start = paragraphs[1].index("Feb. 14")
    people = [Proposed("Gareth Howells", "", "", "person", (1,))]
    plan = make_plan([guess], paragraphs, [[], []], people, Existing(), "echo")
    assert plan.candidates[0].title.startswith("Howells was referring to a fire")


@pytest.mark.parametrize(
    "sentence, later, title",
    [
        (
            "The harbour board voted on Tuesday to raise the mooring levy by a third from"
            " August, despite protests.",
            "from August",
            "The harbour board to raise the mooring levy by a third",
        ),
        (
            "Ministers agreed on Friday to close the coal plant by 2030.",
            "by 2030",
            "Ministers to close the coal plant",
        ),
    ],
)
def test_what_was_decided_on_one_day_for_a_later_one_is_titled_as_a_headline_future(
    sentence: str, later: str, title: str
) -> None:
    first = re.search(r"on (?:Tuesday|Friday)", sentence)
    assert first is not None
    at = sentence.index(later)
    clause = clause_of(sentence, (at, at + len(later)), [first.span()])
    assert title_of(clause, later) == title
    # the decision keeps its own title, the whole sentence
    decided = clause_of(sentence, first.span(), [(at, at + len(later))])
    assert decided.startswith(sentence.split(" on ")[0])


def test_the_comma_of_a_number_joins_no_clauses() -> None:
    sentence = "The branch opened in 1998 and 12,500 visits were recorded there last year."
    opened, last = sentence.index("in 1998"), sentence.index("last year")
    clause = clause_of(sentence, (last, last + 9), [(opened, opened + 7)])
    assert title_of(clause, "last year") == "12,500 visits were recorded there"


def test_a_later_date_in_the_clause_that_reports_the_first_titles_the_reporting() -> None:
    sentence = (
        "WELLSPORT - The ferry will stop running in March, the operator said on Tuesday,"
        " the first cut in a decade."
    )
    march, tuesday = sentence.index("in March"), sentence.index("on Tuesday")
    said = clause_of(sentence, (tuesday, tuesday + 10), [(march, march + 8)])
    # not "The operator, the first cut in a decade": the announcing of what it reports
    assert (
        title_of(said, "on Tuesday")
        == "The operator said that the ferry will stop running in March"
    )
    stop = clause_of(sentence, (march, march + 8), [(tuesday, tuesday + 10)])
    assert title_of(stop, "in March") == "The ferry will stop running"


@pytest.mark.parametrize(
    "sentence, words, title",
    [
        (  # the date is in what she said: the petition, not her saying it
            "Lund said the authority had ignored a petition signed by 6,000 riders in the summer.",
            "in the summer",
            "The authority had ignored a petition signed by 6,000 riders",
        ),
        (  # dated where she said it: the saying
            "Lund said on Tuesday that the authority had ignored a petition.",
            "on Tuesday",
            "Lund said that the authority had ignored a petition",
        ),
        (
            "According to the union, ridership has fallen by a fifth since March 2024.",
            "March 2024",
            "Ridership has fallen by a fifth",
        ),
    ],
)
def test_a_date_in_what_is_reported_titles_that_not_the_saying(
    sentence: str, words: str, title: str
) -> None:
    assert title_of(sentence, words) == title
