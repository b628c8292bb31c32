"""
A CDN is told to forget a programme record's own pages when the record changes (both languages,
its permanent address, an event's calendar), and the pages a restriction opens on the day it ends
(`page_cache/cdn.py`, `manage.py purge_opened_pages`), in one batch, only when a CDN is configured.
"""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from archive.factories import FilmFactory, PersonFactory, ScreeningFactory, VenueFactory
from base.access import AccessLevel
from oral_history.factories import AudioFactory, InterviewPageFactory
from oral_history.models import InterviewParticipant, InterviewRecording, Redaction

pytestmark = pytest.mark.django_db

SITE = "http://localhost"  # the root of the default site that load_la_clef makes
PERMANENT = "http://testserver"  # WAGTAILADMIN_BASE_URL in the test settings
OPENING = datetime.date(2031, 1, 1)

BATCHES = []


class RecordingBackend(BaseBackend):
    """Stands for a CDN: keeps each batch of addresses it is told to forget."""

    def purge(self, url):
        BATCHES.append([url])

    def purge_batch(self, urls):
        BATCHES.append(list(urls))


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.production.test_cdn_purge.RecordingBackend"}
    }
    BATCHES.clear()
    yield BATCHES
    BATCHES.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the transaction's commit, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def purged(batches):
    return {url for batch in batches for url in batch}


def interview(site_pages, **fields):
    """An English interview with a narrator and an interviewer, published."""
    english = site_pages["oral_history"]["en"]
    page = InterviewPageFactory(parent=english, locale=english.locale, **fields)
    page.participants = [
        InterviewParticipant(person=PersonFactory(slug="cdn-narrator"), role="narrator"),
        InterviewParticipant(person=PersonFactory(slug="cdn-interviewer"), role="interviewer"),
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    BATCHES.clear()  # what Wagtail purged on publishing it
    return page


class TestARecordThatChanges:
    def test_an_event_purges_its_pages_its_permanent_address_and_its_calendar(
        self, cdn, committed, site_pages
    ):
        with committed():
            event = ScreeningFactory(
                external_id="lc-cdn-1", date=datetime.date(1985, 3, 7), date_precision="day"
            )
        assert len(cdn) == 2  # one batch per host: the site's, and the permanent addresses'
        assert purged(cdn) == {
            f"{SITE}/fr/archives/screenings/{event.pk}/",
            f"{SITE}/en/archive/screenings/{event.pk}/",
            f"{PERMANENT}/id/event/lc-cdn-1",
            f"{SITE}/fr/archives/calendrier/1985/",
            f"{SITE}/fr/archives/calendrier/1985/03/",
            f"{SITE}/fr/archives/calendrier/1985/03/07/",
            f"{SITE}/en/archive/calendar/1985/",
            f"{SITE}/en/archive/calendar/1985/03/",
            f"{SITE}/en/archive/calendar/1985/03/07/",
        }

    def test_an_event_moved_to_another_day_purges_both_days(self, cdn, committed, site_pages):
        event = ScreeningFactory(date=datetime.date(1985, 3, 7), date_precision="day")
        event.date = datetime.date(1986, 4, 8)
        cdn.clear()
        with committed():
            event.save()
        urls = purged(cdn)
        assert f"{SITE}/fr/archives/calendrier/1985/03/07/" in urls
        assert f"{SITE}/en/archive/calendar/1986/04/08/" in urls

    def test_an_event_known_to_the_year_purges_only_its_year(self, cdn, committed, site_pages):
        with committed():
            event = ScreeningFactory(date=datetime.date(1977, 1, 1), date_precision="year")
        calendar = {url for url in purged(cdn) if "/calend" in url}
        assert calendar == {
            f"{SITE}/fr/archives/calendrier/1977/",
            f"{SITE}/en/archive/calendar/1977/",
        }
        assert f"{SITE}/en/archive/screenings/{event.pk}/" in purged(cdn)

    def test_a_film_given_a_new_address_purges_the_old_one_too(self, cdn, committed, site_pages):
        film = FilmFactory(title="Purged", slug="purged")
        cdn.clear()
        film.slug = "purged-1974"
        with committed():
            film.save()
        assert purged(cdn) == {
            f"{SITE}/fr/archives/films/purged/",
            f"{SITE}/en/archive/films/purged/",
            f"{SITE}/fr/archives/films/purged-1974/",
            f"{SITE}/en/archive/films/purged-1974/",
            f"{PERMANENT}/id/film/{film.pk}",
        }

    def test_a_person_deleted_purges_their_pages(self, cdn, committed, site_pages):
        person = PersonFactory(name="Forgotten Guest", slug="forgotten-guest")
        pk = person.pk
        cdn.clear()
        with committed():
            person.delete()
        assert purged(cdn) == {
            f"{SITE}/fr/archives/people/forgotten-guest/",
            f"{SITE}/en/archive/people/forgotten-guest/",
            f"{PERMANENT}/id/person/{pk}",
        }

    def test_a_venue_purges_the_listing_filtered_to_it(self, cdn, committed, site_pages):
        with committed():
            venue = VenueFactory(name="Salle purgée", slug="salle-purgee")
        assert purged(cdn) == {
            f"{SITE}/fr/archives/?venue=salle-purgee",
            f"{SITE}/en/archive/?venue=salle-purgee",
            f"{PERMANENT}/id/venue/{venue.pk}",
        }

    def test_nothing_is_purged_before_the_change_commits(self, cdn, site_pages):
        FilmFactory()
        assert cdn == []

    def test_nothing_is_sent_without_a_cdn(self, committed, site_pages, monkeypatch):
        sent = []
        monkeypatch.setattr("page_cache.cdn.purge_urls_from_cache", sent.append)
        with committed():
            FilmFactory()
        assert sent == []


class TestARestrictionThatEnds:
    def test_an_embargo_that_ends_today_purges_the_pages_it_opens(self, cdn, clock, site_pages):
        page = interview(
            site_pages,
            access_level=AccessLevel.EMBARGOED,
            embargo_until=OPENING,
            external_id="OH-CDN",
        )
        people = [participant.person for participant in page.participants.all()]
        clock(OPENING)
        out = io.StringIO()
        call_command("purge_opened_pages", stdout=out)
        assert purged(cdn) == {
            f"{SITE}{page.url}",
            f"{PERMANENT}/id/interview/OH-CDN",
            f"{SITE}/en/oral-history/",
            f"{SITE}/fr/histoire-orale/",
            f"{PERMANENT}/id/page/{page.get_parent().pk}",
            *(f"{SITE}/fr/archives/people/{person.slug}/" for person in people),
            *(f"{SITE}/en/archive/people/{person.slug}/" for person in people),
            *(f"{PERMANENT}/id/person/{person.pk}" for person in people),
            *(
                f"{SITE}{page.url}{part}/"
                for part in ("captions", "chapters", "text", "pdf", "json")
            ),
            f"{SITE}/iiif/interview/{page.pk}/manifest.json",
        }
        assert out.getvalue().endswith(f"{len(purged(cdn))} addresses purged.\n")

    def test_an_embargo_that_ends_purges_its_recordings_pages_in_the_media_library(
        self, cdn, clock, site_pages
    ):
        page = interview(site_pages, access_level=AccessLevel.EMBARGOED, embargo_until=OPENING)
        media = AudioFactory()
        InterviewRecording.objects.create(interview=page, media=media)
        clock(OPENING)
        call_command("purge_opened_pages", stdout=io.StringIO())
        recording = {
            f"{SITE}{library}av/{media.pk}/{part}"
            for library in ("/fr/medias/", "/en/media/")
            for part in ("", "captions/", "transcript/", "transcript/pdf/")
        }
        assert recording | {f"{SITE}/iiif/media/{media.pk}/manifest.json"} <= purged(cdn)

    def test_the_day_before_nothing_has_opened(self, cdn, clock, site_pages):
        interview(site_pages, access_level=AccessLevel.EMBARGOED, embargo_until=OPENING)
        clock(OPENING - datetime.timedelta(days=1))
        call_command("purge_opened_pages", stdout=io.StringIO())
        assert cdn == []

    def test_a_missed_day_is_caught_up_with_since(self, cdn, clock, site_pages):
        page = interview(site_pages, access_level=AccessLevel.EMBARGOED, embargo_until=OPENING)
        clock(OPENING + datetime.timedelta(days=3))
        call_command("purge_opened_pages", stdout=io.StringIO())
        assert cdn == []
        call_command("purge_opened_pages", "--since", "2030-12-31", stdout=io.StringIO())
        assert f"{SITE}{page.url}" in purged(cdn)

    def test_a_restricted_passage_that_opens_purges_its_interview(self, cdn, clock, site_pages):
        page = interview(site_pages, external_id="OH-CDN-P")
        Redaction.objects.create(interview=page, start=20, end=30, until=OPENING)
        clock(OPENING)
        call_command("purge_opened_pages", stdout=io.StringIO())
        assert f"{SITE}{page.url}" in purged(cdn)
        assert f"{PERMANENT}/id/interview/OH-CDN-P" in purged(cdn)

    def test_without_a_cdn_the_command_says_so(self, site_pages):
        with pytest.raises(CommandError, match="No CDN is configured"):
            call_command("purge_opened_pages")
