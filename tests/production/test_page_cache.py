"""
Anonymous visitors' pages come from the cache (issue 22, item 1): a second visit is answered
without rendering; the key holds the language, the path and the query; signed-in users neither
read nor fill it; pages that set cookies, use the session or hold restricted material are not
kept; any change to a page or a record makes every copy stale; a copy never outlives the next
embargo's end; browsers and CDNs get Cache-Control, ETag and Last-Modified, and 304s.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils.http import http_date

from archive.factories import ScreeningFactory
from archive.programme.models import ProgrammeVersion
from base.access import AccessLevel
from oral_history.factories import InterviewPageFactory
from oral_history.models import Redaction
from page_cache import access_dates
from tests.html import soup

pytestmark = pytest.mark.usefixtures("loaded_site", "page_cache")

HISTORY = "/fr/histoire/"


def test_a_second_anonymous_visit_is_served_from_the_cache_with_one_query(
    client, django_assert_num_queries
):
    first = client.get(HISTORY)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(1):  # the versions that date the copy
        second = client.get(HISTORY)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"].startswith("text/html")
    assert second["Content-Language"] == "fr"


def test_a_worker_trusts_the_versions_it_read_for_a_moment(
    client, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_VERSION_SECONDS = 60
    client.get(HISTORY)
    with django_assert_num_queries(0):
        assert client.get(HISTORY)["X-Page-Cache"] == "hit"


def test_the_key_holds_the_language_the_path_and_the_query(client):
    assert client.get("/fr/histoire/")["X-Page-Cache"] == "miss"
    english = client.get("/en/history/")
    assert english["X-Page-Cache"] == "miss"
    assert soup(english).html["lang"] == "en"
    assert client.get("/fr/archives/", {"year": "1980", "page": "1"})["X-Page-Cache"] == "miss"
    assert client.get("/fr/archives/", {"page": "1", "year": "1980"})["X-Page-Cache"] == "hit"
    assert client.get("/fr/archives/", {"year": "1981"})["X-Page-Cache"] == "miss"


def test_signed_in_users_never_read_nor_fill_the_cache(client):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    signed_in = client.get(HISTORY)
    assert signed_in.status_code == 200
    assert "X-Page-Cache" not in signed_in
    assert "private" in signed_in["Cache-Control"]
    client.logout()
    client.cookies.clear()
    anonymous = client.get(HISTORY)
    assert anonymous["X-Page-Cache"] == "miss"  # the editor's visit filled nothing
    client.force_login(editor)
    again = client.get(HISTORY)
    assert "X-Page-Cache" not in again  # nor does the editor get the visitor's copy
    assert "wagtail-userbar" in again.content.decode()
    assert "wagtail-userbar" not in anonymous.content.decode()


def test_pages_that_set_a_cookie_are_not_kept(client):
    login = client.get("/fr/accounts/login/")
    assert login.status_code == 200
    assert login.cookies  # the CSRF cookie
    assert login["X-Page-Cache"] == "pass"
    assert "private" in login["Cache-Control"]
    assert client.get("/fr/accounts/login/")["X-Page-Cache"] == "pass"


def test_a_visitor_with_a_csrf_cookie_gets_no_stored_form_token(client):
    client.get("/fr/accounts/login/")  # now holds a CSRF cookie, no session
    assert client.get("/fr/accounts/login/")["X-Page-Cache"] == "pass"


def interview(site_pages, **fields):
    english = site_pages["oral_history"]["en"]
    page = InterviewPageFactory(parent=english, locale=english.locale, **fields)
    redactions = fields.pop("redactions", None)
    if redactions:
        page.redactions = redactions
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    "fields",
    [
        {"access_level": AccessLevel.EMBARGOED, "embargo_until": datetime.date(2040, 1, 1)},
        {"access_level": AccessLevel.REGISTERED},
    ],
    ids=["embargoed", "for researchers"],
)
def test_restricted_interview_pages_are_never_kept(client, site_pages, fields):
    page = interview(site_pages, title="Kept back", **fields)
    response = client.get(page.url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "pass"
    assert "private" in response["Cache-Control"]
    assert client.get(page.url)["X-Page-Cache"] == "pass"


def test_an_interview_with_a_withheld_passage_is_not_kept_until_it_opens(client, site_pages, clock):
    opens = datetime.date(2040, 6, 1)
    page = interview(site_pages, title="One passage withheld")
    page.redactions = [Redaction(start=1, end=2, until=opens)]
    page.save_revision().publish()
    assert client.get(page.url)["X-Page-Cache"] == "pass"
    clock(opens)
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    assert client.get(page.url)["X-Page-Cache"] == "hit"


def test_a_public_interview_page_is_kept(client, site_pages):
    page = interview(site_pages, title="Open to all")
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    assert client.get(page.url)["X-Page-Cache"] == "hit"


def test_a_listing_kept_before_an_embargo_ends_expires_on_that_day(client, site_pages, clock):
    ends = datetime.date(2040, 3, 1)
    interview(
        site_pages, title="Opens later", access_level=AccessLevel.EMBARGOED, embargo_until=ends
    )
    clock(ends - datetime.timedelta(days=1))
    listing = site_pages["oral_history"]["en"].url
    assert client.get(listing)["X-Page-Cache"] == "miss"
    assert client.get(listing)["X-Page-Cache"] == "hit"
    clock(ends)
    assert client.get(listing)["X-Page-Cache"] == "miss"


def test_no_copy_is_told_to_live_past_the_next_embargo(client, site_pages, clock, settings):
    settings.PAGE_CACHE_BROWSER_SECONDS = 10**9
    settings.PAGE_CACHE_CDN_SECONDS = 10**9
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    interview(
        site_pages,
        title="Opens tomorrow",
        access_level=AccessLevel.EMBARGOED,
        embargo_until=tomorrow,
    )
    response = client.get(HISTORY)
    left = access_dates.seconds_until(tomorrow)
    max_age = int(response["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert 0 < max_age <= left
    assert "s-maxage" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]


def test_publishing_unpublishing_and_moving_a_page_make_its_copy_stale(client, site_pages):
    page = interview(site_pages, title="First title", slug="first-title")
    url = page.url
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    page.title = "Second title"
    page.save_revision().publish()
    again = client.get(url)
    assert again["X-Page-Cache"] == "miss"
    assert "Second title" in soup(again).h1.get_text()
    client.get(url)
    page.unpublish()
    assert client.get(url).status_code == 404
    page.save_revision().publish()
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    page.move(site_pages["oral_history"]["fr"], pos="last-child")
    moved = client.get(url)  # Wagtail leaves a redirect at the old address, not the stale copy
    assert moved.status_code == 301
    assert moved["Location"] == "/fr/histoire-orale/first-title/"


def test_a_changed_record_makes_the_pages_stale(client):
    screening = ScreeningFactory(title="Avant-première")
    client.get("/fr/archives/")
    assert client.get("/fr/archives/")["X-Page-Cache"] == "hit"
    screening.title = "Projection exceptionnelle"
    screening.save()
    assert client.get("/fr/archives/")["X-Page-Cache"] == "miss"


def test_a_bulk_import_dates_the_pages_by_the_programme_version(client):
    client.get("/fr/archives/")
    ProgrammeVersion.bump()  # what import_programme does after its bulk writes
    assert client.get("/fr/archives/")["X-Page-Cache"] == "miss"


def test_conditional_requests_get_304(client):
    first = client.get(HISTORY)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"')
    assert client.get(HISTORY, headers={"if-none-match": etag}).status_code == 304
    assert client.get(HISTORY, headers={"if-modified-since": modified}).status_code == 304
    assert client.get(HISTORY, headers={"if-none-match": '"other"'}).status_code == 200
    before = http_date(0)
    assert client.get(HISTORY, headers={"if-modified-since": before}).status_code == 200


def test_files_and_json_are_not_kept(client):
    response = client.get("/fr/recherche/", {"q": "clef", "format": "json"})
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "pass"
