"""
The index follows the records: saving or deleting one updates its documents when the transaction
commits, `manage.py update_index` rebuilds everything and changes nothing when run again, and
a page of results costs the same number of queries however many records match.
"""

import io
from collections import defaultdict

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from archive.factories import (
    ArchiveImageFactory,
    FilmFactory,
    PersonFactory,
    ScreeningFactory,
    SeriesFactory,
    VenueFactory,
)
from oral_history.factories import InterviewPageFactory, TranscriptCueFactory
from oral_history.importing import replace_cues
from oral_history.models import InterviewPage
from search import signals
from search.engines import SQLiteEngine, get_engine
from search.indexing import bump_index_version, reindex
from search.models import SearchDocument


@pytest.fixture(autouse=True)
def index_on_commit(settings):
    """Index as the site does, once per transaction, rather than at once as the tests do."""
    settings.SEARCH_INDEX_ON_COMMIT = True


@pytest.fixture(autouse=True)
def nothing_scheduled():
    """Each test starts with no reindexing pending in this thread (see the rollback test)."""
    signals._state.pending = defaultdict(set)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what the block schedules for the end of its transaction, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def titles(client, query, path="/en/search/"):
    answer = client.get(path, {"q": query, "format": "json"}).json()
    return [(result["type"], result["title"]) for result in answer["results"]]


def snapshot():
    """Everything the index holds, without the ids the database gives its rows."""
    documents = {}
    for document in SearchDocument.objects.prefetch_related("facets"):
        key = (document.source, document.type, document.locale, document.start)
        documents[key] = (
            document.title,
            document.title_en,
            document.context,
            document.body,
            document.url,
            document.date,
            document.date_precision,
            document.speaker,
            document.audience,
            document.available_from,
            [list(pair) for pair in document.timings],
            sorted((f.name, f.value) for f in document.facets.all()),
        )
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid, title, body FROM {SQLiteEngine.table}")  # noqa: S608
            text = {row[0]: row[1:] for row in cursor.fetchall()}
        for document in SearchDocument.objects.all():
            key = (document.source, document.type, document.locale, document.start)
            documents[key] += (text.get(document.pk),)
    return documents


# Saving and deleting --------------------------------------------------------------------------


@pytest.mark.django_db
def test_saving_a_film_updates_it_and_the_events_that_showed_it(client, search_site, committed):
    with committed():
        film = FilmFactory(title="Zanzibar nights", slug="zanzibar-nights")
        ScreeningFactory(films=[film], notes="A packed house.")
    assert sorted(titles(client, "zanzibar")) == [
        ("film", "Zanzibar nights"),
        ("screening", "Zanzibar nights"),
    ]

    with committed():
        film.title = "Mombasa mornings"
        film.save()

    assert titles(client, "zanzibar") == []
    assert sorted(titles(client, "mombasa")) == [
        ("film", "Mombasa mornings"),
        ("screening", "Mombasa mornings"),
    ]


@pytest.mark.django_db
def test_a_rolled_back_save_does_not_stop_the_next_ones_from_being_indexed(
    client, search_site, committed
):
    with pytest.raises(RuntimeError), transaction.atomic():
        FilmFactory(title="Zanzibar never saved")
        raise RuntimeError("the form was invalid")

    with committed():
        FilmFactory(title="Mombasa saved")

    assert titles(client, "mombasa") == [("film", "Mombasa saved")]


@pytest.mark.django_db
def test_renaming_a_director_updates_the_films_and_events_that_name_them(
    client, search_site, committed
):
    with committed():
        director = PersonFactory(name="Ada Zanzibar", slug="ada-zanzibar")
        film = FilmFactory(title="The hall", directors=[director])
        ScreeningFactory(films=[film])
    assert sorted(titles(client, "zanzibar")) == [
        ("film", "The hall"),
        ("person", "Ada Zanzibar"),
        ("screening", "The hall"),
    ]

    with committed():
        director.name = "Ada Mombasa"
        director.save()

    assert titles(client, "zanzibar") == []
    assert len(titles(client, "mombasa")) == 3


@pytest.mark.django_db
def test_deleting_a_record_removes_its_documents(client, search_site, committed):
    with committed():
        person = PersonFactory(name="Zanzibar Guest", slug="zanzibar-guest")
        screening = ScreeningFactory(guests=[person], notes="Evening with a guest.")
    assert sorted(titles(client, "zanzibar")) == [
        ("person", "Zanzibar Guest"),
        ("screening", "Screening"),
    ]

    with committed():
        person.delete()
    assert [kind for kind, _title in titles(client, "evening guest")] == ["screening"]
    assert titles(client, "zanzibar") == []

    with committed():
        screening.delete()
    assert titles(client, "evening guest") == []
    assert not SearchDocument.objects.filter(source=f"archive.screening:{screening.pk}").exists()


@pytest.mark.django_db
def test_renaming_a_series_or_venue_renames_its_facet_everywhere(client, search_site, committed):
    with committed():
        series = SeriesFactory(title="Cycle zanzibar", slug="cycle-zanzibar")
        venue = VenueFactory(name="Salle zanzibar", slug="salle-zanzibar")
        ScreeningFactory(series=series, venue=venue, notes="Zanzibar evening.")

    with committed():
        series.title, series.title_en, series.slug = "Cycle Mombasa", "Mombasa season", "mombasa"
        series.save()
        venue.name, venue.slug = "Salle Mombasa", "salle-mombasa"
        venue.save()

    answer = client.get("/en/search/", {"q": "zanzibar evening", "format": "json"}).json()
    assert answer["facets"]["series"] == [
        {"value": "mombasa", "label": "Mombasa season", "count": 1, "selected": False}
    ]
    assert [option["value"] for option in answer["facets"]["venue"]] == ["salle-mombasa"]
    assert ("series", "Mombasa season") in titles(client, "mombasa")


@pytest.mark.django_db
def test_saving_and_deleting_a_photograph(client, search_site, committed):
    with committed():
        image = ArchiveImageFactory(title="Zanzibar façade")
    assert titles(client, "zanzibar") == [("media", "Zanzibar façade")]

    with committed():
        image.title = "Mombasa façade"
        image.save()
    assert titles(client, "mombasa") == [("media", "Mombasa façade")]

    with committed():
        image.delete()
    assert titles(client, "mombasa") == []


@pytest.mark.django_db
def test_publishing_and_deleting_a_page(client, search_site, site_pages, committed):
    parent = site_pages["oral_history"]["en"]
    with committed():
        page = InterviewPageFactory(parent=parent, locale=parent.locale, title="Zanzibar talk")
        page.save_revision().publish()
    assert titles(client, "zanzibar") == [("interview", "Zanzibar talk")]

    with committed():
        page.delete()
    assert titles(client, "zanzibar") == []


@pytest.mark.django_db
def test_changing_a_sections_address_updates_the_addresses_of_its_pages(
    client, search_site, site_pages, committed
):
    history = site_pages["history"]["en"]
    with committed():
        history.slug = "the-story"
        history.save_revision().publish()

    answer = client.get("/en/search/", {"q": "Frank-Forter", "format": "json"}).json()
    assert [result["url"] for result in answer["results"]] == [
        "http://testserver/en/the-story/1973-1989-founding/"
    ]


@pytest.mark.django_db
def test_adding_cues_to_an_interview_indexes_its_passages(
    client, search_site, site_pages, committed
):
    parent = site_pages["oral_history"]["en"]
    with committed():
        page = InterviewPageFactory(parent=parent, locale=parent.locale, title="A talk")
        page.save_revision().publish()
    with committed():
        TranscriptCueFactory(interview=page, position=0, start=3.0, text="The zanzibar hall.")

    assert titles(client, "zanzibar") == [("passage", "A talk")]


@pytest.mark.django_db
def test_importing_a_transcript_indexes_its_passages(client, search_site, committed):
    page = InterviewPage.objects.get(slug="demonstration", locale__language_code="en")
    cue = type("Cue", (), {"start": 1.0, "end": 4.0, "speaker": "GUEST", "text": "Zanzibar!"})

    with committed():
        replace_cues(page, [cue])

    assert titles(client, "zanzibar") == [("passage", "Demonstration: the interview player")]
    assert titles(client, "horodatage", "/en/search/") == []


# Rebuilding -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_update_index_rebuilds_the_index_from_nothing(client, search_site):
    before = snapshot()
    SearchDocument.objects.all().delete()
    with connection.cursor() as cursor:
        get_engine().clear(cursor)
    assert titles(client, "attica") == []

    out = io.StringIO()
    call_command("update_index", "--public-only", stdout=out, stderr=io.StringIO())

    assert f"Public search index: {len(before)} documents." in out.getvalue()
    assert snapshot() == before
    assert ("film", "Attica") in titles(client, "attica")


@pytest.mark.django_db
def test_running_update_index_again_changes_nothing(search_site):
    call_command("update_index", "--public-only", verbosity=0)
    first = snapshot()
    call_command("update_index", verbosity=0, stdout=io.StringIO(), stderr=io.StringIO())
    assert snapshot() == first


@pytest.mark.django_db
def test_reindexing_a_batch_writes_each_record_once(search_site):
    screenings = [ScreeningFactory(notes="zanzibar") for _n in range(5)]
    ids = [screening.pk for screening in screenings]
    reindex("archive.screening", ids)
    reindex("archive.screening", ids)
    assert SearchDocument.objects.filter(type="screening", object_id__in=ids).count() == 5


# The cost of a search -------------------------------------------------------------------------


def matching_records(count, start=0):
    venue = VenueFactory(name="Salle", slug="salle")
    series = SeriesFactory(title="Cycle", slug="cycle")
    records = []
    for n in range(start, start + count):
        director = PersonFactory(name=f"Zanzibar director {n}", slug=f"zanzibar-{n}")
        film = FilmFactory(title=f"Zanzibar film {n}", directors=[director])
        records.append(
            ScreeningFactory(
                films=[film], guests=[director], series=series, venue=venue, tag_names=["zz"]
            )
        )
    reindex("archive.person", [r.guest_links.get().person_id for r in records])
    reindex("archive.film", [r.film_links.get().film_id for r in records])
    reindex("archive.screening", [r.pk for r in records])


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{}, {"format": "json"}, {"type": "screening", "sort": "date"}])
def test_a_page_of_results_costs_no_more_queries_for_30_matches_than_for_3(
    client, search_site, django_assert_max_num_queries, params
):
    """
    With 3 matches the page reaches past the title matches and ranks the rest too; with 30 it
    is filled by title matches: a page's queries are bounded, whatever the number of matches.
    """
    matching_records(3)
    client.get("/en/search/", {"q": "zanzibar", **params})
    bump_index_version()  # answers are cached until the index changes: measure a fresh search
    with CaptureQueriesContext(connection) as few:
        response = client.get("/en/search/", {"q": "zanzibar", **params})
    assert response.status_code == 200

    matching_records(27, start=3)  # writing the index makes the cached answers stale

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/en/search/", {"q": "zanzibar", **params})
    assert b"zanzibar" in response.content.lower()


@pytest.mark.django_db
def test_suggestions_cost_the_same_queries_for_3_or_30_matches(
    client, search_site, django_assert_num_queries
):
    matching_records(3)
    with CaptureQueriesContext(connection) as few:
        client.get("/search/autocomplete/", {"q": "zanz", "lang": "en"})
    matching_records(27, start=3)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get("/search/autocomplete/", {"q": "zanz", "lang": "en"})
    assert len(response.json()["suggestions"]) == 8


@pytest.mark.django_db
def test_a_repeated_search_reads_its_answers_from_the_cache_until_the_index_changes(
    client, search_site, django_assert_max_num_queries
):
    matching_records(3)
    bump_index_version()
    client.get("/en/search/")  # the page's frame, remembered with the page tree
    before = client.get("/en/search/", {"q": "zanzibar", "format": "json"}).json()["total"]
    with CaptureQueriesContext(connection) as fresh:
        client.get("/en/search/", {"q": "zanzibar", "sort": "date"})
    with CaptureQueriesContext(connection) as repeated:
        client.get("/en/search/", {"q": "zanzibar", "sort": "date"})
    # the count with the facets, whether its one word is hot, the names of their values and the
    # ranked ids are not asked again
    assert len(repeated.captured_queries) == len(fresh.captured_queries) - 4

    matching_records(1, start=3)  # a screening, its film and its director
    after = client.get("/en/search/", {"q": "zanzibar", "format": "json"}).json()["total"]
    assert after == before + 3
