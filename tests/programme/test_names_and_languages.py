"""
What a visitor reads of an event's name and of a record's texts, in each language: the name on
the listing, the event's page, the search results and the downloads; a text missing in the
visitor's language shown in the other, marked with its `lang` and a notice; spans as ranges.
"""

import csv
import datetime
import io
import json

import pytest

from archive.factories import (
    FilmFactory,
    PersonFactory,
    ScreeningFactory,
    SeriesFactory,
    VenueFactory,
)
from archive.programme.models import Screening
from base.dates import DatePrecision
from tests.html import one, soup, text, texts

SWAN_LAKE = {
    "fr": "Le Lac des cygnes par les grévistes du Ballet de l'Opéra de Paris",
    "en": "Swan Lake by the striking workers of the Paris Opera Ballet",
}
LISTING = {"fr": "/fr/archives/", "en": "/en/archive/"}
SEARCH = {"fr": "/fr/recherche/", "en": "/en/search/"}


def download(client, url):
    return b"".join(client.get(url).streaming_content).decode()


def event_page(client, language, screening):
    route = "archives" if language == "fr" else "archive"
    return soup(client.get(f"/{language}/{route}/screenings/{screening.pk}/"))


def names(page):
    return texts(page, "td.programme__event a")


@pytest.mark.django_db
class TestTheSwanLakePerformance:
    @pytest.mark.parametrize("language", ["fr", "en"])
    def test_its_name_on_the_listing_and_its_page(self, client, site_pages, language):
        listing = soup(client.get(LISTING[language], {"type": "performance"}))
        assert names(listing) == [SWAN_LAKE[language]]
        screening = Screening.objects.get(external_id="laclef-2019-swan-lake")
        link = one(listing, "td.programme__event a")
        assert link["href"].endswith(f"/screenings/{screening.pk}/")
        page = event_page(client, language, screening)
        assert texts(page, "h1") == [SWAN_LAKE[language]]
        assert page.title.get_text().startswith(f"{SWAN_LAKE[language]} · ")

    @pytest.mark.parametrize(
        ("language", "query"),
        [
            ("en", "swan lake"),
            ("fr", "swan lake"),
            ("en", "lac des cygnes"),
            ("fr", "lac des cygnes"),
        ],
    )
    def test_both_languages_words_find_it_named_in_the_visitor_s(
        self, client, site_pages, language, query
    ):
        results = client.get(SEARCH[language], {"q": query, "format": "json"}).json()["results"]
        events = [result["title"] for result in results if result["type"] == "screening"]
        assert SWAN_LAKE[language] in events

    def test_the_downloads_name_it_in_both_languages(self, client, site_pages):
        url = "/en/archive/?type=performance&format="
        row = json.loads(download(client, url + "json"))[0]
        assert (row["name_fr"], row["name_en"]) == (SWAN_LAKE["fr"], SWAN_LAKE["en"])
        assert (row["title_fr"], row["title_en"]) == (SWAN_LAKE["fr"], SWAN_LAKE["en"])
        assert row["notes_fr"].startswith("Plus tard") and row["notes_en"].startswith("Later")
        [row] = csv.DictReader(io.StringIO(download(client, url + "csv")))
        assert (row["name_fr"], row["name_en"]) == (SWAN_LAKE["fr"], SWAN_LAKE["en"])


@pytest.mark.django_db
class TestAnEventWithoutATitle:
    def test_is_named_by_its_films(self, client, site_pages):
        films = [FilmFactory(title="Attica", slug="attica-1974"), FilmFactory(title="Sicilia!")]
        screening = ScreeningFactory(films=films)
        for language in ("fr", "en"):
            assert texts(event_page(client, language, screening), "h1") == ["Attica / Sicilia!"]
        row = json.loads(download(client, f"/en/archive/?film={films[1].slug}&format=json"))[0]
        assert (row["name_fr"], row["name_en"], row["title_fr"]) == (
            "Attica / Sicilia!",
            "Attica / Sicilia!",
            "",
        )

    def test_and_without_films_by_its_type_and_venue(self, client, site_pages):
        venue = VenueFactory(name="Le mur", name_en="The wall")
        screening = ScreeningFactory(event_type="performance", venue=venue)
        assert texts(event_page(client, "fr", screening), "h1") == ["Spectacle, Le mur"]
        assert texts(event_page(client, "en", screening), "h1") == ["Performance, The wall"]
        listing = soup(client.get("/en/archive/", {"venue": venue.slug}))
        assert names(listing) == ["Performance, The wall"]


@pytest.mark.django_db
class TestATextInTheOtherLanguage:
    """Shown in its language (`lang`) and said to be in it, not passed off as the page's."""

    def test_a_title_and_notes_in_french_only_on_english_pages(self, client, site_pages):
        series = SeriesFactory(title="Les ateliers du mercredi", title_en="")
        screening = ScreeningFactory(
            title="L'atelier des enfants",
            notes="Un atelier pour les enfants.",
            event_type="workshop",
            series=series,
        )
        page = event_page(client, "en", screening)
        heading = one(page, "h1")
        assert [span.get_text() for span in heading.select('span[lang="fr"]')] == [
            "L'atelier des enfants"
        ]
        assert texts(heading, "span.archive-fallback") == ["(in French)"]
        notes = one(page, 'section[aria-labelledby="notes-heading"]')
        assert texts(notes, 'div.prose[lang="fr"]') == ["Un atelier pour les enfants."]
        assert texts(notes, "p.archive-fallback") == ["(in French)"]
        assert texts(page, '.archive-facts a span[lang="fr"]') == ["Les ateliers du mercredi"]

        listing = soup(client.get("/en/archive/", {"series": series.slug}))
        cell = one(listing, "td.programme__event")
        assert texts(cell, 'a span[lang="fr"]') == ["L'atelier des enfants"]
        assert texts(cell, "a span.archive-fallback") == ["(in French)"]

    def test_english_notes_on_french_pages(self, client, site_pages):
        screening = ScreeningFactory(
            title="Une séance", title_en="A screening", notes_en="A full house."
        )
        page = event_page(client, "fr", screening)
        assert texts(page, "h1") == ["Une séance"]
        assert not page.select("h1 [lang]")
        assert texts(page, 'div.prose[lang="en"]') == ["A full house."]
        assert texts(page, "p.archive-fallback") == ["(en anglais)"]

    def test_a_text_in_the_visitor_s_language_is_not_marked(self, client, site_pages):
        screening = ScreeningFactory(title="Une séance", notes="Salle comble.", notes_en="")
        page = event_page(client, "fr", screening)
        assert texts(page, "div.prose") == ["Salle comble."]
        assert not page.select(".archive-fallback, div.prose[lang]")

    def test_a_series_a_person_and_a_film_in_the_other_language(self, client, site_pages):
        series = SeriesFactory(slug="weekly", title="Hebdo", description_en="Every week.")
        person = PersonFactory(slug="a-director", roles=["director"], biography="Cinéaste.")
        film = FilmFactory(slug="a-film", directors=[person], synopsis_en="A short film.")
        ScreeningFactory(films=[film], series=series)
        page = soup(client.get("/fr/archives/series/weekly/"))
        assert texts(page, 'div.prose[lang="en"]') == ["Every week."]
        assert texts(page, "p.archive-fallback") == ["(en anglais)"]
        page = soup(client.get("/en/archive/people/a-director/"))
        assert texts(page, 'div.prose[lang="fr"]') == ["Cinéaste."]
        assert texts(page, "p.archive-fallback") == ["(in French)"]
        page = soup(client.get("/fr/archives/films/a-film/"))
        assert texts(page, 'div.prose[lang="en"]') == ["A short film."]

    def test_a_venue_s_description_in_the_other_language(self, client, site_pages):
        venue = VenueFactory(description="Une salle de quartier.")
        screening = ScreeningFactory(venue=venue)
        page = event_page(client, "en", screening)
        assert texts(page, '.archive-facts dd div.prose[lang="fr"]') == ["Une salle de quartier."]


@pytest.mark.django_db
class TestSpans:
    @pytest.fixture
    def spans(self, site_pages):
        Screening.objects.all().delete()
        ScreeningFactory(
            title="Les séances du soir",
            title_en="Les séances du soir",
            date=datetime.date(2019, 1, 1),
            date_precision=DatePrecision.YEAR,
            date_end=datetime.date(2022, 3, 1),
            date_end_precision=DatePrecision.DAY,
        )
        ScreeningFactory(
            title="Un festival",
            title_en="Un festival",
            date=datetime.date(2022, 1, 31),
            date_end=datetime.date(2022, 3, 1),
            date_end_precision=DatePrecision.DAY,
        )
        ScreeningFactory(title="Une soirée", title_en="Une soirée", date=datetime.date(2020, 5, 2))
        return site_pages

    def test_a_span_is_a_range_in_each_language(self, client, spans):
        french = soup(client.get("/fr/archives/"))
        assert texts(french, "td.programme__date") == [
            "31 janvier 2022 – 1 mars 2022",
            "2 mai 2020",
            "2019 – 1 mars 2022",
        ]
        english = soup(client.get("/en/archive/"))
        assert texts(english, "td.programme__date")[2] == "2019 – March 1, 2022"

    def test_a_year_counts_a_span_where_it_begins_and_a_date_range_finds_it_within(
        self, client, spans
    ):
        page = soup(client.get("/en/archive/"))
        years = [text(option) for option in page.select("select#filter-year option")]
        assert years == ["All years", "2022 (1)", "2020 (1)", "2019 (1)"]
        assert names(soup(client.get("/en/archive/", {"year": "2021"}))) == []
        within = soup(client.get("/en/archive/", {"from": "2021", "to": "2021"}))
        assert names(within) == ["Les séances du soir"]
        after = soup(client.get("/en/archive/", {"from": "2022-02-15"}))
        assert names(after) == ["Un festival", "Les séances du soir"]
        assert names(soup(client.get("/en/archive/", {"from": "2022-03-02"}))) == []

    def test_a_span_ending_in_a_year_reaches_that_year_s_last_day(self, client, spans):
        ScreeningFactory(
            title="Des concerts",
            title_en="Des concerts",
            date=datetime.date(1995, 1, 1),
            date_precision=DatePrecision.YEAR,
            date_end=datetime.date(1996, 1, 1),
            date_end_precision=DatePrecision.YEAR,
        )
        found = soup(client.get("/en/archive/", {"from": "1996-12", "to": "1996-12"}))
        assert names(found) == ["Des concerts"]

    def test_a_span_is_exported_as_its_two_ends(self, client, spans):
        rows = list(csv.DictReader(io.StringIO(download(client, "/en/archive/?format=csv"))))
        assert [(row["date"], row["date_end"]) for row in rows] == [
            ("2022-01-31", "2022-03-01"),
            ("2020-05-02", ""),
            ("2019", "2022-03-01"),
        ]
