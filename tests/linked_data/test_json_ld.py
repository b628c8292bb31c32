"""
The schema.org JSON-LD of each kind of page, read by extruct from the HTML the site serves and
compared with the stored expected files (tests/linked_data/expected/); nothing restricted in it.
"""

import datetime

import pytest

from archive.exhibitions.models import ExhibitionPage
from archive.factories import (
    ArchiveMediaFactory,
    ArtworkFactory,
    FilmFactory,
    PersonFactory,
    ScreeningFactory,
    SeriesFactory,
    VenueFactory,
)
from archive.programme.models import Screening, Venue
from archive.programme.models.places import VenueKind
from base.access import AccessLevel
from linked_data.templatetags.linked_data_tags import script
from tests.linked_data.conftest import HIDDEN_NAME, SECRET
from tests.linked_data.helpers import assert_expected, json_ld

PAGES = {
    "home_fr": "/fr/",
    "home_en": "/en/",
    "chapter": "/en/history/1973-1989-founding/",
    "film": "/en/archive/films/attica/",
    "person": "/en/archive/people/claire-denis/",
    "series": "/en/archive/series/images-dailleurs/",
    "exhibition": "/en/exhibitions/palais-de-tokyo-2023/",
    "section": "/en/oral-history/",
    "programme": "/en/archive/",
    "media": "/fr/medias/",
    "search": "/en/search/?q=attica",
}


def single(items):
    (item,) = items
    assert item["@context"] == "https://schema.org"
    return item


@pytest.mark.django_db
class TestEveryKindOfPage:
    @pytest.mark.parametrize("name", list(PAGES))
    def test_the_page_describes_itself(self, client, site_pages, name):
        assert_expected(f"page_{name}", single(json_ld(client.get(PAGES[name]))))

    @pytest.mark.parametrize("name", ["film", "person", "series", "chapter", "screening"])
    def test_its_id_is_the_permanent_address_that_leads_to_its_url(self, client, site_pages, name):
        path = PAGES.get(name) or "/en/archive/screenings/{}/".format(
            Screening.objects.get(external_id="laclef-2019-occupation-first-night").pk
        )
        data = single(json_ld(client.get(path)))
        assert "/id/" in data["@id"]
        answer = client.get(
            data["@id"].removeprefix("http://testserver"), HTTP_ACCEPT_LANGUAGE="en"
        )
        assert answer.status_code == 303
        assert answer["Location"] in (data["url"], data["url"].removeprefix("http://testserver"))

    def test_a_screening_with_its_film_venue_series_and_guests(self, client, site_pages):
        screening = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
        data = single(json_ld(client.get(f"/en/archive/screenings/{screening.pk}/")))
        assert data["@type"] == "ScreeningEvent"
        assert data["location"]["@type"] == "MovieTheater"
        assert_expected("page_screening", data)

    def test_an_event_at_a_venue_that_is_not_a_cinema_is_at_a_place(self, client, site_pages):
        screening = Screening.objects.get(external_id="laclef-occupation-wall-screenings")
        data = single(json_ld(client.get(f"/en/archive/screenings/{screening.pk}/")))
        assert data["location"] == {"@type": "Place", "name": "The outside wall of La Clef"}

    def test_a_venue_an_editor_makes_a_cinema_is_a_movie_theater(self, client, site_pages):
        wall = Venue.objects.get(slug="mur-exterieur-la-clef")
        wall.kind = VenueKind.CINEMA
        wall.save()
        screening = Screening.objects.get(external_id="laclef-occupation-wall-screenings")
        data = single(json_ld(client.get(f"/en/archive/screenings/{screening.pk}/")))
        assert data["location"]["@type"] == "MovieTheater"

    def test_an_evening_with_a_guest_known_to_the_minute(self, client, site_pages):
        director = PersonFactory(name="Sanvi Panou", slug="sanvi-panou")
        film = FilmFactory(title="Le Voyage", slug="le-voyage", year=1994, directors=[director])
        screening = ScreeningFactory(
            date=datetime.date(1995, 3, 4),
            time=datetime.time(20, 30),
            films=[film],
            guests=[director],
            series=SeriesFactory(title="Images d'ailleurs", slug="images-d-ailleurs-test"),
            venue=VenueFactory(name="La Clef", slug="la-clef-test", address="21 rue de la Clef"),
        )
        data = single(json_ld(client.get(f"/en/archive/screenings/{screening.pk}/")))
        assert data["startDate"] == "1995-03-04T20:30"
        assert data["performer"] == [data["workPresented"][0]["director"][0]]
        assert_expected("page_screening_with_guest", data)

    def test_an_event_without_a_film_known_to_the_month(self, client, site_pages):
        screening = ScreeningFactory(
            date=datetime.date(1995, 3, 1), date_precision="month", event_type="fundraiser"
        )
        data = single(json_ld(client.get(f"/en/archive/screenings/{screening.pk}/")))
        assert (data["@type"], data["startDate"]) == ("Event", "1995-03")

    def test_an_exhibition_with_its_works(self, client, site_pages):
        page = ExhibitionPage.objects.get(
            url_path__endswith="/palais-de-tokyo-2023/", locale__language_code="en"
        )
        artist = PersonFactory(name="Pierre Huyghe", slug="pierre-huyghe-test")
        ArtworkFactory(exhibition=page, artist=artist, title="Untilled", year=2012, medium="Film")
        data = single(json_ld(client.get(PAGES["exhibition"])))
        (work,) = data["workFeatured"]
        assert work == {
            "@type": "VisualArtwork",
            "name": "Untilled",
            "dateCreated": "2012",
            "artMedium": "Film",
            "creator": {"@type": "Person", "name": "Pierre Huyghe"},
        }

    def test_a_public_recording(self, client, site_pages):
        item = ArchiveMediaFactory(title="Talk recording", description="A talk.")
        data = single(json_ld(client.get(f"/en/media/av/{item.pk}/")))
        assert data["contentUrl"].endswith(item.url)
        assert_expected("page_recording", data)

    def test_a_registered_recording_gives_no_file_address(self, client, site_pages, researcher):
        item = ArchiveMediaFactory(access_level=AccessLevel.REGISTERED)
        client.force_login(researcher)
        data = single(json_ld(client.get(f"/en/media/av/{item.pk}/")))
        assert "contentUrl" not in data


@pytest.mark.django_db
class TestInterview:
    def test_clips_leave_out_the_restricted_passage(self, client, make_interview):
        page = make_interview()
        response = client.get(page.url)
        assert SECRET not in str(json_ld(response))
        assert_expected("page_interview", single(json_ld(response)))

    def test_a_participant_not_named_in_full_only_under_the_label(self, client, make_interview):
        page = make_interview()
        data = single(json_ld(client.get(page.url)))
        names = [role["contributor"]["name"] for role in data["contributor"]]
        assert names == ["Agnès Varda", "H. D."]
        assert HIDDEN_NAME not in str(data)

    def test_editors_get_the_public_description_too(self, admin_client, make_interview):
        page = make_interview()
        response = admin_client.get(page.url)
        assert HIDDEN_NAME in response.content.decode()  # the page names them to an editor
        data = single(json_ld(response))
        assert HIDDEN_NAME not in str(data) and SECRET not in str(data)

    def test_a_registered_interview_describes_no_part_to_a_researcher(
        self, client, make_interview, researcher
    ):
        page = make_interview(access=AccessLevel.REGISTERED)
        client.force_login(researcher)
        response = client.get(page.url)
        assert "Opening words" in response.content.decode()  # the researcher reads the index
        data = single(json_ld(response))
        assert "hasPart" not in data and "contentUrl" not in data

    def test_a_closed_interview_page_is_not_found(self, client, make_interview):
        assert client.get(make_interview(access=AccessLevel.CLOSED).url).status_code == 404


def test_a_title_cannot_end_the_script_element():
    html = str(script({"name": "</script><script>alert(1)</script> & co"}))
    assert html.count("</script>") == 1
    assert "\\u003C/script\\u003E" in html and "\\u0026 co" in html
