"""Detail pages of screenings, films, people and series, in both languages."""

import datetime

import pytest

from archive.factories import (
    ArchiveDocumentFactory,
    ArchiveImageFactory,
    ArchiveMediaFactory,
    FilmFactory,
    PersonFactory,
    ScreeningFactory,
    SeriesFactory,
)
from archive.programme.models import (
    Film,
    Person,
    Screening,
    ScreeningDocument,
    ScreeningImage,
    ScreeningRecording,
    Series,
)
from search.signals import batch
from tests.html import soup, texts


@pytest.mark.django_db
class TestLoaderRecordPages:
    """The facts `load_la_clef` adds, as a researcher sees them."""

    def test_the_first_night_of_the_occupation(self, client, site_pages):
        screening = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
        html = client.get(f"/en/archive/screenings/{screening.pk}/").content.decode()
        page = soup(html)
        assert texts(page, "h1") == ["First night of the occupation: Attica"]
        assert page.title.get_text().startswith("First night of the occupation: Attica · ")
        assert ["Attica"] in [
            [cite.get_text() for cite in link.contents]
            for link in page.select('a[href="/en/archive/films/attica/"]')
            if all(child.name == "cite" for child in link.contents)
        ]
        assert "(only the year is known)" in html
        assert "The occupation&#x27;s nightly screenings" in html
        assert "(a grouping made by the archive)" in texts(page, ".archive-facts__note")
        assert "“La Clef (cinema)”, encyclopedia article" in html
        assert "Sample record" not in html

    def test_the_swan_lake_performance_is_named_in_each_language(self, client, site_pages):
        screening = Screening.objects.get(external_id="laclef-2019-swan-lake")
        english = soup(client.get(f"/en/archive/screenings/{screening.pk}/"))
        assert texts(english, "h1") == [
            "Swan Lake by the striking workers of the Paris Opera Ballet"
        ]
        assert texts(english, "section .prose")[0].startswith("Later in the year 2019")
        response = client.get(f"/fr/archives/screenings/{screening.pk}/")
        french = soup(response)
        assert response.status_code == 200
        assert french.html["lang"] == "fr"
        assert texts(french, "h1") == [
            "Le Lac des cygnes par les grévistes du Ballet de l'Opéra de Paris"
        ]
        assert texts(french, "section .prose")[0].startswith("Plus tard dans l'année 2019")
        assert not french.select("[lang='en']:not(a)")  # nothing shown as a fallback

    def test_a_span_is_shown_as_a_range_in_each_language(self, client, site_pages):
        screening = Screening.objects.get(external_id="laclef-2022-permanent-festival")
        english = soup(client.get(f"/en/archive/screenings/{screening.pk}/"))
        assert texts(english, ".archive-record__date") == [
            "Jan. 31, 2022 – March 1, 2022 · La Clef"
        ]
        assert "(the sources give only this span)" in texts(english, ".archive-facts__note")
        french = soup(client.get(f"/fr/archives/screenings/{screening.pk}/"))
        assert texts(french, ".archive-record__date") == ["31 janvier 2022 – 1 mars 2022 · La Clef"]
        nightly = Screening.objects.get(external_id="laclef-occupation-nightly-screenings")
        page = soup(client.get(f"/en/archive/screenings/{nightly.pk}/"))
        assert texts(page, ".archive-record__date") == ["2019 – March 1, 2022 · La Clef"]

    def test_a_venue_s_description_is_shown_with_its_event(self, client, site_pages):
        screening = Screening.objects.get(external_id="laclef-occupation-wall-screenings")
        page = soup(client.get(f"/en/archive/screenings/{screening.pk}/"))
        assert any(
            text.startswith("During the COVID-19 lockdown the occupants regularly screened")
            for text in texts(page, ".archive-facts dd .prose")
        )

    def test_the_language_switcher_keeps_the_record(self, client, site_pages):
        page = soup(client.get("/fr/archives/films/attica/"))
        english = page.select('a[href="/en/archive/films/attica/"][lang="en"][hreflang="en"]')
        assert "English" in [link.get_text() for link in english]
        page = soup(client.get("/en/archive/films/attica/"))
        assert page.select('a[href="/fr/archives/films/attica/"][lang="fr"][hreflang="fr"]')

    def test_a_director_who_came_to_debate(self, client, site_pages):
        html = client.get("/en/archive/people/claire-denis/").content.decode()
        page = soup(html)
        assert texts(page, "h1") == ["Claire Denis"]
        assert "Director, Guest" in html
        assert "1 event in the programme" in html
        assert texts(page, "td.programme__event a") == [
            "An open-price screening every evening of the occupation"
        ]
        assert texts(page, "td.programme__date") == ["2019 – March 1, 2022"]
        assert "encyclopedia article" in html

    def test_an_artist_of_the_palais_de_tokyo_sale(self, client, site_pages):
        html = client.get("/en/archive/people/zineb-sedira/").content.decode()
        assert "1 event in the programme" in html
        assert "November 2023" in html
        assert "Exhibition event" in html

    def test_a_series_page(self, client, site_pages):
        html = client.get("/en/archive/series/images-dailleurs/").content.decode()
        assert texts(soup(html), "h1") == ["Images d'Ailleurs"]
        assert "1990–" in html
        assert "Sanvi Panou" in html
        assert not soup(html).select("p.archive-facts__note")  # a source names it
        html = client.get("/fr/archives/series/seances-de-l-occupation/").content.decode()
        page = soup(html)
        assert texts(page, "h1") == ["Les séances du soir de l'occupation"]
        assert texts(page, "p.archive-facts__note") == [
            "Cette série est un regroupement fait par l'archive : aucune source ne la "
            "nomme, et son titre est celui de l'archive."
        ]

    @pytest.mark.parametrize(
        "url",
        [
            "/en/archive/films/no-such-film/",
            "/en/archive/people/nobody/",
            "/en/archive/series/none/",
            "/en/archive/screenings/999999/",
        ],
    )
    def test_unknown_records_are_not_found(self, client, site_pages, url):
        assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_sample_records_say_so(client, site_pages):
    film = FilmFactory(title="Sample film", slug="sample-film", is_sample=True)
    screening = ScreeningFactory(films=[film], is_sample=True)
    for url in (
        f"/en/archive/screenings/{screening.pk}/",
        "/en/archive/films/sample-film/",
        "/en/archive/",
    ):
        html = client.get(url).content.decode()
        assert "Sample record — generated for demonstration." in html, url


def related_records(count):
    with batch():  # the index written once, after every record
        director = PersonFactory(slug="director", roles=["director"])
        film = FilmFactory(slug="the-film", directors=[director])
        series = SeriesFactory(slug="the-series")
        for day in range(count):
            ScreeningFactory(
                date=datetime.date(2001, 1, 1) + datetime.timedelta(days=day),
                films=[film, FilmFactory()],
                guests=[(director, "director"), PersonFactory()],
                series=series,
                tag_names=["festival"],
            )
    return Screening.objects.filter(series=series).first()


# Routing, site, navigation and translations are remembered with the page tree
# (base/page_tree.py: one query, its version), then each record's own queries: the record and
# its related rows (for an event: which images, documents and recordings it has in the event's
# own query, then films, directors, guests and tags; directors, tags and the newest events for
# a film...). A list of events costs two queries: the events, then their films, directors and
# guests.
DETAIL_QUERIES = {
    "screening": 1 + 6,  # and the leaflets it was read from; it has no talk
    "film": 1 + 6,
    "person": 1 + 5,
    "series": 1 + 4,
}


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize("kind", list(DETAIL_QUERIES))
def test_detail_pages_cost_a_fixed_number_of_queries(
    client, site_pages, django_assert_num_queries, count, kind
):
    screening = related_records(count)
    url = {
        "screening": f"/fr/archives/screenings/{screening.pk}/",
        "film": "/fr/archives/films/the-film/",
        "person": "/fr/archives/people/director/",
        "series": "/fr/archives/series/the-series/",
    }[kind]
    assert client.get(url).status_code == 200
    with django_assert_num_queries(DETAIL_QUERIES[kind]):
        client.get(url)


@pytest.mark.django_db
def test_records_are_shared_not_duplicated(site_pages):
    assert Person.objects.filter(slug="claire-denis").count() == 1
    assert Film.objects.filter(slug="attica").count() == 1
    assert Series.objects.count() == 6


@pytest.mark.django_db
def test_an_event_shows_its_images_documents_and_recordings_in_their_order(client, site_pages):
    screening = ScreeningFactory()
    images = [ArchiveImageFactory(title=f"Photograph {n}") for n in (1, 2)]
    for order, image in enumerate(reversed(images)):
        ScreeningImage.objects.create(screening=screening, image=image, sort_order=order)
    document = ArchiveDocumentFactory(title="The night's leaflet")
    ScreeningDocument.objects.create(screening=screening, document=document, sort_order=0)
    media = ArchiveMediaFactory(title="The debate after the film")
    ScreeningRecording.objects.create(screening=screening, media=media, sort_order=0)
    page = soup(client.get(f"/en/archive/screenings/{screening.pk}/"))
    material = page.select_one('section[aria-labelledby="material-heading"]')
    assert material.h2.get_text() == "Images, documents and recordings"
    assert texts(material, ".archive-images figcaption") == ["Photograph 2", "Photograph 1"]
    assert "The night's leaflet" in texts(material, ".archive-list a")
    assert "The debate after the film" in texts(material, ".archive-list a")


@pytest.mark.django_db
def test_an_event_without_any_shows_no_such_section(client, site_pages):
    screening = ScreeningFactory()
    page = soup(client.get(f"/en/archive/screenings/{screening.pk}/"))
    assert page.select_one('section[aria-labelledby="material-heading"]') is None
