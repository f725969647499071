"""Issue #27: everyone whose words an article reports is proposed as an actor, cited to
the paragraphs that report them. Every sentence here is made up, from other stories."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.ingest.actors import ActorIndex, Known, Proposed
from generator.ingest.quotes import find_quotes
from generator.ingest.reported import reported_claims, reported_people, reported_words


def proposed(*paragraphs: str, known: list[Known] | None = None) -> dict[str, Proposed]:
    """What ingest proposes for these paragraphs, by name."""
    index = ActorIndex(known or [])
    quoted = find_quotes(list(paragraphs), index)[1]
    return {p.name: p for p in reported_people(list(paragraphs), quoted, index)}


@pytest.mark.parametrize(
    "paragraphs, name, role, cited",
    [
        # a surname alone is the person the article named in full, wherever it did
        (
            (
                "Ana Ruiz chairs the ferry board.",
                "The vote was close.",
                "Ruiz complained that the fares rose.",
            ),
            "Ana Ruiz",
            "",
            (1, 3),  # where her words are reported, and where the article says who she is
        ),
        # the verb first after a quotation, with the apposition as the role
        (
            ("“We will not close the ward,” said Tom Hale, a hospital trustee.",),
            "Tom Hale",
            "a hospital trustee",
            (1,),
        ),
        # "according to", the role without an article
        (
            ("The bridge will cost £4m more, according to Petra Holm, treasurer of the county.",),
            "Petra Holm",
            "treasurer of the county",
            (1,),
        ),
        # an age and a place are no role; the role is the first description
        (
            ("Lena Park, 34, a bus driver, said the new timetable left her stranded.",),
            "Lena Park",
            "a bus driver",
            (1,),
        ),
        # the word after "of" belongs to the role, not the name; an adverb between
        (
            (
                "Secretary of State Ines Vaz arrived late.",
                "Vaz later denied that the talks failed.",
            ),
            "Ines Vaz",
            "Secretary of State",
            (1, 2),
        ),
        # a view held is reported words too; the sentence's opening word is no name
        (
            ("Omar Said runs the tenants' union.", "But Said opposes the rent freeze."),
            "Omar Said",
            "",
            (1, 2),
        ),
    ],
)
def test_a_person_whose_words_are_reported_is_proposed(
    paragraphs: tuple[str, ...], name: str, role: str, cited: tuple[int, ...]
) -> None:
    found = proposed(*paragraphs)
    assert name in found, found
    assert (found[name].kind, found[name].role, found[name].paragraphs) == ("person", role, cited)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # never named in full: a surname alone could be anyone, or a place
        ("Hale warned drivers to stay away.",),
        # a full stop ends a name: "Ruiz. Whenever" is no one
        ("The town voted for Maria Ruiz. Whenever asked, the clerk said nothing.",),
        # a verb of speech after a place or a body names no person
        ("Police said the road was closed.", "Atlantic City opposes the casino."),
    ],
)
def test_no_person_is_proposed_where_none_is_reported(paragraphs: tuple[str, ...]) -> None:
    assert not [p for p in proposed(*paragraphs).values() if p.kind == "person"]


def test_an_actor_the_explainer_knows_is_not_proposed_again() -> None:
    known = [Known("tom-hale", ("Tom Hale",))]
    assert "Tom Hale" not in proposed("Tom Hale insisted that the ward stays open.", known=known)


def test_a_person_quoted_and_reported_is_one_proposal_citing_both() -> None:
    found = proposed(
        "“The ward stays,” said Nadia Bello, the trust's chair.",
        "Bello also warned that staff were leaving.",
    )
    assert (found["Nadia Bello"].role, found["Nadia Bello"].paragraphs) == (
        "the trust's chair",
        (1, 2),
    )


def test_a_role_the_article_gives_where_it_names_someone_in_full_is_theirs() -> None:
    found = proposed(
        "The motion was led by Councillor Ruth Adeyemi, a retired engineer.",
        "Adeyemi argued that a private owner would cut maintenance.",
        "Aquavia's chief executive, Piet de Vries, said the firm was disappointed.",
    )
    assert (found["Ruth Adeyemi"].role, found["Ruth Adeyemi"].paragraphs) == ("Councillor", (1, 2))
    assert (found["Piet de Vries"].role, found["Piet de Vries"].paragraphs) == (
        "Aquavia's chief executive",
        (3,),
    )


def test_a_body_whose_words_are_reported_is_proposed_as_an_organisation() -> None:
    found = proposed(
        "The Northvale Water Board rejected the audit on Monday.",
        "Ines Vaz, a lecturer at Harbour Polytechnic University, said the audit was overdue.",
    )
    assert found["Northvale Water Board"].kind == "organisation"
    assert found["Ines Vaz"].role == "a lecturer at Harbour Polytechnic University"
    assert "Harbour Polytechnic University" not in found  # the place of work of who spoke


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Sen. Ana Ruiz (D-Ore.) asked why the dam was closed.", "Ana Ruiz"),
        ("Tom Hale, the port's director, on Tuesday announced a new fee.", "Tom Hale"),
        ("The ferry will stop, according to a statement from Petra Holm.", "Petra Holm"),
        ("Lena Park may have said it best in her column.", "Lena Park"),
    ],
)
def test_words_between_a_speaker_and_the_verb_do_not_hide_the_speaker(
    sentence: str, name: str
) -> None:
    assert proposed(sentence)[name].paragraphs == (1,)


def test_an_event_drafted_beside_a_new_actor_its_sentence_names_lists_them(tmp_path: Path) -> None:
    article = tmp_path / "water.txt"
    article.write_text(
        "Water company sale rejected\n\n"
        "Mayor Daniel Brennan, who had backed the sale, spoke after the vote.\n\n"
        "Brennan warned on Tuesday that bills would rise. Ruth Adeyemi said nothing.\n",
        encoding="utf-8",
    )
    args = ["ingest", str(article), "--published", "2026-11-25", "--id", "gazette"]
    assert main([*args, "--data", str(tmp_path / "data"), "--drafts", str(tmp_path / "d")]) == 0
    [event] = (tmp_path / "d" / "gazette" / "events").glob("*.yaml")
    record = yaml.safe_load(event.read_text(encoding="utf-8"))
    # Adeyemi is named in the paragraph but not in the sentence that dates the event
    assert record["participants"] == [{"actor": "daniel-brennan", "role": "TODO"}]


def test_a_body_is_cited_where_the_article_first_names_it_and_where_it_speaks() -> None:
    found = proposed(
        "The court ruled that Kestrel District Council failed to assess the flood risk.",
        "The ruling was a blow to the housing plan.",
        "Kestrel District Council rejected the criticism on Tuesday.",
    )
    assert found["Kestrel District Council"].paragraphs == (1, 3)


@pytest.mark.parametrize(
    "phrase, name, kind, role",
    [
        ("the Morrow County Fire District", "Morrow County Fire District", "organisation", ""),
        ("the Rev. Ana Ruiz", "Ana Ruiz", "person", ""),
        ("the late Tom Hale", "Tom Hale", "person", "the late"),
        # "Cllr", as British papers abbreviate a councillor, is a title, not a name
        ("Cllr Priya Nandakumar", "Priya Nandakumar", "person", ""),
        ("Cllr Nandakumar", "Nandakumar", "person", ""),
    ],
)
def test_a_name_after_the_is_a_bodys_unless_a_title_or_a_word_comes_between(
    phrase: str, name: str, kind: str, role: str
) -> None:
    from generator.ingest.actors import who_is

    named = who_is(phrase)
    assert named is not None and (named.name, named.role, named.kind) == (name, role, kind)


def test_a_double_barrelled_surname_alone_is_the_person_named_in_full() -> None:
    found = proposed(
        "Sen. Maria Delgado-Hunt (D-Ore.) sent a letter to the company.",
        "Delgado-Hunt said she would ask the regulator to halt the expansion.",
    )
    assert found["Maria Delgado-Hunt"].paragraphs == (1, 2)


def test_a_judge_or_a_peer_named_by_style_and_surname_is_proposed_so() -> None:
    found = proposed(
        "Mrs Justice Okonjo-Pryce said the council had acted unlawfully.",
        "Lord Hale warned that the bill would fail. Mayor Hale said nothing.",
    )
    assert [(p.name, p.role) for p in found.values()] == [
        ("Mrs Justice Okonjo-Pryce", ""),
        ("Lord Hale", ""),
    ]  # "Mayor Hale", with no first name anywhere, could be anyone


def test_a_body_named_for_what_it_does_and_a_title_in_lowercase_before_a_name() -> None:
    found = proposed(
        "The council backed a motion by Labor councillor Sam Okafor to oppose the tender.",
        "Okafor warned that drivers would lose their jobs.",
        "Transport for NSW said the tender would go ahead.",
    )
    assert [(p.name, p.kind, p.role) for p in found.values()] == [
        ("Sam Okafor", "person", "Labor councillor"),
        ("Transport for NSW", "organisation", ""),  # not "NSW", nor a person "Transport"
    ]


def test_a_name_is_read_whole_however_it_is_spelt() -> None:
    found = proposed(
        "Harbour Board Deputy Chair Niamh O’Donnell-Reyes opened the meeting.",
        "Zoë McAllister’s plan for the quay was rejected.",
        "McAllister warned that the quay would silt up. O’Donnell-Reyes disagreed.",
    )
    # a capital inside a surname, a letter no English word has, a possessive, and a
    # role's capitalised words run into the name
    assert [(p.name, p.role, p.paragraphs) for p in found.values()] == [
        ("Zoë McAllister", "", (2, 3)),
        ("Niamh O’Donnell-Reyes", "Harbour Board Deputy Chair", (1, 3)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale thanked the volunteers for their “quiet heroism.”",
        "Tom Hale has described the levy as unfair.",
        "Tom Hale likened the new bridge to a motorway.",
        "Tom Hale called the plan “a betrayal of the valley.”",
        "Tom Hale confirmed that the ferry would stop in May.",
        "Tom Hale often attacked the council for its silence.",
        "Tom Hale on Tuesday morning proposed a toll.",
        "Tom Hale in a statement rejected the audit.",
        "“The quay will silt up,” writes Tom Hale in his column.",
        "Asked by Tom Hale whether the ferry would stop, the minister said nothing.",
        "The minister was asked by presenter Tom Hale whether the ferry would stop.",
        "As Tom Hale of the Kestrel Gazette points out, the quay has silted up before.",
        "Tom Hale Says the Ferry Will Sail Again",  # a headline, in title case
        "Tom Hale closed the meeting early, calling the audit “a farce.”",
        "Tom Hale did not immediately respond to a request for comment.",
        "Tom Hale toured the quay on Monday and said the ferry would stop.",
        "Tom Hale — who lost the harbour seat in 2019 — said the ferry would stop.",
        "The levy has been called “a tax on tides” by Tom Hale, a fisherman.",
        "“The quay is silting,” Kestrel-based Tom Hale said.",
    ],
)
def test_a_reported_view_a_question_or_words_set_apart_name_their_source(sentence: str) -> None:
    assert proposed(sentence)["Tom Hale"].paragraphs == (1,)


@pytest.mark.parametrize(
    "sentence, role",
    [
        # where they are from or work, between the name and the verb: the body is their role
        (
            "Lena Park of the Kestrel Tenants Association said rents had doubled.",
            "of the Kestrel Tenants Association",
        ),
        (
            "One pastor, Lena Park of Kestrel Baptist Church in Marlow, said the hall would open.",
            "of Kestrel Baptist Church",
        ),
        # a body named with "of" before an apposition that names the person is no person
        (
            "The head of the Joint Board of Pilots, Lena Park, said the channel was closed.",
            "the head of the Joint Board of Pilots",
        ),
        # an opening phrase, then the name between commas
        (
            "On Sunday, Lena Park, the harbour master, called on drivers to wait.",
            "the harbour master",
        ),
        # the subject of a clause ending in a participle of speech
        ("Lena Park withdrew her support on Monday, saying the plan was rushed.", ""),
        # a party and a seat, in capitals, are a role; a place is not
        ("“It is a betrayal,” said Lena Park, Labour MP for Wrexley.", "Labour MP for Wrexley"),
        ("Lena Park, 34, of Tulsa, said the bus never came.", ""),
    ],
)
def test_a_source_set_about_with_a_place_a_phrase_or_a_participle(sentence: str, role: str) -> None:
    found = proposed(sentence)
    assert (found["Lena Park"].role, found["Lena Park"].paragraphs) == (role, (1,))


def test_a_title_that_is_also_a_surname_is_the_surname_after_a_first_name() -> None:
    found = proposed(
        "“The wards are full,” said Amy Pope, the trust's director.",
        "Crown Prince Haakon said nothing.",
    )
    assert [(p.name, p.role) for p in found.values()] == [("Amy Pope", "the trust's director")]


def test_the_opening_words_of_a_sentence_or_a_headline_name_no_person() -> None:
    found = proposed(
        "Ana Ruiz Says Tom Hale Misled the Board.",
        "Even Tom Hale warned that the quay would close.",
        "On Wednesday, however, the port said nothing. Super Tuesday states said more.",
        "Ruiz's Letter Explains Why the Port Closed",
        "San Diego officials said the pier was safe. KESTREL Harbour Trust said so too.",
    )
    # the headline's verb ends a name: Ana Ruiz speaks, and "Says Tom Hale" is no one
    assert [p.name for p in found.values() if p.kind == "person"] == ["Ana Ruiz", "Tom Hale"]


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        # a body's name that lists what it is for, with commas
        (
            "The Rail, Tram and Bus Union said the strike would go ahead.",
            "Rail, Tram and Bus Union",
            "",
        ),
        # a body named by its own words: its last word is a body's
        ("Norvale Energy Recycling said the plant was safe.", "Norvale Energy Recycling", ""),
        ("Harlow Street Holdings denied that the flats were unsafe.", "Harlow Street Holdings", ""),
        # its description after it is its role
        ("Northgate Homes, the developer, rejected the claim.", "Northgate Homes", "the developer"),
    ],
)
def test_a_body_is_proposed_by_its_whole_name(sentence: str, name: str, role: str) -> None:
    found = proposed(sentence)
    assert [(p.name, p.kind, p.role) for p in found.values()] == [(name, "organisation", role)]


def test_two_people_joined_by_and_are_both_sources() -> None:
    found = proposed(
        "Ana Ruiz and Tom Hale often blame the board for the delays.",
        "Ruiz's and Hale's support for the levy is well known.",  # a possessive: no verb
    )
    assert [(p.name, p.paragraphs) for p in found.values()] == [
        ("Ana Ruiz", (1,)),
        ("Tom Hale", (1,)),
    ]


def test_a_role_in_lowercase_before_a_name_is_theirs() -> None:
    found = proposed(
        "Green Party mayoral candidate Ana Ruiz toured the quay.",
        "Ruiz warned that the ferry would stop. Harbour spokesman Tom Hale denied it.",
    )
    assert [(p.name, p.role) for p in found.values()] == [
        ("Ana Ruiz", "Green Party mayoral candidate"),
        ("Tom Hale", "Harbour spokesman"),
    ]


def test_a_body_named_with_of_before_the_name_of_its_head_is_no_person() -> None:
    found = proposed("Harbour Chiefs of Staff, Adm. Lena Park, accused the agency of delays.")
    assert [(p.name, p.kind) for p in found.values()] == [("Lena Park", "person")]


def test_a_sentence_reporting_words_without_quoting_them_is_drafted_as_a_paraphrase() -> None:
    paragraphs = [
        "KESTON - The transport board raised fares by 12 per cent on Monday, its chair"
        " Maya Lund said.",
        "Lund said the board had no choice. The Riders' Union called the rise a tax on the poor.",
        '"We will fight it," said Omar Patel, the union\'s secretary.',  # a quotation: its own
        "Somebody else entirely said it would pass.",  # nobody ingest proposes
    ]
    proposed = reported_people(paragraphs, [], ActorIndex([]))
    claims = reported_claims(paragraphs, proposed, ActorIndex([]))
    assert [(c.paragraph, c.name, c.kind, c.text) for c in claims] == [
        # the attribution that ends the sentence is its source; the dateline is no one's words
        (
            1,
            "Maya Lund",
            "paraphrase",
            "The transport board raised fares by 12 per cent on Monday.",
        ),
        (2, "Maya Lund", "paraphrase", "The board had no choice."),
        # a view with an object frames no clause: the sentence, whole
        (2, "Riders' Union", "paraphrase", "The Riders' Union called the rise a tax on the poor."),
    ]


def test_an_attribution_alone_after_a_quotation_is_no_paraphrase() -> None:
    paragraphs = [
        "Ines Marlow, who chairs the Ferry Users' Group, met the board on Monday.",
        '"How long will it take to get to the mainland in February?" Marlow said.',
        "Marlow said the timetable had been cut twice.",
    ]
    proposed = reported_people(paragraphs, [], ActorIndex([]))
    claims = reported_claims(paragraphs, proposed, ActorIndex([]))
    assert [(c.paragraph, c.text) for c in claims] == [(3, "The timetable had been cut twice.")]


def test_a_dated_datelines_place_date_and_agency_are_no_ones_words() -> None:
    paragraphs = ["KESTON, March 3 (Nordwire) - The port will reopen, its chair Ana Ruiz said."]
    proposed = reported_people(paragraphs, [], ActorIndex([]))
    claims = reported_claims(paragraphs, proposed, ActorIndex([]))
    assert [c.text for c in claims] == ["The port will reopen."]


def test_the_clause_after_according_to_a_name_is_what_they_say_not_their_role() -> None:
    paragraphs = [
        "Agna Thorsby, the fisheries minister, spoke on Monday.",
        "According to Thorsby, Valdora will propose a closed season for the spawning months"
        " when the commission meets in May.",
        "The quay will reopen, according to Ana Ruiz, a nurse at the harbour clinic.",
    ]
    proposed = reported_people(paragraphs, [], ActorIndex([]))
    claims = reported_claims(paragraphs, proposed, ActorIndex([]))
    assert [c.text for c in claims] == [
        "Valdora will propose a closed season for the spawning months when the commission"
        " meets in May.",
        "The quay will reopen.",
    ]
    assert {p.name: p.role for p in proposed}["Ana Ruiz"] == "a nurse at the harbour clinic"


def test_a_bodys_name_that_runs_on_with_of_is_one_body() -> None:
    found = proposed(
        "The Keston Valley Chamber of Commerce said the rise would hurt shops on the high street."
    )
    assert [(p.name, p.kind) for p in found.values()] == [
        ("Keston Valley Chamber of Commerce", "organisation")
    ]  # not a second "Keston Valley Chamber"


@pytest.mark.parametrize(
    "sentence, attribution, reported",
    [
        (
            "Fares will rise, and routes will be cut, Okafor said.",
            "Okafor said",
            "Fares will rise, and routes will be cut.",
        ),  # a clause, not a role, before the name
        (
            "According to the union, ridership has fallen by a fifth.",
            "According to the union",
            "Ridership has fallen by a fifth.",
        ),
        (
            "Okafor told the council the figures were wrong.",
            "Okafor told",
            None,
        ),  # "told the council": an object before the words, kept whole
        ("The board, Okafor said, will vote on Thursday.", "Okafor said", None),
    ],
)
def test_what_a_sentence_reports_is_told_without_who_says_it(
    sentence: str, attribution: str, reported: str | None
) -> None:
    assert reported_words(sentence, attribution) == reported


@pytest.mark.parametrize(
    "paragraphs, name, role",
    [
        # a title that runs on with "of": the word after "of" is the title's
        (
            ("Secretary of State Ana Ruiz said the treaty was signed.",),
            "Ana Ruiz",
            "Secretary of State",
        ),
        (
            ("Kestrel Secretary of State Tom Hale said the count was over.",),
            "Tom Hale",
            "Kestrel Secretary of State",
        ),
        # a title in lowercase with a hyphen before the name
        (
            ("Liberal front-runner Ida Berg toured the quay.", "Berg said no."),
            "Ida Berg",
            "Liberal front-runner",
        ),
        # a description with a body's name set before the name between commas
        (
            (
                "On Monday, the director of the Kestrel Port Authority, Lena Park, said the quay was safe.",
            ),
            "Lena Park",
            "the director of the Kestrel Port Authority",
        ),
        # a relative clause that says what they do for a living
        (
            (
                "“It is late,” said Piet Holm, who heads a project on ferries for the Kestrel Trust.",
            ),
            "Piet Holm",
            "head of a project on ferries for the Kestrel Trust",
        ),
        (
            ("“It is late,” said Piet Holm, who is executive director of the Kestrel Trust.",),
            "Piet Holm",
            "executive director of the Kestrel Trust",
        ),
        (
            ("“It is late,” said Piet Holm, who runs a newsletter on ferries.",),
            "Piet Holm",
            "runs a newsletter on ferries",
        ),
    ],
)
def test_a_role_given_by_a_title_with_of_a_description_or_a_clause(
    paragraphs: tuple[str, ...], name: str, role: str
) -> None:
    assert proposed(*paragraphs)[name].role == role


def test_a_person_proposed_is_cited_where_they_are_the_subject_of_a_deed() -> None:
    found = proposed(
        "Ana Ruiz said the ferry would stop.",
        "The board met on Monday.",
        "Ruiz has fired her deputy, and Ms. Ruiz withdrew the plan.",
        "The plan was withdrawn by the board, not by Ruiz.",  # no subject here
    )
    assert found["Ana Ruiz"].paragraphs == (1, 3)


@pytest.mark.parametrize(
    "paragraphs, name, role",
    [
        # the role set between "said" and the name
        (
            (
                "Fares will rise by a tenth, said the operator's chief executive, Ines Lowe.",
                "Lowe said the rise was small.",
            ),
            "Ines Lowe",
            "the operator's chief executive",
        ),
        # an office abbreviated in the plural before two names
        (
            (
                "Sens. Ana Ruiz (D-Ore.) and Tom Hale (R-Idaho) met on Monday.",
                "Ruiz said the talks failed.",
            ),
            "Ana Ruiz",
            "Senator",
        ),
    ],
)
def test_a_role_set_after_said_or_abbreviated_in_the_plural(
    paragraphs: tuple[str, ...], name: str, role: str
) -> None:
    assert proposed(*paragraphs)[name].role == role


def test_where_someone_was_born_is_no_part_of_their_name() -> None:
    found = proposed("Kestrel-born Ana Ruiz said the ferry would stop.")
    assert [p.name for p in found.values()] == ["Ana Ruiz"]


def test_an_office_before_the_surname_elsewhere_is_the_role_of_one_named_without() -> None:
    found = proposed("Ana Ruiz said the ferry would stop.", "Gov. Ruiz later agreed to a vote.")
    assert found["Ana Ruiz"].role == "Governor"


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "“It is late,” said Tom Hale of the Kestrel Institute.",
            "Tom Hale",
            "of the Kestrel Institute",
        ),
        ("“It is late,” said Ines Vaz of Harbour Radio.", "Ines Vaz", "of Harbour Radio"),
        (
            "“It is late,” said Piet Lund of the University of Marlow.",
            "Piet Lund",
            "of the University of Marlow",
        ),
        ("“It is late,” said Ana Ruiz of Marlow.", "Ana Ruiz", ""),  # a place is no role
    ],
)
def test_the_body_someone_is_of_is_their_role(sentence: str, name: str, role: str) -> None:
    assert proposed(sentence)[name].role == role


def test_a_description_after_the_surname_alone_is_the_role_of_one_named_without() -> None:
    found = proposed(
        "Ana Ruiz said the ferry would stop.",
        "Ruiz, the harbour master, toured the quay on Monday.",
    )
    assert found["Ana Ruiz"].role == "the harbour master"


@pytest.mark.parametrize(
    "paragraphs, name, role",
    [
        (
            (
                "Liberal candidates Ana Ruiz and Tom Hale toured the quay.",
                "Hale said the fares must fall.",
            ),
            "Tom Hale",
            "Liberal candidate",
        ),
        (
            (
                "Sens. Ana Ruiz (D-Ore.) and Tom Hale (R-Idaho) met on Monday.",
                "Hale said the talks failed.",
            ),
            "Tom Hale",
            "Senator",
        ),
    ],
)
def test_a_role_in_the_plural_before_two_names_is_each_ones(
    paragraphs: tuple[str, ...], name: str, role: str
) -> None:
    assert proposed(*paragraphs)[name].role == role


@pytest.mark.parametrize(
    ("sentence", "attribution", "said"),
    [
        (
            "Ilse Dragan said last week that the province would send its own lawyers.",
            "Ilse Dragan said",
            "The province would send its own lawyers.",
        ),
        (
            "Reisner said at the close of the hearing that the tribunal would rule on Friday.",
            "Reisner said",
            "The tribunal would rule on Friday.",
        ),
        (  # "that" opening a relative clause is kept
            "Lund said the board that runs the port had no choice.",
            "Lund said",
            "The board that runs the port had no choice.",
        ),
        # without "that", the day of the saying is not the day of what was said (new user 12)
        (
            "Harbour master Ewa Nowak said on Monday the dredger had left the channel.",
            "Harbour master Ewa Nowak said",
            "The dredger had left the channel.",
        ),
        (
            "Nowak said Tuesday in a statement she would not resign.",
            "Nowak said",
            "She would not resign.",
        ),
        (  # a day that is the subject's own stays
            "Nowak said Monday night's vote was rushed.",
            "Nowak said",
            "Monday night's vote was rushed.",
        ),
    ],
)
def test_when_and_where_it_was_said_is_no_part_of_what_was_said(
    sentence: str, attribution: str, said: str
) -> None:
    assert reported_words(sentence, attribution) == said


def claims_of(*paragraphs: str) -> list[tuple[str | None, str]]:
    """The paraphrases drafted from the paragraphs: (speaker's name, words)."""
    texts = list(paragraphs)
    quotes, found, _ = find_quotes(texts, ActorIndex([]))
    people = reported_people(texts, found, ActorIndex([]), quotes)
    return [(c.name, c.text) for c in reported_claims(texts, people, ActorIndex([]), quotes)]


def test_a_person_named_between_commas_after_their_body_is_who_speaks() -> None:
    """New user 10: "A marine biologist from the Pasaia Marine Institute, Dr Ane Loinaz
    Beristain, told the hearing that…" was drafted as the institute's words."""
    said = claims_of(
        "A hydrologist from the Vell River Institute, Dr Marta Ibarra Soto, told the"
        " hearing that the silt held heavy metals."
    )
    assert [name for name, _ in said] == ["Marta Ibarra Soto"]


def test_she_said_is_the_person_who_spoke_last() -> None:
    """New user 10: "She said the council had never been formally consulted" (after the
    mayor spoke) drafted no claim at all."""
    said = claims_of(
        "Mayor Ines Kovac told reporters on Tuesday that the town would appeal.",
        "She said the council had never been consulted on the plan.",
    )
    assert said[-1] == ("Ines Kovac", "The council had never been consulted on the plan.")
    # a "he" after a "she" spoke is nobody ingest can name
    said = claims_of(
        "“We will appeal,” she said, standing beside Mayor Ines Kovac.",
        "He said the council had never been consulted on the plan.",
    )
    assert all(text != "The council had never been consulted on the plan." for _, text in said)


def test_no_words_drafts_no_claim() -> None:
    """New user 11: "did not respond to a request for comment" was drafted as her words."""
    said = claims_of(
        "Nguyen Thi Lan, who leads the parents' group, said parents had scrambled.",
        "Nguyen Thi Lan did not respond to a request for comment on the new deal.",
        "Tom Hale, the board's president, declined to comment on Tuesday.",
    )
    assert [text for _, text in said] == ["Parents had scrambled."]


def test_a_surname_of_two_words_is_no_second_person() -> None:
    """New user 13: "Ms Ní Bhriain" after "Siobhán Ní Bhriain" was proposed as a person
    "Ní Bhriain", who took her quotations."""
    paragraphs = [
        "The campaign will hold a public meeting on Thursday.",
        "Its chair, Órlaith Nic Aodha, said the council had “decided the outcome first”.",
        "“There are children here who will never learn to swim,” Ms Nic Aodha said.",
    ]
    index = ActorIndex([])
    quotes, quoted, _ = find_quotes(paragraphs, index)
    assert [p.name for p in reported_people(paragraphs, quoted, index, quotes)] == [
        "Órlaith Nic Aodha"
    ]


def test_a_firms_name_with_an_ampersand_is_whole() -> None:
    """New user 13's "Mac Lochlainn & Co, solicitors for the campaign, wrote" proposed "Co"."""
    found = proposed(
        "The vote was put off after Burke & Co, solicitors for the residents, wrote to the"
        " council claiming that it had not consulted the users."
    )
    assert "Burke & Co" in found and "Co" not in found
