"""Validate stage: each data mistake gives file, line, field path, expected and found."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from generator.cli import main
from generator.records.coverage import Coverage
from generator.records.gaps import find_gaps
from generator.records.load import load_all, read_all
from generator.records.validate import validate
from generator.site.render import render
from helpers import edit, errors_of


def rendered(data_dir: Path, page: str) -> str:
    """The Markdown of one generated page of valid data."""
    explainer = validate(load_all(data_dir))
    return render(explainer, Coverage(explainer))[page]


def test_missing_required_field(data_dir: Path) -> None:
    edit(data_dir, "actors/ministry.yaml", "kind: organisation\n", "")
    assert errors_of(data_dir) == ["actors/ministry.yaml:1: kind: required field is missing"]


def test_unknown_field_suggests_the_intended_one(data_dir: Path) -> None:
    edit(data_dir, "actors/ministry.yaml", "kind: organisation", "kind: organisation\nalias: [M]")
    assert errors_of(data_dir) == [
        "actors/ministry.yaml:4: alias: unknown field (allowed: id, name, name_note, kind, aliases, "
        "role, affiliations, description, cite, relations, translations, changes, draft,"
        " acknowledged); did you mean 'aliases'?"
    ]


def test_unknown_nested_field(data_dir: Path) -> None:
    edit(data_dir, "events/remarks.yaml", "role: made the remarks}", "rol: made the remarks}")
    assert errors_of(data_dir) == [
        "events/remarks.yaml:6: participants[0].rol: unknown field (allowed: actor, role, translations); did you mean 'role'?",
        "events/remarks.yaml:6: participants[0].role: required field is missing",
    ]


def test_comma_inside_a_flow_mapping_gets_a_hint(data_dir: Path) -> None:
    edit(
        data_dir, "events/remarks.yaml", "role: made the remarks}", "role: made the remarks, twice}"
    )
    assert errors_of(data_dir) == [
        "events/remarks.yaml:6: participants[0].twice: unknown field (allowed: actor, role, translations); "
        "a comma inside {...} starts a new field: put the value in quotes"
    ]


def test_value_not_in_the_allowed_list(data_dir: Path) -> None:
    edit(data_dir, "actors/ministry.yaml", "kind: organisation", "kind: organization")
    assert errors_of(data_dir) == [
        "actors/ministry.yaml:3: kind: expected 'person', 'organisation', 'state', 'group' or "
        "'anonymous', found 'organization'"
    ]


def test_empty_required_text(data_dir: Path) -> None:
    edit(data_dir, "actors/ministry.yaml", "name: The Ministry", 'name: " "')
    assert errors_of(data_dir) == [
        "actors/ministry.yaml:2: name: expected text with at least one character that is not a space, found ' '"
    ]


def test_empty_value(data_dir: Path) -> None:
    edit(data_dir, "actors/ministry.yaml", "name: The Ministry", "name:")
    assert errors_of(data_dir) == [
        "actors/ministry.yaml:2: name: expected text, found nothing (empty value)"
    ]


def test_yaml_boolean_words_stay_text_but_are_not_booleans(data_dir: Path) -> None:
    # YAML 1.2: `NO` and `yes` are text, so a name of NO survives, and `yes` is no boolean.
    edit(data_dir, "actors/ministry.yaml", "name: The Ministry", "name: NO")
    edit(data_dir, "sources/wire-2011-09-15.yaml", "republish: true", "republish: yes")
    assert errors_of(data_dir) == [
        "sources/wire-2011-09-15.yaml:7: republish: expected true or false, found 'yes'"
    ]


def test_number_where_text_is_expected(data_dir: Path) -> None:
    edit(data_dir, "actors/ministry.yaml", "name: The Ministry", "name: 012")
    assert errors_of(data_dir) == [
        "actors/ministry.yaml:2: name: expected text, found number 12: put it in quotes to make it text"
    ]


def test_impossible_date(data_dir: Path) -> None:
    edit(data_dir, "sources/wire-2011-09-15.yaml", "published: 2011-09-15", "published: 2011-02-30")
    assert errors_of(data_dir) == [
        "sources/wire-2011-09-15.yaml:4: published: expected a real date (YYYY-MM-DD), "
        "found '2011-02-30', which is no day of the calendar"
    ]


def test_date_written_as_text(data_dir: Path) -> None:
    edit(
        data_dir,
        "sources/wire-2011-09-15.yaml",
        "published: 2011-09-15",
        "published: 15 September 2011",
    )
    assert errors_of(data_dir) == [
        "sources/wire-2011-09-15.yaml:4: published: expected a date written YYYY-MM-DD, found '15 September 2011'"
    ]


def test_precision_must_fit_the_date(data_dir: Path) -> None:
    edit(
        data_dir,
        "events/summit.yaml",
        "date: 2011-09-26, precision: week",
        "date: 2011-09-27, precision: week",
    )
    assert errors_of(data_dir) == [
        "events/summit.yaml:3: when: precision 'week' needs date on a Monday, found Tuesday"
        " 2011-09-27: the Monday of that week is 2011-09-26"
    ]


def test_range_needs_an_end(data_dir: Path) -> None:
    edit(data_dir, "events/summit.yaml", "precision: week", "precision: range")
    assert errors_of(data_dir) == [
        "events/summit.yaml:3: when: precision 'range' needs an end date"
    ]


def test_url_must_be_http(data_dir: Path) -> None:
    edit(data_dir, "sources/wire-2011-09-15.yaml", "url: https://", "url: javascript://")
    assert errors_of(data_dir)[0].startswith(
        "sources/wire-2011-09-15.yaml:6: url: expected an address starting with http:// or https://, "
        "found 'javascript://news.example.org"
    )


def test_file_name_must_match_id(data_dir: Path) -> None:
    edit(data_dir, "actors/ministry.yaml", "id: ministry", "id: the-ministry")
    assert (
        errors_of(data_dir)[0]
        == "actors/ministry.yaml:1: id: must match the file name 'ministry', found 'the-ministry'"
    )


def test_duplicate_ids_across_files_would_write_the_same_page(data_dir: Path) -> None:
    # A second file claiming an existing id (after the file-name check, as a copy would).
    text = (data_dir / "actors/ministry.yaml").read_text()
    (data_dir / "actors/Ministry.yaml").write_text(text)
    assert (
        "actors/Ministry.yaml:1: id: must match the file name 'Ministry', found 'ministry'"
        in errors_of(data_dir)
    )


def test_an_id_that_would_replace_an_index_page_is_refused(data_dir: Path) -> None:
    text = (data_dir / "actors/ministry.yaml").read_text().replace("id: ministry", "id: index")
    (data_dir / "actors/index.yaml").write_text(text)
    assert errors_of(data_dir) == [
        "actors/index.yaml:1: id: 'index' is the name of a section's index page: rename the file and its id"
    ]


def test_unknown_reference_suggests_close_ids(data_dir: Path) -> None:
    edit(data_dir, "actors/minister.yaml", "affiliations: [ministry]", "affiliations: [ministri]")
    assert errors_of(data_dir) == [
        "actors/minister.yaml:6: affiliations[0]: unknown actor 'ministri' (did you mean: ministry, minister?)"
    ]


def test_unknown_reference_without_a_close_match(data_dir: Path) -> None:
    edit(
        data_dir,
        "disputes/group-role.yaml",
        "events: [summit, remarks]",
        "events: [summit, nowhere]",
    )
    assert errors_of(data_dir) == [
        "disputes/group-role.yaml:5: events[1]: unknown event 'nowhere' (no such file data/events/nowhere.yaml)"
    ]


def test_affiliated_with_itself(data_dir: Path) -> None:
    edit(
        data_dir,
        "actors/ministry.yaml",
        "kind: organisation",
        "kind: organisation\naffiliations: [ministry]",
    )
    assert errors_of(data_dir) == [
        "actors/ministry.yaml:4: affiliations: affiliation cycle: ministry -> ministry"
    ]


def test_affiliation_cycle(data_dir: Path) -> None:
    edit(
        data_dir,
        "actors/ministry.yaml",
        "kind: organisation",
        "kind: organisation\naffiliations: [minister]",
    )
    assert errors_of(data_dir) == [
        "actors/minister.yaml:6: affiliations: affiliation cycle: minister -> ministry -> minister",
        "actors/ministry.yaml:4: affiliations: affiliation cycle: ministry -> minister -> ministry",
    ]


def test_relation_of_an_unknown_type(data_dir: Path) -> None:
    edit(data_dir, "actors/the-group.yaml", "type: denies", "type: denys")
    assert errors_of(data_dir) == [
        "actors/the-group.yaml:8: relations[0].type: expected 'accuses', 'aids', 'demands-of', "
        "'denies', 'fights', 'instructs', 'leads', 'meets', 'spokesperson-for', 'ties-to' or 'warns', "
        "found 'denys'"
    ]


def test_relation_to_an_unknown_actor(data_dir: Path) -> None:
    edit(data_dir, "actors/the-group.yaml", "actor: minister", "actor: ministr")
    assert errors_of(data_dir) == [
        "actors/the-group.yaml:9: relations[0].actor: unknown actor 'ministr' (did you mean: ministry, minister?)"
    ]


def test_relation_with_itself(data_dir: Path) -> None:
    edit(data_dir, "actors/the-group.yaml", "actor: minister", "actor: the-group")
    assert errors_of(data_dir) == [
        "actors/the-group.yaml:9: relations[0].actor: an actor cannot have a relation with itself ('the-group')"
    ]


def test_an_actor_takes_part_in_an_event_once(data_dir: Path) -> None:
    edit(
        data_dir,
        "events/remarks.yaml",
        "  - {actor: minister, role: made the remarks}\n",
        "  - {actor: minister, role: made the remarks}\n  - {actor: minister, role: again}\n",
    )
    assert errors_of(data_dir) == [
        "events/remarks.yaml:7: participants[1].actor: 'minister' takes part already"
        " (participants[0]): give it one entry with both roles"
    ]


def test_paragraph_out_of_range(data_dir: Path) -> None:
    edit(data_dir, "actors/the-group.yaml", "paragraphs: [2]", "paragraphs: [9]")
    assert errors_of(data_dir) == [
        "actors/the-group.yaml:6: cite[0].paragraphs[0]: paragraph 9 is out of range: "
        "source 'wire-2011-09-15' has paragraphs 1-3"
    ]


def test_quote_must_appear_verbatim(data_dir: Path) -> None:
    edit(data_dir, "events/remarks.yaml", "text: out of line.", "text: out of step.")
    assert errors_of(data_dir) == [
        "events/remarks.yaml:11: quotes[0].text: quote not found verbatim in source "
        "'wire-2011-09-15' paragraph 1; the closest passage, first difference in brackets: "
        '… the remarks were "out of [line."]'
    ]


def test_a_failed_quote_shows_the_closest_passage_and_its_first_difference(
    data_dir: Path,
) -> None:
    edit(
        data_dir,
        "sources/wire-2011-09-15.yaml",
        "text: The group denies any role.",
        "text: 'An official said the agency \"acts as a veritable arm\" of the group.'",
    )
    edit(data_dir, "actors/the-group.yaml", "paragraphs: [2]", "paragraphs: [1, 2]")
    edit(
        data_dir,
        "events/remarks.yaml",
        "cite:\n  - {source: wire-2011-09-15, paragraphs: [1]}",
        "  - {speaker: minister, kind: quote, text: acts as veritable arm,"
        " cite: {source: wire-2011-09-15, paragraphs: [1, 2]}}\n"
        "cite:\n  - {source: wire-2011-09-15, paragraphs: [1]}",
    )
    (error,) = errors_of(data_dir)
    assert error.endswith(
        "paragraph 1, 2; the closest passage, first difference in brackets: … said the agency"
        ' "acts as [a] veritable arm" of the group.'
    )


def test_quote_matching_forgives_only_whitespace_and_quote_marks(data_dir: Path) -> None:
    edit(
        data_dir,
        "events/remarks.yaml",
        "text: out of line.",
        "text: 'remarks  were \u201cout of line.\u201d'",
    )
    assert errors_of(data_dir) == []
    edit(data_dir, "events/remarks.yaml", "remarks  were", "remarks are")
    assert len(errors_of(data_dir)) == 1


def test_a_quote_is_shown_in_the_sources_own_characters(data_dir: Path) -> None:
    # Typed with curly quotes and a dash for the source's straight quotes and hyphen.
    edit(
        data_dir,
        "events/remarks.yaml",
        "text: out of line.",
        "text: 'remarks were \u201cout of line.\u201d'",
    )
    page = rendered(data_dir, "events/remarks.md")
    assert "remarks were &#34;out of line&#46;&#34;" in page
    assert "\u201cout of line" not in page


def test_paragraphs_are_numbered_in_order(data_dir: Path) -> None:
    edit(data_dir, "sources/wire-2011-09-15.yaml", "  - n: 2", "  - n: 4")
    assert errors_of(data_dir) == [
        "sources/wire-2011-09-15.yaml:13: paragraphs[1].n: expected paragraph number 2, found 4"
    ]


def test_all_mistakes_in_all_files_are_reported_at_once(data_dir: Path) -> None:
    edit(data_dir, "actors/ministry.yaml", "kind: organisation", "kind: ministry")
    edit(data_dir, "actors/the-group.yaml", "paragraphs: [2]", "paragraphs: [9]")
    edit(data_dir, "events/remarks.yaml", "text: out of line.", "text: out of step.")
    assert [line.split(":")[0] for line in errors_of(data_dir)] == [
        "actors/ministry.yaml",
        "actors/the-group.yaml",
        "events/remarks.yaml",
    ]


def test_a_name_may_not_hide_characters(data_dir: Path) -> None:
    edit(data_dir, "actors/minister.yaml", "name: The Minister", 'name: "The\u200bMinister"')
    edit(data_dir, "actors/ministry.yaml", "name: The Ministry", 'name: "The \u202eMinistry"')
    edit(data_dir, "actors/the-group.yaml", "name: The Group", 'name: "\u200b\u0301"')
    assert errors_of(data_dir) == [
        "actors/minister.yaml:2: name: a name may not hold the invisible or control character "
        "U+200B (ZERO WIDTH SPACE) at position 4: retype the name",
        "actors/ministry.yaml:2: name: a name may not hold the invisible or control character "
        "U+202E (RIGHT-TO-LEFT OVERRIDE) at position 5: retype the name",
        "actors/the-group.yaml:2: name: a name may not hold the invisible or control character "
        "U+200B (ZERO WIDTH SPACE) at position 1: retype the name",
    ]
    edit(data_dir, "actors/the-group.yaml", '"\u200b\u0301"', '"\u0301 \u0301"')
    assert "actors/the-group.yaml:2: name: a name needs at least one visible character" in (
        errors_of(data_dir)
    )


def test_joiners_between_letters_are_part_of_a_name(data_dir: Path) -> None:
    edit(data_dir, "actors/minister.yaml", "name: The Minister", 'name: "محمد\u200cرضا"')
    assert errors_of(data_dir) == []


def test_two_actors_who_look_the_same_are_an_error_naming_both(data_dir: Path) -> None:
    # Full-width letters and another case: the same name to a reader.
    edit(data_dir, "actors/the-group.yaml", "name: The Group", 'name: "ＴＨＥ  minister"')
    assert errors_of(data_dir) == [
        "actors/minister.yaml:2: name: looks the same as the name of "
        f"{data_dir}/actors/the-group.yaml",
        "actors/the-group.yaml:2: name: looks the same as the name of "
        f"{data_dir}/actors/minister.yaml",
    ]


def test_two_sources_at_one_address_are_one_article_recorded_twice(data_dir: Path) -> None:
    """New user 12 accepted an outlet's corrected version as a second source."""
    first = (data_dir / "sources" / "wire-2011-09-15.yaml").read_text()
    again = first.replace("id: wire-2011-09-15", "id: wire-2011-09-15-2")
    again = again.replace("?id=1&lang=en", "?id=1&lang=en#top")  # the same page
    (data_dir / "sources" / "wire-2011-09-15-2.yaml").write_text(again)
    assert [e for e in errors_of(data_dir) if "url" in e] == [
        "sources/wire-2011-09-15-2.yaml:6: url: the same address as "
        f"{data_dir}/sources/wire-2011-09-15.yaml: one article is one source",
        "sources/wire-2011-09-15.yaml:6: url: the same address as "
        f"{data_dir}/sources/wire-2011-09-15-2.yaml: one article is one source",
    ]


def test_an_id_that_breaks_the_rule_is_told_the_rule(data_dir: Path) -> None:
    edit(data_dir, "events/summit.yaml", "id: summit", "id: Summit")
    assert errors_of(data_dir)[0] == (
        "events/summit.yaml:1: id: expected an id: lower-case letters, digits and single "
        "hyphens, e.g. 'ana-lindqvist', found 'Summit'"
    )


def test_a_weekend_names_its_saturday(data_dir: Path) -> None:
    edit(data_dir, "events/summit.yaml", "precision: week", "precision: weekend")
    assert errors_of(data_dir) == [
        "events/summit.yaml:3: when: precision 'weekend' needs date on a Saturday, found Monday"
        " 2011-09-26: the Saturday before is 2011-09-24"
    ]


def test_a_source_not_online_says_why_instead_of_an_address(data_dir: Path) -> None:
    source = "sources/wire-2011-09-15.yaml"
    edit(
        data_dir,
        source,
        "url: https://news.example.org/2011/09/15/minister-rejects-criticism?id=1&lang=en\n",
        "",
    )
    assert errors_of(data_dir) == [
        f"{source}:1: give the article's `url`, or, for a source that is not online, `offline`"
        " saying why (not both)"
    ]
    edit(data_dir, source, "republish: true", "republish: true\noffline: print edition only")
    assert errors_of(data_dir) == []
    page = rendered(data_dir, "sources/wire-2011-09-15.md")
    assert "Original\n:   not online: print edition only" in page
    assert "example.org" not in page


def test_an_event_dated_by_another_names_it(data_dir: Path) -> None:
    summit = "events/summit.yaml"
    edit(
        data_dir,
        summit,
        "source: wire-2011-09-15}",
        "source: wire-2011-09-15, relative_to: remark}",
    )
    assert errors_of(data_dir) == [
        f"{summit}:3: when.relative_to: unknown event 'remark' (did you mean: remarks?)"
    ]
    edit(data_dir, summit, "relative_to: remark}", "relative_to: remarks}")
    page = rendered(data_dir, "events/summit.md")
    assert ", counting from another event: [The minister&#39;s remarks](remarks.md)" in page


def test_five_mistakes_in_one_file_are_five_lines(data_dir: Path) -> None:
    # Two structural mistakes (an unknown field, a wrong type) and three that only the
    # references show (a paragraph out of range, an unknown actor, a quote not in its source).
    edit(data_dir, "events/remarks.yaml", "place: Islamabad", "place: Islamabad\nvenue: x")
    edit(data_dir, "events/remarks.yaml", "title: The minister's remarks", "title: [a, list]")
    edit(
        data_dir,
        "events/remarks.yaml",
        "cite:\n  - {source: wire-2011-09-15, paragraphs: [1]}",
        "cite:\n  - {source: wire-2011-09-15, paragraphs: [9]}",
    )
    edit(data_dir, "events/remarks.yaml", "{actor: minister,", "{actor: ministr,")
    edit(data_dir, "events/remarks.yaml", "text: out of line.", "text: out of step.")
    errors = errors_of(data_dir)
    assert [e.split(": ")[1] for e in errors] == [
        "title",
        "venue",
        "participants[0].actor",
        "quotes[0].text",
        "cite[0].paragraphs[0]",
    ]


# --- issue #28: drafts, placeholders, impossible dates and acknowledged warnings -----------


def warnings_of(data_dir: Path) -> list[str]:
    """The warnings `check` prints, with paths relative to data_dir."""
    records, unreadable = read_all(data_dir)
    explainer = validate(records, unreadable=unreadable)
    found = find_gaps(explainer, data_dir, read=records)
    return [str(g).removeprefix(f"{data_dir}/") for g in found]


def test_a_draft_mark_and_a_placeholder_are_warnings(data_dir: Path) -> None:
    edit(data_dir, "events/remarks.yaml", "title: The minister's remarks", "title: TODO")
    edit(data_dir, "events/remarks.yaml", "role: made the remarks", "role: TODO say how")
    edit(data_dir, "actors/ministry.yaml", "id: ministry", "id: ministry\ndraft: kind guessed")
    assert warnings_of(data_dir) == [
        "actors/ministry.yaml:2: draft: kind guessed (confirm it, then delete `draft`)",
        "events/remarks.yaml:2: TODO left in title, participants[0].role: replace it",
    ]


def test_a_todo_in_an_articles_words_is_no_placeholder_unless_it_starts_a_paragraph(
    data_dir: Path,
) -> None:
    source = "sources/wire-2011-09-15.yaml"
    edit(data_dir, source, "The group denies any role.", "The group's TODO list is long.")
    assert warnings_of(data_dir) == []
    edit(data_dir, source, "The group's TODO list is long.", "TODO paragraph")
    assert warnings_of(data_dir) == [
        "sources/wire-2011-09-15.yaml:14: TODO left in paragraphs[1].text: replace it"
    ]


def test_an_outlets_correction_needs_no_citation(data_dir: Path) -> None:
    """New user 12 added an outlet's correction by hand, and `check` asked for a citation
    of a paragraph every source page shows."""
    with open(data_dir / "sources" / "wire-2011-09-15.yaml", "a") as source:
        source.write(
            "  - n: 4\n    label: correction\n    text: An earlier version misspelt a name.\n"
            "  - n: 5\n    text: A paragraph nothing cites.\n"
        )
    uncited = [w for w in warnings_of(data_dir) if "cited by no record" in w]
    assert len(uncited) == 1 and "paragraph 5 is cited" in uncited[0]


def test_a_happened_event_after_its_sources_is_a_warning(data_dir: Path) -> None:
    edit(data_dir, "events/summit.yaml", "status: scheduled\n", "")
    assert warnings_of(data_dir) == [
        "events/summit.yaml:3: when: 2011-09-26 is after its sources were published (the latest"
        " on 2011-09-15), yet its status is `happened`: is it `scheduled`, or the date mistyped?"
    ]


def test_a_scheduled_event_whose_day_the_newest_source_has_passed_is_a_warning(
    data_dir: Path,
) -> None:
    edit(
        data_dir,
        "events/summit.yaml",
        "date: 2011-09-26, precision: week",
        "date: 2011-09-12, precision: day",
    )
    assert warnings_of(data_dir) == [
        "events/summit.yaml:4: status: `scheduled`, but its last day (2011-09-12) is before the"
        " newest source (wire-2011-09-15, 2011-09-15): did it happen (`status: happened`, citing"
        " the source that says so), move (a new `when`), or was it put off (`status: postponed`)"
        " or called off (`status: cancelled`)?"
    ]
    edit(
        data_dir,
        "events/summit.yaml",
        "status: scheduled",
        "status: scheduled\nacknowledged: [{warning: overdue, reason: called off}]",
    )
    assert warnings_of(data_dir) == []


def test_a_plan_is_overdue_only_once_its_last_day_is_past_and_check_notes_it_by_today(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # the week of 12 September 2011 runs to the 18th: the source of the 15th is within it
    edit(data_dir, "events/summit.yaml", "date: 2011-09-26", "date: 2011-09-12")
    assert warnings_of(data_dir) == []
    # by today, every plan of 2011 is past: `check` notes it, and --strict does not refuse it
    with caplog.at_level(logging.INFO, "generator"):
        assert main(["check", "--data", str(data_dir), "--strict"]) == 0
    said = "note: summit is still `scheduled` for 2011-09-18 at the latest, before today"
    assert said in caplog.text
    caplog.clear()
    edit(data_dir, "events/summit.yaml", "status: scheduled", "status: postponed")
    with caplog.at_level(logging.INFO, "generator"):
        assert main(["check", "--data", str(data_dir), "--strict"]) == 0
    assert "note:" not in caplog.text


def test_an_acknowledged_warning_passes_strict_and_a_stale_one_is_named(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(data_dir, "disputes/group-role.yaml", "events: [summit, remarks]", "events: [summit]")
    edit(
        data_dir,
        "events/remarks.yaml",
        "id: remarks",
        "id: remarks\nacknowledged:\n  - {warning: in-no-dispute, reason: background only}",
    )
    assert warnings_of(data_dir) == []
    assert main(["check", "--strict", "--data", str(data_dir), "-q"]) == 0
    edit(data_dir, "disputes/group-role.yaml", "events: [summit]", "events: [summit, remarks]")
    assert warnings_of(data_dir) == [
        "events/remarks.yaml:2: acknowledged: `in-no-dispute` is no longer warned of here (delete it)"
    ]


def test_a_draft_or_a_placeholder_cannot_be_acknowledged(data_dir: Path) -> None:
    edit(
        data_dir,
        "events/remarks.yaml",
        "id: remarks",
        "id: remarks\nacknowledged: [{warning: placeholder, reason: later}]",
    )
    assert errors_of(data_dir) == [
        "events/remarks.yaml:2: acknowledged[0].warning: expected 'uncited', 'in-no-dispute',"
        " 'future-date', 'overdue', 'mixed-scripts', 'look-alike-name' or 'other-side', found 'placeholder'"
    ]


def test_an_address_unknown_is_neither_a_url_nor_offline(data_dir: Path) -> None:
    source = "sources/wire-2011-09-15.yaml"
    edit(data_dir, source, "republish: true", "republish: true\naddress_unknown: true")
    assert errors_of(data_dir) == [
        f"{source}:1: `address_unknown: true` is for a source with neither `url` nor `offline`:"
        " delete it, or them"
    ]
    edit(
        data_dir,
        source,
        "url: https://news.example.org/2011/09/15/minister-rejects-criticism?id=1&lang=en\n",
        "",
    )
    assert errors_of(data_dir) == []


def test_a_draft_record_shows_as_one_on_its_page(data_dir: Path) -> None:
    edit(
        data_dir,
        "actors/minister.yaml",
        "name: The Minister\n",
        "name: The Minister\ndraft: role guessed\n",
    )
    page = rendered(data_dir, "actors/minister.md")
    assert '!!! warning "Draft"\n    Not yet confirmed by an editor: role guessed\n' in page
    assert "Draft" not in rendered(data_dir, "actors/ministry.md")


def test_a_citation_of_one_of_two_sources_of_an_outlet_names_its_date(data_dir: Path) -> None:
    source = data_dir / "sources" / "wire-2011-09-15.yaml"
    assert "(Example Wire <a" in rendered(data_dir, "actors/minister.md")
    second = (
        source.read_text(encoding="utf-8")
        .replace("id: wire-2011-09-15", "id: wire-2011-09-16")
        .replace("?id=1", "?id=2")  # another article
    )
    (data_dir / "sources" / "wire-2011-09-16.yaml").write_text(
        second.replace("published: 2011-09-15", "published: 2011-09-16").replace(
            "outlet: Example Wire",
            "outlet: THE  example wire",  # as another page spells it
        ),
        encoding="utf-8",
    )
    page = rendered(data_dir, "actors/minister.md")
    assert "(Example Wire, 15 September 2011 <a" in page  # the other is the 16th's


def test_a_citation_of_one_of_two_sources_of_an_outlet_and_day_names_its_headline(
    data_dir: Path,
) -> None:
    source = data_dir / "sources" / "wire-2011-09-15.yaml"
    second = (
        source.read_text(encoding="utf-8")
        .replace("id: wire-2011-09-15", "id: wire-2011-09-15-evening")
        .replace("?id=1", "?id=2")  # another article
    )
    (data_dir / "sources" / "wire-2011-09-15-evening.yaml").write_text(
        second.replace("headline: Minister rejects criticism", "headline: Talks *resume*"),
        encoding="utf-8",
    )
    page = rendered(data_dir, "actors/minister.md")
    # the same outlet and day: only the headline tells them apart
    assert "(Example Wire, 15 September 2011, “Minister rejects criticism” <a" in page


def test_a_reason_for_no_citation_that_a_citation_made_untrue_is_a_warning(
    data_dir: Path,
) -> None:
    edit(
        data_dir,
        "sources/wire-2011-09-15.yaml",
        "  - n: 2\n    text: The group denies any role.\n",
        "  - n: 2\n    text: The group denies any role.\n    uncited_reason: background\n",
    )
    assert warnings_of(data_dir) == [
        "sources/wire-2011-09-15.yaml:15: paragraph 2 gives an uncited_reason, yet a record"
        " cites it: delete the reason (or the citation)"
    ]


def test_an_actor_whose_words_are_on_a_side_they_do_not_hold_sees_that_side(
    data_dir: Path,
) -> None:
    assert "No recorded positions." in rendered(data_dir, "actors/minister.md")
    edit(
        data_dir,
        "disputes/group-role.yaml",
        "cite:\n  - {source",
        "      - speaker: minister\n        kind: paraphrase\n        text: The group had no role."
        "\n        cite: {source: wire-2011-09-15, paragraphs: [1]}\ncite:\n  - {source",
    )
    page = rendered(data_dir, "actors/minister.md")
    assert "No recorded positions." not in page
    assert (
        "It had no role (their words are placed on this side; not recorded as holding it)" in page
    )
    assert "(their words are placed" not in rendered(data_dir, "actors/the-group.md")


def test_a_claim_on_the_side_its_speaker_does_not_hold_is_warned_of(data_dir: Path) -> None:
    """New user 10 filed a company's claim under the side that the permit should be
    withdrawn, which the company opposes, and `check --strict` said nothing."""
    other_side = (
        "cite:\n  - {source: wire-2011-09-15",
        "  - stance: It had a role\n    actors: [minister]\n    claims:\n"
        "      - speaker: the-group\n        kind: paraphrase\n"
        "        text: The group denies any role.\n"
        "        cite: {source: wire-2011-09-15, paragraphs: [2]}\n"
        "cite:\n  - {source: wire-2011-09-15",
    )
    edit(data_dir, "disputes/group-role.yaml", *other_side)
    (warning,) = warnings_of(data_dir)
    assert warning.startswith("disputes/group-role.yaml:17: positions[1].claims[0]: the-group")
    assert "holds the side “It had no role”, but this claim backs “It had a role”" in warning
    edit(
        data_dir,
        "disputes/group-role.yaml",
        "status: open",
        "status: open\nacknowledged: [{warning: other-side, reason: the group concedes it}]",
    )
    assert warnings_of(data_dir) == []
