"""
How the programme's link tables are indexed: each link (an event's film, guest or tag) is found
from either side, and each index holds both ids, so that the listing reads a page's links and a
text search's counts from the indexes alone (docs/benchmarks.md, session 5).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.factories import FilmFactory, PersonFactory, ScreeningFactory
from archive.programme.listing.filters import ProgrammeFilter

LINKS = {
    "archive_screeningfilm": ("screening_id", "film_id"),
    "archive_screeningguest": ("screening_id", "person_id"),
    "archive_screeningtag": ("content_object_id", "tag_id"),
}


def indexes_of(table):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return [
        tuple(constraint["columns"])
        for constraint in constraints.values()
        if constraint["index"] and not constraint["primary_key"]
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("table", list(LINKS))
def test_each_link_is_indexed_from_both_sides_without_a_redundant_index(table):
    event, record = LINKS[table]
    indexes = indexes_of(table)
    assert (event, record) in indexes
    assert (record, event) in indexes
    assert (event,) not in indexes  # a prefix of (event, record): it would only slow writes


@pytest.mark.django_db
def test_a_text_search_reads_its_events_links_from_the_indexes_alone(site_pages):
    director, guest = PersonFactory(name="Agnès Varda"), PersonFactory(name="Chantal Akerman")
    for _ in range(3):
        ScreeningFactory(
            films=[FilmFactory(title="Le Bonheur", directors=[director])],
            guests=[guest],
            tag_names=["occupation"],
        )
    search = ProgrammeFilter({"q": "bonheur"})
    with CaptureQueriesContext(connection) as queries:
        rows = search.count_rows()
    assert rows["person"][0][1] == 3 and len(rows["person"]) == 2
    # PostgreSQL plans tables this small as scans: its indexes are checked by the test above.
    if connection.vendor == "sqlite":
        counting = queries.captured_queries[-1]  # after the programme version
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {counting['sql']}")
            plan = " ".join(row[3] for row in cursor.fetchall())
        for index in ("archive_scrfilm_event", "archive_scrguest_event", "archive_scrtag_event"):
            assert f"USING COVERING INDEX {index} " in plan, plan
