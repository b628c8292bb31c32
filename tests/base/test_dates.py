"""Dates known to a year, a month or a day are shown at exactly that precision."""

import datetime

import pytest
from django.utils import translation

from base.dates import DatePrecision, DateSpan, PartialDate, check_span


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


@pytest.mark.parametrize(
    ("start", "end", "fr", "en", "iso"),
    [
        ("2019", "2022", "2019–2022", "2019–2022", "2019/2022"),
        ("2019", "2022-03-01", "2019 – 1 mars 2022", "2019 – March 1, 2022", "2019/2022-03-01"),
        (
            "2022-01-31",
            "2022-03-01",
            "31 janvier 2022 – 1 mars 2022",
            "Jan. 31, 2022 – March 1, 2022",
            "2022-01-31/2022-03-01",
        ),
        ("2024-06-19", None, "19 juin 2024", "June 19, 2024", "2024-06-19"),
    ],
)
def test_a_span_is_a_range_at_each_end_s_precision(start, end, fr, en, iso):
    span = DateSpan(PartialDate.parse(start), end and PartialDate.parse(end))
    with translation.override("fr"):
        assert span.display() == fr
    with translation.override("en"):
        assert span.display() == en
    assert span.isoformat() == iso


@pytest.mark.parametrize(
    ("start", "end"),
    [("2022-03", "2022-02"), ("2022-03", "2022"), ("2022", "2022"), ("2022-03-02", "2022-03-01")],
)
def test_a_span_ends_after_it_starts(start, end):
    with pytest.raises(ValueError, match="does not come after"):
        check_span(PartialDate.parse(start), PartialDate.parse(end))
    check_span(PartialDate.parse("2019"), PartialDate.parse("2022-03-01"))
