"""Recordings are served by a view that checks access and lets players seek (HTTP Range)."""

import pytest
from django.core.files.base import ContentFile

from archive.media.files import read_duration
from archive.media.models import ArchiveMedia
from tests.paths import PROJECT

SAMPLE = PROJECT / "oral_history" / "sample_data" / "demonstration.mp3"


@pytest.fixture
def media(db):
    return ArchiveMedia.objects.create(
        title="Talk", type="audio", file=ContentFile(bytes(range(256)) * 4, name="talk.mp3")
    )


def body(response):
    return b"".join(response.streaming_content)


@pytest.mark.django_db
class TestServing:
    def test_whole_file(self, client, media):
        response = client.get(media.url)
        assert response.status_code == 200
        assert response["Accept-Ranges"] == "bytes"
        assert response["Content-Type"] == "audio/mpeg"
        assert len(body(response)) == 1024

    def test_a_range(self, client, media):
        response = client.get(media.url, headers={"range": "bytes=10-19"})
        assert response.status_code == 206
        assert response["Content-Range"] == "bytes 10-19/1024"
        assert body(response) == bytes(range(10, 20))

    def test_an_open_ended_range_and_a_suffix(self, client, media):
        assert len(body(client.get(media.url, headers={"range": "bytes=1000-"}))) == 24
        tail = client.get(media.url, headers={"range": "bytes=-4"})
        assert tail["Content-Range"] == "bytes 1020-1023/1024"

    def test_a_range_past_the_end(self, client, media):
        response = client.get(media.url, headers={"range": "bytes=5000-6000"})
        assert response.status_code == 416
        assert response["Content-Range"] == "bytes */1024"

    def test_a_closed_item_is_not_served_and_not_cached(self, client, admin_client, media):
        media.access_level = "closed"
        media.save()
        assert client.get(media.url).status_code == 404
        response = admin_client.get(media.url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"

    def test_the_web_server_can_take_over_the_transfer(self, client, media, settings):
        settings.MEDIA_ACCEL_REDIRECT_PREFIX = "/protected-media/"
        response = client.get(media.url)
        assert response["X-Accel-Redirect"] == f"/protected-media/{media.file.name}"
        assert response.content == b""


def test_duration_is_read_from_the_file():
    with SAMPLE.open("rb") as handle:
        assert read_duration(handle) == pytest.approx(40.96, abs=0.1)


def test_a_file_that_is_not_audio_has_no_duration():
    assert read_duration(ContentFile(b"not audio at all")) is None


@pytest.mark.django_db
def test_saving_a_recording_reads_its_duration():
    media = ArchiveMedia.objects.create(
        title="Sample", type="audio", file=ContentFile(SAMPLE.read_bytes(), name="sample.mp3")
    )
    assert media.duration == pytest.approx(40.96, abs=0.1)
