"""The researcher's listing: newest first, 50 a page, every filter with its counts."""

import datetime

import pytest
from django.core.cache import cache
from django.db import transaction
from django.utils import translation

from archive.factories import (
    FilmFactory,
    PersonFactory,
    ScreeningFactory,
    SeriesFactory,
    VenueFactory,
)
from archive.programme.listing.cache import bump_programme_version
from archive.programme.listing.filters import ProgrammeFilter
from archive.programme.models import ProgrammeVersion, Screening
from base.dates import DatePrecision
from search.signals import batch
from tests.html import one, soup, text


def rows(html):
    """
    The rows of the listing table, in order: (the address its event's name links to, the text of
    its date cell before the time).
    """
    cells = []
    for row in soup(html).select("tbody tr"):
        link = one(row, "td.programme__event").find(True)  # the cell opens with the event's link
        assert link.name == "a", row
        date = one(row, "td.programme__date").contents[0]
        cells.append((link["href"], date))
    return cells


def names(html):
    """The names of the events of the listing table, as their links read."""
    return [text(cell.a) for cell in soup(html).select("td.programme__event")]


def options(html, name):
    """{label: selected} of a filter's <select>."""
    select = one(soup(html), f'select#filter-{name}[name="{name}"]')
    choices = {}
    for option in select.find_all("option"):
        assert option.has_attr("value"), option
        choices[option.get_text().strip()] = option.has_attr("selected")
    return choices


def results_heading(html):
    """The text of the heading that counts the events found."""
    return one(soup(html), "h2#results-heading").get_text()


def guest(role):
    """(name, role) of a guest in a row: the link to the person, a space, "(role)"."""
    space = role.previous_sibling
    assert space == " ", role.parent
    link = space.previous_sibling
    assert link.name == "a", role.parent
    label = role.get_text()
    assert label.startswith("(") and label.endswith(")"), label
    return link.get_text(), label[1:-1]


@pytest.fixture(scope="class")
def programme_records(loaded_site, django_db_blocker):
    """Three events and their records, built once for the class and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        with batch():
            build_programme()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def programme(programme_records, site_pages):
    """The three events, with nothing cached."""
    cache.clear()
    return site_pages


def build_programme():
    Screening.objects.all().delete()
    denis = PersonFactory(name="Claire Denis", slug="claire-denis", roles=["director"])
    gonzalez = PersonFactory(name="Yann Gonzalez", slug="yann-gonzalez")
    attica = FilmFactory(title="Attica", slug="attica")
    beau = FilmFactory(title="Beau travail", slug="beau-travail", year=1999, directors=[denis])
    wall = VenueFactory(name="Le mur extérieur", name_en="The outside wall", slug="wall")
    clef = VenueFactory(name="La Clef", slug="la-clef-test")
    nightly = SeriesFactory(title="Séances du soir", title_en="Nightly screenings", slug="nightly")
    ScreeningFactory(
        date=datetime.date(2019, 5, 2),
        event_type="talk",
        films=[attica],
        guests=[(gonzalez, "guest")],
        series=nightly,
        venue=clef,
        tag_names=["occupation"],
        notes="A packed room.",
    )
    ScreeningFactory(
        date=datetime.date(2020, 4, 1),
        date_precision=DatePrecision.MONTH,
        event_type="open-air",
        films=[beau],
        venue=wall,
    )
    ScreeningFactory(
        date=datetime.date(1995, 1, 1),
        date_precision=DatePrecision.YEAR,
        event_type="performance",
        venue=clef,
    )


@pytest.mark.django_db
class TestListing:
    def test_lists_events_newest_first_with_their_films_and_guests(self, client, programme):
        html = client.get("/en/archive/").content.decode()
        assert [label for _url, label in rows(html)] == ["April 2020", "May 2, 2019", "1995"]
        assert results_heading(html) == "3 events"
        page = soup(html)
        assert ["Attica"] in [
            [cite.get_text() for cite in link.contents]
            for link in page.select('a[href="/en/archive/films/attica/"]')
            if all(child.name == "cite" for child in link.contents)
        ]
        assert "Yann Gonzalez" in [
            link.get_text() for link in page.select('a[href="/en/archive/people/yann-gonzalez/"]')
        ]
        beau = [film for film in page.select("span.programme__film") if film.cite]
        beau = [film for film in beau if film.cite.get_text() == "Beau travail"]
        assert [film.a.contents for film in beau] == [[beau[0].cite]]
        assert [film.a.next_sibling for film in beau] == [" (1999)"]
        assert beau[0].a.next_sibling.next_sibling["class"] == ["programme__by"]
        assert beau[0].a.next_sibling.next_sibling.get_text().startswith(" — Claire Denis")
        assert "The outside wall" in html

    def test_a_row_lists_films_directors_and_guests_in_the_editors_order(self, client, programme):
        straub, huillet = (
            PersonFactory(name="Jean-Marie Straub"),
            PersonFactory(name="Danièle Huillet"),
        )
        sicilia = FilmFactory(title="Sicilia!", year=1999, directors=[huillet, straub])
        attica = Screening.objects.get(films__slug="attica")
        for day in (3, 4):  # the same film twice on the page: its directors once in each row
            ScreeningFactory(
                date=datetime.date(2021, 1, day),
                films=[sicilia, attica.films.get()],
                guests=[(straub, "director"), (PersonFactory(name="A critic"), "moderator")],
            )
        html = client.get("/en/archive/").content.decode()
        row = soup(html).select("tr")[1]  # the newest event, under the header
        assert [cite.get_text() for cite in row.select("cite")] == ["Sicilia!", "Attica"]
        assert [by.get_text() for by in row.select("span.programme__by")] == [
            " — Danièle Huillet, Jean-Marie Straub"
        ]
        assert [guest(role) for role in row.select("span.programme__role")] == [
            ("Jean-Marie Straub", "director"),
            ("A critic", "moderator"),
        ]
        assert html.count("Danièle Huillet, Jean-Marie Straub") == 2

    def test_french_listing_shows_the_same_records_with_french_names(self, client, programme):
        html = client.get("/fr/archives/").content.decode()
        assert [label for _url, label in rows(html)] == ["avril 2020", "2 mai 2019", "1995"]
        assert rows(html)[1][0].startswith("/fr/archives/screenings/")
        assert "Le mur extérieur" in html

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("q=attica", ["May 2, 2019"]),
            ("q=packed", ["May 2, 2019"]),
            ("q=gonzalez", ["May 2, 2019"]),
            ("q=gonzález", ["May 2, 2019"]),
            ("q=claire+denis", ["April 2020"]),
            ("q=travail", ["April 2020"]),
            ("q=packed+rooms", ["May 2, 2019"]),
            ("q=nightly", ["May 2, 2019"]),
            ('q="attica', ["May 2, 2019"]),
            ("q=the", []),
            ("year=2020", ["April 2020"]),
            ("from=2019", ["April 2020", "May 2, 2019"]),
            ("to=2019-05", ["May 2, 2019", "1995"]),
            ("from=2019-05-03&to=2020-12-31", ["April 2020"]),
            ("type=performance", ["1995"]),
            ("series=nightly", ["May 2, 2019"]),
            ("venue=wall", ["April 2020"]),
            ("person=yann-gonzalez", ["May 2, 2019"]),
            ("person=claire-denis", ["April 2020"]),
            ("film=beau-travail", ["April 2020"]),
            ("tag=occupation", ["May 2, 2019"]),
            ("venue=la-clef-test&type=talk", ["May 2, 2019"]),
            ("film=no-such-film", []),
        ],
    )
    def test_each_filter(self, client, programme, query, expected):
        html = client.get(f"/en/archive/?{query}").content.decode()
        assert [label for _url, label in rows(html)] == expected

    def test_each_filter_shows_its_options_with_counts(self, client, programme):
        html = client.get("/en/archive/").content.decode()
        assert options(html, "year") == {
            "All years": False,
            "2020 (1)": False,
            "2019 (1)": False,
            "1995 (1)": False,
        }
        assert options(html, "type") == {
            "All event types": False,
            "Director talk / Q&A (1)": False,
            "Open-air screening (1)": False,
            "Performance (1)": False,
        }
        assert options(html, "venue") == {
            "All venues": False,
            "La Clef (2)": False,
            "The outside wall (1)": False,
        }
        assert options(html, "series") == {"All series": False, "Nightly screenings (1)": False}
        assert options(html, "person") == {
            "All people": False,
            "Claire Denis (1)": False,
            "Yann Gonzalez (1)": False,
        }
        assert options(html, "film") == {
            "All films": False,
            "Attica (1)": False,
            "Beau travail (1999) (1)": False,
        }
        assert options(html, "tag") == {"All tags": False, "occupation (1)": False}

    def test_counts_follow_the_other_filters_and_mark_the_chosen_option(self, client, programme):
        html = client.get("/en/archive/?venue=la-clef-test").content.decode()
        assert options(html, "venue") == {
            "All venues": False,
            "La Clef (2)": True,
            "The outside wall (1)": False,
        }
        assert options(html, "year") == {"All years": False, "2019 (1)": False, "1995 (1)": False}

    def test_an_invalid_filter_is_reported_and_ignored(self, client, programme):
        html = client.get("/en/archive/?from=spring").content.decode()
        assert "Some filters were not understood" in html
        assert "Give a year (1990), a month (1990-06) or a day (1990-06-21)." in html
        assert len(rows(html)) == 3

    def test_the_form_is_accessible_without_javascript(self, client, programme):
        page = soup(client.get("/en/archive/"))
        form = one(page, "form.archive-filters")
        assert (form["class"], form["method"], form["action"]) == (
            ["archive-filters"],
            "get",
            "/en/archive/",
        )
        assert "Filter the programme" in [legend.get_text() for legend in page.select("legend")]
        for name in ("q", "from", "to", "year", "type", "series", "venue", "person", "film", "tag"):
            assert page.select(f'label[for="filter-{name}"]')
        assert ("col", "Date") in [(th.get("scope"), th.get_text()) for th in page.select("th")]
        assert ("submit", "Apply filters") in [
            (button.get("type"), button.get_text()) for button in page.select("button")
        ]

    def test_fifty_a_page_with_a_labelled_pagination(self, client, programme):
        ScreeningFactory.create_batch(60, date=datetime.date(1980, 1, 1))
        html = client.get("/en/archive/?venue=&page=2").content.decode()
        assert len(rows(html)) == 13
        page = soup(html)
        nav = one(page, "nav.pagination")
        assert (nav["class"], nav["aria-label"]) == (["pagination"], "Pages of results")
        assert "Page 2 of 2" in html
        assert page.select('a[href="?page=1"][rel="prev"]')

    def test_download_links_keep_the_filters(self, client, programme):
        page = soup(client.get("/en/archive/?year=2019"))
        links = page.select('a[href="/en/archive/?year=2019&format=csv"]')
        assert [(link.get("download"), link.get_text()) for link in links] == [("", "CSV")]


def make_events(count):
    """`count` events, each with a film, its director and a guest; the index written once."""
    with batch():
        venue = VenueFactory()
        series = SeriesFactory()
        for _ in range(count):
            director = PersonFactory()
            ScreeningFactory(
                films=[FilmFactory(directors=[director])],
                guests=[PersonFactory()],
                venue=venue,
                series=series,
                tag_names=["occupation"],
            )


# Page routing, site, navigation and translations (remembered: the tree's version), then the
# listing:
# the version of the cached counts, the page's ids, its events, then their films, the films'
# directors and the guests in one query; then, when they are not cached, the whole archive's
# counts (year, type, series, venue, people, films, tags: the total is the sum of the types'
# counts) and the records that name the options, all in one query; any change to a record makes
# them stale.
LISTING_QUERIES = {"fr": 1 + 4, "en": 1 + 4}
FACET_QUERIES = 7 + 1
# With the whole archive's counts made when the change was committed, only the records that
# name the options remain.
LABEL_QUERIES = 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("count", [3, 30])
def test_the_listing_costs_a_fixed_number_of_queries(
    client, site_pages, django_assert_num_queries, language, count
):
    make_events(count)
    url = {"fr": "/fr/archives/", "en": "/en/archive/"}[language]
    client.get(url)
    with django_assert_num_queries(LISTING_QUERIES[language]):
        client.get(url)
    bump_programme_version()  # as any change to a record does: the counts are made again
    with django_assert_num_queries(LISTING_QUERIES[language] + FACET_QUERIES):
        client.get(f"{url}?person=&year=")


@pytest.mark.django_db
def test_a_change_recounts_the_whole_archive_when_it_commits(
    client, site_pages, django_assert_num_queries, django_capture_on_commit_callbacks
):
    """The editor who saves pays for the counts, not the next visitor of the listing."""
    client.get("/en/archive/")  # the page's frame, remembered with the page tree
    with django_capture_on_commit_callbacks(execute=True):
        make_events(3)
        ScreeningFactory(films=[FilmFactory(title="Attica")])
    with django_assert_num_queries(LISTING_QUERIES["en"] + LABEL_QUERIES):
        html = client.get("/en/archive/").content.decode()
    assert results_heading(html) == f"{Screening.objects.count()} events"
    assert "Attica" in [cite.get_text() for cite in soup(html).select("cite")]


@pytest.mark.django_db
def test_a_change_made_through_another_worker_makes_the_counts_stale(client, site_pages):
    """
    Each web worker has a cache of its own: what dates the cached counts is kept in the
    database, so that a record saved through one worker is counted by every other.
    """
    make_events(3)
    before = Screening.objects.count()
    heading = "{} events"
    assert results_heading(client.get("/en/archive/").content.decode()) == heading.format(before)
    version = ProgrammeVersion.objects.get().version
    ScreeningFactory()
    ProgrammeVersion.objects.update(version=version)  # as if the save had not committed yet
    assert results_heading(client.get("/en/archive/").content.decode()) == heading.format(before)
    ProgrammeVersion.objects.update(version=version + 1)  # committed, through any worker
    assert results_heading(client.get("/en/archive/").content.decode()) == heading.format(
        before + 1
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr"])
def test_cached_filters_are_plain_text_in_the_visitors_language(client, site_pages, language):
    """
    The filters are cached per language as plain strings: a lazy translation is slow to read
    back from the cache (a class is made for each), and would not need to be lazy anyway.
    """
    make_events(3)
    url = {"en": "/en/archive/", "fr": "/fr/archives/"}[language]
    client.get(url)
    with translation.override(language):
        programme = ProgrammeFilter({})
        facets = cache.get(programme._counts_key)[1]  # as read back by the next request
    labels = [facet.label for facet in facets] + [facet.any_label for facet in facets]
    labels += [option.label for facet in facets for option in facet.options]
    assert {type(label) for label in labels} == {str}
    year = next(facet for facet in facets if facet.name == "year")
    assert (year.label, year.any_label) == {
        "en": ("Year", "All years"),
        "fr": ("Année", "Toutes les années"),
    }[language]


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 30])
def test_a_text_search_costs_a_fixed_number_of_queries(
    client, site_pages, django_assert_num_queries, count
):
    make_events(count)
    client.get("/en/archive/")
    bump_programme_version()
    # The listing's queries less the page's ids, then one statement that matches the words and
    # counts every filter's options over the events found (their ids in order give the total
    # and the page), and the records that name the options.
    with django_assert_num_queries(LISTING_QUERIES["en"] - 1 + 1 + 1):
        html = client.get("/en/archive/?q=film").content.decode()
    found = ProgrammeFilter({"q": "film"}).queryset.count()
    assert found >= count
    assert results_heading(html) == f"{found} events"


@pytest.mark.django_db
def test_a_new_text_search_lists_its_events_in_the_listings_order(client, site_pages):
    """The first page of a new text search is ordered in Python: as the database orders it."""
    day = datetime.date(2021, 6, 21)
    film = FilmFactory(title="Solstice")
    for time in (None, datetime.time(20, 0), datetime.time(14, 0), None):
        ScreeningFactory(date=day, time=time, films=[film])
    ScreeningFactory(date=day - datetime.timedelta(days=1), films=[film])
    search = ProgrammeFilter({"q": "solstice"})
    assert search.text_ids_newest_first() == list(search.queryset.values_list("id", flat=True))
    bump_programme_version()
    html = client.get("/en/archive/?q=solstice").content.decode()
    shown = [int(url.rstrip("/").rsplit("/", 1)[1]) for url, _label in rows(html)]
    assert shown == list(search.queryset.values_list("id", flat=True))


@pytest.mark.django_db
def test_a_text_search_made_again_reads_its_pages_from_the_cached_order(
    client, site_pages, django_assert_num_queries
):
    """Its next pages and visits do not match the words again: one query fewer, same rows."""
    film = FilmFactory(title="Solstice")
    for day in range(60):
        ScreeningFactory(
            date=datetime.date(2021, 6, 1) + datetime.timedelta(days=day), films=[film]
        )
    newest_first = list(ProgrammeFilter({"q": "solstice"}).queryset.values_list("id", flat=True))
    client.get("/en/archive/?q=solstice")
    for page, expected in ((1, newest_first[:50]), (2, newest_first[50:])):
        with django_assert_num_queries(LISTING_QUERIES["en"] - 1):
            html = client.get(f"/en/archive/?q=solstice&page={page}").content.decode()
        assert [int(url.rstrip("/").rsplit("/", 1)[1]) for url, _label in rows(html)] == expected
    assert results_heading(html) == "60 events"
