"""
Media in object storage (S3 through django-storages), against moto's S3 server on a free
loopback port: public files are read at their bucket address, private ones never are (the
bucket answers 403 to whoever asks without the access check), and the access-checking views
serve them, with HTTP Range read as a ranged GET from the bucket.
"""

import http.client
from urllib.parse import urlsplit

import boto3
import pytest
from django.core.files.storage import storages
from django.urls import reverse
from moto.server import ThreadedMotoServer

from archive.factories import (
    SAMPLE_MP3,
    ArchiveDocumentFactory,
    ArchiveImageFactory,
    ArchiveMediaFactory,
)
from base.access import AccessLevel

BUCKET = "la-clef-media"
CREDENTIALS = {"access_key": "testing", "secret_key": "testing", "region_name": "us-east-1"}


@pytest.fixture(scope="module")
def s3_endpoint():
    """moto's S3 server in a thread, on a port the system picks, with the site's bucket."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="us-east-1",
    ).create_bucket(Bucket=BUCKET)
    yield endpoint
    server.stop()


@pytest.fixture
def object_storage(s3_endpoint, settings):
    """The settings that `MEDIA_S3_BUCKET` and `AWS_S3_ENDPOINT_URL` make (settings/base.py)."""
    common = {**CREDENTIALS, "endpoint_url": s3_endpoint, "bucket_name": BUCKET}
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**common, "default_acl": "public-read", "querystring_auth": False},
        },
        "private_media": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "location": "private",
                "default_acl": "private",
                "querystring_auth": True,
            },
        },
    }
    return s3_endpoint


def fetch(url):
    """(status, bytes) of a plain HTTP GET, as a browser with no session would make it."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", parts.path)
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def bucket_url(endpoint, key):
    return f"{endpoint}/{BUCKET}/{key}"


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
class TestPublicFiles:
    def test_a_public_image_is_read_at_its_bucket_address(self, object_storage):
        image = ArchiveImageFactory()
        assert image.file.url.startswith(f"{object_storage}/{BUCKET}/original_images/")
        status, data = fetch(image.file.url)
        assert status == 200
        with image.file.open("rb") as handle:
            assert data == handle.read()

    def test_its_renditions_too(self, object_storage):
        rendition = ArchiveImageFactory().get_rendition("fill-40x30")
        assert fetch(rendition.url)[0] == 200


@pytest.mark.django_db
class TestPrivateFiles:
    def test_a_restricted_image_has_no_bucket_address(self, object_storage, client, admin_client):
        image = ArchiveImageFactory(access_level=AccessLevel.REGISTERED)
        assert image.file.url == reverse("image_file", kwargs={"name": image.file.name[11:]})
        assert fetch(bucket_url(object_storage, f"private/{image.file.name}"))[0] == 403
        assert client.get(image.file.url).status_code == 404
        response = admin_client.get(image.file.url)
        assert response.status_code == 200
        assert content(response).startswith(b"\x89PNG")

    def test_a_public_recording_is_still_only_served_by_the_site(self, object_storage, client):
        media = ArchiveMediaFactory()
        assert storages["private_media"].exists(media.file.name)
        assert fetch(bucket_url(object_storage, f"private/{media.file.name}"))[0] == 403
        response = client.get(media.url)
        assert response.status_code == 200
        assert content(response) == SAMPLE_MP3.read_bytes()

    def test_a_range_is_read_from_the_bucket(self, object_storage, client):
        media = ArchiveMediaFactory()
        expected = SAMPLE_MP3.read_bytes()
        asked = []
        events = storages["private_media"].connection.meta.client.meta.events
        events.register(
            "provide-client-params.s3.GetObject",
            lambda params, **kwargs: asked.append(params.get("Range")),
        )
        response = client.get(media.url, headers={"range": "bytes=1000-1999"})
        assert response.status_code == 206
        assert response["Content-Range"] == f"bytes 1000-1999/{len(expected)}"
        assert content(response) == expected[1000:2000]
        assert asked == ["bytes=1000-1999"]
        tail = client.get(media.url, headers={"range": "bytes=-10"})
        assert content(tail) == expected[-10:]

    def test_a_closed_recording_is_a_404_but_editors_hear_it(
        self, object_storage, client, admin_client
    ):
        media = ArchiveMediaFactory(access_level=AccessLevel.CLOSED)
        assert client.get(media.url).status_code == 404
        assert admin_client.get(media.url, headers={"range": "bytes=0-3"}).status_code == 206

    def test_a_document_is_read_only_through_the_site(self, object_storage, client):
        public = ArchiveDocumentFactory()
        closed = ArchiveDocumentFactory(access_level=AccessLevel.CLOSED)
        for document in (public, closed):
            assert fetch(bucket_url(object_storage, f"private/{document.file.name}"))[0] == 403
        response = client.get(public.url)
        assert response.status_code == 200
        assert content(response).startswith(b"%PDF-")
        assert client.get(closed.url).status_code == 404
