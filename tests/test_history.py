"""The explainer over time: dates from git, what changed, corrections and feeds, on a
fixture repository with a made history (three commits on fixed days), a shallow clone
of it, and a copy with no git at all."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import feedparser
import icalendar
import pytest

from generator.cli import main
from generator.commands.build import build_site, generate
from generator.records.history import read_history
from generator.records.updates import read_updates
from helpers import SMALL_DATA, edit, fixture_project

DAYS = ["2026-01-05T10:00:00+00:00", "2026-02-10T10:00:00+00:00", "2026-03-15T10:00:00+00:00"]


def git(repo: Path, *args: str, when: str = DAYS[0]) -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    return subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout


def commit(repo: Path, message: str, when: str) -> None:
    git(repo, "add", "-A", when=when)
    git(repo, "commit", "-qm", message, when=when)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The small fixture, published; then a new actor; then a corrected quote and a date
    refined, with change notes."""
    repo = tmp_path / "repo"
    fixture_project(repo, repo / "data")
    shutil.copytree(SMALL_DATA, repo / "data")
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "first", DAYS[0])
    (repo / "data" / "actors" / "envoy.yaml").write_text(
        "id: envoy\nname: The Envoy\nkind: person\ndescription: An envoy.\n"
        "cite:\n  - {source: wire-2011-09-15, paragraphs: [1]}\n"
    )
    commit(repo, "second", DAYS[1])
    data = repo / "data"
    edit(
        data,
        "events/summit.yaml",
        "precision: week, basis: next week",
        "precision: week, basis: the week after",
    )
    with open(data / "events" / "summit.yaml", "a") as record:
        record.write(
            "changes:\n  - {date: 2026-03-15, note: The week was misread., correction: true}\n"
        )
    commit(repo, "third", DAYS[2])
    return repo


def test_record_dates_are_their_files_first_and_last_commits(repo: Path) -> None:
    history = read_history(repo / "data")
    assert [c.time.date().isoformat() for c in history.commits] == [
        "2026-03-15",
        "2026-02-10",
        "2026-01-05",
    ]
    summit = history.dates_of("events/summit.yaml")
    assert (summit.first, summit.last) == (dt.date(2026, 1, 5), dt.date(2026, 3, 15))
    envoy = history.dates_of("actors/envoy.yaml")
    assert (envoy.first, envoy.last) == (dt.date(2026, 2, 10), dt.date(2026, 2, 10))


def test_each_update_is_summed_up_in_a_readers_words(repo: Path) -> None:
    updates = read_updates(read_history(repo / "data"), repo / "data")
    assert [u.summary for u in updates] == [
        "Summit: correction: The week was misread.",
        "Added The Envoy",
        "New source: Example Wire, 15 September 2011; Added The Minister; Added The Ministry;"
        " Added The Group; New event: The minister's remarks; New event: Summit; New question:"
        " Did the group have a role?",
    ]
    assert updates[0].items[0].correction


def test_the_pages_say_what_changed_and_what_was_corrected(repo: Path) -> None:
    paths = fixture_project(repo, repo / "data")
    generate(paths)
    changes = (repo / "docs" / "changes" / "index.md").read_text()
    assert changes.index("15 March 2026") < changes.index("10 February 2026")
    assert "- Added [The Envoy](../actors/envoy.md)" in changes
    assert "- **Correction.** [Summit](../events/summit.md)&#58; The week" in changes
    corrections = (repo / "docs" / "changes" / "corrections.md").read_text()
    assert "| 15 March 2026 | [Summit](../events/summit.md) | The week was misread&#46; |" in (
        corrections
    )


def test_a_record_page_gives_its_dates_corrections_and_changes(repo: Path) -> None:
    paths = fixture_project(repo, repo / "data")
    generate(paths)
    page = (repo / "docs" / "events" / "summit.md").read_text()
    history = page[page.index("## History") : page.index("## Referenced by")]
    assert history == (
        "## History { #history data-search-exclude }\n\n"
        "First published\n:   5 January 2026\n\n"
        "Last changed\n:   15 March 2026\n\n"
        "**Corrections**\n\n- 15 March 2026: The week was misread&#46;\n\n"
        # the correction is said once, not again among the recent changes (new user 12)
        "Recent changes (see [What changed](../changes/index.md)):\n\n"
        "- 5 January 2026: added\n\n"
    )


def test_a_shallow_clone_knows_only_the_dates_it_holds(repo: Path, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(clone))
    history = read_history(clone / "data")
    envoy = history.dates_of("actors/envoy.yaml")  # only in the one commit fetched
    assert (envoy.first, envoy.last) == (None, None)
    assert read_updates(history, clone / "data") == []  # its parent is not here


def test_without_git_the_build_date_stands_for_every_date(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = tmp_path / "plain"
    shutil.copytree(repo / "data", plain / "data")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert read_history(plain / "data").dates_of("actors/envoy.yaml").first is None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    dates = read_history(plain / "data").dates_of("actors/envoy.yaml")
    assert (dates.first, dates.last) == (dt.date(2026, 1, 1), dt.date(2026, 1, 1))


def test_feeds_parse_back_and_point_at_the_sites_address(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITE_URL", "https://preview.example.org/pr-7/")
    paths = fixture_project(repo, repo / "data")
    config = paths.config.read_text().replace("site_url: ''", "site_url: !ENV [SITE_URL, '']")
    paths.config.write_text(config)
    generate(paths)
    build_site(paths)
    feed = feedparser.parse((paths.site / "feed.xml").read_bytes())
    assert not feed.bozo and feed.version == "atom10"
    assert [e.title for e in feed.entries][:2] == [
        "Summit: correction: The week was misread.",
        "Added The Envoy",
    ]
    assert feed.entries[1].content[0].value == (
        '<ul><li><a href="https://preview.example.org/pr-7/actors/envoy/">Added The Envoy</a>'
        "</li></ul>"
    )
    calendar = icalendar.Calendar.from_ical((paths.site / "events.ics").read_bytes())
    (summit,) = calendar.walk("VEVENT")  # the one scheduled event
    assert summit["DTSTART"].params["VALUE"] == "DATE"
    start, end = summit.decoded("DTSTART"), summit.decoded("DTEND")
    assert (start, end) == (dt.date(2011, 9, 26), dt.date(2011, 10, 3))  # the week, whole
    assert str(summit["URL"]) == "https://preview.example.org/pr-7/events/summit/"
    home = (paths.site / "index.html").read_text()
    assert (
        'rel="alternate" type="application/atom+xml" href="https://preview.example.org/pr-7/feed.xml"'
        in home
    )


def test_a_site_without_an_address_has_no_feeds(repo: Path) -> None:
    paths = fixture_project(repo, repo / "data")
    generate(paths)
    build_site(paths)
    assert not (paths.site / "feed.xml").exists() and not (paths.site / "events.ics").exists()
    assert 'rel="alternate"' not in (paths.site / "index.html").read_text()
    assert (paths.site / "open-data" / "updates.json").is_file()


def test_a_new_commit_renders_the_pages_again(repo: Path) -> None:
    paths = fixture_project(repo, repo / "data")
    generate(paths)
    (repo / "data" / "actors" / "spare.yaml").write_text(
        (repo / "data" / "actors" / "envoy.yaml")
        .read_text()
        .replace("envoy", "spare")
        .replace("The Envoy", "The Spare")
    )
    commit(repo, "fourth", "2026-04-01T10:00:00+00:00")
    assert main(["generate", "--data", str(paths.data), "--docs", str(paths.docs), "-q"]) == 0
    assert "1 April 2026" in (repo / "docs" / "changes" / "index.md").read_text()


def test_what_changed_gives_one_heading_a_day_and_a_change_once(repo: Path) -> None:
    for n in (1, 2):  # two commits that day, each revising the same summary
        edit(repo / "data", "events/summit.yaml", "summary: ", f"summary: Revised {n}. ")
        commit(repo, f"fourth {n}", "2026-03-15T12:00:00+00:00")
    paths = fixture_project(repo, repo / "data")
    generate(paths)
    changes = (repo / "docs" / "changes" / "index.md").read_text()
    assert changes.count("## 15 March 2026 { #2026-03-15 }") == 1
    assert changes.count("[Summit](../events/summit.md)&#58; summary revised") == 1


def test_the_starters_made_up_story_and_a_dates_wording_are_no_news(repo: Path) -> None:
    from generator.records.examples import from_starter

    starter = Path(__file__).resolve().parents[1] / "generator" / "starter" / "data"
    assert from_starter("example-ana-lindqvist")
    assert all(from_starter(path.stem) for path in starter.rglob("*.yaml"))
    data = repo / "data"
    # the starter's records arrive (as `explainer new` leaves them) and go
    examples = list(starter.rglob("*.yaml"))
    for path in examples:
        shutil.copy(path, data / path.parent.name)
    commit(repo, "with the starter's", "2026-03-16T10:00:00+00:00")
    for path in examples:
        (data / path.parent.name / path.name).unlink()
    edit(data, "events/summit.yaml", "basis: the week after", "basis: the following week")
    commit(repo, "examples deleted, a date's words changed", "2026-03-17T10:00:00+00:00")
    updates = read_updates(read_history(data), data)
    assert [u.summary for u in updates[:2]] == ["Summit: basis of the date changed"] + [
        "Summit: correction: The week was misread."
    ]


def test_an_editors_note_on_a_paragraph_is_not_the_outlet_changing_its_text(
    repo: Path,
) -> None:
    data = repo / "data"
    source = "sources/wire-2011-09-15.yaml"
    edit(data, source, "uncited_reason: byline", "uncited_reason: the byline, not a claim")
    commit(repo, "a reason reworded", "2026-03-16T10:00:00+00:00")
    edit(data, source, "The group denies any role.", "The group denied any role.")
    commit(repo, "the outlet's words mended", "2026-03-17T10:00:00+00:00")
    updates = read_updates(read_history(data), data)
    assert [u.summary for u in updates[:2]] == [
        "Minister rejects criticism: text changed",
        "Minister rejects criticism: editor's notes on the text changed",
    ]


def test_a_plan_put_off_is_told_as_such_everywhere(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = repo / "data"
    edit(data, "events/summit.yaml", "status: scheduled", "status: postponed")
    commit(repo, "fourth", "2026-03-20T10:00:00+00:00")
    monkeypatch.setenv("SITE_URL", "https://example.org/")
    paths = fixture_project(repo, data)
    config = paths.config.read_text().replace("site_url: ''", "site_url: !ENV [SITE_URL, '']")
    paths.config.write_text(config)
    assert main(["check", "--data", str(data), "--strict", "-q"]) == 0  # not overdue
    generate(paths)
    assert read_updates(read_history(data), data)[0].summary == "Summit: postponed"
    page = (paths.docs / "events" / "summit.md").read_text()
    assert "(postponed: it was due then; no new day is reported)" in page
    assert "https://schema.org/EventPostponed" in page
    assert (
        "Summit](../events/summit.md) (postponed)"
        in (paths.docs / "timeline" / "index.md").read_text()
    )
    build_site(paths)
    calendar = icalendar.Calendar.from_ical((paths.site / "events.ics").read_bytes())
    (summit,) = calendar.walk("VEVENT")  # still in the calendar, so subscribers see it off
    assert (str(summit["SUMMARY"]), str(summit["STATUS"])) == ("Postponed: Summit", "CANCELLED")


def test_a_correction_leads_its_update_in_the_feed_and_is_said_once_on_the_page(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = repo / "data"
    (data / "actors" / "aide.yaml").write_text(
        "id: aide\nname: The Aide\nkind: person\ndescription: An aide.\n"
        "cite:\n  - {source: wire-2011-09-15, paragraphs: [1]}\n"
    )
    with open(data / "actors" / "envoy.yaml", "a") as record:
        record.write("changes:\n  - {date: 2026-03-20, note: Not a minister., correction: true}\n")
    commit(repo, "fourth", "2026-03-20T10:00:00+00:00")
    monkeypatch.setenv("SITE_URL", "https://example.org/")
    paths = fixture_project(repo, data)
    config = paths.config.read_text().replace("site_url: ''", "site_url: !ENV [SITE_URL, '']")
    paths.config.write_text(config)
    generate(paths)
    changes = (paths.docs / "changes" / "index.md").read_text()
    assert "**Correction.** [The Envoy](../actors/envoy.md)&#58; Not a minister&#46;" in changes
    build_site(paths)
    feed = feedparser.parse((paths.site / "feed.xml").read_bytes())
    assert feed.entries[0].title == "The Envoy: correction: Not a minister.; Added The Aide"


def test_what_changed_names_records_as_they_are_now_and_never_a_removed_one(
    repo: Path,
) -> None:
    """A record taken down (a name published in error) is not published again by What
    changed or the feeds: its removal is said by kind, its earlier updates are gone, and a
    renamed record is listed under its name now, not the words it was corrected from."""
    data = repo / "data"
    (data / "actors" / "envoy.yaml").unlink()
    (data / "actors" / "the-group.yaml").unlink()  # two removals: two lines, not one
    for name in ("events/remarks.yaml", "disputes/group-role.yaml"):
        (data / name).unlink()  # they name the group
    minister = data / "actors" / "minister.yaml"
    minister.write_text(minister.read_text().split("relations:")[0])  # and so does this
    edit(data, "events/summit.yaml", "title: Summit", "title: Summit of ministers")
    commit(repo, "fourth", "2026-04-01T10:00:00+00:00")
    paths = fixture_project(repo, data)
    generate(paths)
    changes = (repo / "docs" / "changes" / "index.md").read_text()
    updates = (repo / "docs" / "open-data" / "updates.json").read_text()
    assert changes.count("- Removed an actor\n") == 2 and "Envoy" not in changes + updates
    assert "envoy" not in updates  # nor its id, made from its name
    assert "- New event&#58; [Summit of ministers](../events/summit.md)" in changes
    assert "- New event&#58; [Summit](" not in changes
