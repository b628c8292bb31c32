"""
Generated leaflets read for real by Tesseract, then parsed: on clean scans at least 90 % of the
dates and 80 % of the titles are read right (docs/leaflets.md gives the full measure).
"""

import datetime

import pytest

from leaflets import samples
from leaflets.measuring import Score, score_of
from leaflets.parsing import Row
from leaflets.samples import Event
from tests.leaflets.scan_files import needs_ocr


@pytest.fixture(scope="module")
def clean_score():
    needs_ocr()
    return score_of(samples.sample_set(4))


def test_dates_are_read_right_on_clean_scans(clean_score):
    assert clean_score.recall("dates") >= 0.9
    assert clean_score.precision("dates") >= 0.9


def test_titles_are_read_right_on_clean_scans(clean_score):
    assert clean_score.recall("titles") >= 0.8
    assert clean_score.precision("titles") >= 0.8


def test_the_score_counts_what_is_missed_and_what_is_wrong():
    day = datetime.date(1995, 3, 14)
    events = [
        Event(day, None, "Beau travail", "Claire Denis", "France", 1999, ["Alice Diop"]),
        Event(day, None, "Xala", "Ousmane Sembène", "Sénégal", 1975, []),
    ]
    rows = [Row(date=day, title="BEAU TRAVAIL", director="Claire Dems", guests=["Alice Diop"])]
    score = Score()
    score.add(events, rows)
    assert (score.precision("titles"), score.recall("titles")) == (1.0, 0.5)
    assert (score.precision("dates"), score.recall("dates")) == (1.0, 0.5)
    assert (score.precision("directors"), score.recall("directors")) == (0.0, 0.0)
    assert (score.precision("guests"), score.recall("guests")) == (1.0, 1.0)
