"""Which events ingest drafts and what it calls them, as news writing tells them: a title
says who did what; a role is the actor's, not the title's; a possessive stays whole; a
clause is not cut inside its object; a quotation or a reporting clause alone is no title;
a figure for a period is no event; a follow-up's event is an update. Sentences of other
stories, made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.ingest.actors import Proposed
from generator.ingest.dates import DateGuess, find_dates
from generator.ingest.drafts import dated
from generator.ingest.matches import Existing, event_changes, matching_event
from generator.ingest.plan import make_plan
from generator.ingest.proposals import title_of
from generator.ingest.reported import reported_words

MONDAY = dt.date(2026, 3, 9)


def plan_of(paragraphs: list[str], people: list[Proposed] | None = None) -> list[str]:
    """The titles of the new events drafted from the paragraphs."""
    guesses = dated(find_dates(paragraphs, MONDAY))
    plan = make_plan(guesses, paragraphs, [], people or [], Existing(), "s")
    return [c.title for c in plan.candidates]


@pytest.mark.parametrize(
    "sentence, words, title",
    [
        (  # a role run into the name
            "Harbour Master Pia Lund said on Friday that the quay would reopen in a week.",
            "on Friday",
            "Pia Lund said that the quay would reopen in a week",
        ),
        (  # the role first, the name set apart
            "The ferry company's chief engineer, Tomas Berg, inspected the hull on Friday.",
            "on Friday",
            "Tomas Berg inspected the hull",
        ),
        (  # the name first, the role set apart
            "Tomas Berg, chief engineer of the ferry company, inspected the hull on Friday.",
            "on Friday",
            "Tomas Berg inspected the hull",
        ),
        (  # a role with whose it is
            "Norland's transport minister Eva Sand signed the rail contract on Friday.",
            "on Friday",
            "Eva Sand signed the rail contract",
        ),
    ],
)
def test_a_role_before_or_beside_a_name_is_left_to_the_actors_page(
    sentence: str, words: str, title: str
) -> None:
    assert title_of(sentence, words) == title


def test_a_possessive_date_stays_whole() -> None:
    sentence = "The mayor asked the council to publish the audit before Tuesday's vote."
    assert title_of(sentence, "Tuesday") == (
        "The mayor asked the council to publish the audit before Tuesday's vote"
    )


@pytest.mark.parametrize(
    "sentence, words, title",
    [
        (  # not "… the tanker was not": the clause goes on to what it was not
            "The coastguard's regional commander Ivo Brandt said on Monday that the stranded"
            " tanker was not at risk of breaking up in the storm.",
            "on Monday",
            "Ivo Brandt said that the stranded tanker was not at risk of breaking up",
        ),
        (  # not "… the board would have": what it would have to do is the object
            "The harbour board's finance committee chair warned on Monday that the board would"
            " have to sell two of its tugs to pay the debts.",
            "on Monday",
            "The harbour board's finance committee chair warned that the board would have to"
            " sell two of its tugs",
        ),
        (  # not "… ordered the school board": what it was ordered to do is the object
            "The education inspectorate ordered the school board on Monday to replace the"
            " roofs of four primary schools in the valley.",
            "on Monday",
            "The education inspectorate ordered the school board to replace the roofs of four"
            " primary schools",
        ),
    ],
)
def test_a_title_is_not_cut_inside_its_object(sentence: str, words: str, title: str) -> None:
    assert title_of(sentence, words) == title


@pytest.mark.parametrize(
    "sentence, words, title",
    [
        (  # the date in a relative clause dates what it says of its noun
            "The rise follows an audit of the port's accounts that the regulator published"
            " last month.",
            "last month",
            "The regulator published an audit of the port's accounts",
        ),
        (  # "said in a statement that": what was said, not "a statement"
            "Ms Vale said in a statement that the library would reopen on Saturday.",
            "on Saturday",
            "The library would reopen",
        ),
        (  # an opening participle phrase says how, not who or what
            "Speaking at the depot on Monday, the union leader said drivers would strike.",
            "on Monday",
            "The union leader said drivers would strike",
        ),
        (  # a second thing said is another claim, not part of the title
            "Mr Hale said the pier would reopen on Friday and that fares would not rise.",
            "on Friday",
            "The pier would reopen",
        ),
    ],
)
def test_a_title_says_who_did_what(sentence: str, words: str, title: str) -> None:
    assert title_of(sentence, words) == title


@pytest.mark.parametrize(
    "paragraph, titles",
    [
        (  # two verbs of one subject: the date dates its own
            "The orchestra has sold 4,000 tickets and will play in the park on Saturday.",
            ["The orchestra to play in the park"],
        ),
        (  # "with X doing": a clause with its own subject
            "The college closed its Dunmore campus on Friday, with courses moving to the city"
            " from September.",
            ["The college closed its Dunmore campus", "Courses moving to the city"],
        ),
    ],
)
def test_a_date_titles_the_clause_it_is_in(paragraph: str, titles: list[str]) -> None:
    assert plan_of([paragraph]) == titles


def test_a_figure_for_a_period_is_no_event() -> None:
    paragraphs = [
        "The ferry carried 48,200 passengers last year, up from 39,000 in 2022.",
        "The port authority said 310 cruise ships had called at the harbour this year.",
        "The ferry company bought a second boat last year.",  # a count of nothing: an event
    ]
    guesses = dated(find_dates(paragraphs, MONDAY))
    plan = make_plan(guesses, paragraphs, [], [], Existing(), "s")
    assert [c.title for c in plan.candidates] == ["The ferry company bought a second boat"]
    assert [(g.words, why) for g, why in plan.not_events] == [
        ("last year", "a figure for a period, no event"),
        ("2022", "a figure for a period, no event"),
        ("this year", "a figure for a period, no event"),
    ]


def test_a_correction_and_a_denied_day_are_no_events() -> None:
    """New user 10's follow-up drafted events on the days its correction and its denial
    name ("not on Monday", "misstated that the hearings were on April 8 and 9")."""
    paragraphs = [
        "The tribunal ruled on Friday, not on Thursday as the agency had said.",
        "An earlier version of this article misstated that the hearing was held on Tuesday.",
    ]
    guesses = dated(find_dates(paragraphs, MONDAY))
    plan = make_plan(guesses, paragraphs, [], [], Existing(), "s")
    assert [c.title for c in plan.candidates] == ["The tribunal ruled"]
    assert [(g.words, why.split(",")[0].split(":")[0]) for g, why in plan.not_events] == [
        ("on Thursday", "a day the sentence denies (“not on Monday”)"),
        ("on Tuesday", "in the outlet's correction of its story"),
    ]


def test_a_wider_date_of_a_sentence_dated_within_it_is_no_second_event() -> None:
    """New user 12: "last month, on August 21" drafted two events, one titled by a name."""
    paragraphs = [
        "The regulator fined the ferry operator last month, on the 3rd, for missed sailings.",
        "The council meets this week, on Thursday, and again in the spring.",
    ]
    guesses = dated(find_dates(paragraphs, MONDAY))
    plan = make_plan(guesses, paragraphs, [], [], Existing(), "s")
    assert [(c.guess.words, str(c.guess.date)) for c in plan.candidates] == [
        ("the 3rd", "2026-02-03"),  # last month's 3rd
        ("on Thursday", "2026-03-12"),
        ("in the spring", "2026-03-01"),  # another time: an event of its own
    ]
    assert [g.words for g, why in plan.not_events if why.startswith("a wider date")] == [
        "last month",
        "this week",
    ]


def test_a_date_inside_a_quotation_of_nobody_named_is_no_event() -> None:
    paragraphs = [
        '"They sold the depot two years ago and never told us," a driver said.',
        '"They sold the depot two years ago and never told us," Ana Kerr said.',
    ]
    guesses = dated(find_dates(paragraphs, MONDAY))
    plan = make_plan(guesses, paragraphs, [], [], Existing(), "s")
    assert [g.paragraph for g, _ in plan.not_events] == [1]  # a quotation alone: no title
    assert [c.title for c in plan.candidates] == ["Ana Kerr: They sold the depot and never told us"]


def test_a_reporting_clause_is_titled_by_the_person_in_that_role_or_not_at_all() -> None:
    paragraph = (
        "The museum will close its east wing on Friday for repairs, its director confirmed"
        " yesterday."
    )
    director = Proposed("Lena Moss", "director of the museum", "", "person", (1,))
    titles = plan_of([paragraph], [director])
    assert titles[1].startswith("Lena Moss confirmed that the museum will close")
    assert len(plan_of(["Fares will rise, its chief said yesterday."])) == 1  # no one: none


@pytest.mark.parametrize(
    ("title", "said", "words", "day"),
    [
        (  # a follow-up telling a scheduled event happen
            "The growers' fair will hold a cider tasting in the market hall",
            "On Saturday, 400 people came to the fair's cider tasting in the market hall.",
            "On Saturday",
            dt.date(2026, 3, 14),
        ),
        (  # words of the same stem (new user 13: "the closure" was not "closing")
            "Council vote on closing the Mill Lane baths",
            "Councillors had been due to vote on the closure on Monday evening.",
            "on Monday",
            dt.date(2026, 11, 9),
        ),
    ],
)
def test_a_follow_up_of_a_scheduled_event_is_an_update_of_it(
    title: str, said: str, words: str, day: dt.date
) -> None:
    existing = Existing(
        events={
            "planned": {
                "title": title,
                "when": {"date": day, "precision": "day"},
                "status": "scheduled",
            }
        }
    )
    guess = DateGuess(2, words, "weekday", day, precision="day")
    assert matching_event(guess, [], existing, said) == "planned"


def test_the_names_a_paragraph_gives_count_among_the_words_of_a_title() -> None:
    existing = Existing(
        events={
            "vale-meets-drivers": {
                "title": "Mr Vale met the drivers' union",
                "when": {"date": dt.date(2026, 3, 16), "precision": "week"},
                "status": "happened",
            }
        },
        actors={"omar-vale": {"name": "Omar Vale", "kind": "person"}},
    )
    said = "His meeting with the union on Wednesday ended without a deal."
    guess = DateGuess(5, "on Wednesday", "weekday", dt.date(2026, 3, 18), precision="day")
    assert matching_event(guess, [], existing, said) is None  # "union" alone: too few
    assert matching_event(guess, ["omar-vale"], existing, said) == "vale-meets-drivers"
    # a plan on those days needs only half the words of what is done, not who does it
    existing.events["vale-meets-drivers"].update(
        title="Mr Vale is due to meet the drivers' union", status="scheduled"
    )
    assert matching_event(guess, [], existing, said) == "vale-meets-drivers"


def test_a_scheduled_event_that_moved_is_found_in_a_wider_window_and_redated() -> None:
    record = {
        "title": "Council to vote on the harbour car park sale",
        "when": {"date": dt.date(2026, 3, 12), "precision": "day", "basis": "on Thursday"},
        "status": "scheduled",
        "participants": [{"actor": "dunmore-council", "role": "votes"}],
    }
    existing = Existing(events={"car-park-vote": record})
    said = "The council's vote on the harbour car park sale is now set for March 26."
    guess = DateGuess(2, "March 26", "day of month", dt.date(2026, 3, 26), precision="day")
    guess.status = "scheduled"
    assert matching_event(guess, ["dunmore-council"], existing, said) == "car-park-vote"
    assert matching_event(guess, ["another-body"], existing, said) is None  # not theirs
    changes = event_changes(record, guess, "gazette", dt.date(2026, 3, 16))
    assert changes["when"]["date"] == dt.date(2026, 3, 26) and "status" not in changes
    later = DateGuess(2, "in June", "month", dt.date(2026, 6, 1), precision="month")
    assert matching_event(later, ["dunmore-council"], existing, said) is None  # too far


@pytest.mark.parametrize(
    "sentence, attribution, claim",
    [
        (
            "Dr Ana Lee said the clinic could take the patients but warned that it would need"
            " four more nurses.",
            "Dr Ana Lee said",
            "The clinic could take the patients but it would need four more nurses.",
        ),
        (
            "Tom Hale said no driver would lose his licence and that a bus would run every hour.",
            "Tom Hale said",
            "No driver would lose his licence and a bus would run every hour.",
        ),
    ],
)
def test_a_claims_text_keeps_no_second_reporting_verb(
    sentence: str, attribution: str, claim: str
) -> None:
    assert reported_words(sentence, attribution) == claim


PEOPLE = [
    Proposed("Tom Vale", "the depot manager", "", "person", (1,)),
    Proposed("Ines Roth", "union organiser", "", "person", (2,)),
]


@pytest.mark.parametrize(
    "paragraphs, titles",
    [
        (  # "he", "she", "it", "they" after "said" is who said it
            [
                "Councillor Ines Roth said she would table the motion at the council meeting on"
                " Thursday."
            ],
            ["Ines Roth to table the motion at the council meeting"],
        ),
        (
            ["Kestrel Buses said that it would cut the night service to the airport from May."],
            ["Kestrel Buses to cut the night service to the airport"],
        ),
        (  # never the person named last before the sentence
            [
                "Tom Vale, the depot manager, spoke first.",
                "Union organiser Ines Roth said she would call a ballot of the drivers on Friday.",
            ],
            ["Ines Roth to call a ballot of the drivers"],
        ),
        (  # said on one day that something would happen on another: each its own
            [
                "The water board said on Monday that it would replace the mains in Elm Street"
                " next year."
            ],
            [
                "The water board said that it would replace the mains in Elm Street next year",
                "The water board to replace the mains in Elm Street",
            ],
        ),
        (  # whom it was said to, after the verb
            [
                "The hospital trust warned staff on Friday that the children's ward would close in"
                " July."
            ],
            [
                "The hospital trust warned staff that the children's ward would close in July",
                "The children's ward to close",
            ],
        ),
        (  # what a body is, set apart after its name, is the actor's page's
            [
                "Save Our Pier, a residents' campaign, said it would march to the town hall on"
                " Saturday."
            ],
            ["Save Our Pier to march to the town hall"],
        ),
    ],
)
def test_what_someone_said_they_would_do_is_titled_with_their_name(
    paragraphs: list[str], titles: list[str]
) -> None:
    assert plan_of(paragraphs, PEOPLE) == titles


@pytest.mark.parametrize(
    "paragraph, titles",
    [
        (  # "with X set to …", "with X due to …": a clause with its own subject
            "The county sold the old depot on Tuesday, with demolition set to start in the autumn.",
            ["The county sold the old depot", "Demolition set to start"],
        ),
        (  # "Marlow and Henley" are two names, not two clauses
            "The trust voted on Monday to close the clinics of Marlow and Henley from June,"
            " after a long debate.",
            [
                "The trust voted to close the clinics of Marlow and Henley from June",
                "The trust to close the clinics of Marlow and Henley",
            ],
        ),
        (  # not "… and handed": a second verb is not cut from its object
            "Residents of the Hollins estate marched to the town hall on Saturday and handed in"
            " a petition signed by 900 tenants.",
            ["Residents of the Hollins estate marched to the town hall"],
        ),
        (  # how long something lasts is what the title says
            "The closures would start on May 4 and last until the end of June.",
            ["The closures to start", "The closures to last until the end of June"],
        ),
    ],
)
def test_a_title_keeps_a_clause_whole(paragraph: str, titles: list[str]) -> None:
    assert plan_of([paragraph]) == titles


def test_a_title_does_not_end_on_a_verb_before_what_it_is_about() -> None:
    sentence = (
        "Mr Okoro confirmed that the parish council will vote on a proposal to sell the old fire"
        " station to a developer on Tuesday."
    )
    # not "… will vote": "to sell" ends it only when no better end is near
    assert title_of(sentence, "on Tuesday") == (
        "Mr Okoro confirmed that the parish council will vote on a proposal"
    )


@pytest.mark.parametrize(
    "paragraph, titles",
    [
        (  # "will": the headline's "to"
            "The lifeboat crew will launch the new boat at the harbour on Saturday.",
            ["The lifeboat crew to launch the new boat at the harbour"],
        ),
        (  # "would", of a scheduled event
            "Ms Adeyemi said the choir would sing at the cathedral on Friday.",
            ["The choir to sing at the cathedral"],
        ),
        (  # "is to"
            "The county court is to hear the appeal on March 20.",
            ["The county court to hear the appeal"],
        ),
        (  # "is due to"
            "The mining company is due to publish its accounts next week.",
            ["The mining company to publish its accounts"],
        ),
        (  # "has voted": the past, a regular verb's form the article gives
            "The parish council has voted to sell the old school, the clerk said on Friday.",
            ["The parish council voted to sell the old school"],
        ),
        (  # "has been put off": the passive's participle alone
            "The harbour festival has been postponed until June 6.",
            ["The harbour festival postponed until June 6"],
        ),
    ],
)
def test_a_title_is_in_a_headlines_tense(paragraph: str, titles: list[str]) -> None:
    assert plan_of([paragraph]) == titles


@pytest.mark.parametrize(
    "paragraph, titles",
    [
        (  # "was due to" of a day gone by is no plan
            "The ferry was due to leave on March 6 but stayed in port.",
            ["The ferry was due to leave but stayed in port"],
        ),
        (  # a condition: no plan either
            "The mill would close on April 30 if no buyer came forward.",
            ["The mill would close if no buyer came forward"],
        ),
        (  # a subject with a verb of its own is left as it is
            "The inspector said that the bridge will reopen on Thursday.",
            ["The bridge to reopen"],
        ),
        (
            "The bakery has not reopened since the fire on Monday.",
            ["The bakery has not reopened since the fire"],
        ),
    ],
)
def test_a_title_keeps_its_tense_when_a_headlines_is_not_sure(
    paragraph: str, titles: list[str]
) -> None:
    assert plan_of([paragraph]) == titles


@pytest.mark.parametrize(
    "sentence, words, title",
    [
        (  # who reports it, a role and a name set apart by commas, is no part of the title
            "The quarry is to close on May 1, the parish council's chairman, Olu Bamidele, said.",
            "on May 1",
            "The quarry is to close",
        ),
        (
            "The quarry is to close on May 1, Olu Bamidele, the parish council's chairman, said.",
            "on May 1",
            "The quarry is to close",
        ),
        (  # a title is not cut before its verb, nor inside a name ("the Bank | of …")
            "The chief executive of the Port of Ardmore Authority warned on Monday that the new"
            " customs checks could delay lorries at the terminal for several hours each day.",
            "on Monday",
            "The chief executive of the Port of Ardmore Authority warned that the new customs"
            " checks could delay lorries",
        ),
        (  # the date in ", which …" after a noun dates what it says of the noun
            "The inquest into the crash, which had been set for Tuesday",
            "for Tuesday",
            "The inquest into the crash had been set",
        ),
    ],
)
def test_a_title_is_a_clause_with_its_verb_and_without_who_reports_it(
    sentence: str, words: str, title: str
) -> None:
    assert title_of(sentence, words) == title


def test_a_reporter_set_apart_after_the_clause_titles_the_date_of_the_saying() -> None:
    paragraph = (
        "The planning inquiry, which had been set for Tuesday, has been postponed until May 5,"
        " the inspectorate's spokeswoman, Dana Holt, said on Friday."
    )
    assert plan_of([paragraph]) == [
        "The planning inquiry had been set",
        "The planning inquiry postponed until May 5",
        "Dana Holt said that the planning inquiry has been postponed until May 5",
    ]


def test_he_after_a_quotation_is_the_subject_of_the_sentence_before_not_whom_it_names() -> None:
    paragraphs = [
        "Ines Roth said the depot manager had ignored the drivers for months."
        ' "We asked for a meeting on Monday and nobody came," she told the paper.',
        "Tom Vale said the organiser had never asked him for a meeting. He closed the canteen"
        " on Tuesday.",
    ]
    assert plan_of(paragraphs[:1], PEOPLE) == [
        "Roth: We asked for a meeting and nobody came",
    ]
    assert plan_of(paragraphs[1:], PEOPLE) == ["Vale closed the canteen"]


HARBOUR = Existing(
    events={
        "dredging-vote": {
            "title": "Harbour board votes on the Kessock dredging scheme",
            "when": {"date": dt.date(2026, 4, 14), "precision": "day"},
            "status": "scheduled",
        }
    },
    actors={"harbour-board": {"name": "Kessock Harbour Board", "kind": "organisation"}},
)
"""A plan of data/: the board's vote, due on Tuesday 14 April."""


@pytest.mark.parametrize(
    "sentence, match",
    [
        ("Board members are due to vote on the scheme next Tuesday.", "dredging-vote"),
        ("The board voted on Tuesday to approve the dredging.", "dredging-vote"),
        # the same board, the same day, another decision: what is done differs
        ("The harbour board voted on Tuesday to raise mooring fees.", None),
        ("Kessock Harbour Board members met on Tuesday.", None),
    ],
)
def test_a_later_report_of_a_plan_in_its_own_words_is_the_plan(
    sentence: str, match: str | None
) -> None:
    words = "next Tuesday" if "next" in sentence else "on Tuesday"
    guess = DateGuess(2, words, "weekday", dt.date(2026, 4, 14), precision="day")
    assert matching_event(guess, [], HARBOUR, sentence) == match


@pytest.mark.parametrize(
    "sentence, done",
    [
        ("The board voted on the scheme on Tuesday.", True),
        ("The board had been due to vote on the scheme on Tuesday.", False),
        ("The vote on the scheme, set for Tuesday, was postponed.", False),
        ("Tuesday's vote on the scheme was called off after the storm.", False),
    ],
)
def test_a_plan_reported_due_or_put_off_is_not_reported_done(sentence: str, done: bool) -> None:
    record = HARBOUR.events["dredging-vote"]
    guess = DateGuess(2, "on Tuesday", "weekday", dt.date(2026, 4, 14), precision="day")
    changes = event_changes(record, guess, "gazette", dt.date(2026, 4, 16), sentence)
    assert (changes.get("status") == "happened") is done


@pytest.mark.parametrize(
    "paragraph, guess_day, changes",
    [
        (  # the putting off told in the next sentence of the paragraph
            "The board had been due to vote on the scheme on Tuesday. Instead, members agreed"
            " to delay the decision until the survey reports.",
            14,
            {"status": "postponed"},
        ),
        (
            "Tuesday's vote on the scheme was called off after the storm.",
            14,
            {"status": "cancelled"},
        ),
        (  # put off to a day the article gives: scheduled on that day
            "The vote on the scheme, postponed on Tuesday, will now be held on April 28.",
            28,
            {"status": "scheduled"},
        ),
    ],
)
def test_a_plan_put_off_or_called_off_is_that_news(
    paragraph: str, guess_day: int, changes: dict[str, str]
) -> None:
    record = {**HARBOUR.events["dredging-vote"], "participants": []}
    day = dt.date(2026, 4, guess_day)
    guess = DateGuess(2, "on Tuesday", "weekday", day, precision="day")
    found = event_changes(record, guess, "gazette", dt.date(2026, 4, 16), paragraph, paragraph)
    assert found["status"] == changes["status"]
    assert ("when" in found) is (guess_day != 14)  # a new day dates it; the old one stays


def test_the_same_actors_in_the_same_month_are_not_enough_to_be_the_same_event() -> None:
    existing = Existing(
        events={
            "commission-meets": {
                "title": "The fisheries commission meets in Lindhaven",
                "when": {"date": dt.date(2026, 4, 1), "precision": "month"},
                "status": "scheduled",
                "participants": [{"actor": "commission", "role": "meets"}],
            }
        }
    )
    said = "The commission's scientists will publish a new stock assessment next month."
    month = DateGuess(10, "next month", "month", dt.date(2026, 4, 1), precision="month")
    assert matching_event(month, ["commission"], existing, said) is None
    week = DateGuess(10, "next week", "week", dt.date(2026, 4, 6), precision="week")
    assert matching_event(week, ["commission"], existing, said) == "commission-meets"


def test_a_year_naming_a_law_and_a_sentence_dated_twice_draft_one_event() -> None:
    """New user 8's release drafted four events from one sentence: a year in a name ("the
    2019 Shared Rivers Act") dates nothing, and the sentence's other dates give the same
    title again."""
    paragraph = (
        "The farmers' union today confirmed that its complaint will be heard by the water"
        " tribunal on Thursday, in the first case brought under the 2019 Shared Rivers Act"
        " since the drought began last year."
    )
    guesses = dated(find_dates([paragraph], dt.date(2025, 3, 3)))
    plan = make_plan(guesses, [paragraph], [], [], Existing(), "s")
    assert [c.guess.words for c in plan.candidates] == ["today"]
    reasons = {g.words: why for g, why in plan.not_events}
    assert reasons["2019"].startswith("a year in a name")
    assert (
        reasons["on Thursday"]
        == reasons["last year"]
        == ("a sentence already drafted, dated again: no event")
    )


def test_an_update_that_keeps_the_date_says_it_stays() -> None:
    """New user 10: a proposed update said the date "changes from 2026-04-10 to 2026-04-10"
    when only the words it rests on were new."""
    from generator.ingest.plan import Candidate
    from generator.ingest.updates import _date_change

    guess = find_dates(["The protest is on Friday."], MONDAY)[0]
    record = {"when": {"date": guess.date, "precision": "day", "basis": "April 13"}}
    said = _date_change(record, Candidate(guess, "The protest is on Friday.", "Protest", "p"))
    assert "changes" not in said and f"stays {guess.date} (day)" in said
    record["when"]["date"] = MONDAY
    said = _date_change(record, Candidate(guess, "The protest is on Friday.", "Protest", "p"))
    assert f"changes from {MONDAY} (day, “April 13”) to {guess.date}" in said


def test_a_plan_put_off_from_its_day_to_another_is_an_update_of_it() -> None:
    """New user 10: "the company had already postponed the start of dredging from April 20
    until at least May 4" drafted two new events; data/ had the dredging planned for April
    20, in other words ("Dredging due to begin") and with no participant the sentence names."""
    record = {
        "title": "Works due to begin",
        "when": {"date": dt.date(2026, 4, 20), "precision": "day", "basis": "April 20"},
        "status": "scheduled",
        "participants": [{"actor": "vell-dredging", "role": "dredges"}],
    }
    paragraphs = ["The firm had already postponed the start from April 20 until at least May 4."]
    guesses = dated(find_dates(paragraphs, dt.date(2026, 4, 16)))
    plan = make_plan(guesses, paragraphs, [[]], [], Existing(events={"works": record}), "s")
    (found,) = plan.updates()["works"]
    assert (found.guess.date, found.put_off_from) == (dt.date(2026, 5, 4), "April 20")
    assert [g.words for g, _ in plan.not_events] == ["April 20"] and not plan.new_events()


def test_a_day_set_right_updates_the_event_of_the_day_denied_as_a_correction() -> None:
    """New user 10's follow-up: "The agency's ruling was signed on Tuesday, April 7, and not
    on Monday, as some earlier reports said" drafted a new event (and the denied Monday
    was read as the week after); data/ had the ruling on Monday, April 6."""
    from generator.ingest.article import Article
    from generator.ingest.drafts import Ingested
    from generator.ingest.updates import event_update

    record = {
        "title": "Regulator grants the licence",
        "when": {"date": dt.date(2026, 4, 6), "precision": "day", "basis": "on Monday"},
        "status": "happened",
    }
    paragraphs = ["The ruling was signed on Tuesday, April 7, and not on Monday, as reported."]
    existing = Existing(events={"licence": record})
    guesses = dated(find_dates(paragraphs, dt.date(2026, 4, 16)))
    plan = make_plan(guesses, paragraphs, [[]], [], existing, "s")
    (found,) = plan.updates()["licence"]
    assert (found.guess.date, found.set_right) == (dt.date(2026, 4, 7), "not on Monday")
    assert not plan.new_events()
    article = Article(Path("a.txt"), published=dt.date(2026, 4, 16), outlet="Vell Post")
    done = Ingested("s", article, [], guesses, [], [], [[]])
    update = yaml.safe_load(event_update(done, "licence", [found], existing))
    assert update["when"]["date"] == dt.date(2026, 4, 7)
    (note,) = update["changes"]
    assert note["correction"] is True and "The date was 2026-04-06" in note["note"]


def test_a_reports_day_is_no_event_and_a_title_drops_the_dates_listed_with_its_own() -> None:
    paragraphs = [
        "The permit allows 240,000 cubic metres, not 340,000 as was widely reported last week.",
        "Dr Ana Lee said the firm would dredge the channel in April or May.",
    ]
    guesses = dated(find_dates(paragraphs, MONDAY))
    plan = make_plan(guesses, paragraphs, [[], []], [], Existing(), "s")
    assert [(g.words, why.split(" (")[0]) for g, why in plan.not_events][:1] == [
        ("last week", "dates an earlier report")
    ]
    assert "or May" not in " ".join(c.title for c in plan.candidates)


@pytest.mark.parametrize(
    ("paragraph", "sentence", "status"),
    [
        # new user 11: a plan put off to a day that has passed, reported held: it happened
        (
            "Members approved the deal on Tuesday, their leader said. The vote had been set"
            " for Thursday but was postponed from Thursday to Tuesday.",
            "Members approved the deal on Tuesday, their leader said.",
            "happened",
        ),
        # a postponement told before the sentence, or as a noun, puts nothing off
        (
            "The ballot was postponed last week. Pupils went back to class on Tuesday.",
            "Pupils went back to class on Tuesday.",
            "happened",
        ),
        (
            "Pupils went back to class on Tuesday. The postponement does not affect them.",
            "Pupils went back to class on Tuesday.",
            "happened",
        ),
    ],
)
def test_a_postponement_is_news_only_of_its_own_sentence_and_after(
    paragraph: str, sentence: str, status: str
) -> None:
    record = {
        "title": "Pupils return",
        "when": {"date": dt.date(2026, 4, 9), "precision": "day", "basis": "on Thursday"},
        "status": "scheduled",
    }
    guess = DateGuess(2, "on Tuesday", "weekday", dt.date(2026, 4, 14), precision="day")
    found = event_changes(record, guess, "courier", dt.date(2026, 4, 16), sentence, paragraph)
    assert found["status"] == status
