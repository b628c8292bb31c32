"""
The original of a recording with a withheld passage is never served to an anonymous visitor or
to a researcher, whatever address is tried; the page plays the public version once it is made,
says until then that it is being prepared, states what is silenced in the visitor's language,
and plays the original again on the day the passage opens (issue 21).
"""

import datetime
import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from base.access import RESEARCHER_GROUP
from oral_history.factories import AudioFactory, InterviewPageFactory, TranscriptCueFactory
from oral_history.models import InterviewRecording, PublicRecording, Redaction
from oral_history.public_recordings.planning import plan
from oral_history.public_recordings.tasks import MAX_ATTEMPTS, make
from tests.html import soup
from tests.oral_history.recordings import speech_and_tones

THE_DAY = datetime.date(2031, 3, 1)
SECRET = "quokkasecret"


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    return speech_and_tones(tmp_path_factory.mktemp("original")).read_bytes()


@pytest.fixture
def clock(monkeypatch):
    def move_to(day):
        monkeypatch.setattr("base.access.today", lambda: day)

    return move_to


@pytest.fixture
def researcher(django_user_model):
    user = django_user_model.objects.create_user("researcher", password="x")
    group, _ = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    user.groups.add(group)
    return user


def interview(site_pages, original, language="en"):
    section = site_pages["oral_history"][language]
    page = InterviewPageFactory(parent=section, locale=section.locale, title="Booth memories")
    media = AudioFactory(file=ContentFile(original, name="booth.mp3"), title="Booth tape")
    page.recordings = [InterviewRecording(media=media)]
    page.redactions = [Redaction(start=2, end=4, until=THE_DAY)]
    page.save_revision().publish()
    for position, words in enumerate(["Good evening.", f"The {SECRET} story.", "Good night."]):
        TranscriptCueFactory(
            interview=page,
            position=position,
            start=position * 2.5,
            end=position * 2.5 + 1,
            text=words,
        )
    page.media = media
    return page


def made(page):
    for pk in plan(page.pk):
        make(pk)


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def original_urls(page):
    media = page.media
    return [
        media.url,
        f"/media-files/{media.pk}/{media.filename.upper()}",
        f"/en/media/av/{media.pk}/",
        f"/iiif/media/{media.pk}/manifest.json",
    ]


@pytest.mark.django_db
class TestTheOriginalNeverLeaks:
    def test_not_to_anonymous_visitors_nor_researchers_by_any_address(
        self, client, site_pages, original, researcher
    ):
        page = interview(site_pages, original)
        made(page)
        for user in (None, researcher):
            if user:
                client.force_login(user)
            assert client.get(page.media.url).status_code == 404
            assert client.get(page.media.url, HTTP_RANGE="bytes=0-99").status_code == 404
            served = [client.get(url) for url in original_urls(page)[2:]]
            for response in served:
                assert page.media.url not in body(response).decode()
            for url in (page.url, page.url + "json/", f"/iiif/interview/{page.pk}/manifest.json"):
                text = body(client.get(url)).decode()
                assert page.media.url not in text
                assert SECRET not in text

    def test_the_page_and_the_manifest_play_the_public_version(self, client, site_pages, original):
        page = interview(site_pages, original)
        made(page)
        version = PublicRecording.objects.get(interview=page, from_date=None)
        html = soup(client.get(page.url))
        audio = html.select_one("audio")
        assert audio["src"] == f"/recordings/{version.pk}/{version.filename}"
        assert "silenced during the restricted passage: 0:00:02–0:00:04" in html.get_text(" ")
        served = client.get(audio["src"], HTTP_RANGE="bytes=0-99")
        assert served.status_code == 206 and len(body(served)) == 100
        manifest = json.loads(client.get(f"/iiif/interview/{page.pk}/manifest.json").content)
        painted = manifest["items"][0]["items"][0]["items"][0]["body"]["id"]
        assert painted.endswith(audio["src"])
        silenced = next(m for m in manifest["metadata"] if m["label"]["en"] == ["Silenced"])
        assert silenced["value"]["fr"] == ["0:00:02–0:00:04, silencé dans l’enregistrement"]
        data = json.loads(client.get(page.url + "json/").content)
        assert data["silenced"] == [{"start": 2.0, "end": 4.0}]

    def test_until_it_is_made_the_page_says_it_is_being_prepared(
        self, client, site_pages, original
    ):
        page = interview(site_pages, original, language="fr")
        plan(page.pk)
        html = soup(client.get(page.url))
        assert html.select_one("audio") is None
        assert "en cours de préparation" in html.select_one(".player__preparing").get_text()
        assert client.get(page.media.url).status_code == 404

    def test_a_version_for_a_later_day_or_a_superseded_one_is_not_served(
        self, client, site_pages, original, clock
    ):
        page = interview(site_pages, original)
        page.redactions = [Redaction(start=2, end=4, until=THE_DAY), Redaction(start=6, end=7)]
        page.save_revision().publish()
        made(page)
        later = PublicRecording.objects.get(interview=page, from_date=THE_DAY)
        make(later.pk)
        later.refresh_from_db()
        assert client.get(f"/recordings/{later.pk}/{later.filename}").status_code == 404
        today = PublicRecording.objects.get(interview=page, from_date=None)
        page.redactions = [Redaction(start=1, end=5)]
        page.save_revision().publish()
        plan(page.pk)
        assert not PublicRecording.objects.filter(pk=today.pk).exists()
        assert client.get(f"/recordings/{today.pk}/{today.filename}").status_code == 404

    def test_the_passage_opens_and_the_original_plays_that_day(
        self, client, site_pages, original, clock
    ):
        page = interview(site_pages, original)
        clock(THE_DAY - datetime.timedelta(days=1))
        assert client.get(page.media.url).status_code == 404
        clock(THE_DAY)
        html = soup(client.get(page.url))
        assert html.select_one("audio")["src"] == page.media.url
        assert client.get(page.media.url).status_code == 200

    def test_editors_hear_the_original_and_are_told_what_visitors_hear(
        self, client, site_pages, original, admin_user
    ):
        page = interview(site_pages, original)
        client.force_login(admin_user)
        assert client.get(page.media.url).status_code == 200
        html = soup(client.get(page.url))
        assert html.select_one("audio")["src"] == page.media.url
        assert "Editors hear the original" in html.get_text()


@pytest.mark.django_db
class TestTheJob:
    def test_publishing_only_queues_the_job(
        self, site_pages, original, django_capture_on_commit_callbacks, monkeypatch
    ):
        # The worker closes connections it finds inside a transaction, as the test's is; on
        # PostgreSQL that would end the test's transaction.
        monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
        with django_capture_on_commit_callbacks(execute=True):
            page = interview(site_pages, original)
        (version,) = PublicRecording.objects.filter(interview=page, from_date=None)
        assert version.state == PublicRecording.State.PENDING and not version.file
        assert DBTaskResult.objects.filter(status="READY").count() >= 1
        call_command(
            "db_worker",
            "--backend",
            "archive",
            "--batch",
            "--no-startup-delay",
            stdout=io.StringIO(),
        )
        version.refresh_from_db()
        assert version.state == PublicRecording.State.READY

    def test_a_failure_is_kept_retried_later_then_shown_as_failed(self, site_pages, original):
        page = interview(site_pages, original)
        (pk,) = [pk for pk in plan(page.pk) if PublicRecording.objects.get(pk=pk).from_date is None]
        version = PublicRecording.objects.get(pk=pk)
        with page.media.file.open("wb") as handle:
            handle.write(b"not a recording")
        for attempt in range(1, MAX_ATTEMPTS + 1):
            make(pk)
            version.refresh_from_db()
            assert version.attempts == attempt
            assert "checksum" in version.error
        assert version.state == PublicRecording.State.FAILED
        # Each failure but the last queued the job again, for later.
        retries = DBTaskResult.objects.filter(
            run_after__gt=timezone.now(), run_after__year__lt=3000
        )
        assert retries.count() == MAX_ATTEMPTS - 1

    def test_the_admin_shows_the_state_and_the_error(
        self, client, site_pages, original, admin_user
    ):
        page = interview(site_pages, original)
        plan(page.pk)
        PublicRecording.objects.filter(interview=page).update(
            state="failed", error="ffmpeg failed: boom"
        )
        client.force_login(admin_user)
        report = soup(client.get("/admin/reports/public-recordings/")).get_text()
        assert "ffmpeg failed: boom" in report and "Booth memories" in report
        edit = soup(client.get(f"/admin/pages/{page.pk}/edit/")).get_text()
        assert "ffmpeg failed: boom" in edit

    def test_the_report_costs_the_same_queries_with_more_versions(
        self, client, site_pages, original, admin_user, django_assert_num_queries
    ):
        client.force_login(admin_user)
        plan(interview(site_pages, original).pk)
        client.get("/admin/reports/public-recordings/")  # the admin's first request warms up
        with CaptureQueriesContext(connection) as one:
            client.get("/admin/reports/public-recordings/")
        for _ in range(2):
            plan(interview(site_pages, original).pk)
        with django_assert_num_queries(len(one)):
            response = client.get("/admin/reports/public-recordings/")
        assert len(soup(response).select("tbody tr")) == 3

    def test_verify_fixity_checks_the_public_version(self, site_pages, original):
        page = interview(site_pages, original)
        made(page)
        output = io.StringIO()
        call_command("verify_fixity", stdout=output)
        assert "0 changed" in output.getvalue()
        version = PublicRecording.objects.get(interview=page, from_date=None)
        with version.file.open("wb") as handle:
            handle.write(b"changed")
        output = io.StringIO()
        with pytest.raises(CommandError):
            call_command("verify_fixity", stdout=output)
        assert f"CHANGED public version {version.pk}" in output.getvalue()
