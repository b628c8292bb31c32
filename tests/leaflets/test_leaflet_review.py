"""
From scan to programme, as an editor does it: upload in the admin (the answer comes at once),
the background reading with its progress, the review screen, the confirmation (all or none,
once), and what a visitor then sees on the event's page and in the search.
"""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

from archive.factories import FilmFactory, ScreeningFactory
from archive.programme.models import Film, Person, Screening
from leaflets.models import Leaflet, Suggestion
from tests.html import soup, texts
from tests.leaflets.review_screen import formset_data, review
from tests.leaflets.scan_files import png, run_worker, scan_file, upload


@pytest.mark.django_db
class TestUploadAndReading:
    def test_the_upload_returns_at_once_and_the_reading_shows_its_progress(
        self, editor_client, django_capture_on_commit_callbacks, sample
    ):
        response = upload(editor_client, django_capture_on_commit_callbacks, [scan_file(sample)])
        assert response.status_code == 302
        leaflet = Leaflet.objects.get()
        assert (leaflet.state, leaflet.pages_read, leaflet.pages_total) == ("queued", 0, 1)
        assert not leaflet.pages.exists()
        image = leaflet.image
        assert (image.title, image.date, image.date_precision) == (
            "mars-1995",
            datetime.date(1995, 3, 1),
            "month",
        )
        assert image.access_level == "public" and image.checksum
        listing = soup(editor_client.get("/admin/leaflets/"))
        assert listing.select_one('meta[http-equiv="refresh"]')
        assert "Waiting to be read" in texts(listing, ".leaflet-state")
        assert listing.select_one("progress")["max"] == "1"
        assert "0 of 1 pages read" in listing.get_text()

        run_worker()
        leaflet.refresh_from_db()
        assert (leaflet.state, leaflet.pages_read) == ("read", 1)
        listing = soup(editor_client.get("/admin/leaflets/"))
        assert not listing.select_one('meta[http-equiv="refresh"]')
        assert "Read, to be checked" in texts(listing, ".leaflet-state")

    def test_the_rows_read_are_the_leaflets_events(self, read_leaflet, sample):
        rows = list(Suggestion.objects.filter(page__leaflet=read_leaflet))
        assert [(row.date, row.time, row.title, row.director) for row in rows] == [
            (event.date, event.time, event.title, event.director) for event in sample.events
        ]
        assert [row.guest_names for row in rows] == [event.guests for event in sample.events]
        assert all(0.5 < row.confidence <= 1 for row in rows)
        page = read_leaflet.pages.get()
        assert sample.events[0].title in page.text
        assert page.words and all(len(word) == 7 for word in page.words)
        for row in rows:  # each region lies on the page, around its own title
            assert 0 <= row.left < row.right <= page.width
            assert 0 <= row.top < row.bottom <= page.height
        assert rows[0].bottom <= rows[1].top

    def test_a_bad_file_in_the_upload_saves_nothing(
        self, editor_client, django_capture_on_commit_callbacks, sample
    ):
        files = [scan_file(sample), SimpleUploadedFile("notes.txt", b"not a scan", "text/plain")]
        response = upload(editor_client, django_capture_on_commit_callbacks, files)
        assert response.status_code == 200
        page = soup(response)
        assert "notes.txt: not a scan this can read (JPEG, PNG, TIFF or PDF)." in page.get_text()
        assert "Nothing was saved." in page.get_text()
        assert not Leaflet.objects.exists()
        assert not get_image_model().objects.exists()

    def test_a_scan_with_no_text_fails_with_a_clear_message(
        self, editor_client, django_capture_on_commit_callbacks
    ):
        shapes = Image.new("L", (800, 600), 255)
        ImageDraw.Draw(shapes).ellipse((200, 150, 600, 450), fill=40)
        upload(
            editor_client,
            django_capture_on_commit_callbacks,
            [SimpleUploadedFile("dessin.png", png(shapes), "image/png")],
        )
        run_worker()
        leaflet = Leaflet.objects.get()
        assert leaflet.state == "failed"
        assert leaflet.error == "No text found: the scan is blank or cannot be read."
        listing = soup(editor_client.get("/admin/leaflets/"))
        assert leaflet.error in texts(listing, ".leaflet-error")

    def test_the_screens_are_for_editors_only(self, client, read_leaflet, django_user_model):
        client.force_login(django_user_model.objects.create_user("visitor", password="x"))
        page = read_leaflet.pages.get()
        for url in (
            "/admin/leaflets/",
            "/admin/leaflets/upload/",
            f"/admin/leaflets/{read_leaflet.pk}/",
            f"/admin/leaflets/pages/{page.pk}.jpg",
        ):
            assert client.get(url).status_code in (302, 403)


@pytest.mark.django_db
class TestReview:
    def test_the_scan_beside_its_rows_with_each_region_drawn(
        self, editor_client, read_leaflet, sample, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(20):
            page = review(editor_client, read_leaflet)
        picture = page.select_one(".leaflet-review__scan img")
        response = editor_client.get(picture["src"])
        assert response["Content-Type"] == "image/jpeg"
        regions = page.select(".leaflet-review__scan svg rect")
        assert len(regions) == len(sample.events)
        assert [link["href"] for link in page.select("svg a")] == ["#row-1", "#row-2"]
        assert page.select_one("#row-1 input[name='rows-0-title']")["value"] == (
            sample.events[0].title
        )
        assert "leaflet-region--1" in page.select_one("style").get_text()
        assert sample.events[0].title in texts(page, ".leaflet-page__text pre")[0]

    def test_corrections_are_kept_but_nothing_is_saved_until_confirmed(
        self, editor_client, read_leaflet
    ):
        page = review(editor_client, read_leaflet)
        events_before = Screening.objects.count()
        data = formset_data(page, **{"rows-0-title": "Attica (version restaurée)", "save": "1"})
        response = editor_client.post(f"/admin/leaflets/{read_leaflet.pk}/", data)
        assert response.status_code == 302
        assert Suggestion.objects.filter(title="Attica (version restaurée)").exists()
        assert Screening.objects.count() == events_before

    def test_confirming_saves_every_row_once(self, editor_client, read_leaflet, sample):
        page = review(editor_client, read_leaflet)
        data = formset_data(page, confirm="1")
        response = editor_client.post(f"/admin/leaflets/{read_leaflet.pk}/", data)
        assert response.status_code == 302
        read_leaflet.refresh_from_db()
        assert read_leaflet.state == "confirmed"
        events = list(Screening.objects.order_by("date"))
        assert [(e.date, e.time) for e in events] == [(e.date, e.time) for e in sample.events]
        first = events[0]
        film = first.film_links.get().film
        assert (film.title, film.year) == (sample.events[0].title, sample.events[0].year)
        assert [d.person.name for d in film.director_links.all()] == [sample.events[0].director]
        assert first.image_links.get().image == read_leaflet.image
        assert first.source.startswith("Tract, mars 1995\u00a0: ")

        counts = (Screening.objects.count(), Film.objects.count(), Person.objects.count())
        again = editor_client.post(f"/admin/leaflets/{read_leaflet.pk}/", data, follow=True)
        assert "confirmed already: nothing changed" in again.content.decode()
        assert (Screening.objects.count(), Film.objects.count(), Person.objects.count()) == counts

    def test_an_incomplete_row_keeps_the_whole_leaflet_out(self, editor_client, read_leaflet):
        page = review(editor_client, read_leaflet)
        data = formset_data(page, **{"rows-1-title": "", "confirm": "1"})
        response = editor_client.post(f"/admin/leaflets/{read_leaflet.pk}/", data)
        assert response.status_code == 200
        assert "Row 2: the title is missing." in texts(soup(response), "[role=alert] li")
        assert not Screening.objects.exists()
        read_leaflet.refresh_from_db()
        assert read_leaflet.state == "read"
        assert Suggestion.objects.get(order=1).title != ""  # the edit rolled back too

    def test_a_rejected_row_is_not_saved(self, editor_client, read_leaflet, sample):
        page = review(editor_client, read_leaflet)
        data = formset_data(page, **{"rows-0-decision": "reject", "confirm": "1"})
        editor_client.post(f"/admin/leaflets/{read_leaflet.pk}/", data)
        assert list(Screening.objects.values_list("date", flat=True)) == [sample.events[1].date]

    def test_a_row_of_an_event_already_in_the_archive_is_merged_into_it(
        self, editor_client, django_capture_on_commit_callbacks, sample
    ):
        event = sample.events[1]
        film = FilmFactory(title=event.title, year=event.year)
        existing = ScreeningFactory(date=event.date, time=None, films=[film])
        upload(editor_client, django_capture_on_commit_callbacks, [scan_file(sample)])
        run_worker()
        leaflet = Leaflet.objects.get()
        second = Suggestion.objects.get(order=1)
        assert (second.decision, second.merge_into) == ("merge", existing)
        page = review(editor_client, leaflet)
        chosen = page.select_one("select[name='rows-1-merge_into'] option[selected]")
        assert chosen["value"] == str(existing.pk)
        editor_client.post(f"/admin/leaflets/{leaflet.pk}/", formset_data(page, confirm="1"))
        assert Screening.objects.count() == 2  # the first row's event, and the existing one
        existing.refresh_from_db()
        assert existing.time == event.time
        assert [link.film for link in existing.film_links.all()] == [film]
        assert [g.person.name for g in existing.guest_links.all()] == event.guests
        assert Suggestion.objects.get(order=1).screening == existing
