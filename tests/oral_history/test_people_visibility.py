"""
People are shown only through what may be shown (issue 18, item 1): a person whom only a closed
interview names has no page, no search entry, no suggestion, no facet value and no line in any
listing, export or sitemap; the moment a public record links to them (the interview opens, a film
credit, a public photograph), they appear on every channel, and leave it again when the link goes.
Editors still see everyone.
"""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from archive.exhibitions.models import ExhibitionPage
from archive.factories import ArchiveImageFactory, ArtworkFactory, FilmFactory, PersonFactory
from archive.programme.models import FilmDirector, Person
from base.access import AccessLevel
from oral_history.factories import AudioFactory, InterviewPageFactory
from oral_history.models import InterviewPage, InterviewParticipant, InterviewRecording
from tests.conftest import shared_fixture

OHMS_FILE = "ohms/Interview41935.xml"


def import_interview(access):
    call_command(
        "import_ohms",
        str(shared_fixture(OHMS_FILE)),
        "--access",
        access,
        "--language",
        "en",
        stdout=io.StringIO(),
    )
    return InterviewPage.objects.latest("pk")


def set_access(page, access, embargo_until=None):
    """As an editor does: change the access level and publish the revision."""
    page = InterviewPage.objects.get(pk=page.pk)
    page.access_level = access
    page.embargo_until = embargo_until
    page.save_revision().publish()
    return page


def channels(client, person):
    """Each channel through which a visitor could learn of this person, and whether it does."""
    slug, name = person.slug, person.name
    path = f"/people/{slug}/"
    found = client.get("/en/search/", {"q": name, "format": "json"}).json()
    suggested = client.get("/search/autocomplete/", {"q": name[:8], "lang": "en"}).json()
    facet_values = {
        (name, option["value"]) for name, options in found["facets"].items() for option in options
    }
    bodies = {
        "programme listing": client.get("/en/archive/", {"person": slug}),
        "programme json": client.get("/en/archive/", {"format": "json", "person": slug}),
        "programme csv": client.get("/en/archive/", {"format": "csv"}),
        "media listing": client.get("/en/media/"),
        "media facet": client.get("/en/media/", {"person": slug}),
        "sitemap": client.get("/sitemap.xml"),
    }
    shown = {
        "page": client.get(f"/en/archive{path}").status_code == 200,
        "search": any(path in result["url"] for result in found["results"]),
        "search facet": ("person", slug) in facet_values,
        "autocomplete": any(path in (s["url"] or "") for s in suggested["suggestions"]),
        "public records": Person.objects.public().filter(pk=person.pk).exists(),
    }
    for channel, response in bodies.items():
        body = b"".join(response.streaming_content) if response.streaming else response.content
        shown[channel] = name.encode() in body or path.encode() in body
    return {channel for channel, is_shown in shown.items() if is_shown}


def recording_found(client, recording):
    """Whether the search finds this recording, and the people its facet offers."""
    found = client.get("/en/search/", {"q": recording.title, "format": "json"}).json()
    path = f"/av/{recording.pk}/"
    people = {option["value"] for option in found["facets"].get("person", [])}
    return any(path in (result["url"] or "") for result in found["results"]), people


def roles_shown(client, person):
    """The roles under the person's name on their page."""
    html = client.get(f"/en/archive/people/{person.slug}/").content
    roles = BeautifulSoup(html, "html.parser").select_one(".archive-record__date")
    return roles.get_text(strip=True) if roles else ""


THROUGH_AN_INTERVIEW = {"page", "search", "search facet", "autocomplete", "public records"}


@pytest.fixture
def closed_narrator(site_pages):
    page = import_interview("closed")
    narrator = page.participants.get(role="narrator").person
    return page, narrator


@pytest.mark.django_db
class TestAClosedInterviewsPeople:
    def test_the_real_ohms_file_names_two_people(self, closed_narrator):
        page, narrator = closed_narrator
        assert narrator.name == "Elsie Arnold"
        assert page.participants.count() == 2
        assert page.access_level == AccessLevel.CLOSED

    def test_are_on_no_channel(self, client, closed_narrator):
        page, _narrator = closed_narrator
        for participant in page.participants.select_related("person"):
            assert channels(client, participant.person) == set()

    def test_are_on_the_channels_of_the_interview_once_it_opens_and_leave_when_it_closes(
        self, client, closed_narrator
    ):
        page, narrator = closed_narrator
        page = set_access(page, AccessLevel.PUBLIC)
        assert channels(client, narrator) == THROUGH_AN_INTERVIEW
        page = set_access(page, AccessLevel.CLOSED)
        assert channels(client, narrator) == set()

    @pytest.mark.parametrize("access", [AccessLevel.REGISTERED, AccessLevel.EMBARGOED])
    def test_an_interview_listed_but_not_open_shows_its_people(
        self, client, closed_narrator, access
    ):
        page, narrator = closed_narrator
        embargo = datetime.date(2040, 1, 1) if access == AccessLevel.EMBARGOED else None
        set_access(page, access, embargo)
        assert "page" in channels(client, narrator)

    def test_an_unpublished_interview_shows_nobody(self, client, site_pages):
        page = import_interview("public")
        narrator = page.participants.get(role="narrator").person
        assert "page" in channels(client, narrator)
        InterviewPage.objects.get(pk=page.pk).unpublish()
        assert channels(client, narrator) == set()

    def test_editors_still_see_them(self, admin_client, closed_narrator):
        _page, narrator = closed_narrator
        assert admin_client.get(f"/en/archive/people/{narrator.slug}/").status_code == 200
        admin = admin_client.get("/admin/snippets/archive/person/", {"q": "Arnold"})
        assert narrator.name in admin.content.decode()


@pytest.mark.django_db
class TestAPersonAppearsAndLeavesWithTheirLinks:
    def test_a_director_stays_public_whatever_their_interviews(self, client, site_pages):
        director = PersonFactory(name="Elsie Arnold", slug="elsie-arnold", roles=["director"])
        FilmFactory(title="Rosie's Yard", directors=[director])
        page = import_interview("closed")
        assert page.participants.get(role="narrator").person == director
        shown = channels(client, director)
        assert {"page", "search", "autocomplete", "public records"} <= shown

    def test_a_director_is_called_a_narrator_only_while_the_interview_is_listed(
        self, client, admin_client, site_pages
    ):
        director = PersonFactory(name="Elsie Arnold", slug="elsie-arnold", roles=["director"])
        FilmFactory(title="Rosie's Yard", directors=[director])
        page = import_interview("closed")
        assert roles_shown(client, director) == "Director"
        assert roles_shown(admin_client, director) == "Director, Narrator"
        set_access(page, AccessLevel.PUBLIC)
        assert roles_shown(client, director) == "Director, Narrator"

    def test_a_film_credit_makes_a_person_public_and_taking_it_away_hides_them(
        self, client, closed_narrator
    ):
        _page, narrator = closed_narrator
        film = FilmFactory(title="Home Front")
        credit = FilmDirector.objects.create(film=film, person=narrator)
        assert {"page", "search", "autocomplete"} <= channels(client, narrator)
        credit.delete()
        assert channels(client, narrator) == set()

    def test_a_participant_added_or_removed(self, client, site_pages):
        person = PersonFactory(name="Odile Marchand", slug="odile-marchand")
        page = InterviewPageFactory(parent=site_pages["oral_history"]["en"], title="A talk")
        assert channels(client, person) == set()
        page.participants = [InterviewParticipant(person=person)]
        page.save_revision().publish()
        assert channels(client, person) == THROUGH_AN_INTERVIEW
        page = InterviewPage.objects.get(pk=page.pk)
        page.participants = []
        page.save_revision().publish()
        assert channels(client, person) == set()

    def test_a_photograph_makes_them_public_unless_it_is_closed(self, client, closed_narrator):
        _page, narrator = closed_narrator
        image = ArchiveImageFactory(access_level=AccessLevel.CLOSED)
        image.related_people.add(narrator)
        assert channels(client, narrator) == set()
        image.access_level = AccessLevel.PUBLIC
        image.save()
        shown = channels(client, narrator)
        assert {"page", "media listing", "media facet", "public records"} <= shown
        image.related_people.clear()
        assert channels(client, narrator) == set()

    def test_the_people_of_a_recording_are_as_hidden_as_its_interview(
        self, client, closed_narrator
    ):
        page, _narrator = closed_narrator
        recordist = PersonFactory(name="Odile Marchand", slug="odile-marchand")
        recording = AudioFactory()
        recording.related_people.add(recordist)
        assert "page" in channels(client, recordist)
        InterviewRecording.objects.create(interview=page, media=recording)
        assert channels(client, recordist) == set()
        assert recording_found(client, recording) == (False, set())
        page = set_access(page, AccessLevel.PUBLIC)
        assert {"page", "media listing", "media facet"} <= channels(client, recordist)
        assert recording_found(client, recording) == (True, {recordist.slug})
        set_access(page, AccessLevel.CLOSED)
        assert channels(client, recordist) == set()
        assert recording_found(client, recording) == (False, set())

    def test_an_artist_is_public_while_the_exhibition_is(self, client, site_pages):
        exhibition = ExhibitionPage.objects.live().filter(locale__language_code="en").first()
        artist = PersonFactory(name="Odile Marchand", slug="odile-marchand")
        artwork = ArtworkFactory(exhibition=exhibition, artist=artist)
        assert "page" in channels(client, artist)
        for translation in exhibition.get_translations(inclusive=True):
            translation.specific.unpublish()
        assert channels(client, artist) == set()
        artwork.delete()
        assert not Person.objects.public().filter(pk=artist.pk).exists()


@pytest.mark.django_db
def test_who_is_public_is_read_in_one_query(closed_narrator, django_assert_num_queries):
    """Every registered link is a subquery: the person page, search and facets pay nothing more."""
    _page, narrator = closed_narrator
    with django_assert_num_queries(1):
        public = list(Person.objects.public().values_list("slug", flat=True))
    assert "claire-denis" in public
    assert narrator.slug not in public
