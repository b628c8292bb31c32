"""Dates known to a year, a month or a day are shown at exactly that precision."""

import datetime

import pytest
from django.utils import translation

from base.dates import DatePrecision, PartialDate


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("1973", datetime.date(1973, 1, 1), DatePrecision.YEAR),
        ("2009-06", datetime.date(2009, 6, 1), DatePrecision.MONTH),
        ("2022-03-01", datetime.date(2022, 3, 1), DatePrecision.DAY),
    ],
)
def test_parses_each_precision_and_round_trips(text, date, precision):
    partial = PartialDate.parse(text)
    assert (partial.date, partial.precision) == (date, precision)
    assert partial.isoformat() == text


@pytest.mark.parametrize("text", ["73", "2009-6", "2022-02-30", "1 March 2022", ""])
def test_refuses_what_is_not_a_date(text):
    with pytest.raises(ValueError, match="date"):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("text", "fr", "en"),
    [
        ("1973", "1973", "1973"),
        ("2009-06", "juin 2009", "June 2009"),
        ("2022-03-01", "1 mars 2022", "March 1, 2022"),
    ],
)
def test_displays_in_the_active_language(text, fr, en):
    partial = PartialDate.parse(text)
    with translation.override("fr"):
        assert partial.display() == fr
    with translation.override("en"):
        assert partial.display() == en
