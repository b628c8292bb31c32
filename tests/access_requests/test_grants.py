"""
An editor approves a request for a number of days: the researcher is e-mailed a link that signs
them in, and that interview (page, transcript, captions, chapters, text, JSON, recording) opens
to them, and only that one, until the grant's last day included; the next day nothing opens and
the link fails, with no job to run. A refusal e-mails its reason. Every grant, refusal, sign-in
and serving of restricted media is in the access log that editors read.
"""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from access_requests import decisions
from access_requests.factories import AccessRequestFactory
from access_requests.models import AccessRequest
from base import access
from base.access import RESEARCHER_GROUP, AccessLevel
from base.models import AccessGrant, AccessLogEntry
from tests.access_requests.conftest import SECRET
from tests.html import one, soup, text, texts

TODAY = datetime.date(2026, 3, 2)
LINK = re.compile(r"http://testserver(/\w\w/access/sign-in/[^/\s]+/)")


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """The day as `base.access.today()` says it; `clock.move(days)` changes it."""

    class Clock:
        day = TODAY

        def move(self, days):
            self.day = TODAY + datetime.timedelta(days=days)

    clock = Clock()
    monkeypatch.setattr(access, "today", lambda: clock.day)
    return clock


@pytest.fixture(autouse=True)
def admin_in_english(admin_user):
    """The admin speaks the editor's language: English here, as the assertions."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()


@pytest.fixture
def interview(make_interview):
    return make_interview(AccessLevel.REGISTERED, title="The projectionist")


@pytest.fixture
def other(make_interview):
    return make_interview(AccessLevel.REGISTERED, title="The cashier")


@pytest.fixture
def pending(interview):
    return AccessRequestFactory(page=interview, email="ada@example.org")


def decide(admin_client, access_request, **data):
    return admin_client.post(f"/admin/access-requests/edit/{access_request.pk}/", data)


def approve(admin_client, access_request, days=90):
    response = decide(admin_client, access_request, action="approve", **{"approve-days": days})
    assert response.status_code == 302
    access_request.refresh_from_db()
    return access_request


def sign_in_path(message):
    return LINK.search(message.body).group(1)


def channels(client, page):
    url = page.url
    return {
        "page": client.get(url),
        "captions": client.get(f"{url}captions/"),
        "chapters": client.get(f"{url}chapters/"),
        "text": client.get(f"{url}text/"),
        "json": client.get(f"{url}json/"),
        "media": client.get(page.media.url, headers={"range": "bytes=0-99"}),
    }


def opened(responses):
    """The channels that carried the interview's material."""
    found = []
    for name, response in responses.items():
        if response.status_code not in (200, 206):
            continue
        if name == "media":
            found.append(name)
        elif name == "page":
            page = soup(response)
            if page.select("audio") and SECRET in text(page):
                found.append(name)
        elif SECRET in response.content.decode():
            found.append(name)
    return found


ALL = ["page", "captions", "chapters", "text", "json", "media"]


@pytest.mark.django_db
class TestApproval:
    def test_the_researcher_gets_an_account_a_grant_and_a_link(
        self, admin_client, pending, interview
    ):
        mail.outbox.clear()
        request = approve(admin_client, pending)
        grant = request.grant
        assert request.status == AccessRequest.Status.APPROVED
        assert (grant.page_id, grant.starts_on, grant.ends_on) == (
            interview.pk,
            TODAY,
            TODAY + datetime.timedelta(days=89),
        )
        user = grant.user
        assert user.email == "ada@example.org"
        assert not user.has_usable_password()
        assert not user.is_staff
        assert not user.groups.filter(name=RESEARCHER_GROUP).exists()
        [message] = mail.outbox
        assert message.to == ["ada@example.org"]
        assert message.subject == "Access granted: The projectionist"
        assert "from March 2, 2026 to May 30, 2026 included" in message.body
        assert LINK.search(message.body)

    def test_the_period_is_ninety_days_unless_the_editor_says_otherwise(
        self, admin_client, pending
    ):
        page = soup(admin_client.get(f"/admin/access-requests/edit/{pending.pk}/"))
        assert one(page, "input[name=approve-days]")["value"] == "90"
        request = approve(admin_client, pending, days=7)
        assert request.grant.ends_on == TODAY + datetime.timedelta(days=6)

    def test_an_existing_account_with_that_address_is_reused(
        self, admin_client, pending, django_user_model
    ):
        user = django_user_model.objects.create_user("ada", email="Ada@Example.org")
        assert approve(admin_client, pending).grant.user == user

    def test_a_request_is_decided_once(self, admin_client, pending):
        approve(admin_client, pending)
        decide(admin_client, pending, action="refuse", **{"refuse-reason": "No."})
        pending.refresh_from_db()
        assert pending.status == AccessRequest.Status.APPROVED


@pytest.mark.django_db
class TestTheLink:
    def test_it_signs_in_and_opens_the_interview_and_only_that_one(
        self, client, admin_client, pending, interview, other
    ):
        approve(admin_client, pending)
        response = client.get(sign_in_path(mail.outbox[-1]))
        assert response.status_code == 302
        assert response["Location"] == interview.url
        assert opened(channels(client, interview)) == ALL
        assert opened(channels(client, other)) == []

    def test_the_recording_is_served_with_ranges(self, client, admin_client, pending, interview):
        approve(admin_client, pending)
        client.get(sign_in_path(mail.outbox[-1]))
        response = client.get(interview.media.url, headers={"range": "bytes=10-19"})
        assert response.status_code == 206
        assert response["Content-Range"].startswith("bytes 10-19/")
        assert response["Cache-Control"] == "private, no-store"

    def test_it_leads_to_the_interview_in_the_language_of_the_request(
        self, client, admin_client, interview
    ):
        french = interview.copy_for_translation(Locale.objects.get(language_code="fr"))
        french.save_revision().publish()
        request = AccessRequestFactory(page=interview, language="fr")
        approve(admin_client, request)
        path = sign_in_path(mail.outbox[-1])
        assert path.startswith("/fr/access/sign-in/")
        assert mail.outbox[-1].subject == "Accès accordé\u00a0: The projectionist"
        response = client.get(path)
        assert response["Location"] == french.url
        # A grant covers the interview's translations: the same recording, another language.
        assert "page" in opened({"page": client.get(french.url)})

    def test_a_forged_or_damaged_link_is_a_404(self, client, admin_client, pending):
        approve(admin_client, pending)
        path = sign_in_path(mail.outbox[-1])
        assert client.get(path[:-3] + "xx/").status_code == 404
        assert client.get("/en/access/sign-in/nonsense/").status_code == 404

    def test_it_never_signs_in_an_editor(self, client, admin_client, admin_user, interview):
        grant = AccessGrant.objects.create(
            user=admin_user, page=interview, starts_on=TODAY, ends_on=TODAY
        )
        response = client.get(decisions.sign_in_path(grant, "en"))
        assert response.status_code == 410
        assert "_auth_user_id" not in client.session


@pytest.mark.django_db
class TestTheEnd:
    def test_the_last_day_opens_everything_and_the_next_nothing(
        self, client, admin_client, pending, interview, clock
    ):
        approve(admin_client, pending, days=10)
        path = sign_in_path(mail.outbox[-1])
        client.get(path)
        clock.move(9)  # the grant's last day
        assert opened(channels(client, interview)) == ALL
        clock.move(10)  # the day after: the same session, no job run
        assert opened(channels(client, interview)) == []
        page = soup(client.get(interview.url))
        assert "Request access" in texts(page, ".access-notice a")

    def test_the_link_fails_after_the_last_day(
        self, client, admin_client, pending, interview, clock
    ):
        approve(admin_client, pending, days=10)
        path = sign_in_path(mail.outbox[-1])
        clock.move(10)
        response = client.get(path)
        assert response.status_code == 410
        assert text(one(soup(response), "h1")) == "This link no longer opens the interview"
        assert "_auth_user_id" not in client.session

    def test_revoking_shuts_at_once(self, client, admin_client, pending, interview):
        approve(admin_client, pending)
        path = sign_in_path(mail.outbox[-1])
        client.get(path)
        decide(admin_client, pending, action="revoke")
        assert opened(channels(client, interview)) == []
        assert client.get(path).status_code == 410


@pytest.mark.django_db
class TestRefusal:
    def test_a_reason_is_required(self, admin_client, pending):
        response = decide(admin_client, pending, action="refuse", **{"refuse-reason": ""})
        assert response.status_code == 400
        assert "Give the reason: it is sent to the researcher." in response.content.decode()
        pending.refresh_from_db()
        assert pending.status == AccessRequest.Status.PENDING
        assert mail.outbox == []

    def test_the_researcher_is_sent_the_reason(self, admin_client, pending):
        reason = "The narrator asked that it stay with the family until 2030."
        decide(admin_client, pending, action="refuse", **{"refuse-reason": reason})
        pending.refresh_from_db()
        assert (pending.status, pending.reason, pending.grant) == ("refused", reason, None)
        [message] = mail.outbox
        assert message.to == ["ada@example.org"]
        assert reason in message.body
        assert not AccessGrant.objects.exists()


@pytest.mark.django_db
class TestTheLog:
    def test_it_lists_grants_refusals_sign_ins_and_media_served(
        self, client, admin_client, admin_user, pending, interview, other
    ):
        approve(admin_client, pending)
        decide(
            admin_client,
            AccessRequestFactory(page=other, email="eve@example.org"),
            action="refuse",
            **{"refuse-reason": "Not a research use."},
        )
        client.get(sign_in_path(mail.outbox[0]))
        client.get(interview.media.url, headers={"range": "bytes=0-"})  # a play: logged
        client.get(interview.media.url, headers={"range": "bytes=500-"})  # a seek: not
        rows = [
            (entry.action, entry.email, entry.title)
            for entry in AccessLogEntry.objects.order_by("pk")
        ]
        assert rows == [
            ("granted", "ada@example.org", "The projectionist"),
            ("refused", "eve@example.org", "The cashier"),
            ("signed_in", "ada@example.org", "The projectionist"),
            ("media_served", "ada@example.org", interview.media.title),
        ]
        assert AccessLogEntry.objects.get(action="granted").user == admin_user
        page = soup(admin_client.get("/admin/access-log/"))
        listed = " ".join(texts(page, "table tbody tr"))
        for label in ("Access granted", "Request refused", "Signed in by link"):
            assert label in listed
        assert "Restricted media served" in listed
        assert "Not a research use." in listed

    def test_editors_hearing_a_recording_are_not_logged(self, admin_client, interview):
        admin_client.get(interview.media.url)
        assert not AccessLogEntry.objects.exists()


@pytest.mark.django_db
class TestTheAdmin:
    def test_editors_see_the_requests_with_their_interview_and_status(
        self, admin_client, interview, django_assert_max_num_queries
    ):
        for number in range(3):
            AccessRequestFactory(page=interview, name=f"Researcher {number}")
        with django_assert_max_num_queries(20) as few:
            response = admin_client.get("/admin/access-requests/")
        for number in range(3, 25):
            AccessRequestFactory(page=interview, name=f"Researcher {number}")
        with django_assert_max_num_queries(len(few.captured_queries)):
            response = admin_client.get("/admin/access-requests/")
        rows = soup(response).select("table tbody tr")
        assert len(rows) == 20  # a page of the listing
        assert "Researcher 24" in text(rows[0])
        assert "The projectionist" in text(rows[0])
        assert "Pending" in text(rows[0])

    def test_the_menu_leads_to_requests_and_log(self, admin_client):
        html = admin_client.get("/admin/").content.decode()
        assert "/admin/access-requests/" in html
        assert "/admin/access-log/" in html

    def test_the_decision_page_shows_what_the_researcher_wrote(self, admin_client, pending):
        page = soup(admin_client.get(f"/admin/access-requests/edit/{pending.pk}/"))
        assert "A thesis on associative cinemas in Paris." in text(page)
        assert [button["value"] for button in page.select("button[name=action]")] == [
            "approve",
            "refuse",
        ]

    def test_no_one_else_does(self, client, pending, django_user_model):
        researcher = django_user_model.objects.create_user("r", password="x")
        researcher.groups.add(Group.objects.get_or_create(name=RESEARCHER_GROUP)[0])
        client.force_login(researcher)
        assert client.get("/admin/access-requests/").status_code in (302, 403)
        assert client.get(f"/admin/access-requests/edit/{pending.pk}/").status_code in (302, 403)
        assert client.get("/admin/access-log/").status_code in (302, 403)
