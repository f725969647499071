"""Issue #27, sixth pass: who said a quotation, by conventions of English news writing
that any story follows. Every sentence here is made up, from other stories."""

from __future__ import annotations

import pytest

from generator.ingest.actors import ActorIndex, Known
from generator.ingest.names import who_is
from generator.ingest.quotes import find_quotes


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Each quotation ingest drafts from these paragraphs, with its speaker's name."""
    quotes, _, _ = find_quotes(list(paragraphs), ActorIndex([]))
    return [(q.text, q.name) for q in quotes if q.kind == "quote"]


def last_speaker(*paragraphs: str) -> str | None:
    """The name ingest gives the speaker of the paragraphs' last quotation (there must be one)."""
    said = speakers(*paragraphs)
    assert said, "no quotation drafted"
    return said[-1][1]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a role word: spokeswoman, congressman
        (
            "Dana Price, a spokeswoman for the ferry union, asked for a vote.",
            "“The pier is safe for another century,” said Congressman Tom Hale.",
            "“Nobody on the quay believes that,” she said.",
        ),
        # Mr. and Ms., as some papers name everyone after the first time
        (
            "Dana Price leads the ferry union. Tom Hale chairs the harbour board.",
            "“The pier is safe for another century,” Mr. Hale said.",
            "“Nobody on the quay believes that,” she said.",
        ),
        # "her" and "himself" referring back to the sentence's only person
        (
            "Dana Price defended her union’s strike in a letter to members.",
            "Tom Hale described himself as neutral. “The pier is safe for another century,”"
            " Hale said.",
            "“Nobody on the quay believes that,” she said.",
        ),
        # an earlier "he said" or "she said" the article already resolved
        (
            "Dana Price toured the quay. “The pier must close,” she said.",
            "Tom Hale disagreed. “The pier is safe for another century,” he said.",
            "“Nobody on the quay believes that,” she said.",
        ),
    ],
)
def test_he_or_she_is_the_person_of_that_gender_when_two_people_speak(
    paragraphs: tuple[str, ...],
) -> None:
    said = dict(speakers(*paragraphs))
    assert said["The pier is safe for another century"] == "Tom Hale"
    assert said["Nobody on the quay believes that"] == "Dana Price"


def test_he_or_she_of_a_person_whose_gender_is_unknown_is_the_last_speaker_as_before() -> None:
    assert speakers(
        "Dana Price, a spokeswoman for the ferry union, asked for a vote.",
        "“The pier is safe for another century,” said Tom Hale, the harbour master.",
        "“Nobody on the quay believes that,” she said.",
    )[-1] == ("Nobody on the quay believes that", "Tom Hale")


def test_a_surname_with_a_capital_inside_is_the_person_named_in_full_before() -> None:
    assert speakers(
        "Harbour master Rosa McAllister and pilot Sean O’Dwyer met the ferry company.",
        "“We cannot wait for another storm,” McAllister said. “The pier is rotten,” O’Dwyer added.",
    ) == [
        ("We cannot wait for another storm", "Rosa McAllister"),
        ("The pier is rotten", "Sean O’Dwyer"),
    ]


BOARD = "Tom Hale chairs the harbour board and Ana Ruiz leads the ferry union."


def speaker_of_second(paragraph: str) -> str | None:
    """The speaker ingest gives the first quotation of `paragraph`, after one naming two
    people in full."""
    quotes, _, _ = find_quotes([BOARD, paragraph], ActorIndex([]))
    return next(q.name for q in quotes if q.paragraph == 2)


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier must close before the storms,” said Ana Ruiz when asked about the levy.",
        "“The pier must close before the storms,” said Ana Ruiz as the crowd cheered.",
        "“The pier must close before the storms,” said Ruiz after the vote on Monday.",
    ],
)
def test_a_clause_after_the_speakers_name_is_no_part_of_it(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ruiz has long argued that the pier “must close before the storms.”",
        "Ruiz has often said the pier “must close before the storms.”",
        "Ruiz took to Twitter to say the pier “must close before the storms.”",
        "Ruiz took to Facebook on Monday to write that the pier “must close before the storms.”",
    ],
)
def test_words_between_the_speaker_and_the_verb_of_speech_name_nobody(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ruiz — who has led the union for a decade — said the pier “must close before the storms.”",
        "“The pier must close before the storms,” Ruiz -- who has led the union for a decade"
        " and more -- told reporters.",
    ],
)
def test_a_clause_set_between_dashes_after_the_speaker_is_no_part_of_the_name(
    paragraph: str,
) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Dana Price of Corvina, Maine, said the pier “must close before the storms.”",
        "Dana Price of Corvina, Maine says she thinks the pier “must close before the storms.”",
    ],
)
def test_a_hometown_and_its_state_after_a_name_are_no_speaker(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Dana Price"


def test_the_subject_of_a_passive_verb_joined_to_a_verb_of_speech_is_the_speaker() -> None:
    assert (
        speaker_of_second(
            "As the vote closed, Ruiz was cheered by the crowd and said, “The pier must close"
            " before the storms.”"
        )
        == "Ana Ruiz"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Said Ruiz: “The pier must close before the storms.”",
        "Hale spoke first. Then Ruiz: “The pier must close before the storms.”",
        "While Ruiz spoke, Hale left. “The pier must close before the storms,” Ruiz said.",
        "Does Ruiz mean it? “The pier must close before the storms,” Ruiz said.",
    ],
)
def test_a_verb_or_a_word_opening_a_clause_before_a_surname_is_no_first_name(
    paragraph: str,
) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "From Ruiz’s statement: “The pier must close before the storms.”",
        "From Ruiz’s Facebook post on Monday: “The pier must close before the storms.”",
        "The reply from Ruiz: “The pier must close before the storms.”",
    ],
)
def test_words_introduced_as_from_someones_statement_are_theirs(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


def test_a_verb_in_the_past_between_two_names_ends_the_subject() -> None:
    assert (
        speaker_of_second(
            "In her speech on Monday, Ruiz attacked Hale as “a man who would sell the pier.”"
        )
        == "Ana Ruiz"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ruiz last week said Hale would “sell the pier to the highest bidder.”",
        "Ruiz earlier this month said Hale would “sell the pier to the highest bidder.”",
        "Ruiz herself said Hale would “sell the pier to the highest bidder.”",
    ],
)
def test_a_time_or_herself_between_the_speaker_and_the_verb_names_nobody(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


def test_a_description_then_a_surname_alone_between_commas_is_the_speaker() -> None:
    assert (
        speaker_of_second(
            "The union’s leader, Ruiz, said Hale would “sell the pier to the highest bidder.”"
        )
        == "Ana Ruiz"
    )


def test_a_persons_warning_or_message_before_a_colon_gives_their_words() -> None:
    assert (
        speaker_of_second(
            "Ruiz’s warning was stark: Hale would “sell the pier to the highest bidder.”"
        )
        == "Ana Ruiz"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will not let the pier fall into the sea,” Ruiz’s statement said.",
        "“We will not let the pier fall into the sea,” a statement from Ruiz said.",
        "“We will not let the pier fall into the sea,” said a letter from Ana Ruiz.",
    ],
)
def test_a_statement_or_a_letter_of_a_person_gives_that_persons_words(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


def test_quotations_joined_by_and_share_the_attribution_after_the_last() -> None:
    assert speakers(
        BOARD,
        "The pier is “rotten to the very core” and “beyond any repair at all,” Ruiz said.",
    ) == [
        ("rotten to the very core", "Ana Ruiz"),
        ("beyond any repair at all", "Ana Ruiz"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The levy is what Ruiz called “a tax on every fisherman in Corvina.”",
        "Hale backed the levy, which Ruiz has called “a tax on every fisherman in Corvina.”",
        "It is a plan that she called “a tax on every fisherman in Corvina,” Ruiz recalled.",
        "Hale, who Ruiz on Monday dubbed “the man who would sell the pier,” was silent.",
    ],
)
def test_what_a_person_called_something_is_their_words_not_a_term(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


def test_a_group_called_something_is_still_a_term() -> None:
    quotes, _, _ = find_quotes(
        [BOARD, "Ruiz founded a group called “Save Our Pier” in 2019."], ActorIndex([])
    )
    assert [(q.text, q.kind) for q in quotes] == [("Save Our Pier", "term")]


def test_a_persons_claim_that_is_their_words() -> None:
    assert (
        speaker_of_second(
            "Ruiz mocked Hale’s claim that the pier was “safe for another hundred years.”"
        )
        == "Tom Hale"
    )


@pytest.mark.parametrize(
    "between",
    [
        "But Ruiz called for a vote.",
        "Ruiz wasn’t buying it.",
        "Union leader Ruiz has a different view.",
    ],
)
def test_he_or_she_is_whom_the_paragraph_before_is_about_after_the_last_speaker(
    between: str,
) -> None:
    assert speakers(
        BOARD,
        "“The pier is safe for another century,” Hale said.",
        between,
        "“We will not let the pier fall into the sea,” she said.",
    )[-1] == ("We will not let the pier fall into the sea", "Ana Ruiz")


def test_he_or_she_after_a_sentence_whose_speaker_is_named_last_is_that_speaker() -> None:
    assert speakers(
        BOARD,
        "“The pier is safe for another century,” Hale said.",
        "Ruiz won the crowd over in minutes, Dana Price said.",
        "“Nobody else could have done it,” she said.",
    )[-1] == ("Nobody else could have done it", "Dana Price")


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will not let the pier fall into the sea.” — Ana Ruiz",
        "“We will not let the pier fall into the sea” — Ruiz, on Twitter",
    ],
)
def test_a_name_after_a_dash_ending_the_quotations_sentence_is_its_credit(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will not let the pier fall into the sea,” said Ana Ruiz Jr., the mayor.",
        "The U.S. envoy, Ana Ruiz Jr., said: “We will not let the pier fall into the sea.”",
    ],
)
def test_jr_before_a_comma_and_an_abbreviation_in_a_description_end_nothing(
    paragraph: str,
) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz Jr."


@pytest.mark.parametrize(
    "paragraph",
    [
        "In Ruiz’s words, the board would “let the pier fall into the sea.”",
        "The board would “let the pier fall into the sea,” in the words of Ana Ruiz.",
    ],
)
def test_in_someones_words_gives_whose_words_they_are(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ruiz is convinced the board would “let the pier fall into the sea.”",
        "Ruiz is fond of saying that the board would “let the pier fall into the sea.”",
    ],
)
def test_a_subject_convinced_or_fond_of_saying_something_is_the_speaker(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Amid calls for a vote, Ana Ruiz spoke for an hour, saying the board would “let the"
        " pier fall into the sea.”",
        "Amid calls for a vote, union leader Ana Ruiz spoke for an hour, saying the board"
        " would “let the pier fall into the sea.”",
    ],
)
def test_a_preposition_opening_the_sentence_is_no_subject(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph, name, role",
    [
        (  # a dateline before the first words is where the story was filed
            'PORTVALE - Library Board Chair Ines Okafor said: "We cannot keep every branch."',
            "Ines Okafor",
            "Library Board Chair",
        ),
        (  # an occupation opening the sentence is capitalised, and still a role
            'Novelist Tom Reyes told the crowd, "Nobody reads in a closed library."',
            "Tom Reyes",
            "Novelist",
        ),
        (  # a body's name with "for" in it, then a lowercase role and the name
            '"The branch is a lifeline," said Friends for Eastside Books organizing director'
            " Dana Kell.",
            "Dana Kell",
            "Friends for Eastside Books organizing director",
        ),
    ],
)
def test_a_speaker_is_proposed_by_their_own_name_with_the_role_before_it(
    paragraph: str, name: str, role: str
) -> None:
    _, proposed, _ = find_quotes([paragraph], ActorIndex([]))
    assert [(p.name, p.role, p.kind) for p in proposed] == [(name, role, "person")]


def test_a_quotation_with_markup_in_it_is_drafted_as_printed_to_match_its_paragraph() -> None:
    paragraph = '"We will <b>never</b> close the pier," Ana Ruiz said.'
    quotes, _, _ = find_quotes([paragraph], ActorIndex([]))
    assert [q.text for q in quotes] == ["We will <b>never</b> close the pier"]
    assert quotes[0].text in paragraph  # accept checks a quote against its paragraph verbatim


# Seventh pass: conventions read on one half of PolNeAR train and kept only where the other
# half, unread, moved with them (or a general mechanism in place of several phrasings).


def test_an_opening_mark_misprinted_for_a_closing_one_closes_the_quotation() -> None:
    assert speakers(
        BOARD,
        "“The pier is sound,“ said Ana Ruiz, a lawyer for the union. “It is a hard thing to"
        " keep it so without money.”",
    ) == [
        ("The pier is sound", "Ana Ruiz"),
        ("It is a hard thing to keep it so without money.", "Ana Ruiz"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The pier will outlive every one of us,” Ruiz proclaims.",
        "“The pier will outlive every one of us,” Ruiz proclaimed.",
    ],
)
def test_a_verb_of_speech_speaks_in_the_present_as_in_the_past(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


def test_a_present_form_that_is_mostly_a_plural_noun_is_no_verb_of_speech() -> None:
    assert (
        speaker_of_second(
            "In an interview, Ruiz said any candidate who wants the seat “owes it to the"
            " fishermen” of the town to answer questions."
        )
        == "Ana Ruiz"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "While Ruiz insists the levy is “a tax on every fisherman in Corvina,” the board"
        " disagrees.",
        "When Ruiz argued that the levy was “a tax on every fisherman in Corvina,” the board"
        " disagreed.",
    ],
)
def test_a_conjunction_opening_the_sentence_is_no_part_of_the_speaker(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        (
            "Fishermen still quote Ruiz’s “not one boat will be sold” promise on the quay.",
            "Ana Ruiz",
        ),
        ("Hale wrote last week that Ruiz’s “war on the harbour board” was a mistake.", "Tom Hale"),
    ],
)
def test_words_between_a_name_in_the_possessive_and_a_noun_of_words_are_that_persons(
    paragraph: str, speaker: str
) -> None:
    assert speaker_of_second(paragraph) == speaker


def test_any_participle_of_a_verb_of_speech_gives_the_subjects_words() -> None:
    assert (
        speaker_of_second(
            "On Monday, in the rain, Ruiz toured the quay, recalling that the old pier was"
            " “built by our grandfathers with their own hands.”"
        )
        == "Ana Ruiz"
    )


def test_what_someone_characterizes_something_as_in_the_present_is_their_words() -> None:
    assert (
        speaker_of_second(
            "On the radio after the storm, in front of the crowd, Ruiz characterizes the levy"
            " as “a tax on every fisherman.”"
        )
        == "Ana Ruiz"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pleading for “the last working pier on this coast” at the hearing, Ruiz signed the"
        " petition.",
        "Recalling “the night the pier nearly went into the sea” in her speech, Ruiz signed the"
        " petition.",
    ],
)
def test_a_quotation_in_any_opening_participle_of_speech_is_the_main_subjects(
    paragraph: str,
) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


# Ninth pass: conventions found on PolNeAR train (half A) or in invented articles.


def test_a_style_gives_a_shared_surname_to_the_person_of_its_gender() -> None:
    assert speakers(
        "Mark Brandt, the former mayor, and his wife, Julia Brandt, run the bakery on Mill Lane.",
        "Julia Brandt is standing for the council. Mark Brandt spoke first at the rally.",
        "“We will mend the pier before the winter,” Mrs. Brandt said.",
        "“The pier can wait a year,” Mr. Brandt said.",
    ) == [
        ("We will mend the pier before the winter", "Julia Brandt"),
        ("The pier can wait a year", "Mark Brandt"),
    ]


def test_a_surname_ending_in_s_is_the_person_named_in_full_before() -> None:
    assert speakers(
        "Harbour master Nora Willis met the ferry company on Friday.",
        "“The pier is rotten to the piles,” Willis said.",
    ) == [("The pier is rotten to the piles", "Nora Willis")]


def test_he_or_she_saying_that_continues_the_person_of_that_gender_named_last() -> None:
    assert speakers(
        "Tom Hale, a fisherman, grew up on the island.",
        "The ferry has run there since 1920, and the pier since 1890.",
        "He vowed that “the pier will reopen by spring, whatever it costs.”",
    ) == [("the pier will reopen by spring, whatever it costs.", "Tom Hale")]


def test_confirm_is_a_verb_of_speech() -> None:
    assert speakers(
        "“The pier will close on Friday,” Ana Ruiz said.",
        "“The ferry stops with it,” Tom Hale confirmed.",
    )[-1] == ("The ferry stops with it", "Tom Hale")


# Tenth pass (issue #27, speakers): conventions of attribution from news style and the
# quote-attribution literature, each on sentences made up for it.


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale said Ana Ruiz called the pier “a disgrace to the whole town.”",
        "Tom Hale said that Ana Ruiz had described the pier as “a disgrace to the whole town.”",
        "Tom Hale recalled that Ana Ruiz once said, “The pier is a disgrace to the whole town.”",
    ],
)
def test_the_quoted_words_are_the_inner_attributions_speakers(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


def test_a_quotation_reported_by_a_paper_is_the_words_of_whom_it_reports() -> None:
    assert speakers(
        "The Corvina Gazette reported that Tom Hale said the pier was “a disgrace to the town.”"
    ) == [("a disgrace to the town.", "Tom Hale")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale replied to Ana Ruiz, who had said the pier was “a disgrace to the town.”",
        "Tom Hale criticized Ana Ruiz, who called the pier “a disgrace to the town.”",
        "Tom Hale agreed with Ana Ruiz, who said: “The pier is a disgrace to the town.”",
        "Tom Hale met Sen. Ana Ruiz of Maine, who said the pier was “a disgrace to the town.”",
    ],
)
def test_a_relative_clause_of_speech_gives_the_words_of_the_name_before_it(
    paragraph: str,
) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Gazette quoted Ana Ruiz as saying the pier was “a disgrace to the town.”",
        "Tom Hale quoted Ana Ruiz as saying the pier was “a disgrace to the town.”",
        "“The pier is a disgrace to the town,” Ana Ruiz was quoted as saying.",
        "Ana Ruiz was quoted as saying the pier was “a disgrace to the town.”",
    ],
)
def test_whom_a_paper_quotes_as_saying_is_the_speaker(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale mocked Ana Ruiz’s description of the pier as “a disgrace to the town.”",
        "Tom Hale rejected Ana Ruiz’s comments that the pier was “a disgrace to the town.”",
        "Tom Hale pointed to Ana Ruiz’s remark that the pier was “a disgrace to the town.”",
    ],
)
def test_the_words_of_a_remark_or_description_are_its_authors(paragraph: str) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


def test_one_of_them_then_a_name_between_commas_is_the_speaker() -> None:
    assert speakers(
        "Two fishermen spoke at the meeting. One of them, Tom Hale, said: “The pier is beyond"
        " any repair.”"
    ) == [("The pier is beyond any repair.", "Tom Hale")]


@pytest.mark.parametrize("verb", ["sighed", "grumbled", "whispered", "fired back", "hit back"])
def test_a_name_and_any_verb_ending_the_sentence_after_a_quotation_attribute_it(
    verb: str,
) -> None:
    assert speaker_of_second(f"“The pier is rotten, and the survey proves it,” Ruiz {verb}.") == (
        "Ana Ruiz"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked about the pier, Tom Hale was blunt.",
        "The harbour master, Tom Hale, went further on Monday.",
        "For Tom Hale, the answer is simple.",
        "The Gazette spoke with Tom Hale on Monday.",
    ],
)
def test_a_quotation_paragraph_after_a_sentence_about_a_person_is_theirs(sentence: str) -> None:
    assert speakers(
        "The harbour board met on Monday.",
        sentence,
        "“The pier is beyond any repair. We will close it in May.”",
    ) == [("The pier is beyond any repair. We will close it in May.", "Tom Hale")]


def test_a_clause_after_an_opening_place_is_no_role_and_a_bracket_keeps_no_comma() -> None:
    assert speakers(
        "In Corvina, ME, after winning the primary, Gov. Ana Ruiz (D-ME), said, “The pier will"
        " reopen by spring.”"
    ) == [("The pier will reopen by spring.", "Ana Ruiz")]


def test_a_role_first_then_the_name_may_speak_in_a_second_verb() -> None:
    assert speakers(
        "One of the board’s old allies, former mayor Tom Hale, lives near the pier and wrote in"
        " an email that the plan was “a betrayal of the whole town.”"
    ) == [("a betrayal of the whole town.", "Tom Hale")]


def test_a_body_named_with_of_after_with_is_the_speaker() -> None:
    said = speakers(
        "The plan drew support, with the Society of Harbour Pilots calling it “the best plan in"
        " years.”"
    )
    assert said == [("the best plan in years.", "Society of Harbour Pilots")]


def test_fired_back_is_a_verb_of_speech_nearer_the_quotation_than_a_clause_before() -> None:
    assert (
        speaker_of_second(
            "When Hale suggested that the pier could be saved, Ruiz fired back: “It cannot be saved"
            " at all.”"
        )
        == "Ana Ruiz"
    )


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("“The pier is beyond any repair,” a Corvina Port Authority spokesman said.",),
        ("“The pier is beyond any repair,” an Ana Ruiz campaign spokesman said.",),
        (
            "The Corvina Port Authority met on Monday.",
            "“The pier is beyond any repair,” an authority spokeswoman said.",
        ),
        (
            "The Corvina Port Authority met on Monday.",
            "“The pier is beyond any repair,” a spokesman for the authority said.",
        ),
    ],
)
def test_a_spokesperson_named_by_role_only_speaks_for_the_body(
    paragraphs: tuple[str, ...],
) -> None:
    quotes, proposed, _ = find_quotes(list(paragraphs), ActorIndex([]))
    assert quotes[-1].name in ("Corvina Port Authority", "Ana Ruiz campaign")
    assert [p.kind for p in proposed] == ["organisation"]


def test_a_persons_spokesperson_named_by_role_only_is_not_the_person() -> None:
    assert speakers(
        "Tom Hale chairs the harbour board.",
        "“The pier is beyond any repair,” a Hale spokeswoman said.",
    )[-1] == ("The pier is beyond any repair", None)


@pytest.mark.parametrize(
    "credit",
    [
        "So said Tom Hale, the harbour master, on Monday.",
        "That was the verdict of harbour master Tom Hale.",
        "Those were the words of Tom Hale on Monday.",
        "That is how Tom Hale put it.",
    ],
)
def test_a_sentence_after_a_quotation_may_credit_it(credit: str) -> None:
    quote = "“The pier is beyond any repair and must close.”"
    assert speakers(f"{quote} {credit}") == [(quote[1:-1], "Tom Hale")]
    assert speakers(quote, credit) == [(quote[1:-1], "Tom Hale")]


def test_a_name_and_role_in_the_quotations_own_clause_speak_after_another_attribution() -> None:
    assert (
        speaker_of_second(
            "Tom Hale said the board met, but Ana Ruiz, the mayor, said the pier was “beyond any"
            " repair at all.”"
        )
        == "Ana Ruiz"
    )


@pytest.mark.parametrize("dash", ["—", "--"])
def test_an_embedded_post_credits_its_author_with_handle_and_date(dash: str) -> None:
    assert speakers(
        f"“The pier is beyond any repair and must close now” {dash} Tom Hale (@tomhale) May 5, 2016"
    ) == [("The pier is beyond any repair and must close now", "Tom Hale")]


def test_after_anothers_quotation_the_subject_of_the_clause_that_follows_speaks() -> None:
    assert speakers(
        "In a speech that Judge Ana Ruiz called “distasteful,” Tom Hale expressed a desire to"
        " “tear the whole board down.”"
    )[-1] == ("tear the whole board down.", "Tom Hale")


def test_that_quote_from_a_person_in_the_next_sentence_credits_it() -> None:
    assert speakers(
        "“The pier will not last another winter.” That quote from harbour master Tom Hale"
        " appeared in the Gazette in 1990."
    ) == [("The pier will not last another winter.", "Tom Hale")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale, the harbour master, said the board met, and Ana Ruiz said the pier was"
        " “beyond any repair at all.”",
        "Tom Hale, the harbour master, said the board would meet, while Ana Ruiz called the pier"
        " “beyond any repair at all.”",
        "Tom Hale of Corvina, Maine, said the board would meet, but Ana Ruiz said the pier was"
        " “beyond any repair at all.”",
    ],
)
def test_a_second_clause_with_its_own_speaker_is_nearer_than_an_apposition_before(
    paragraph: str,
) -> None:
    assert speaker_of_second(paragraph) == "Ana Ruiz"


@pytest.mark.parametrize("dash", ["--", "—"])
def test_a_dash_may_stand_for_the_comma_before_said_x(dash: str) -> None:
    assert speaker_of_second(f"“The pier is beyond any repair” {dash} said Ruiz on Monday.") == (
        "Ana Ruiz"
    )


def test_according_to_a_role_then_a_name_is_the_names() -> None:
    assert speakers(
        "The pier is “beyond any repair at all,” according to the mayor’s spokesman, Carl Dent."
    ) == [("beyond any repair at all", "Carl Dent")]


def test_quotations_joined_by_and_and_a_few_words_share_the_attribution_after_the_last() -> None:
    assert (
        speaker_of_second(
            "The pier is “beyond any repair at all” and should “close at once, before the storms,”"
            " Ruiz said."
        )
        == "Ana Ruiz"
    )


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "She" opening the sentence before: still the person the paragraph is about
        (
            (
                "Mayor Ines Brant spoke to the council on Tuesday. She told members:",
                "“We cannot pay for the new ferry on our own, and we will not pretend to.”",
            ),
            "Ines Brant",
        ),
        # a colon after a sentence naming whose words follow, though not as its subject
        (
            (
                "Here is what Piet Sandor, the dockers’ leader, said on Tuesday:",
                "“Our members have waited three years for an answer on the ferry.”",
            ),
            "Piet Sandor",
        ),
        (
            (
                "The statement from Mayor Ines Brant read in part: “We cannot pay for the new"
                " ferry on our own.”",
            ),
            "Ines Brant",
        ),
        (
            (
                "Piet Sandor leads the dockers. Sandor’s letter to the board ends: “Our members"
                " have waited three years for an answer.”",
            ),
            "Piet Sandor",
        ),
    ],
)
def test_a_colon_after_a_sentence_naming_the_speaker_introduces_their_words(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    (found,) = speakers(*paragraphs)
    assert found[1] == speaker


@pytest.mark.parametrize(
    "credit",
    [
        "“Our members have waited three years for an answer.” The remark came from Sandor.",
        "“Our members have waited three years for an answer,” came the reply from Sandor.",
        "“Our members have waited three years for an answer,” was how Sandor put it.",
    ],
)
def test_the_words_after_a_quotation_may_credit_it_after_their_verb(credit: str) -> None:
    # the person the paragraph before is about is not the speaker: the credit names him
    (found,) = speakers(
        "Piet Sandor leads the dockers. Mayor Ines Brant chairs the council.", credit
    )
    assert found[1] == "Piet Sandor"


def test_a_colon_after_a_sentence_naming_no_speaker_gives_none() -> None:
    # the words after the colon are nobody's the sentence names
    (found,) = speakers("The board voted on the plan: “a ferry for everyone” was its motto.")
    assert found[1] is None


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "“We will appeal,” said Oster’s water minister, Lena Broek.",
            "Lena Broek",
            "Oster’s water minister",
        ),
        (
            "“We will appeal,” said the dockers’ leader, Piet Sandor, on Monday.",
            "Piet Sandor",
            "the dockers’ leader",
        ),
        ("“We will appeal,” said the minister, Lena Broek.", "Lena Broek", "the minister"),
    ],
)
def test_a_name_after_the_role_a_verb_of_saying_takes_is_the_speaker(
    paragraph: str, name: str, role: str
) -> None:
    quotes, proposed, _ = find_quotes([paragraph], ActorIndex([]))
    assert [q.name for q in quotes] == [name]
    assert [(p.name, p.role) for p in proposed] == [(name, role)]


def test_a_list_after_a_role_is_no_name() -> None:
    (found,) = speakers("“We will appeal,” said the ministry, Varna Water and the union.")
    assert found[1] is None


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # names in the letters of other Latin alphabets are names
        (
            ("“We will not close the ward,” said Łukasz Żółkiewski, its director.",),
            "Łukasz Żółkiewski",
        ),
        (("“The dam is safe,” Søren Østergaard told reporters.",), "Søren Østergaard"),
        (
            (
                "Çağlar Öztürk, the union's leader, warned of strikes.",
                "“We walk out,” Öztürk said.",
            ),
            "Çağlar Öztürk",
        ),
        # "she said" when nobody has spoken yet: the person the article was about
        (
            (
                "Ines Barrow has run the night ferry to Kell for twenty years.",
                "Last winter a gale wrecked the pier, and the council has not rebuilt it.",
                "“I will keep sailing until they stop me,” she said.",
            ),
            "Ines Barrow",
        ),
        # a description before the name is whom the sentence is about
        (
            (
                "The veteran jockey Tomasz Wrona, who fell at Aintree, has said he will ride"
                " again.",
                "“I am not finished with this course,” he told the Racing Post.",
            ),
            "Tomasz Wrona",
        ),
        # a name's other word, as the family name comes first or a second surname follows
        (
            (
                "Liu Mingzhe, a ferry captain in Ningbo, has sailed the strait since 1990.",
                "“The tides have changed,” Mr Liu said.",
            ),
            "Liu Mingzhe",
        ),
        (
            (
                "José Luis Herrera Campos, the mayor of Valdemar, opposed the mine.",
                "“They will poison the river,” Mr Herrera said.",
            ),
            "José Luis Herrera Campos",
        ),
        # a description instead of the name: the person it described
        (
            (
                "The new harbour master of Kell, Ruth Ambler, started on Monday.",
                "Her predecessor, Owen Pike, retired after a row over fees.",
                "“The fees will fall,” the harbour master said.",
            ),
            "Ruth Ambler",
        ),
        (
            (
                "Dario Fenn became the youngest skipper to win the Kell regatta on Sunday.",
                "“I thought the mast would snap,” the 19-year-old said.",
            ),
            "Dario Fenn",
        ),
    ],
)
def test_speakers_of_other_alphabets_and_described_ones(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert last_speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a thing described is nobody: "the statement" of a body stays the body's
        (
            "Kell Ferries, owned by Ruth Ambler, raised its fares.",
            "“Fares must rise,” the company said.",
        ),
        # "Trump Tower" gives no one the name "Trump"
        ("Harbour House stands empty.", "“It is sad,” Harbour said."),
    ],
)
def test_no_person_from_a_thing_described_or_a_buildings_name(paragraphs: tuple[str, ...]) -> None:
    assert last_speaker(*paragraphs) not in ("Ruth Ambler", "Harbour House")


def test_patterns_take_the_letters_of_every_latin_alphabet() -> None:
    """`letters.widened` widens `A-Z` and `a-z` inside a class only, never an escape."""
    from generator.ingest import letters

    pattern = letters.compile(r"[A-Z][a-z]+\[A-Z\] A-Z")
    assert pattern.fullmatch("Łódź[A-Z] A-Z")
    assert not pattern.fullmatch("Łódź[Ł-Z] A-Z")
    assert letters.compile(r"[^A-Z]+").fullmatch("ąść") and not letters.compile(r"[^A-Z]").match(
        "Ø"
    )


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a surname of particles, and the short form of it later
        (
            (
                "José Ángel Muñoz de la Fuente, the port's director, defended the works.",
                "“The river will recover,” Mr Muñoz de la Fuente said.",
            ),
            "José Ángel Muñoz de la Fuente",
        ),
        (("“It is over,” said Ursula von der Leyen-Smith.",), "Ursula von der Leyen-Smith"),
    ],
)
def test_a_name_with_particles_stays_whole(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert last_speaker(*paragraphs) == speaker
    _, proposed, _ = find_quotes(list(paragraphs), ActorIndex([]))
    assert [p.name for p in proposed if p.kind == "person"] == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        "Cofradía de Pescadores San Telmo",  # a head word first, as Spanish sets it
        "Ayuntamiento de Vell",
        "Naviera Uribe-Lasa S.L.",  # a company's legal form
        "Fonderie Roux S.A.",
    ],
)
def test_bodies_named_as_their_own_languages_name_them(body: str) -> None:
    from generator.ingest.actors_names import who_is

    named = who_is(body)
    assert named is not None and named.kind == "organisation"
    assert named.name == body.removeprefix("the ").rstrip(".")


def test_he_after_a_name_of_particles_is_that_name_and_its_role_is_no_predicate() -> None:
    """New user 10: "he" after "The firm's managing director, José Ángel Muñoz de la
    Fuente, defended the plan." was a second person, "José Ángel Muñoz", and the role
    proposed was "defended the plan"."""
    from generator.ingest.reported import reported_people

    paragraphs = [
        "The port firm's managing director, José Ángel Muñoz de la Fuente, defended the plan."
        " “Without dredging, the port has no future,” he said."
    ]
    quotes, proposed, _ = find_quotes(paragraphs, ActorIndex([]))
    assert [q.name for q in quotes] == ["José Ángel Muñoz de la Fuente"]
    people = reported_people(paragraphs, proposed, ActorIndex([]), quotes)
    assert [(p.name, p.role) for p in people] == [
        ("José Ángel Muñoz de la Fuente", "The port firm's managing director")
    ]


def test_the_articles_own_agency_is_not_the_agency_that_speaks() -> None:
    """New user 10's wire: "she told the Harbour Press Agency" made the wire the agency
    of "the agency said" (the environment agency) and proposed it as an actor."""
    paragraphs = [
        "The Coastal Environment Agency approved the permit on Monday.",
        "“We imposed strict conditions,” its director told the Harbour Press Agency.",
        "“Hearings will follow,” the agency said.",
    ]
    quotes, proposed, _ = find_quotes(paragraphs, ActorIndex([]), ("Harbour Press Agency",))
    assert quotes[-1].name == "Coastal Environment Agency"
    assert "Harbour Press Agency" not in [p.name for p in proposed]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a colon after a sentence about one person, whatever its verb
        (
            ("The skipper, Ines Barrow, was defiant after the race: “We sail again tomorrow.”",),
            "Ines Barrow",
        ),
        (
            (
                "The hearing had run for an hour when Omar Haddad, whose boat sank, stood up"
                " and faced the panel: “Who will pay for my boat?”",
            ),
            "Omar Haddad",
        ),
        # a body quoting its own official, after the quotation
        (
            (
                "“The quay will close in June,” the port authority quoted its director,"
                " Lena Broek, as saying.",
            ),
            "Lena Broek",
        ),
    ],
)
def test_whose_words_follow_a_colon_or_a_body_quoting_its_official(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert last_speaker(*paragraphs) == speaker


def test_a_colon_after_a_quotation_is_still_its_speakers() -> None:
    """PolNeAR train: "“…,” Lewandowski said, adding: “…”" is Lewandowski's, not a name
    inside the first quotation's words."""
    said = speakers(
        "“Voters in the United States are turning out,” Ana Ruiz said, adding: “They will"
        " help everybody down the ballot.”"
    )
    assert [name for _, name in said] == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # two abbreviated titles
        (("“Somebody knows this man,” Det. Sgt. Rhona Keane said on Monday.",), "Rhona Keane"),
        # an office "of" a body run into the name
        (
            ("“The branch must stay,” said Member of the Senedd Aled Wyn Pryce.",),
            "Aled Wyn Pryce",
        ),
        # the second speaker of one sentence, after a colon
        (
            (
                "“The deer will feed them,” said ecologist Dr Ines Marr, while shepherd Tom"
                " Hale said: “Tell that to the man who finds a dead lamb.”",
            ),
            "Tom Hale",
        ),
        # "she" after a paragraph about a man is the woman who spoke before it
        (
            (
                "“Demand has doubled,” Ms Ilse Vrank said of the food bank she runs.",
                "The city's welfare director, Anders Holm, said new money would come next month.",
                "“Next month is a long time when your fridge is empty,” she said.",
            ),
            "Ilse Vrank",
        ),
        # a role run into the name, then the role alone
        (
            (
                "Sheep farmer Dafydd ap Rhys lost 37 ewes in one night.",
                "Police said two dogs had been seized.",
                "“The rest of the flock was so stressed,” the farmer added.",
            ),
            "Dafydd ap Rhys",
        ),
    ],
)
def test_titles_offices_second_speakers_and_roles_run_into_names(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert last_speaker(*paragraphs) == speaker


def test_an_interview_set_as_questions_and_answers() -> None:
    """A Q: and A: interview: the answers are the interviewee's, the questions the named
    interviewer's (none when the paper asks)."""
    said = speakers(
        "Our transport editor Rosa Lindqvist sat down with Omar Haddad, the new port director.",
        "Q: “Will the ferry fares rise again this year?”",
        "A: “Not this year. I would rather say that plainly now than explain it in May.”",
    )
    assert [name for _, name in said] == ["Rosa Lindqvist", "Omar Haddad"]
    said = speakers(
        "Ahead of the vote, Ines Barrow spoke to us about the harbour and her plans.",
        "Q: “Is there more pressure at home?”",
        "A: “Of course. But I would rather feel pressure than feel nothing at all.”",
    )
    assert [name for _, name in said] == [None, "Ines Barrow"]


def test_her_message_before_a_colon_is_the_person_named_before() -> None:
    assert (
        last_speaker(
            "The city's health director, Dr Ama Owusu, has written to every school.",
            "Her message to parents was blunt: “Book both doses of the vaccine this week.”",
        )
        == "Ama Owusu"
    )


def test_he_after_a_described_speaker_is_that_speaker() -> None:
    """New user 11: "The mediator said … “…,” he said" was given to the person the article
    was about, and "the state mediator assigned to the dispute" named nobody."""
    said = speakers(
        "Superintendent Karen Ostrowski said the district had given all it could.",
        "Talks resumed with Gregory Tran, the state mediator assigned to the dispute.",
        "The mediator said Wednesday that both teams had “worked through the night more"
        " than once.” “Neither side got what it came in wanting,” he said.",
    )
    assert [name for _, name in said] == ["Gregory Tran", "Gregory Tran"]


def test_suffixes_nicknames_and_a_family_name_first_name_one_person() -> None:
    """New user 11: "Robert Hale Jr." became two actors, `Dolores "Lola" Trujillo` none,
    and "Nguyen said" was not "Nguyen Thi Lan, who leads the parents' group"."""
    paragraphs = [
        "The board president, Robert Hale Jr., said the board would meet.",
        "“We remain committed to a settlement,” Hale said.",
        "Nguyen Thi Lan, who leads the parents' group, said parents had scrambled.",
        "“We support our teachers,” Nguyen said.",
        'Dolores "Lola" Trujillo, a kindergarten teacher, carried a sign.',
        "“I want to be in my classroom,” Trujillo said.",
    ]
    quotes, proposed, _ = find_quotes(paragraphs, ActorIndex([]))
    assert [q.name for q in quotes if q.kind == "quote"] == [
        "Robert Hale Jr.",
        "Nguyen Thi Lan",
        "Dolores Trujillo",
    ]
    assert [p.name for p in proposed if p.name.startswith("Robert")] == ["Robert Hale Jr."]


def test_a_transcripts_paragraphs_are_their_capitalised_speakers() -> None:
    """A broadcast transcript labels each paragraph with its speaker's surname in
    capitals; the label names nobody the article has not named."""
    said = speakers(
        "This is an edited transcript of Sunday's Harbour Hour, in which host Lena Sorvino"
        " questioned Port Commissioner Abdul Rahim Chowdhury.",
        "SORVINO: “Commissioner, the dredging is a year late. Who is to blame?”",
        "CHOWDHURY: “The contractor, plainly, and we have withheld the last payment.”",
        "WASHINGTON: “This label is nobody the article named.”",
    )
    assert [name for _, name in said] == ["Lena Sorvino", "Abdul Rahim Chowdhury", None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a nation's word after "the", as sports pages describe the person named before
        (
            (
                "Harlow coach Tomasz Wiśniewski insisted his side could still stay up.",
                "The Pole, who signed a new deal in May, said the squad believed in him.",
                "“We have eight games left and I have seen enough to believe,” he said.",
            ),
            "Tomasz Wiśniewski",
        ),
        (
            (
                "Striker Chinedu Okafor scored twice as Redcliffe beat Alton 3-1.",
                "“The lads deserved that after the last month,” the Nigerian said.",
            ),
            "Chinedu Okafor",
        ),
    ],
)
def test_a_nations_word_after_the_describes_the_person_named_before(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert last_speaker(*paragraphs) == speaker


def test_a_role_of_an_ing_word_a_silks_letters_and_a_titled_name_for_a_body() -> None:
    """New user 12: "managing director X said" went to the company named before; "Ms X,
    for the council" to the council; "X SC" was proposed as an organisation."""
    assert (
        speakers(
            "Karoo Mining issued a statement on Monday.",
            "“We will respect whatever the tribunal decides,” managing director Pieter Botha said"
            " in the statement.",
        )[-1][1]
        == "Pieter Botha"
    )
    index = ActorIndex(
        [
            Known("thandi-mokoena", ("Thandi Mokoena",)),
            Known("vaal-residents-forum", ("Vaal Residents Forum",)),
        ]
    )
    quotes, _, _ = find_quotes(
        [
            "Ms Mokoena, for the Vaal Residents Forum, told the tribunal the permit was"
            " “rushed through”.",
            "“Nobody asked the people who drink this water,” she said.",
        ],
        index,
    )
    assert [q.actor for q in quotes] == ["thandi-mokoena", "thandi-mokoena"]


@pytest.mark.parametrize(
    ("words", "name", "kind"),
    [
        ("Adv. Sipho Dlamini SC, for the mine", "Sipho Dlamini", "person"),
        ("Jane Okafor MP", "Jane Okafor", "person"),
        ("Ms Mokoena, for the Vaal Residents Forum", "Mokoena", "person"),
        ("Karoo Mining", "Karoo Mining", "organisation"),
        ("Northwind Resources", "Northwind Resources", "organisation"),
    ],
)
def test_who_a_name_with_its_letters_title_or_trade_is(words: str, name: str, kind: str) -> None:
    named = who_is(words)
    assert named is not None and (named.name, named.kind) == (name, kind)


@pytest.mark.parametrize("words", ["Outside court", "Counsel for the mine", "Inside the Court"])
def test_a_place_or_a_lawyers_description_is_no_body(words: str) -> None:
    named = who_is(words)
    assert named is None or named.kind != "organisation"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # a state written out of "of Vermont", a title out of "Sen."
            (
                "Sen. Dana Whitcombe of Vermont and Gov. Pete Lasalle of Ohio spoke at the"
                " farm forum on Saturday.",
                "Lasalle talked about tariffs for most of his 10 minutes.",
                "“Dairy farmers need a floor under milk prices,” the Vermont senator said.",
            ),
            "Dana Whitcombe",
        ),
        (  # an age given where the person is named
            (
                "Mayor Ines Ferreira, 74, faces council member Rob Tan, 41, in the runoff.",
                "“Experience matters when the river floods,” Tan said at a debate.",
                "The 74-year-old laughed at the suggestion. “I have seen six floods,” she said.",
            ),
            "Ines Ferreira",
        ),
        (  # a role run into the name, then the role alone opening a sentence
            (
                "Winemaker Bruno Keller has sued the water board over the new quota, which"
                " board chair Alma Reyes defended on Monday.",
                "Reyes said the quota was fair to every grower in the valley.",
                "The winemaker was not persuaded. “Fair would be a quota by acreage,” he said.",
            ),
            "Bruno Keller",
        ),
        (  # a description after an opening phrase of place
            (
                "Labour candidate Tom Reddy and Green candidate Cllr Ana Fisk both campaigned in"
                " Leeds on Friday, with five days left in the race.",
                "Fisk, speaking at a college in Headingley, focused on buses and touted the"
                " backing of councillor Sam Ojo. “Sam has fought for this route for years,” she"
                " said.",
                "An hour north, in Ripon, the Labour candidate struck a very different tone."
                " “Every bus cut in this county was voted through by her party,” he told a crowd"
                " in the market square.",
            ),
            "Tom Reddy",
        ),
        (  # a title written out before the name
            (
                "The panel heard from former Chief Medical Officer Ruth Adeyemi and the"
                " hospital trust's chair, Colin Marsh.",
                "Marsh defended the closures as temporary.",
                "The former chief medical officer disagreed. “Nothing about this is"
                " temporary,” she said.",
            ),
            "Ruth Adeyemi",
        ),
    ],
)
def test_a_description_is_the_person_the_article_described_so(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    """A speaker described again ("the Vermont senator", "the 74-year-old", "the
    winemaker") is the person named with those words, not the last one who spoke."""
    assert last_speaker(*paragraphs) == speaker


def test_a_colon_after_a_surnames_reaction_and_a_role_after_with_its() -> None:
    assert (
        last_speaker(
            "Skipper Maeve Costigan has warned for a year that the harbour fees would drive boats"
            " away.",
            "On Friday, after the port raised the fees again, Costigan's reaction was blunt:"
            " “Half the fleet will be in Killybegs by spring.”",
        )
        == "Maeve Costigan"
    )
    assert (
        last_speaker(
            "The port board met on Monday, with its chair, Cllr Niamh Doherty, clashing with the"
            " harbour master, Tomás Breen.",
            "Fisherman Pat Gallagher told the board his costs had doubled. “We cannot go on,”"
            " Gallagher said.",
            "The chair rejected the complaint. “The fees pay for the dredging,” she said.",
        )
        == "Niamh Doherty"
    )


def test_a_nations_word_before_a_noun_describes_no_one() -> None:
    """ "The Kenyan navy said …" is the navy's statement, not the Kenyan named before (the
    description bags had given it to her)."""
    assert (
        last_speaker(
            "Kenyan Foreign Minister Amina Odhiambo met her Somali counterpart in Mombasa on Monday.",
            "The Kenyan military said in a statement that its chief, during the meeting,"
            " “expressed concern about the patrols off Lamu. He stressed the need for calm.”",
        )
        != "Amina Odhiambo"
    )


def test_a_person_named_in_full_is_not_the_body_their_description_names() -> None:
    """New user 13: "Mehmet Yıldız, a lifeguard … and a SIPTU member, said …" was the
    union's, which the explainer knew."""
    index = ActorIndex([Known("harbour-workers-union", ("Harbour Workers Union",))])
    quotes, proposed, _ = find_quotes(
        [
            "Staff were told of the closure on Friday.",
            "Ana Kovač, a crane driver for 11 years and a Harbour Workers Union member, said"
            " morale was “on the floor”.",
        ],
        index,
    )
    assert [(q.actor, q.name) for q in quotes] == [(None, "Ana Kovač")]
    assert [p.name for p in proposed] == ["Ana Kovač"]
