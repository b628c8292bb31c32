"""
The IIIF Presentation 3 manifests the site serves, read back through IIIF's own JSON Schema
(iiif-prezi3 3.1.1 pins Pillow below the project's 13.0, so its models cannot share the test
environment): valid, complete, and holding nothing restricted.
"""

import datetime
import json

import pytest

from access_requests.factories import AccessGrantFactory
from archive.factories import ArchiveMediaFactory
from base.access import AccessLevel
from oral_history.models import PublicRecording
from tests.linked_data.conftest import HIDDEN_NAME, OPENS, SECRET
from tests.linked_data.helpers import assert_expected, iiif_errors

PROFILE = 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"'


def manifest_url(page):
    return f"/iiif/interview/{page.pk}/manifest.json"


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == PROFILE
    return response, json.loads(response.content)


@pytest.mark.django_db
class TestInterviewManifest:
    def test_is_valid_presentation_3(self, client, make_interview):
        _response, manifest = fetch(client, manifest_url(make_interview()))
        assert iiif_errors(manifest) == []

    def test_says_what_the_page_says_without_the_restricted_passage(self, client, make_interview):
        page = make_interview()
        response, manifest = fetch(client, manifest_url(page))
        assert SECRET not in response.content.decode()
        assert HIDDEN_NAME not in response.content.decode()
        assert_expected("manifest_interview", manifest)

    def test_the_canvas_lasts_as_long_as_the_recording(self, client, make_interview):
        page = make_interview()
        _response, manifest = fetch(client, manifest_url(page))
        (canvas,) = manifest["items"]
        assert canvas["duration"] == page.media.duration > 0
        painting = canvas["items"][0]["items"][0]
        assert painting["motivation"] == "painting"
        # It paints the public version, silent in the passage, never the original.
        version = PublicRecording.objects.get(interview=page, from_date=None)
        assert painting["body"]["id"].endswith(f"/recordings/{version.pk}/{version.filename}")
        assert painting["body"]["type"] == "Sound"
        # The recording it paints is served to the same visitor; the original is not.
        served = painting["body"]["id"].removeprefix("http://testserver")
        assert client.get(served).status_code == 200
        assert client.get(page.media.url).status_code == 404

    def test_captions_and_chapters_supplement_it_and_are_served(self, client, make_interview):
        page = make_interview()
        _response, manifest = fetch(client, manifest_url(page))
        bodies = [a["body"] for a in manifest["items"][0]["annotations"][0]["items"]]
        assert [body["format"] for body in bodies] == ["text/vtt", "text/vtt"]
        for body in bodies:
            served = client.get(body["id"].removeprefix("http://testserver"))
            assert served.status_code == 200
            assert SECRET not in served.content.decode()

    def test_the_ranges_leave_out_the_passage_and_say_so(self, client, make_interview):
        _response, manifest = fetch(client, manifest_url(make_interview()))
        ranges = manifest["structures"][0]["items"]
        assert [r["label"] for r in ranges] == [
            {"en": ["Opening words"], "fr": ["Premiers mots"]},
            {"en": ["Closing"], "fr": ["Fin"]},
        ]
        # The first range stops where the restricted passage starts.
        assert ranges[0]["items"][0]["id"].endswith("#t=0,20")
        withheld = next(m for m in manifest["metadata"] if m["label"]["en"] == ["Withheld"])
        assert withheld["value"]["en"] == [
            f"1 index segment in the restricted passage 0:00:20–0:00:30, until {OPENS}"
        ]

    def test_a_public_manifest_may_be_cached_and_read_by_other_sites(self, client, make_interview):
        response, _manifest = fetch(client, manifest_url(make_interview()))
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "private" not in response.get("Cache-Control", "")

    @pytest.mark.parametrize(
        "level", [AccessLevel.CLOSED, AccessLevel.REGISTERED, AccessLevel.EMBARGOED]
    )
    def test_no_manifest_for_whoever_may_not_hear_it(self, client, make_interview, level):
        embargo = OPENS if level == AccessLevel.EMBARGOED else None
        page = make_interview(access=level, embargo=embargo)
        assert client.get(manifest_url(page)).status_code == 404

    def test_an_approved_researcher_gets_a_private_one(self, client, make_interview, researcher):
        page = make_interview(access=AccessLevel.REGISTERED)
        client.force_login(researcher)
        response, manifest = fetch(client, manifest_url(page))
        assert iiif_errors(manifest) == []
        assert response["Cache-Control"] == "private, no-store"
        assert "Access-Control-Allow-Origin" not in response

    def test_a_grant_opens_it_privately_until_the_grant_ends(
        self, client, make_interview, django_user_model
    ):
        page = make_interview(access=AccessLevel.REGISTERED)
        user = django_user_model.objects.create_user("grantee", password="x")
        grant = AccessGrantFactory(user=user, page=page)
        client.force_login(user)
        response, manifest = fetch(client, manifest_url(page))
        assert iiif_errors(manifest) == []
        assert response["Cache-Control"] == "private, no-store"
        yesterday = grant.starts_on - datetime.timedelta(days=1)
        grant.starts_on = grant.ends_on = yesterday
        grant.save()
        assert client.get(manifest_url(page)).status_code == 404

    def test_an_embargo_that_has_ended_opens_it_to_everyone(self, client, make_interview):
        page = make_interview(access=AccessLevel.EMBARGOED, embargo=datetime.date(2020, 1, 1))
        _response, manifest = fetch(client, manifest_url(page))
        assert iiif_errors(manifest) == []

    def test_not_even_a_researcher_for_a_closed_one(self, client, make_interview, researcher):
        page = make_interview(access=AccessLevel.CLOSED)
        client.force_login(researcher)
        assert client.get(manifest_url(page)).status_code == 404

    def test_the_page_links_its_manifest(self, client, make_interview):
        page = make_interview()
        html = client.get(page.url).content.decode()
        assert f'href="{manifest_url(page)}"' in html
        assert "IIIF manifest" in html

    def test_a_page_without_a_manifest_does_not_link_one(self, client, make_interview):
        page = make_interview(access=AccessLevel.REGISTERED)
        assert manifest_url(page) not in client.get(page.url).content.decode()


@pytest.mark.django_db
class TestMediaManifest:
    def test_a_public_recording(self, client, site_pages):
        item = ArchiveMediaFactory(
            title="Talk recording", rights="http://rightsstatements.org/vocab/InC/1.0/"
        )
        response, manifest = fetch(client, f"/iiif/media/{item.pk}/manifest.json")
        assert iiif_errors(manifest) == []
        assert manifest["rights"] == "http://rightsstatements.org/vocab/InC/1.0/"
        assert manifest["items"][0]["duration"] == item.duration
        assert response["Access-Control-Allow-Origin"] == "*"
        assert_expected("manifest_media", manifest)
        page = client.get(f"/en/media/av/{item.pk}/").content.decode()
        assert f'href="/iiif/media/{item.pk}/manifest.json"' in page

    def test_a_registered_recording_is_not_found_by_anonymous_visitors(self, client, site_pages):
        item = ArchiveMediaFactory(access_level=AccessLevel.REGISTERED)
        assert client.get(f"/iiif/media/{item.pk}/manifest.json").status_code == 404

    def test_a_recording_of_a_closed_interview_is_not_found(self, client, make_interview):
        page = make_interview(access=AccessLevel.CLOSED)
        page.media.access_level = AccessLevel.PUBLIC
        page.media.save()
        assert client.get(f"/iiif/media/{page.media.pk}/manifest.json").status_code == 404

    def test_a_researcher_gets_a_registered_one_privately(self, client, site_pages, researcher):
        item = ArchiveMediaFactory(access_level=AccessLevel.REGISTERED)
        client.force_login(researcher)
        response, manifest = fetch(client, f"/iiif/media/{item.pk}/manifest.json")
        assert iiif_errors(manifest) == []
        assert response["Cache-Control"] == "private, no-store"
