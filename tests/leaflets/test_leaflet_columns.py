"""
A leaflet in two columns, read for real by Tesseract: each column's events come out whole and
in the order of the columns, never a line of one column run into the next column's.
"""

import pytest

from leaflets import ocr, samples
from leaflets.parsing import parse_lines
from tests.leaflets.scan_files import needs_ocr


@pytest.fixture(scope="module")
def two_columns():
    """A generated two-column leaflet of eight events (four a column) and the rows read."""
    needs_ocr()
    leaflet = samples.leaflet(1, columns=2, layout="classic", year=1995, month=3)
    rows = parse_lines(ocr.lines_of(ocr.read_words(leaflet.image)), year=leaflet.year)
    return leaflet, rows


def test_every_event_of_both_columns_is_read_right_in_the_columns_order(two_columns):
    leaflet, rows = two_columns
    assert len(leaflet.events) == 8
    assert [(row.date, row.time, row.title, row.director) for row in rows] == [
        (event.date, event.time, event.title, event.director) for event in leaflet.events
    ]
    assert [(row.country, row.film_year) for row in rows] == [
        (event.country, event.year) for event in leaflet.events
    ]
    assert [row.guests for row in rows] == [event.guests for event in leaflet.events]


def test_each_row_is_read_from_its_own_column(two_columns):
    leaflet, rows = two_columns
    middle = leaflet.image.width // 2
    first, second = rows[:4], rows[4:]
    assert all(row.region[2] < middle for row in first)
    assert all(row.region[0] > middle for row in second)
    for column in (first, second):
        assert all(a.region[3] <= b.region[1] for a, b in zip(column, column[1:], strict=False))
