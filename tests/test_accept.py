"""`explainer accept`: confirmed drafts into data/, updates that keep a file's layout, and
nothing written when data/ would be wrong. On the river story, never the Haqqani one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from test_ingest import RIVER_ARTICLE, ingest, river_drafts, write

from generator.cli import main


def accept(drafts: Path, data: Path, *more: str) -> int:
    return main(["accept", str(drafts), "--data", str(data), *more])


def confirm(path: Path) -> None:
    """What the editor does: delete the `draft:` line(s) of a draft file."""
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^( *-? *)draft: .*\n(?: {2,}\S.*\n)*", r"\1", text))


def snapshot(data: Path) -> dict[str, str]:
    return {str(p.relative_to(data)): p.read_text() for p in sorted(data.rglob("*.yaml"))}


def test_nothing_confirmed_writes_nothing_and_says_what_is_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, drafts = river_drafts(tmp_path)
    capsys.readouterr()
    before = snapshot(data)
    assert accept(drafts, data) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": not confirmed")[0] for line in out] == [
        f"left {drafts}/sources/delta-2.yaml",
        f"left {drafts}/actors/ines-kovac.yaml",
        f"left {drafts}/events/emil-varga-said-that-measurements-proved.yaml",
        f"left {drafts}/updates/events/emergency-meeting.yaml",
        f"left {drafts}/quotes.yaml: quotes[0] “The Tri-River Commission met on Monday a”",
        f"left {drafts}/quotes.yaml: quotes[1] “We will publish every measurement”",
        f"left {drafts}/quotes.yaml: quotes[2] “Belmark's foreign minister Emil Varga sa”",
        f"left {drafts}/quotes.yaml: quotes[3] “The numbers speak for themselves”",
        f"left {drafts}/quotes.yaml: quotes[4] “Arland's water minister Dana Roth reject”",
        f"left {drafts}/quotes.yaml: quotes[5] “Arland keeps its word”",
        f"0 written, 0 updated, 10 left in {drafts}",
    ]
    assert out[1] == (
        f"left {drafts}/actors/ines-kovac.yaml: not confirmed (draft: the article names “its"
        " chair Ines Kovac”: check the name and kind; role: the words before the name, or"
        " after it between commas; description proposed from where the article quotes them:"
        " rewrite it)"
    )
    assert snapshot(data) == before


def test_confirmed_drafts_are_written_and_updates_keep_the_files_layout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, drafts = river_drafts(tmp_path)
    meeting = data / "events" / "emergency-meeting.yaml"
    meeting.write_text("# Announced in the first article.\n" + meeting.read_text())
    for name in ("sources/delta-2.yaml", "updates/events/emergency-meeting.yaml"):
        confirm(drafts / name)
    quotes = (drafts / "quotes.yaml").read_text()
    (drafts / "quotes.yaml").write_text(
        quotes.replace(
            "  - draft: speaker guessed (“…,” X said) from “Roth”; place guessed\n    to:",
            "  - to:",
        )
    )
    capsys.readouterr()
    assert accept(drafts, data) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line for line in out if not line.startswith("left")] == [
        f"wrote {data}/sources/delta-2.yaml",
        f"updated {data}/events/emergency-meeting.yaml: cites delta-2 ¶1; status is now"
        " happened; when is now 2025-06-16 (day, “on Monday”)",
        f"updated {data}/disputes/does-the-filling-break-the-treaty.yaml: a quote added to"
        " positions[1].claims",
        # new user 10 changed a published date on the review screen, and nothing said so
        f"to do {data}/events/emergency-meeting.yaml: its date changed with no note in"
        " `changes`: readers of a published page are owed one (a correction, or an update"
        " with news); `explainer diff REF --strict` refuses the change until it has one",
        f"1 written, 2 updated, 7 left in {drafts}",
    ]
    assert meeting.read_text() == (
        "# Announced in the first article.\n"
        "id: emergency-meeting\n"
        "title: Emergency meeting of the commission\n"
        "when: {date: 2025-06-16, precision: day, basis: on Monday, source: delta-2}\n"
        "status: happened\n"
        "participants:\n"
        "  - {actor: tri-river-commission, role: meets}\n"
        "  - {actor: corvina, role: asked for the meeting}\n"
        "summary: The commission is to meet at Corvina's request.\n"
        "cite: [{source: delta-post-2025-06-12, paragraphs: [4]}, {source: delta-2,"
        " paragraphs: [1]}]\n"
    )
    # What was written left the drafts, without ingest's comments; what was not stays.
    assert not (drafts / "sources" / "delta-2.yaml").exists()
    written = (data / "sources" / "delta-2.yaml").read_text()
    assert "#" not in written and yaml.safe_load(written)["id"] == "delta-2"
    left = yaml.safe_load((drafts / "quotes.yaml").read_text())["quotes"]
    assert [(q["claim"]["speaker"], q["claim"]["kind"]) for q in left] == [
        ("ines-kovac", "paraphrase"),
        ("ines-kovac", "quote"),
        ("emil-varga", "paraphrase"),
        ("emil-varga", "quote"),
        ("dana-roth", "paraphrase"),
    ]
    assert main(["check", "--data", str(data), "-q"]) == 0


def test_all_writes_every_draft_with_its_mark_and_strict_refuses_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, drafts = river_drafts(tmp_path)
    capsys.readouterr()
    assert accept(drafts, data, "--all") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == (
        f"3 written, 2 updated, 0 left in {drafts} (nothing is left: the folder is removed)"
    )
    # What is valid but still a placeholder is said now, not first by the next `check`.
    assert out[-2] == (
        f"to do {data}/events/emil-varga-said-that-measurements-proved.yaml:11: TODO left in"
        " participants[0].role, participants[1].role: replace it"
    )
    assert not drafts.exists()  # its REVIEW.md and empty folders went with the last draft
    meeting = yaml.safe_load((data / "events" / "emergency-meeting.yaml").read_text())
    assert meeting["draft"] == (
        "update from delta-2: same participants (corvina, tri-river-commission) and date window"
        " as “Emergency meeting of the commission”: confirm it is the same event; its date"
        " changes from 2025-06-16 (week, “due next week”) to 2025-06-16 (day, “on Monday” in"
        " ¶1); its title and summary tell it as planned: give new ones that say what happened;"
        " a quote placed by ingest: reported speech of “Ines Kovac”: rewrite the sentence as a neutral"
        " paraphrase; place guessed; a quote placed by ingest: speaker guessed (“…,” X said)"
        " from “Kovac”; place guessed"
    )
    assert [(q["kind"], q["text"][:20]) for q in meeting["quotes"]] == [
        ("paraphrase", "The Tri-River Commis"),  # her report of ¶1, to rewrite
        ("quote", "We will publish ever"),
    ]
    assert main(["check", "--data", str(data), "-q"]) == 0
    assert main(["check", "--strict", "--data", str(data), "-q"]) == 2
    assert not (drafts / "quotes.yaml").exists()  # every quotation placed: none twice


def test_a_record_data_has_already_is_refused_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, drafts = river_drafts(tmp_path)
    (data / "actors" / "ines-kovac.yaml").write_text("taken")
    before = snapshot(data)
    capsys.readouterr()
    assert accept(drafts, data, "--all") == 1
    assert capsys.readouterr().err == (
        f"error: {drafts}/actors/ines-kovac.yaml: {data}/actors/ines-kovac.yaml exists already:"
        " give the draft another id\n"
    )
    assert snapshot(data) == before


def test_data_that_would_be_wrong_is_named_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, drafts = river_drafts(tmp_path)
    quotes = drafts / "quotes.yaml"
    quotes.write_text(quotes.read_text().replace("Arland keeps its word", "Arland keeps faith"))
    before = snapshot(data)
    capsys.readouterr()
    assert accept(drafts, data, "--all") == 2
    err = capsys.readouterr().err.splitlines()
    assert (
        err[0].startswith(f"{data}/disputes/does-the-filling-break-the-treaty.yaml:")
        and "positions[1].claims[2].text" in err[0]  # after Roth's paraphrase, his quote
        and err[0].endswith(f"(once {quotes} is applied)")  # the file does not say it yet
    )
    assert err[-1] == "1 data error(s); nothing was written."
    assert snapshot(data) == before and (drafts / "sources" / "delta-2.yaml").exists()


def test_a_mistake_in_a_new_records_draft_is_named_at_the_drafts_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The copy accept validates holds a new record without its draft's comments: a
    mistake is named where the editor mends it, the draft's file and line, not a data/
    file that does not exist yet."""
    data, drafts = river_drafts(tmp_path)
    event = drafts / "events" / "emil-varga-said-that-measurements-proved.yaml"
    text = event.read_text()
    event.write_text(text.replace("precision: day", "precision: dai"))
    line = 1 + text.splitlines().index("  precision: day")
    capsys.readouterr()
    assert accept(drafts, data, "--all") == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"{event}:{line}: when.precision: expected 'day', 'weekend', 'week', 'month', 'year',"
        " 'range' or 'since', found 'dai'"
    )
    assert not (data / "events" / event.name).exists()


def test_a_place_that_is_no_place_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, drafts = river_drafts(tmp_path)
    quotes = drafts / "quotes.yaml"
    quotes.write_text(
        quotes.read_text().replace(
            "to: dispute:does-the-filling-break-the-treaty:2", "to: dispute:x"
        )
    )
    capsys.readouterr()
    assert accept(drafts, data, "--all") == 1
    assert capsys.readouterr().err == (
        f"error: {drafts}/quotes.yaml: to: 'dispute:x' is no place: event:ID, or dispute:ID:N"
        " (its Nth position)\n"
    )


def test_a_finished_draft_set_is_removed_only_if_nothing_of_anyones_is_left(tmp_path: Path) -> None:
    from generator.commands.accept import finish

    done = tmp_path / "done"
    (done / "events").mkdir(parents=True)
    (done / "REVIEW.md").write_text("# Review\n", encoding="utf-8")
    assert finish(done) and not done.exists()
    kept = tmp_path / "kept"
    (kept / "actors").mkdir(parents=True)
    (kept / "REVIEW.md").write_text("# Review\n", encoding="utf-8")
    (kept / "notes.txt").write_text("ask the desk about ¶4\n", encoding="utf-8")
    assert not finish(kept) and (kept / "notes.txt").is_file() and (kept / "REVIEW.md").is_file()


def test_claims_of_one_article_are_placed_in_its_reading_order(tmp_path: Path) -> None:
    data, drafts = river_drafts(tmp_path)
    for path in [*drafts.rglob("*.yaml")]:
        if path.name != "quotes.yaml":
            path.unlink()  # only the quotations, onto an event data/ has
    claims = [
        {"speaker": "corvina", "kind": "paraphrase", "text": f"Said in ¶{n}.", "cite": cite}
        for n in (3, 1, 4)
        for cite in [{"source": "delta-post-2025-06-12", "paragraphs": [n]}]
    ]
    (drafts / "quotes.yaml").write_text(
        yaml.safe_dump({"quotes": [{"to": "event:filling-begins", "claim": c} for c in claims]})
    )
    assert accept(drafts, data) == 0
    quotes = yaml.safe_load((data / "events" / "filling-begins.yaml").read_text())["quotes"]
    # the quotation data/ had (¶2) keeps its place; those added fall in around it
    assert [q["cite"]["paragraphs"] for q in quotes] == [[1], [2], [3], [4]]


def test_the_first_records_are_written_where_no_data_folder_is_left(tmp_path: Path) -> None:
    """New user 13 deleted the starter's examples with `git rm`, which took the emptied
    data/ with them; accepting the first draft then failed with a server error."""
    data = tmp_path / "data"  # none
    article = write(tmp_path, "sarn.txt", RIVER_ARTICLE)
    args = ["--published", "2025-06-18", "--outlet", "The Delta Post", "--id", "first"]
    assert ingest(article, *args, "--data", data, "--drafts", tmp_path / "drafts", "-q") == 0
    assert accept(tmp_path / "drafts" / "first", data, "--all") == 0
    assert (data / "sources" / "first.yaml").is_file()


def test_a_claim_data_has_already_is_not_added_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """New user 13 accepted a quotation of an article ingested again, and data/ held it
    twice."""
    data, drafts = river_drafts(tmp_path)
    quotes = (drafts / "quotes.yaml").read_text()
    assert accept(drafts, data, "--all") == 0
    again = tmp_path / "again" / "delta-2"
    again.mkdir(parents=True)
    (again / "quotes.yaml").write_text(quotes)
    before = snapshot(data)
    capsys.readouterr()
    assert accept(again, data, "--all") == 0
    assert snapshot(data) == before
    assert "already in quotes: not added again" in capsys.readouterr().out
