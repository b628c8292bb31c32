"""
Permanent addresses: /id/<kind>/<key> leads to the record's current page in the visitor's
language, survives a slug change and a move, answers 410 for a deleted record, and never gives a
key to another record.
"""

import pytest
from wagtail.models import PageViewRestriction

from archive.factories import (
    ArchiveDocumentFactory,
    ArchiveImageFactory,
    FilmFactory,
    PersonFactory,
    ScreeningFactory,
    SeriesFactory,
    VenueFactory,
)
from archive.programme.models import Film, Screening, ScreeningGuest
from base.access import AccessLevel
from home.models import HistoryChapterPage
from identifiers import permanent_url
from identifiers.issuing import issue_all
from identifiers.models import PermanentIdentifier
from oral_history.factories import AudioFactory


def followed(client, path, language="en", **extra):
    """The status and Location of a permanent address, asked in a language."""
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language, **extra)
    return response.status_code, response.headers.get("Location")


@pytest.mark.django_db
class TestRecords:
    def test_an_event_by_its_external_identifier(self, client, site_pages):
        screening = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
        assert permanent_url(screening) == (
            "http://testserver/id/event/laclef-2019-occupation-first-night"
        )
        path = "/id/event/laclef-2019-occupation-first-night"
        assert followed(client, path, "en") == (303, f"/en/archive/screenings/{screening.pk}/")
        assert followed(client, path, "fr") == (303, f"/fr/archives/screenings/{screening.pk}/")

    def test_the_language_asked_for_wins(self, client, site_pages):
        film = Film.objects.get(slug="attica")
        path = f"/id/film/{film.pk}"
        assert followed(client, path + "?lang=fr", "en")[1] == "/fr/archives/films/attica/"
        client.cookies["django_language"] = "fr"
        assert followed(client, path, "en")[1] == "/fr/archives/films/attica/"

    def test_a_film_after_its_slug_changes(self, client, site_pages):
        film = FilmFactory(title="Attica bis")
        path = f"/id/film/{film.pk}"
        assert followed(client, path)[1] == f"/en/archive/films/{film.slug}/"
        film.slug = "attica-renamed"
        film.save()
        assert followed(client, path) == (303, "/en/archive/films/attica-renamed/")

    @pytest.mark.parametrize(
        ("factory", "kind", "route"),
        [
            (PersonFactory, "person", "/en/archive/people/{slug}/"),
            (SeriesFactory, "series", "/en/archive/series/{slug}/"),
            (VenueFactory, "venue", "/en/archive/?venue={slug}"),
        ],
    )
    def test_every_programme_kind(self, client, site_pages, factory, kind, route):
        record = factory()
        if kind == "person":
            ScreeningGuest.objects.create(screening=ScreeningFactory(), person=record)
        assert followed(client, f"/id/{kind}/{record.pk}") == (
            303,
            route.format(slug=record.slug),
        )

    @pytest.mark.parametrize(
        ("factory", "kind", "route"),
        [
            (ArchiveImageFactory, "image", "images"),
            (ArchiveDocumentFactory, "document", "documents"),
        ],
    )
    def test_media_items(self, client, site_pages, factory, kind, route):
        item = factory()
        assert followed(client, f"/id/{kind}/{item.pk}", "fr") == (
            303,
            f"/fr/medias/{route}/{item.pk}/",
        )

    def test_an_unknown_key(self, client, site_pages):
        assert client.get("/id/event/no-such-event").status_code == 404
        assert client.get("/id/nonsense/1").status_code == 404


@pytest.mark.django_db
class TestDeletion:
    def test_a_deleted_record_is_gone(self, client, site_pages):
        film = FilmFactory()
        path = f"/id/film/{film.pk}"
        film.delete()
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 410
        assert "removed" in response.content.decode()

    def test_a_key_is_never_given_again(self, client, site_pages):
        first = FilmFactory(title="Once")
        first_key = str(first.pk)
        first.delete()
        second = FilmFactory(title="Once")
        assert str(second.pk) != first_key
        assert client.get(f"/id/film/{first_key}").status_code == 410
        assert followed(client, f"/id/film/{second.pk}")[0] == 303

    def test_an_event_imported_again_takes_its_key_back(self, client, site_pages):
        ScreeningFactory(external_id="lc-again").delete()
        assert client.get("/id/event/lc-again").status_code == 410
        again = ScreeningFactory(external_id="lc-again")
        assert followed(client, "/id/event/lc-again")[1] == f"/en/archive/screenings/{again.pk}/"


@pytest.mark.django_db
class TestPages:
    def test_a_history_chapter_in_the_visitors_language(self, client, site_pages):
        french = HistoryChapterPage.objects.filter(locale__language_code="fr").first()
        english = french.get_translation(site_pages["home"]["en"].locale)
        assert followed(client, f"/id/page/{french.pk}", "en")[1] == english.url
        assert followed(client, f"/id/page/{french.pk}", "fr")[1] == french.url

    def test_a_chapter_moved_and_renamed(self, client, site_pages):
        chapter = HistoryChapterPage.objects.filter(locale__language_code="fr").first()
        chapter.slug = "renamed-chapter"
        chapter.save_revision().publish()
        assert followed(client, f"/id/page/{chapter.pk}", "fr")[1].endswith("/renamed-chapter/")
        chapter.move(site_pages["exhibitions"]["fr"], pos="last-child")
        chapter.refresh_from_db()
        assert followed(client, f"/id/page/{chapter.pk}", "fr")[1] == (
            "/fr/expositions/renamed-chapter/"
        )


@pytest.mark.django_db
def test_records_made_without_signals_get_theirs_from_the_command(site_pages):
    films = Film.objects.bulk_create([Film(title="Bulk", slug="bulk-film")])
    assert not PermanentIdentifier.objects.filter(kind="film", key=str(films[0].pk)).exists()
    assert issue_all() >= 1
    assert PermanentIdentifier.objects.filter(kind="film", key=str(films[0].pk)).exists()
    assert issue_all() == 0


@pytest.mark.django_db
def test_the_loaded_site_has_identifiers(site_pages):
    assert PermanentIdentifier.objects.filter(
        kind="event", key="laclef-2019-occupation-first-night"
    ).exists()


@pytest.mark.django_db
def test_a_page_behind_a_login_is_not_cited(client, site_pages):
    chapter = HistoryChapterPage.objects.filter(locale__language_code="en").first()
    PageViewRestriction.objects.create(page=chapter, restriction_type="login")
    assert client.get(f"/id/page/{chapter.pk}").status_code == 404
    assert client.get(f"/cite/page/{chapter.pk}.bib").status_code == 404


@pytest.mark.django_db
class TestRecordings:
    def test_an_audio_item(self, client, site_pages):
        media = AudioFactory()
        assert followed(client, f"/id/media/{media.pk}") == (303, f"/en/media/av/{media.pk}/")
        assert '"type": "song"' in client.get(f"/cite/media/{media.pk}.csl.json").content.decode()

    def test_a_recording_of_a_closed_interview_is_unknown(self, client, make_interview):
        page = make_interview(access=AccessLevel.CLOSED)
        media = page.recordings.first().media
        assert client.get(f"/id/media/{media.pk}").status_code == 404
        assert client.get(f"/cite/media/{media.pk}.ris").status_code == 404
