"""`explainer ingest` dates: conventions of English news writing found on TimeBank and
TE3-Silver (issue #27), one test each, on sentences of invented stories."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest.dates import find_dates
from generator.ingest.drafts import dated as candidate_events


def dated(
    sentence: str, published: dt.date
) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (g.words, g.date.isoformat() if g.date else None, g.precision, g.status)
        for g in find_dates([sentence], published)
    ]


def day_of(sentence: str, published: dt.date, words: str) -> dt.date | None:
    """The day ingest gives the date of these words (the sentence must have one)."""
    (guess,) = (g for g in find_dates([sentence], published) if g.words == words)
    return guess.date


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


def test_a_weekday_listed_after_another_is_the_first_such_day_after_it() -> None:
    friday = dt.date(2024, 6, 7)
    assert dated("The new toll starts on Monday in Kent and Tuesday in Sussex.", friday) == [
        ("on Monday", "2024-06-10", "day", "scheduled"),
        ("Tuesday", "2024-06-11", "day", "scheduled"),
    ]
    assert dated("Storms lashed the coast overnight Tuesday to Wednesday.", friday) == [
        ("Tuesday", "2024-06-04", "day", None),
        ("Wednesday", "2024-06-05", "day", None),
    ]
    # a list may run back a day: each keeps its own
    assert dated("He spoke Friday and Thursday to reporters.", friday) == [
        ("Friday", "2024-06-07", "day", None),
        ("Thursday", "2024-06-06", "day", None),
    ]


def test_this_past_week_and_weekend_are_the_last_ones() -> None:
    wednesday = dt.date(2024, 6, 12)
    assert dated("Turnout rose this past weekend and fell this past week.", wednesday) == [
        ("this past weekend", "2024-06-08", "weekend", None),
        ("this past week", "2024-06-03", "week", None),
    ]
    assert dated("Queues may form again, as they did this past weekend.", wednesday) == [
        ("this past weekend", "2024-06-08", "weekend", None)
    ]


def test_a_weekday_in_the_possessive_after_a_deadline_word_is_an_event() -> None:
    friday = dt.date(2024, 6, 7)
    assert dated("The dispute was settled by Tuesday's ruling.", friday) == [
        ("by Tuesday", "2024-06-04", "day", None)
    ]
    assert dated("Sirens sounded in the run-up to Sunday's derby.", friday) == [
        ("Sunday", "2024-06-09", "day", "scheduled")
    ]
    assert dated("The ferry is booked until Sunday.", friday) == [
        ("until Sunday", "2024-06-09", "day", "scheduled")
    ]


def test_the_previous_month_counts_from_the_last_date_named_at_least_to_the_month() -> None:
    april = dt.date(2024, 4, 11)
    sentence = "Exports in February rose 3 percent from a year earlier, after a fall in the previous month."
    assert dated(sentence, april)[-1] == ("the previous month", "2024-01-01", "month", None)


def test_the_day_after_a_weekday_counts_from_that_weekday() -> None:
    friday = dt.date(2024, 6, 7)
    sentence = "The mayor visits Lyon on Monday and flies to Turin the following day."
    assert dated(sentence, friday) == [
        ("on Monday", "2024-06-10", "day", "scheduled"),
        ("the following day", "2024-06-11", "day", "scheduled"),
    ]


def test_that_year_and_the_same_day_are_the_date_named_last() -> None:
    assert dated("Shipments tripled in 2019, a record for that year.", dt.date(2024, 6, 7)) == [
        ("2019", "2019-01-01", "year", None),
        ("that year", "2019-01-01", "year", None),
    ]
    sentence = "The levy was set on March 3, and shares fell on the same day."
    assert dated(sentence, dt.date(2024, 6, 7)) == [
        ("March 3", "2024-03-03", "day", None),
        ("the same day", "2024-03-03", "day", None),
    ]


def test_march_or_may_before_a_noun_is_a_month() -> None:
    june = dt.date(2024, 6, 7)
    assert dated("Rail unions rejected the March offer.", june) == [
        ("March", "2024-03-01", "month", None)
    ]
    assert dated("Prices jumped most since the May floods.", dt.date(2024, 4, 10)) == [
        ("May", "2023-05-01", "month", None)
    ]
    assert dated("They joined the March on the capital.", june) == []


def test_a_month_that_opens_a_span_takes_the_year_that_ends_it() -> None:
    november = dt.date(2024, 11, 20)
    assert dated("Coffee exports in January-October 2024 rose.", november) == [
        ("in January", "2024-01-01", "month", None),
        ("October 2024", "2024-10-01", "month", None),
    ]
    assert dated("Ferry traffic over the December-February season fell.", dt.date(2025, 3, 5)) == [
        ("December", "2024-12-01", "month", None),
        ("February", "2025-02-01", "month", None),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Negotiators meet again in Vienna on Thursday.", ("on Thursday", "2024-06-13", "day")),
        ("Voters go to the polls on Sunday.", ("on Sunday", "2024-06-16", "day")),
        ("The club plays Fulham on Saturday.", ("on Saturday", "2024-06-15", "day")),
        (
            "The council told its hosts Tuesday that it was grateful.",
            ("Tuesday", "2024-06-11", "day"),
        ),
        ("Both unions agreed to meet Monday.", ("Monday", "2024-06-10", "day")),
    ],
)
def test_a_scheduled_event_in_the_present_points_forward_in_either_person(
    sentence: str, expected: tuple
) -> None:
    (found,) = dated(sentence, dt.date(2024, 6, 12))
    assert found[:3] == expected


def test_since_dates_the_past_however_near_the_same_month_ahead() -> None:
    november = dt.date(2024, 11, 20)
    assert dated("The pier has been shut since December.", november) == [
        ("since December", "2023-12-01", "month", None)
    ]
    assert dated("Since December 2, no ferry has sailed.", november) == [
        ("December 2", "2023-12-02", "day", None)
    ]


def test_the_start_or_middle_of_the_month_or_year_is_that_month_or_year() -> None:
    april = dt.date(2024, 4, 24)
    assert dated("Dockers struck at the start of the month.", april) == [
        ("the start of the month", "2024-04-01", "month", None)
    ]
    assert dated("A deal is due by the middle of the year.", april) == [
        ("by the middle of the year", "2024-01-01", "year", "scheduled")
    ]


def test_an_ed_word_after_a_determiner_is_an_adjective_not_a_past_tense() -> None:
    october = dt.date(2024, 10, 24)
    sentence = "The dividend will be paid on a still unnamed date in January."
    assert dated(sentence, october) == [("in January", "2025-01-01", "month", "scheduled")]
    assert dated("The mill was shut after an earlier June strike.", dt.date(2024, 12, 2)) == [
        ("June", "2024-06-01", "month", None)
    ]


def test_to_before_an_article_is_a_preposition_and_keeps_the_dates_own_clause() -> None:
    november = dt.date(2024, 11, 20)
    sentence = "The gazette switched from a weekly to a daily edition in December."
    assert dated(sentence, november) == [("in December", "2023-12-01", "month", None)]
    # an infinitive still ends it: the month is that of what was planned
    assert dated("The gazette wanted to print daily in December.", november) == [
        ("in December", "2024-12-01", "month", "scheduled")
    ]


def test_a_weekday_or_month_after_each_or_every_is_a_recurrence_not_a_date() -> None:
    friday = dt.date(2024, 6, 7)
    assert dated("The market opens each Thursday and every July a fair is held.", friday) == []
    assert dated("The market opened on Thursday.", friday) == [
        ("on Thursday", "2024-06-06", "day", None)
    ]


def test_the_cars_of_tomorrow_and_todays_world_are_any_time() -> None:
    friday = dt.date(2024, 6, 7)
    assert dated("These are the trams of tomorrow, built for today's world.", friday) == []
    assert dated("Bids closed at the end of today's auction.", friday) == [
        ("today", "2024-06-07", "day", None)
    ]


def test_verbs_after_that_date_what_was_reported_not_the_saying() -> None:
    friday = dt.date(2024, 6, 7)
    sentence = "The envoy said at the harbour offices in Oslo Tuesday that he plans to sail."
    assert dated(sentence, friday) == [("Tuesday", "2024-06-04", "day", None)]


def test_an_ed_word_before_by_after_a_date_is_a_participle_not_its_tense() -> None:
    wednesday = dt.date(2024, 6, 5)
    sentence = "The envoy was due in Lagos by boat early Friday accompanied by aides."
    assert dated(sentence, wednesday) == [("Friday", "2024-06-07", "day", "scheduled")]


def test_friday_nights_or_a_sunday_is_any_such_day() -> None:
    friday = dt.date(2024, 6, 7)
    assert dated("The choir sings on Sunday evenings; the fete fell on a Sunday.", friday) == []
    assert dated("The choir sang on Sunday evening.", friday) == [
        ("on Sunday", "2024-06-02", "day", None)
    ]


def test_four_digits_before_gmt_are_a_time_of_day_not_a_year() -> None:
    friday = dt.date(2024, 6, 7)
    assert dated("Polls closed at 8 p.m. (1900 GMT) on Friday.", friday) == [
        ("on Friday", "2024-06-07", "day", None)
    ]


def test_the_current_fiscal_year_is_the_year_of_publication() -> None:
    assert dated("Sales in the current fiscal year should rise.", dt.date(2024, 6, 7)) == [
        ("the current fiscal year", "2024-01-01", "year", None)
    ]


def test_later_in_the_day_is_the_day_named_before_it_or_of_publication() -> None:
    friday = dt.date(2024, 6, 7)
    assert dated("The mayor is due to speak later in the day.", friday) == [
        ("later in the day", "2024-06-07", "day", "scheduled")  # ahead at press time
    ]
    assert dated("Divers found the hull on Tuesday and the bell later in the day.", friday) == [
        ("on Tuesday", "2024-06-04", "day", None),
        ("later in the day", "2024-06-04", "day", None),
    ]


def test_a_season_under_way_is_the_current_one_even_in_the_future() -> None:
    april = dt.date(2024, 4, 15)
    assert dated("Food stocks will run low this spring.", april) == [
        ("this spring", "2024-03-01", "range", None)
    ]
    assert dated("Food stocks will run low in the autumn.", april)[0][1] == "2024-09-01"
    # one already over is next year's
    assert dated("The pier reopens in the spring.", dt.date(2024, 6, 12))[0][1] == "2025-03-01"


def test_said_after_a_comma_dates_the_attribution_not_the_date_before_it() -> None:
    april = dt.date(2024, 4, 22)
    sentence = "Stalls must close before the town's regatta in July, a council clerk said."
    assert dated(sentence, april) == [("in July", "2024-07-01", "month", "scheduled")]
    # nor does what the attribution reports
    sentence = "In an interview at the town hall Friday, the mayor said she would resign."
    assert dated(sentence, april) == [("Friday", "2024-04-19", "day", None)]


def test_a_deadline_word_reaches_over_a_time_of_day() -> None:
    saturday = dt.date(2024, 6, 8)
    assert dated("The talks continue until about midday on Sunday.", saturday) == [
        ("on Sunday", "2024-06-09", "day", "scheduled")
    ]


def test_a_day_of_a_month_last_year_is_one_date() -> None:
    assert dated("The bridge was closed on October 12 last year.", dt.date(2024, 4, 15)) == [
        ("October 12 last year", "2023-10-12", "day", None)
    ]


def test_a_date_with_no_tense_months_away_either_way_is_the_past_one() -> None:
    february = dt.date(2024, 2, 12)
    assert dated("Shares sit near their peak of Aug. 8.", february) == [
        ("Aug. 8", "2023-08-08", "day", None)
    ]
    assert dated("Shares sit near their peak of March 8.", february) == [
        ("March 8", "2024-03-08", "day", "scheduled")
    ]


def test_is_just_before_a_date_is_an_event_ahead() -> None:
    wednesday = dt.date(2024, 6, 5)
    assert dated("The closing date for bids is 1700 GMT Monday.", wednesday) == [
        ("Monday", "2024-06-10", "day", "scheduled")
    ]
    assert dated("The recount is Sunday.", wednesday) == [
        ("Sunday", "2024-06-09", "day", "scheduled")
    ]


def test_a_day_that_opens_a_span_takes_the_year_that_ends_it() -> None:
    sentence = "The siege lasted from March 20 to March 24, 2003, witnesses said."
    assert dated(sentence, dt.date(2024, 6, 7))[0] == ("March 20", "2003-03-20", "day", None)


def test_hopes_for_a_date_point_forward() -> None:
    monday = dt.date(2024, 6, 10)
    sentence = "The warden spoke at length before voicing hopes for calm seas on Thursday."
    assert dated(sentence, monday) == [("on Thursday", "2024-06-13", "day", "scheduled")]


NO_DATE = "the present in general, not the day of an event: no date"


def notes(sentence: str, published: dt.date) -> list[tuple[str, str | None, str]]:
    return [
        (g.words, g.date.isoformat() if g.date else None, g.note)
        for g in find_dates([sentence], published)
    ]


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("“It is the money it takes today that worries the growers,” said a broker.", "today"),
        ("“Today the valley has three mills and no school,” she said.", "Today"),
        ("“Fewer boats know these waters this week than ever,” a pilot said.", "this week"),
        # a quotation that opened in an earlier sentence of the paragraph
        ("“We lost the school. Today the valley has three mills,” she said.", "Today"),
    ],
)
def test_today_quoted_in_the_present_tense_is_the_present_in_general(
    sentence: str, words: str
) -> None:
    assert notes(sentence, dt.date(2024, 6, 7)) == [(words, None, NO_DATE)]
    assert candidate_events(find_dates([sentence], dt.date(2024, 6, 7))) == []  # none drafted


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("“The recount is today,” the clerk said.", "today"),  # the date is the predicate
        ("“What happened today shows the risk,” he said.", "today"),  # the past
        ("“We meet the growers today,” he said.", "today"),  # a scheduled event
        ("“We are willing to talk today,” he said.", "today"),  # the day of an action
        ("“Today’s vote matters,” she said.", "Today"),  # an event named
        ("The valley has three mills today.", "today"),  # the reporter's own words
    ],
)
def test_today_in_the_past_the_future_or_an_event_keeps_its_date(sentence: str, words: str) -> None:
    friday = dt.date(2024, 6, 7)
    assert notes(sentence, friday) == [(words, "2024-06-07", "")]


def test_now_is_never_a_date() -> None:
    assert dated("“Prices are high now, and now we vote,” she said.", dt.date(2024, 6, 7)) == []


def test_a_date_that_names_a_deed_nobody_schedules_is_in_the_past() -> None:
    december = dt.date(2024, 12, 10)
    assert dated("Police reopened the file on February's killing of a ferryman.", december) == [
        ("February", "2024-02-01", "month", None)
    ]
    assert dated("Aid is still arriving after the March 3 quake.", dt.date(2025, 2, 20)) == [
        ("March 3", "2024-03-03", "day", None)
    ]
    # an election is scheduled: the nearest February is still next year's
    assert dated("Rivals are preparing for February's election.", december) == [
        ("February", "2025-02-01", "month", "scheduled")
    ]


def test_a_weekday_between_the_and_a_capitalised_word_is_a_name() -> None:
    friday = dt.date(2024, 6, 7)
    assert dated("The skipper told the Sunday Courier he would sail.", friday) == []
    assert dated("The skipper spoke to the Courier on Sunday.", friday) == [
        ("on Sunday", "2024-06-02", "day", None)
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The ferry firm must mend the ramp before inspectors return on Thursday.",
            ("on Thursday", "2024-06-13", "day", "scheduled"),
        ),
        (
            "Fares stay frozen unless the council intervenes before Friday.",
            ("Friday", "2024-06-14", "day", "scheduled"),
        ),
        (
            "The quarry stays shut if the minister signs the order on Sunday.",
            ("on Sunday", "2024-06-16", "day", "scheduled"),
        ),
        (
            "Dockers refuse to unload once the port authority is paid on Wednesday.",
            ("on Wednesday", "2024-06-12", "day", "scheduled"),
        ),
        # in the past, a clause of time keeps the past; a noun is no verb
        (
            "Crowds gathered before the mayor spoke on Thursday.",
            ("on Thursday", "2024-06-06", "day", None),
        ),
        (
            "Queues formed after problems with ballot papers Sunday.",
            ("Sunday", "2024-06-09", "day", None),
        ),
        (
            "Riots began when Lisbon arrested four Dutch fans Sunday.",
            ("Sunday", "2024-06-09", "day", None),
        ),
        (
            "Fans cheered when rival supporters stormed the pitch Sunday.",
            ("Sunday", "2024-06-09", "day", None),
        ),
    ],
)
def test_a_present_verb_in_a_clause_of_time_or_condition_tells_the_future(
    sentence: str, expected: tuple
) -> None:
    assert dated(sentence, dt.date(2024, 6, 11)) == [expected]


def test_an_infinitive_of_what_is_asked_points_forward() -> None:
    tuesday = dt.date(2024, 6, 11)
    sentence = (
        "The union has asked the mill to release its accident report before Friday's hearing."
    )
    assert dated(sentence, tuesday) == [("Friday", "2024-06-14", "day", "scheduled")]
    sentence = "The bishop urged parishioners to turn out for the procession on Sunday."
    assert dated(sentence, tuesday) == [("on Sunday", "2024-06-16", "day", "scheduled")]
    # a weekday naming an event is the event's own, unless the request runs up to it
    sentence = "The judge asked police to examine the lapses at Saturday's match."
    assert dated(sentence, tuesday) == [("Saturday", "2024-06-08", "day", None)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Firefighters fought a blaze at the timber yard last night.",
            ("last night", "2024-06-11", "day", None),
        ),
        (
            "The marina was broken into late last night, the harbour master said.",
            ("late last night", "2024-06-11", "day", None),
        ),
        (
            "“Last night’s meeting settled nothing,” the head teacher said.",
            ("Last night", "2024-06-11", "day", None),
        ),
        (
            "Eleven anglers were rescued overnight off the headland.",
            ("overnight", "2024-06-11", "day", None),
        ),
        (
            "The choir director died overnight, the cathedral said.",
            ("overnight", "2024-06-11", "day", None),
        ),
        # ahead, "overnight" is the coming night: the day of publication
        (
            "The ring road will be shut overnight for resurfacing.",
            ("overnight", "2024-06-12", "day", "scheduled"),  # tonight: ahead at press time
        ),
    ],
)
def test_last_night_and_overnight_are_the_night_before_publication(
    sentence: str, expected: tuple
) -> None:
    assert dated(sentence, dt.date(2024, 6, 12)) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the last night of the folk festival.",
        "Grain futures slid after overnight losses in Chicago.",
        "The orchard’s recovery did not happen overnight.",
        "The village emptied almost overnight.",
    ],
)
def test_a_night_that_is_no_date_of_the_story_is_none(sentence: str) -> None:
    assert dated(sentence, dt.date(2024, 6, 12)) == []


def test_overnight_before_a_weekday_leaves_the_weekday_to_date_it() -> None:
    assert dated("Gales felled trees overnight on Sunday.", dt.date(2024, 6, 12)) == [
        ("on Sunday", "2024-06-09", "day", None)
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The trust hopes to finish the new maternity wing by the end of next year.",
            ("by the end of next year", "2025-01-01", "year", "scheduled"),
        ),
        (
            "The lido reopens at the end of next month.",
            ("the end of next month", "2024-07-01", "month", "scheduled"),
        ),
        (
            "Auditors arrive at the start of next week.",
            ("the start of next week", "2024-06-17", "week", "scheduled"),
        ),
        (
            "The tribunal sits again in the middle of next month.",
            ("the middle of next month", "2024-07-01", "month", "scheduled"),
        ),
        (
            "The brewery expects to bottle its first lager late next year.",
            ("late next year", "2025-01-01", "year", "scheduled"),
        ),
        (
            "A ruling is expected early next month.",
            ("early next month", "2024-07-01", "month", "scheduled"),
        ),
        (
            "The cooperative was wound up late last month.",
            ("late last month", "2024-05-01", "month", None),
        ),
        (
            "Rents must be paid by the end of the month.",
            ("by the end of the month", "2024-06-01", "month", "scheduled"),
        ),
    ],
)
def test_the_end_or_start_of_a_week_month_or_year_is_the_whole_phrase_dated_as_that_period(
    sentence: str, expected: tuple
) -> None:
    assert dated(sentence, dt.date(2024, 6, 12)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The minister was due to meet the tenants on Thursday afternoon.", "scheduled"),
        ("The vote is today.", "scheduled"),
        ("The council will meet this week to decide.", "scheduled"),
        ("The board is to publish its figures this month.", "scheduled"),
        ("The council met on Thursday.", None),  # that day, done
        ("Ruiz said on Thursday that fares would rise.", None),  # the saying, done
    ],
)
def test_what_points_ahead_within_the_day_or_period_of_publication_is_still_scheduled(
    sentence: str, status: str | None
) -> None:
    thursday = dt.date(2026, 3, 12)  # the paper's own day: at press time it had not happened
    (guess,) = find_dates([sentence], thursday)
    assert guess.status == status


def test_told_in_the_past_a_season_under_way_is_the_current_one() -> None:
    august = dt.date(2025, 8, 20)
    assert dated("Ferry bookings fell over the summer.", august) == [
        ("over the summer", "2025-06-01", "range", None)
    ]
    # "last summer" in August is the one before, and a season not yet begun is last year's
    assert dated("Ferry bookings fell last summer.", august)[0][1] == "2024-06-01"
    assert dated("Ferry bookings fell in the autumn.", august)[0][1] == "2024-09-01"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The harbour should reopen by the end of the week.",
            ("by the end of the week", "2025-03-10", "week", "scheduled"),
        ),
        (
            "Two trawlers ran aground earlier in the week.",
            ("earlier in the week", "2025-03-10", "week", None),
        ),
        (
            "Gales will blow for the rest of the week.",
            ("the rest of the week", "2025-03-10", "week", "scheduled"),
        ),
        (
            "The quay was resurfaced earlier in the month.",
            ("earlier in the month", "2025-03-01", "month", None),
        ),
        (
            "Landings will stay low for the rest of the year.",
            ("the rest of the year", "2025-01-01", "year", "scheduled"),
        ),
    ],
)
def test_a_part_of_the_week_month_or_year_of_publication_is_that_period(
    sentence: str, expected: tuple
) -> None:
    assert dated(sentence, dt.date(2025, 3, 12)) == [expected]


def test_a_week_long_event_is_no_week() -> None:
    assert (
        dated("At the end of the week-long regatta, the crews sailed home.", dt.date(2025, 3, 12))
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The regatta climaxes off Cowes on Thursday.", "2025-08-14"),
        ("She testifies before the committee on Thursday.", "2025-08-14"),
        ("The envoy meets Ruiz in Lisbon on Friday.", "2025-08-15"),
        # guards: a noun in "-s", a verb of speech or of a state, a past
        ("The ferry company's shares fell on Monday.", "2025-08-11"),
        ("The harbour master says the pier was closed on Monday.", "2025-08-11"),
        ("The index stands at 300 on Friday.", "2025-08-08"),
        ("The Dow dropped 20 points Friday.", "2025-08-08"),
    ],
)
def test_a_present_verb_of_the_subject_of_the_dates_clause_tells_an_event_ahead(
    sentence: str, day: str
) -> None:
    wednesday = dt.date(2025, 8, 13)
    ((_, date, _, _),) = dated(sentence, wednesday)
    assert date == day


def test_a_span_with_both_ends_named_takes_the_tense_of_its_clause() -> None:
    thursday = dt.date(2025, 8, 14)
    assert [d for _, d, _, _ in dated("The pier was shut from Monday to Wednesday.", thursday)] == [
        "2025-08-11",
        "2025-08-13",
    ]
    # ahead, or a start alone, still points forward
    assert [
        d for _, d, _, _ in dated("The pier will be shut from Monday to Wednesday.", thursday)
    ] == [
        "2025-08-18",
        "2025-08-20",
    ]
    assert dated("Fares were raised from Monday.", thursday)[0][1] == "2025-08-18"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Tolls rose 4% in the first eight months of the year.",
            "the first eight months of the year",
        ),
        ("For the year, ferry traffic was flat.", "the year"),
        ("The shares touched a low for the year of 41 pence.", "the year"),
    ],
)
def test_a_part_of_the_year_a_report_counts_in_is_the_year_of_publication(
    sentence: str, words: str
) -> None:
    assert dated(sentence, dt.date(2025, 9, 3)) == [(words, "2025-01-01", "year", None)]


def test_the_year_a_report_closes_on_a_day_is_no_year_of_its_own() -> None:
    (guess,) = dated("For the year ended June 30, the ferry line lost money.", dt.date(2025, 9, 3))
    assert guess[0] == "June 30"


def test_a_weekday_before_a_capitalised_body_is_a_date_not_a_name() -> None:
    friday = dt.date(2024, 6, 7)
    assert dated("The levy fell in the Tuesday Senate vote.", friday) == [
        ("Tuesday", "2024-06-04", "day", None)
    ]
    assert dated("The skipper told the Sunday Mirror he would sail.", friday) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vandals wrecked the crib on Christmas Eve.",
            [("Christmas Eve", "2024-12-24", "day", None)],
        ),
        (
            "The ferry will not sail over Easter.",
            [("Easter", "2025-04-20", "day", "scheduled")],
        ),
        (
            "The mill burned down on Thanksgiving.",
            [("Thanksgiving", "2024-11-28", "day", None)],
        ),
        (
            "The lock was opened on New Year's Day 1999.",
            [("New Year's Day", "1999-01-01", "day", None), ("1999", "1999-01-01", "year", None)],
        ),
        ("Growers sold fewer Christmas trees.", []),
        ("The cable reaches Christmas Island.", []),
    ],
)
def test_a_holiday_is_its_day_in_the_year_the_tense_points_to(
    sentence: str, expected: list[tuple]
) -> None:
    assert dated(sentence, dt.date(2025, 1, 15)) == expected


def test_a_weekday_with_the_week_named_after_it_is_that_weeks_day() -> None:
    wednesday = dt.date(2025, 8, 13)
    assert dated("The crane collapsed on Tuesday of last week.", wednesday)[0] == (
        "on Tuesday",
        "2025-08-05",
        "day",
        None,
    )
    assert dated("Salvage starts on Monday next week.", wednesday)[0][1] == "2025-08-18"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("By Monday, divers had found the wreck.", "2025-08-11"),
        ("By Monday, divers will have found the wreck.", "2025-08-18"),
        ("The yard must pay by Friday, which it had promised.", "2025-08-15"),
    ],
)
def test_a_deadline_the_past_perfect_after_it_reached_is_in_the_past(
    sentence: str, day: str
) -> None:
    assert dated(sentence, dt.date(2025, 8, 13))[0][1] == day


def test_will_in_the_dates_own_clause_outweighs_the_same_day_a_few_weeks_back() -> None:
    january = dt.date(2026, 1, 14)
    assert dated("The lighthouse will reopen on Dec. 6.", january) == [
        ("Dec. 6", "2026-12-06", "day", "scheduled")
    ]
    # a verb of speech after it, in another clause, is no clue of its own clause
    assert dated("The lighthouse reopened on Dec. 6, and tours will follow.", january)[0][1] == (
        "2025-12-06"
    )


def test_a_weekday_after_until_runs_on_from_the_weekday_before_it() -> None:
    thursday = dt.date(2025, 8, 14)
    assert [d for _, d, _, _ in dated("The strike ran from Monday until Tuesday.", thursday)] == [
        "2025-08-11",
        "2025-08-12",
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Harriers host Wexford on Saturday.", "2025-08-16"),
        ("Both clubs play again on Sunday.", "2025-08-17"),
        ("They face Leeds on Saturday.", "2025-08-16"),
        # guards: a past that is spelt as the present, a noun after a plural
        ("The Harriers hit a late winner on Saturday.", "2025-08-09"),
        ("The Harriers game on Saturday drew 5,000 fans.", "2025-08-09"),
    ],
)
def test_a_plural_subject_with_a_verb_of_a_scheduled_event_tells_an_event_ahead(
    sentence: str, day: str
) -> None:
    wednesday = dt.date(2025, 8, 13)
    ((_, date, _, _),) = dated(sentence, wednesday)
    assert date == day


def test_a_relative_pronoun_opening_the_dates_clause_is_its_subject() -> None:
    august = dt.date(2025, 8, 13)
    assert dated("The curator, who retires in March, has run the museum for years.", august) == [
        ("in March", "2026-03-01", "month", "scheduled")
    ]
    assert dated("The new envoy is Ana Ruiz, who addresses the assembly on Friday.", august) == [
        ("on Friday", "2025-08-15", "day", "scheduled")
    ]
    # a past stays past
    assert dated("The curator, who retired in March, ran the museum for years.", august) == [
        ("in March", "2025-03-01", "month", None)
    ]


def test_the_verbs_after_a_relative_clause_do_not_date_it() -> None:
    august = dt.date(2025, 8, 13)
    sentence = "The envoy, who addresses the assembly on Friday, arrived in Oslo on Monday."
    assert [d for _, d, _, _ in dated(sentence, august)] == ["2025-08-15", "2025-08-11"]
    assert dated("The envoy, who landed on Monday, will speak.", august)[0][1] == "2025-08-11"


def test_a_wire_datelines_day_is_the_day_its_story_counts_from() -> None:
    saturday = dt.date(2025, 10, 4)
    story = "MOMBASA, Oct. 3 (Xinhua) -- Port workers went on strike today, a union said."
    assert [(w, d) for w, d, _, _ in dated(story, saturday)] == [
        ("Oct. 3", "2025-10-03"),
        ("today", "2025-10-03"),
    ]
    then = "Dockers will meet again tomorrow."
    assert [g.date.isoformat() for g in find_dates([story, then], saturday) if g.date][-1] == (
        "2025-10-04"
    )
    # a dateline of the day of publication, or one long before it, changes nothing
    same = "MOMBASA, Kenya, Oct. 4 (AP) -- Port workers went on strike today."
    assert dated(same, saturday)[-1][1] == "2025-10-04"
    old = "MOMBASA, Sept. 20 -- Port workers went on strike today."
    assert dated(old, saturday)[-1][1] == "2025-10-04"


def test_weekdays_listed_before_times_of_day_in_the_plural_are_a_recurrence() -> None:
    wednesday = dt.date(2025, 8, 13)
    assert dated("The ferry sails on Monday and Tuesday nights.", wednesday) == []
    assert dated("The choir sings Tuesday, Thursday and Saturday evenings.", wednesday) == []
    # one night of each is two dates
    assert [
        d for _, d, _, _ in dated("The ferry sailed on Monday and Tuesday night.", wednesday)
    ] == [
        "2025-08-11",
        "2025-08-12",
    ]


def test_a_date_word_alone_in_quotation_marks_is_a_title() -> None:
    wednesday = dt.date(2025, 8, 13)
    assert dated("The mayor spoke on the radio show “This Week” on Sunday.", wednesday) == [
        ("on Sunday", "2025-08-10", "day", None)
    ]
    assert dated('She was a guest on the breakfast programme "Today".', wednesday) == []
    # a quotation that opens with it, or its possessive, is a date
    assert dated('"Today\'s ruling is a relief," she said.', wednesday)[0][1] == "2025-08-13"
    assert dated('He said: "Today we vote."', wednesday)[0][1] == "2025-08-13"


def test_the_day_before_yesterday_is_two_days_back() -> None:
    wednesday = dt.date(2025, 8, 13)
    assert dated("The ferry ran aground the day before yesterday.", wednesday) == [
        ("the day before yesterday", "2025-08-11", "day", None)
    ]
    assert dated("The inquiry opens the day after tomorrow.", wednesday) == [
        ("the day after tomorrow", "2025-08-15", "day", "scheduled")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The twin blasts on Friday wrecked the depot.",
        "The two fires on Monday were put out by noon.",
        "The harbour inspections on Friday found no fault.",
    ],
)
def test_a_word_in_s_of_a_subject_whose_verb_follows_the_date_is_no_verb(sentence: str) -> None:
    wednesday = dt.date(2025, 8, 13)
    ((_, date, _, status),) = dated(sentence, wednesday)
    assert date is not None and date < "2025-08-13" and status is None


def test_a_weekday_named_by_a_capitalised_word_is_a_feast_or_a_name() -> None:
    april = dt.date(2026, 4, 7)  # Easter 2026 is April 5
    assert dated("The shrine was crowded on Good Friday.", april) == [
        ("Good Friday", "2026-04-03", "day", None)
    ]
    assert dated("Pilgrims gathered on Palm Sunday.", april)[0][1] == "2026-03-29"
    assert dated("On Easter Monday she flew home.", april)[0][1] == "2026-04-06"
    # the name of an accord or of an event: no date
    assert dated("Under the Good Friday accord, the assembly sits in Belfast.", april) == []
    assert dated("Shares fell on a scale unseen since Black Monday.", april) == []
    # a place before a weekday is no name
    assert dated("He spoke in Washington Tuesday.", april)[0][1] == "2026-04-07"


def test_a_wire_dateline_after_a_headline_still_dates_its_story() -> None:
    saturday = dt.date(2025, 10, 4)
    headline = "Dockers strike in Mombasa"
    story = "MOMBASA, Oct. 3 (Xinhua) -- Port workers went on strike today."
    assert find_dates([headline, story], saturday)[-1].date == dt.date(2025, 10, 3)


def test_a_wire_dateline_of_the_last_day_of_the_year_dates_a_story_filed_on_new_years_day() -> None:
    story = "LONDON, Dec. 31 (Reuters) - Bus drivers walked out today."
    assert dated(story, dt.date(2026, 1, 1))[-1][:2] == ("today", "2025-12-31")


def test_the_previous_or_following_weekday_counts_from_the_day_named_last() -> None:
    monday = dt.date(2025, 8, 18)
    sentence = "On Friday the ferry index closed at 410, down 3% from the previous Friday."
    assert [d for _, d, _, _ in dated(sentence, monday)] == ["2025-08-15", "2025-08-08"]
    story = ["The inquest opened on Aug. 4.", "The coroner ruled the following Monday."]
    assert [g.date.isoformat() for g in find_dates(story, monday) if g.date] == [
        "2025-08-04",
        "2025-08-11",
    ]
    # with no day named before, it is counted from publication
    assert dated("The previous Friday was quiet.", monday)[0][1] == "2025-08-15"


def test_a_number_that_counts_things_is_no_year() -> None:
    wednesday = dt.date(2025, 8, 13)
    assert dated("Some 2000 pilgrims slept in the stadium.", wednesday) == []
    assert dated("The index fell 1900 points by noon.", wednesday) == []
    # after a word of time it is the year
    assert dated("In 2000 people queued for days.", wednesday) == [
        ("2000", "2000-01-01", "year", None)
    ]


@pytest.mark.parametrize(
    "sentence, words",
    [
        ('"In January that road is closed for days at a time," the midwife said.', "In January"),
        ("The ferry usually stops running in November, the harbour master said.", "in November"),
        ("The pass often opened in May in those years.", "in May"),
        ("The vote, usually held in March, was moved this year.", "in March"),
        ("The council, which usually meets on Monday, will sit late.", "on Monday"),
    ],
)
def test_a_month_or_weekday_of_a_habit_is_no_events_date(sentence: str, words: str) -> None:
    november = dt.date(2026, 11, 2)
    (found,) = [g for g in find_dates([sentence], november) if g.words == words]
    assert found.date is None and "as a rule" in found.note


def test_a_date_beside_another_clauses_habit_is_still_dated() -> None:
    november = dt.date(2026, 11, 2)
    sentence = "The fire on Saturday destroyed the chapel which normally houses the relics."
    assert dated(sentence, november) == [("on Saturday", "2026-10-31", "day", None)]
    met = "The council, which usually meets on Monday, met on Tuesday."
    assert ("on Tuesday", "2026-10-27", "day", None) in dated(met, november)


def test_a_datelines_own_date_is_the_day_the_story_was_filed_not_a_plan() -> None:
    march = dt.date(2026, 3, 3)
    sentence = "KESTON, March 3 (Nordwire) - The harbour board will reopen the port."
    assert dated(sentence, march) == [("March 3", "2026-03-03", "day", None)]


def test_a_datelines_own_date_drafts_no_event_and_leaves_the_day_to_the_sentence() -> None:
    """The dateline says when the story was filed, not when anything in it happened: the
    event is drafted from the sentence's own date, even when both name the same day."""
    paragraph = "KESTON, March 3 (Nordwire) - The harbour board voted on Monday to close the quay."
    guesses = find_dates([paragraph], dt.date(2025, 3, 4))
    assert [(g.words, g.filed) for g in guesses] == [("March 3", True), ("on Monday", False)]
    assert [g.words for g in candidate_events(guesses)] == ["on Monday"]


def test_this_season_told_in_the_past_after_it_ended_is_the_one_just_ended() -> None:
    # "this winter" in March, in the past tense, is the winter now over, not next one
    march = dt.date(2025, 3, 4)
    assert dated("We had no other choice this winter.", march) == [
        ("this winter", "2024-12-01", "range", None)
    ]
    # in the future it is still the next one
    assert dated("The ferry will stop running this winter.", march)[0][1:] == (
        "2025-12-01",
        "range",
        "scheduled",
    )


def test_days_of_one_month_joined_by_a_dash_are_a_range() -> None:
    wednesday = dt.date(2025, 3, 5)
    (guess,) = find_dates(["The inquiry will sit March 10-14."], wednesday)
    assert (guess.date, guess.end, guess.precision, guess.status) == (
        dt.date(2025, 3, 10),
        dt.date(2025, 3, 14),
        "range",
        "scheduled",
    )
    # "the weekend of" a day is that day's weekend, not the weekend of publication
    (weekend,) = find_dates(["The fair runs the weekend of March 15-16."], wednesday)
    assert (weekend.date, weekend.end) == (dt.date(2025, 3, 15), dt.date(2025, 3, 16))


@pytest.mark.parametrize(
    ("sentence", "words", "end"),
    [
        ("The hearings will be held on April 9 and 10.", "April 9 and 10", dt.date(2025, 4, 10)),
        ("The board meets 9 and 10 April in Vell.", "9 and 10 April", dt.date(2025, 4, 10)),
        ("The tribunal will sit from April 9 to 11.", "April 9 to 11", dt.date(2025, 4, 11)),
        ("Talks are set for 9-11 April.", "9-11 April", dt.date(2025, 4, 11)),
        # two days a week apart are not the days between them: the first is dated
        ("Voting takes place April 9 and 16.", "April 9", None),
        ("Voting takes place 9 and 16 April.", "9 and 16 April", None),
        # the number after "and" counts something else
        ("Prices will rise on April 9 and 10 percent more in May.", "April 9", None),
        ("Talks open April 9 and 10 days later close.", "April 9", None),
    ],
)
def test_two_days_of_a_month_joined_by_and_or_to(
    sentence: str, words: str, end: dt.date | None
) -> None:
    """New user 9's "the petition goes before the council on April 9 and 10" was read as
    April 9 alone."""
    guess = find_dates([sentence], dt.date(2025, 4, 2))[0]
    assert (guess.words, guess.date, guess.end) == (words, dt.date(2025, 4, 9), end)
    assert guess.precision == ("range" if end else "day")


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Vos was elected in November 2022 and took office the following January.", "2023-01"),
        ("Vos took office on 9 January 2023, after a vote the previous November.", "2022-11"),
        ("The levy rose in March 2021; the next December it fell again.", "2021-12"),
    ],
)
def test_the_following_month_counts_from_the_date_named_before_it(
    sentence: str, month: str
) -> None:
    guesses = find_dates([sentence], dt.date(2025, 3, 5))
    assert f"{guesses[-1].date:%Y-%m}" == month and guesses[-1].precision == "month"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police cleared the camp this morning.", ("this morning", "2025-03-05", "day", None)),
        ("The council votes this afternoon.", ("this afternoon", "2025-03-05", "day", "scheduled")),
        ("The board met a fortnight ago.", ("a fortnight ago", "2025-02-17", "week", None)),
        (
            "The board met the week before last.",
            ("the week before last", "2025-02-17", "week", None),
        ),
    ],
)
def test_a_part_of_today_and_two_weeks_back_are_dated(
    sentence: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert dated(sentence, dt.date(2025, 3, 5)) == [expected]


def test_verbs_past_a_comma_after_a_date_that_will_dates_are_another_clauses() -> None:
    # "will be heard … on Thursday, in the first case brought …": "brought" is no tense of it
    sentence = (
        "The union said its complaint will be heard by the water tribunal on Thursday, in the"
        " first case brought under the 2019 act since the drought began last year."
    )
    monday = dt.date(2025, 3, 3)
    assert dated(sentence, monday)[0] == ("on Thursday", "2025-03-06", "day", "scheduled")


def test_as_planned_or_as_expected_is_no_future() -> None:
    wednesday = dt.date(2025, 6, 18)
    for sentence in (
        "The commission held its meeting on Monday, as planned.",
        "The vote went ahead on Monday, as expected.",
    ):
        assert dated(sentence, wednesday)[0][1:] == ("2025-06-16", "day", None)


@pytest.mark.parametrize(
    ("sentence", "published", "words", "day"),
    [
        # a plan reported on a day named before it counts from that day, not publication
        (
            "The regulator said on Monday that it would rule on the bid on Thursday.",
            dt.date(2024, 6, 14),  # a Friday: that Thursday was yesterday
            "on Thursday",
            dt.date(2024, 6, 13),
        ),
        (
            "Her lawyers said last Saturday that she would appeal on Tuesday.",
            dt.date(2024, 6, 14),
            "on Tuesday",
            dt.date(2024, 6, 11),
        ),
        # counted from the day named last
        (
            "The ferry sank on June 3 and the wreck was found two days later.",
            dt.date(2024, 6, 14),
            "two days later",
            dt.date(2024, 6, 5),
        ),
        (
            "The dam was inspected on May 20, and cracks had appeared the day before.",
            dt.date(2024, 6, 14),
            "the day before",
            dt.date(2024, 5, 19),
        ),
        (
            "Kell Mining halted work on March 4; it resumed a week later.",
            dt.date(2024, 6, 14),
            "a week later",
            dt.date(2024, 3, 11),  # the week of March 11
        ),
        # a day of the month, its month left unsaid
        (
            "Councillors will vote on the 21st.",
            dt.date(2024, 6, 14),
            "the 21st",
            dt.date(2024, 6, 21),
        ),
        # the weather ahead
        (
            "Snow is forecast for the weekend across the north.",
            dt.date(2024, 6, 14),
            "the weekend",
            dt.date(2024, 6, 15),
        ),
    ],
)
def test_dates_counted_from_another_day(
    sentence: str, published: dt.date, words: str, day: dt.date
) -> None:
    assert day_of(sentence, published, words) == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Two days after the vote, the council resigned.",  # counted from an event: undated
        "She works on the 14th floor of the tower.",
        "The chapel dates from the 12th century.",
    ],
)
def test_no_day_counted_from_an_event_or_a_floor(sentence: str) -> None:
    assert all(g.date is None for g in find_dates([sentence], dt.date(2024, 6, 14)))


@pytest.mark.parametrize(
    "sentence",
    [
        "The estuary is protected under the EU's Natura 2000 network.",  # new user 10
        "Officials unveiled the Vision 2030 plan for the harbour.",
    ],
)
def test_a_year_in_a_name_is_no_date(sentence: str) -> None:
    assert find_dates([sentence], dt.date(2026, 4, 8)) == []


def test_a_year_after_a_word_of_dates_is_a_date() -> None:
    found = find_dates(["The ferry first sailed on New Year's Day 1997."], dt.date(2026, 4, 8))
    assert [(g.words, g.date) for g in found] == [
        ("New Year's Day", dt.date(1997, 1, 1)),
        ("1997", dt.date(1997, 1, 1)),  # read as a year of its own too, as TimeML does
    ]
    (month,) = find_dates(["The pier closed in March 2020."], dt.date(2026, 4, 8))
    assert month.date == dt.date(2020, 3, 1)


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Dredging is barred during the spring spawning season.", False),  # new user 10
        ("The winter timetable starts on the ferries.", False),
        ("The talks resumed in the spring of 2025.", True),
        ("Ordinations in the spring led the bishop to protest.", True),  # a verb follows
    ],
)
def test_a_season_that_qualifies_a_noun_is_no_date(sentence: str, dated: bool) -> None:
    found = [g for g in find_dates([sentence], dt.date(2026, 4, 8)) if g.date]
    assert bool(found) is dated


def test_a_holiday_before_a_conjunction_and_weather_likely_at_the_weekend() -> None:
    monday = dt.date(2020, 11, 30)
    (feast,) = find_dates(["Ferries were full over Thanksgiving despite the gales."], monday)
    assert feast.date == dt.date(2020, 11, 26)
    thursday = dt.date(2019, 12, 12)
    (weekend,) = find_dates(["Fog is likely on the coast over the weekend."], thursday)
    assert weekend.date == dt.date(2019, 12, 14)  # the one ahead


@pytest.mark.parametrize(
    ("sentence", "published", "words", "day"),
    [
        # a past form before a noun is an adjective, no past tense (new user 11)
        (
            "Hale said the board would meet in closed session Tuesday to discuss the strike.",
            dt.date(2026, 10, 5),
            "Tuesday",
            dt.date(2026, 10, 6),
        ),
        (
            "She said the district would make up lost days at the board's meeting in November.",
            dt.date(2026, 10, 21),
            "in November",
            dt.date(2026, 11, 1),
        ),
        # "a planning day" plans nothing
        (
            "Teachers returned to their campuses Thursday for a planning day.",
            dt.date(2026, 10, 16),
            "Thursday",
            dt.date(2026, 10, 15),
        ),
        # put off from a weekday to another: the first is the one before the second
        (
            "The vote was postponed from Thursday to next Tuesday, union leaders said.",
            dt.date(2026, 10, 16),
            "Thursday",
            dt.date(2026, 10, 15),
        ),
    ],
)
def test_adjectives_planning_days_and_days_put_off_from(
    sentence: str, published: dt.date, words: str, day: dt.date
) -> None:
    assert day_of(sentence, published, words) == day


@pytest.mark.parametrize(
    ("sentence", "published", "words", "day"),
    [
        # holidays of other countries, fixed and movable
        ("Veterans marched through Perth on Anzac Day.", "2019-04-29", "Anzac Day", "2019-04-25"),
        ("Ottawa's Canada Day concert drew 9,000.", "2023-07-03", "Canada Day", "2023-07-01"),
        ("The statue will be unveiled on Juneteenth.", "2024-06-10", "Juneteenth", "2024-06-19"),
        (
            "The ferry resumes sailing after Victoria Day.",
            "2024-05-02",
            "Victoria Day",
            "2024-05-20",
        ),
        (
            "Marchers crossed the bridge on Martin Luther King Jr. Day.",
            "2022-01-20",
            "Martin Luther King Jr. Day",
            "2022-01-17",
        ),
        (
            "Pubs in Galway were packed on St. Patrick's Day.",
            "2018-03-19",
            "St. Patrick's Day",
            "2018-03-17",
        ),
        # after a preposition, a name of more than one word is the day before a verb too
        (
            "Sparklers lit on the Fourth of July started two grass fires.",
            "2021-07-06",
            "the Fourth of July",
            "2021-07-04",
        ),
        (
            "Shoppers queued before Black Friday opened the sales.",
            "2019-12-02",
            "Black Friday",
            "2019-11-29",
        ),
        # things held on the day are that day's
        (
            "Waitangi Day celebrations at the marae were cancelled.",
            "2021-02-08",
            "Waitangi Day",
            "2021-02-06",
        ),
        # "for the 14th": a day of the month, as "on the 14th"
        (
            "The tribunal has set the ruling for the 14th, its clerk said.",
            "2020-09-08",
            "the 14th",
            "2020-09-14",
        ),
    ],
)
def test_the_holidays_of_many_countries_and_a_day_set_for_the_nth(
    sentence: str, published: str, words: str, day: str
) -> None:
    found = dated(sentence, dt.date.fromisoformat(published))
    assert (words, day) in [(w, d) for w, d, _, _ in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Earth Day Network asked members to plant trees.",  # a body named after it
        "Ministers met to revive the Good Friday agreement.",  # an accord named after it
        "The lifeguard was praised for the 14th time this season.",
        "Hers was the 14th fastest lap.",
    ],
)
def test_a_name_after_a_holiday_and_an_ordinal_of_a_count_are_no_dates(sentence: str) -> None:
    assert dated(sentence, dt.date(2022, 4, 11)) == []
