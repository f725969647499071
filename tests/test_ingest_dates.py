"""`explainer ingest` dates: conventions of English news writing found on TE3-Silver (issue
#27, fifth pass), one test each, on sentences of invented stories."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest.dates import find_dates


def dated(
    sentence: str, published: dt.date
) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (g.words, g.date.isoformat() if g.date else None, g.precision, g.status)
        for g in find_dates([sentence], published)
    ]


def test_a_past_verb_in_the_dates_own_clause_outweighs_a_month_a_few_weeks_ahead() -> None:
    december = dt.date(2024, 12, 10)
    assert dated("Farmers blockaded the port in February.", december) == [
        ("in February", "2024-02-01", "month", None)
    ]
    # not across an infinitive: the month is that of what was wanted
    assert dated("The guild wanted to open the fair in February.", december) == [
        ("in February", "2025-02-01", "month", "scheduled")
    ]


def test_a_present_passive_is_no_past_tense() -> None:
    assert dated("Council elections are held on July 20.", dt.date(2024, 4, 2)) == [
        ("July 20", "2024-07-20", "day", "scheduled")
    ]


def test_a_weekday_after_beginning_is_a_start() -> None:
    wednesday = dt.date(2024, 5, 15)
    assert dated("The growers agreed to a two-day auction beginning Thursday.", wednesday) == [
        ("Thursday", "2024-05-16", "day", "scheduled")
    ]


def test_called_for_points_forward_only_to_a_date_after_it() -> None:
    saturday = dt.date(2024, 6, 8)
    assert dated("Late Friday, the harbour master called for calm.", saturday) == [
        ("Friday", "2024-06-07", "day", None)
    ]
    assert dated("The harbour master called for a vote on Tuesday.", saturday) == [
        ("on Tuesday", "2024-06-11", "day", "scheduled")
    ]


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        (
            "The archbishop flies to Lagos on Monday.",
            dt.date(2024, 3, 10),
            ("on Monday", "2024-03-11", "day", "scheduled"),
        ),
        (
            "The chess final resumes on Wednesday.",
            dt.date(2024, 3, 11),
            ("on Wednesday", "2024-03-13", "day", "scheduled"),
        ),
        (
            "The ban comes into force on Monday across the valley.",
            dt.date(2024, 3, 8),
            ("on Monday", "2024-03-11", "day", "scheduled"),
        ),
        (
            "Partners joined in urging the dean, whose term expires in September, to stay.",
            dt.date(2024, 4, 15),
            ("in September", "2024-09-01", "month", "scheduled"),
        ),
    ],
)
def test_a_scheduled_event_told_in_the_present_is_ahead(
    sentence: str, published: dt.date, expected: tuple
) -> None:
    assert dated(sentence, published) == [expected]


def test_a_weekday_in_the_possessive_after_from_is_an_event_not_a_start() -> None:
    assert dated("The toll from Saturday's mudslide rose to 12.", dt.date(2024, 6, 9)) == [
        ("Saturday", "2024-06-08", "day", None)
    ]
    assert dated("Cocoa opened higher, up from Monday's close.", dt.date(2024, 6, 11)) == [
        ("Monday", "2024-06-10", "day", None)
    ]


def test_this_weekend_is_the_weekend_of_the_week_of_publication() -> None:
    sunday, friday = dt.date(2024, 6, 9), dt.date(2024, 6, 7)
    assert dated("Three climbers were rescued this weekend.", sunday) == [
        ("this weekend", "2024-06-08", "weekend", None)
    ]
    assert dated("Ferries are cancelled this weekend.", friday) == [
        ("this weekend", "2024-06-08", "weekend", "scheduled")
    ]
    assert dated("It followed last weekend's regatta.", friday) == [
        ("last weekend's", "2024-06-01", "weekend", None)
    ]
    assert dated("Tension may rise in the coming weeks.", friday) == []


def test_may_could_or_can_before_a_date_in_its_clause_point_forward() -> None:
    saturday = dt.date(2024, 5, 18)
    assert dated("A verdict could come Monday, lawyers said.", saturday) == [
        ("Monday", "2024-05-20", "day", "scheduled")
    ]
    assert dated("The jury may not have met Friday.", saturday) == [
        ("Friday", "2024-05-17", "day", None)
    ]


def test_the_verb_of_a_date_may_be_a_long_phrase_before_it() -> None:
    thursday = dt.date(2024, 5, 16)
    sentence = "The minister will hold talks with the visiting trade delegation of Peru in Leeds on Friday."
    assert dated(sentence, thursday) == [("on Friday", "2024-05-17", "day", "scheduled")]


def test_a_plan_in_the_past_perfect_dates_nothing_ahead() -> None:
    april = dt.date(2024, 4, 11)
    assert dated("A truce had been scheduled for January 25 but collapsed.", april) == [
        ("January 25", "2024-01-25", "day", None)
    ]


def test_next_points_forward() -> None:
    april = dt.date(2024, 4, 12)
    assert dated("The levy funded the fiscal year ending June 30 next.", april) == [
        ("June 30", "2024-06-30", "day", "scheduled")
    ]


def test_a_present_passive_before_a_weekday_points_forward() -> None:
    monday = dt.date(2024, 1, 8)
    assert dated("Shortlists are announced Tuesday in Oslo.", monday) == [
        ("Tuesday", "2024-01-09", "day", "scheduled")
    ]
    assert dated("The poet, who turned 80 on Sunday, is considered a rival.", monday) == [
        ("on Sunday", "2024-01-07", "day", None)
    ]


def test_last_before_a_day_of_a_month_is_the_one_before_publication() -> None:
    assert dated("Ferries have been idle since last December 17.", dt.date(2024, 12, 10)) == [
        ("last December 17", "2023-12-17", "day", None)
    ]


def test_february_29_with_no_such_day_on_the_side_the_tense_points_to_is_the_nearest() -> None:
    assert dated("The vote took place on February 29.", dt.date(2024, 2, 28)) == [
        ("February 29", "2024-02-29", "day", "scheduled")
    ]
    assert dated("The vote will take place on February 29.", dt.date(2024, 3, 1)) == [
        ("February 29", "2024-02-29", "day", None)
    ]


def test_the_dates_own_past_verb_counts_even_when_a_verb_after_it_is_nearer() -> None:
    sentence = (
        "The inspector toured the big old paper mill on the river in February, staff walked out."
    )
    assert dated(sentence, dt.date(2024, 12, 10)) == [("in February", "2024-02-01", "month", None)]
