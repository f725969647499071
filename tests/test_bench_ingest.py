"""The scorer behind bench/ingest.py's date figures, on a TimeML document written here:
a figure is only as true as the code that counts it. (The bench itself reads public
corpora and is run by hand, never by the test suite; only its part on our own articles
runs here, as a guard.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bench.date_baseline import dateparser_dates
from bench.ingest import own_data, read_timeml, score_dates, timex_value
from generator.ingest.dates import find_dates

DOCUMENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>harbour</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-06" temporalFunction="false"
functionInDocument="CREATION_TIME">March 6, 1998</TIMEX3></DCT>
<TEXT>
The harbour board voted <TIMEX3 tid="t1" type="DATE" value="1998-03-05">Thursday</TIMEX3>
to close the old pier.

It will reopen in <TIMEX3 tid="t2" type="DATE" value="1998-06">June</TIMEX3>, and
<TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3> the ferries use the
<TIMEX3 tid="t4" type="DATE" value="1997">1997</TIMEX3> quay, officials said.
</TEXT>
</TimeML>
"""


def test_a_timeml_document_is_read_into_its_date_paragraphs_and_values(tmp_path: Path) -> None:
    path = tmp_path / "harbour.tml"
    path.write_text(DOCUMENT, encoding="utf-8")
    published, paragraphs, timexes = read_timeml(path)
    assert published == dt.date(1998, 3, 6)
    assert [text.strip() for _, text in paragraphs] == [
        "The harbour board voted Thursday to close the old pier.",
        "It will reopen in June, and now the ferries use the 1997 quay, officials said.",
    ]

    def words(start: int, end: int) -> str:  # offsets are of the whole text
        offset, text = max((o, t) for o, t in paragraphs if o <= start)
        return text[start - offset : end - offset]

    assert [(words(s, e), value) for s, e, value in timexes] == [
        ("Thursday", "1998-03-05"),
        ("June", "1998-06"),
        ("now", "PRESENT_REF"),
        ("1997", "1997"),
    ]


def test_only_concrete_values_count_and_a_wrong_value_is_a_miss_and_a_false_find(
    tmp_path: Path,
) -> None:
    path = tmp_path / "harbour.tml"
    path.write_text(DOCUMENT, encoding="utf-8")
    scored = score_dates([path])
    # three concrete values (not "now"); ingest finds each with its value
    assert (scored["gold"], scored["found"], scored["right"]) == (3, 3, 3)
    wrong = tmp_path / "wrong.tml"
    wrong.write_text(DOCUMENT.replace('value="1998-06"', 'value="1998-07"'), encoding="utf-8")
    scored = score_dates([wrong])
    assert (scored["gold"], scored["found"], scored["right"]) == (3, 3, 2)
    assert scored["wrong"] == ["wrong 1998-03-06 “in June” 1998-06 (TimeML: 1998-07)"]
    assert scored["f1"] == round(2 * (2 / 3) * (2 / 3) / (4 / 3), 3)


def test_the_library_baseline_reports_dates_as_ingest_does() -> None:
    found = dateparser_dates(["The board voted on 5 March 1998 to close it."], dt.date(1998, 3, 6))
    assert [(g.words, g.date, g.precision) for g in found] == [
        ("on 5 March 1998", dt.date(1998, 3, 5), "day")
    ]


def test_a_time_of_day_is_no_date_value_the_measure_scores() -> None:
    """ "This morning" is a day to an explainer but a TIME to TimeML ("1998-03-06TMO"): the
    scorer leaves it out, as it leaves out TimeML's TIME gold."""
    morning, tuesday = find_dates(
        ["Police cleared the camp this morning, as they had on Tuesday."], dt.date(1998, 3, 6)
    )
    assert morning.date == dt.date(1998, 3, 6) and timex_value(morning) is None
    assert timex_value(tuesday) == "1998-03-03"


def test_the_case_scorer_counts_a_wrong_speaker_and_a_wrong_date() -> None:
    from bench.cases import date_misses, speaker_misses

    said = ["Ana Ruiz, the mayor, spoke on Monday.", "“The pier will close in June,” she said."]
    right = {
        "style": "x",
        "paragraphs": said,
        "quote": "The pier will close",
        "speaker": "Ana Ruiz",
    }
    wrong = {**right, "speaker": "Tom Hale"}
    assert [m.split("'")[1] for m in speaker_misses([right, wrong])] == ["Tom Hale"]
    day = {"published": "2026-03-04", "sentence": "The vote is on Friday.", "expression": "Friday"}
    assert date_misses([{**day, "value": "2026-03-06"}]) == []
    assert len(date_misses([{**day, "value": "2026-02-27"}])) == 1


def test_our_own_articles_speakers_stay_right() -> None:
    """A guard, not a measure: every quotation of the explainer's own two articles keeps the
    speaker data/ gives it (a change for other stories once took one of them away)."""
    for result in own_data():
        right = result["quotes"]["right_speaker"]
        assert (right["hit"], result["quotes"]["wrong_speaker"]) == (right["total"], []), result[
            "file"
        ]
