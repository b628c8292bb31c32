"""
What a visitor sees of a confirmed leaflet: the event's page names it as its source ("Source:
leaflet, March 1995") and shows the part of the scan it was read from, only if the scan is
public; the text read on public scans is found by the site search, never that of other scans.
"""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.programme.models import Screening
from base.access import AccessLevel
from leaflets.confirming import confirm
from leaflets.models import Suggestion
from tests.html import soup, texts


def confirmed_event(leaflet, access=AccessLevel.PUBLIC):
    scan = leaflet.scan
    scan.access_level = access
    scan.save()
    confirm(leaflet.pk)
    return Screening.objects.order_by("date").first()


def search_titles(client, query, path="/en/search/"):
    answer = client.get(path, {"q": query, "format": "json"}).json()
    return [result["title"] for result in answer["results"]]


def leaflet_queries(captured):
    return [
        query["sql"] for query in captured.captured_queries if "leaflets_suggestion" in query["sql"]
    ]


@pytest.mark.django_db
class TestTheEventPage:
    def test_it_names_the_leaflet_and_shows_the_region_of_a_public_scan(
        self, client, site_pages, read_leaflet, django_assert_max_num_queries
    ):
        event = confirmed_event(read_leaflet)
        client.logout()
        page = soup(client.get(f"/en/archive/screenings/{event.pk}/"))
        assert texts(page, ".leaflet-source") == ["Source: leaflet, March 1995"]
        region = page.select_one("#leaflet-sources-heading ~ ul img")
        assert region["alt"] == "The part of the leaflet “mars-1995” that announces this event"
        picture = client.get(region["src"])
        assert picture.status_code == 200 and picture["Content-Type"] == "image/jpeg"
        french = soup(client.get(f"/fr/archives/screenings/{event.pk}/"))
        assert french.select_one(".leaflet-source").get_text() == "Source\u00a0: tract, mars 1995"

    def test_an_event_no_leaflet_gave_asks_one_narrow_query_and_one_that_did_two(
        self, client, site_pages, read_leaflet
    ):
        event = confirmed_event(read_leaflet)
        client.logout()
        client.get(f"/en/archive/screenings/{event.pk}/")  # warm the caches
        with CaptureQueriesContext(connection) as with_source:
            client.get(f"/en/archive/screenings/{event.pk}/")
        Suggestion.objects.update(screening=None)
        with CaptureQueriesContext(connection) as without:
            client.get(f"/en/archive/screenings/{event.pk}/")
        assert len(leaflet_queries(with_source)) == 2
        assert leaflet_queries(without) == [leaflet_queries(with_source)[0]]
        assert len(without.captured_queries) == len(with_source.captured_queries) - 1

    @pytest.mark.parametrize(
        "access", [AccessLevel.CLOSED, AccessLevel.REGISTERED, AccessLevel.EMBARGOED]
    )
    def test_a_scan_that_is_not_public_is_named_but_never_shown(
        self, client, site_pages, read_leaflet, access
    ):
        if access == AccessLevel.EMBARGOED:
            read_leaflet.scan.embargo_until = datetime.date(2999, 1, 1)
        event = confirmed_event(read_leaflet, access)
        client.logout()
        page = soup(client.get(f"/en/archive/screenings/{event.pk}/"))
        assert texts(page, ".leaflet-source") == ["Source: leaflet, March 1995"]
        assert not page.select("#leaflet-sources-heading ~ ul img")
        suggestion = Suggestion.objects.get(screening=event)
        assert client.get(f"/leaflets/regions/{suggestion.pk}.jpg").status_code == 404
        assert not read_leaflet.scan.is_open_by_level(AnonymousUser())

    def test_an_unconfirmed_leaflet_shows_nothing(self, client, site_pages, read_leaflet):
        suggestion = Suggestion.objects.first()
        assert client.get(f"/leaflets/regions/{suggestion.pk}.jpg").status_code == 404


@pytest.mark.django_db
class TestTheSearch:
    def test_the_text_of_a_public_scan_is_found(self, client, site_pages, read_leaflet):
        assert "Leaflet: mars-1995" in search_titles(client, "Programme du mois")

    @pytest.mark.parametrize("access", [AccessLevel.CLOSED, AccessLevel.REGISTERED])
    def test_the_text_of_another_scan_is_never_found(
        self, client, site_pages, read_leaflet, access
    ):
        scan = read_leaflet.scan
        scan.access_level = access
        scan.save()
        client.logout()
        assert "Leaflet: mars-1995" not in search_titles(client, "Programme du mois")
        assert "Leaflet: mars-1995" not in search_titles(
            client, "Programme du mois", "/fr/recherche/"
        )
