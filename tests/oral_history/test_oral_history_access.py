"""
Nothing restricted reaches a visitor who may not see it: for each access level and for a
restricted passage, every channel is checked (page, listing, search, JSON, captions, text,
chapters, sitemap, and the recording's address).
"""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.storage import default_storage

from base.access import RESEARCHER_GROUP, AccessLevel
from oral_history.factories import AudioFactory, InterviewPageFactory, TranscriptCueFactory
from oral_history.models import IndexSegment, InterviewRecording, Redaction

SECRET = "SECRETWORD"
EMBARGO_END = datetime.date(2031, 1, 1)


@pytest.fixture
def make_interview(site_pages):
    def make(access=AccessLevel.PUBLIC, embargo=None, redaction_until="none", title="Interview"):
        page = InterviewPageFactory(
            parent=site_pages["oral_history"]["en"],
            title=f"{title} zanzibar",
            access_level=access,
            embargo_until=embargo,
        )
        media = AudioFactory(access_level=access, embargo_until=embargo)
        page.recordings = [InterviewRecording(media=media)]
        page.segments = [
            IndexSegment(start=0, title="Opening words"),
            IndexSegment(start=25, title=f"Segment {SECRET}"),
        ]
        if redaction_until != "none":
            page.redactions = [Redaction(start=20, end=30, until=redaction_until)]
        page.save_revision().publish()
        for position, text in enumerate(["Hello everyone.", f"The {SECRET} words.", "Goodbye."]):
            TranscriptCueFactory(
                interview=page,
                position=position,
                start=position * 20.0,
                end=position * 20 + 10,
                text=text,
            )
        page.media = media
        return page

    return make


@pytest.fixture
def researcher(django_user_model):
    user = django_user_model.objects.create_user("researcher", password="x")
    group, _ = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    user.groups.add(group)
    return user


def channels(client, page):
    """What a visitor receives from every channel that could carry the interview's material."""
    url = page.url
    return {
        "page": client.get(url),
        "listing": client.get("/en/oral-history/"),
        "search": client.get("/en/search/", {"q": "zanzibar"}),
        "json": client.get(f"{url}json/"),
        "captions": client.get(f"{url}captions/"),
        "text": client.get(f"{url}text/"),
        "chapters": client.get(f"{url}chapters/"),
        "sitemap": client.get("/sitemap.xml"),
        "media": client.get(page.media.url),
    }


def leaks(responses, page, listed_is_a_leak=True):
    """
    The channels through which restricted material got out: the secret words, a served
    recording, and (for a closed interview) the interview's mere presence in a list.
    """
    found = []
    for name, response in responses.items():
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if name == "media":
            if response.status_code == 200:
                found.append(name)
        elif SECRET.encode() in body or (
            listed_is_a_leak
            and name in ("listing", "search", "sitemap")
            and page.url.encode() in body
        ):
            found.append(name)
    return found


@pytest.mark.django_db
class TestClosed:
    def test_a_closed_interview_reaches_no_anonymous_visitor(self, client, make_interview):
        page = make_interview(AccessLevel.CLOSED)
        responses = channels(client, page)
        assert responses["page"].status_code == 404
        assert leaks(responses, page) == []
        assert page.title not in responses["listing"].content.decode()

    def test_nor_an_approved_researcher(self, client, make_interview, researcher):
        page = make_interview(AccessLevel.CLOSED)
        client.force_login(researcher)
        assert leaks(channels(client, page), page) == []

    def test_editors_still_see_it(self, admin_client, make_interview):
        page = make_interview(AccessLevel.CLOSED)
        responses = channels(admin_client, page)
        assert responses["page"].status_code == 200
        assert SECRET in responses["page"].content.decode()
        assert responses["media"].status_code == 200


@pytest.mark.django_db
class TestRegistered:
    def test_anonymous_visitors_get_the_summary_and_a_way_to_log_in(self, client, make_interview):
        page = make_interview(AccessLevel.REGISTERED)
        responses = channels(client, page)
        html = responses["page"].content.decode()
        assert responses["page"].status_code == 200
        assert "A conversation about La Clef." in html
        assert "/en/accounts/login/?next=" in html
        assert "<audio" not in html
        assert [
            n for n in leaks(responses, page) if n not in ("listing", "search", "sitemap")
        ] == []
        assert responses["json"].status_code == 404

    def test_an_approved_researcher_hears_and_reads_it(self, client, make_interview, researcher):
        page = make_interview(AccessLevel.REGISTERED)
        client.force_login(researcher)
        responses = channels(client, page)
        assert "<audio" in responses["page"].content.decode()
        assert responses["captions"].status_code == 200
        assert responses["media"].status_code == 200

    def test_a_logged_in_user_who_is_not_approved_does_not(
        self, client, make_interview, django_user_model
    ):
        page = make_interview(AccessLevel.REGISTERED)
        client.force_login(django_user_model.objects.create_user("visitor", password="x"))
        responses = channels(client, page)
        assert "<audio" not in responses["page"].content.decode()
        assert responses["media"].status_code == 404


@pytest.mark.django_db
class TestEmbargoed:
    def test_listing_and_summary_are_public_the_material_is_not(self, client, make_interview):
        page = make_interview(AccessLevel.EMBARGOED, embargo=EMBARGO_END)
        responses = channels(client, page)
        html = responses["page"].content.decode()
        assert "A conversation about La Clef." in html
        assert "<audio" not in html
        assert page.url in responses["listing"].content.decode()
        assert [
            n for n in leaks(responses, page) if n not in ("listing", "search", "sitemap")
        ] == []
        for name in ("json", "captions", "text", "chapters", "media"):
            assert responses[name].status_code == 404, name

    def test_it_opens_by_itself_on_the_day(self, client, make_interview, monkeypatch):
        page = make_interview(AccessLevel.EMBARGOED, embargo=EMBARGO_END)
        monkeypatch.setattr("base.access.today", lambda: EMBARGO_END)
        responses = channels(client, page)
        assert "<audio" in responses["page"].content.decode()
        assert responses["captions"].status_code == 200
        assert responses["media"].status_code == 200


@pytest.mark.django_db
class TestRestrictedPassage:
    def test_a_passage_is_withheld_from_every_channel_with_a_notice(self, client, make_interview):
        page = make_interview(redaction_until=None)
        responses = channels(client, page)
        # The passage's words are nowhere, and the original recording, which holds them, is not
        # served either: the public version, silenced there, plays instead (issue 21).
        assert leaks(responses, page, listed_is_a_leak=False) == []
        html = responses["page"].content.decode()
        assert "Restricted passage" in html
        assert "Hello everyone." in html and "Goodbye." in html
        assert "Opening words" in responses["chapters"].content.decode()

    def test_the_notice_gives_the_date_it_opens(self, client, make_interview):
        page = make_interview(redaction_until=datetime.date(2040, 5, 1))
        html = client.get(page.url).content.decode()
        assert re.search(r"Restricted passage.*open from May 1, 2040", html, re.S)
        assert SECRET not in html

    def test_it_opens_on_its_date(self, client, make_interview):
        page = make_interview(redaction_until=datetime.date(2000, 1, 1))
        html = client.get(page.url).content.decode()
        assert SECRET in html
        assert "Restricted passage" not in html


@pytest.mark.django_db
def test_recordings_are_not_in_public_storage(make_interview):
    page = make_interview(AccessLevel.CLOSED)
    assert not default_storage.exists(page.media.file.name)
    assert page.media.url.startswith("/media-files/")


@pytest.mark.django_db
def test_a_guessed_media_address_with_the_wrong_name_is_refused(client, make_interview):
    page = make_interview()
    assert client.get(f"/media-files/{page.media.pk}/other.mp3").status_code == 404


@pytest.mark.django_db
def test_editors_approve_researchers_by_putting_them_in_a_ready_made_group():
    group = Group.objects.get(name=RESEARCHER_GROUP)
    assert group.permissions.filter(codename="view_registered_material").exists()
