"""
What a process remembers of the page tree (base/page_tree.py, base/routing.py): the frame of a
page costs no query once seen, and every change to the tree is seen at once by the process that
made it and within PAGE_TREE_VERSION_SECONDS by every other. A visitor never gets an address, a
menu or an open door that the tree no longer has.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from base import page_tree
from base.models import PageTreeVersion
from home.factories import HistoryChapterPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def menu(client, url):
    return [link.get_text() for link in soup(client.get(url)).select("nav.main-nav a")]


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.fixture
def chapter(site_pages):
    page = HistoryChapterPageFactory(
        parent=site_pages["history"]["en"], title="A remembered chapter", slug="remembered"
    )
    page.save_revision().publish()
    return page


class TestTheFrameOfAPage:
    def test_once_seen_a_page_asks_the_tree_only_its_version(self, client, chapter):
        client.get(chapter.url)
        tree_tables = ("wagtailcore_site", "wagtailcore_pageviewrestriction", "wagtailcore_locale")
        again = queries_of(client, chapter.url)
        assert not [sql for sql in again if any(table in sql for table in tree_tables)]
        assert len([sql for sql in again if "base_pagetreeversion" in sql]) == 1

    def test_a_routable_page_still_routes_its_sub_paths_and_unknown_addresses_are_404(
        self, client, site_pages
    ):
        assert client.get("/en/archive/calendar/").status_code == 200
        assert client.get("/en/archive/no-such-view/").status_code == 404
        assert client.get("/en/history/no-such-chapter/").status_code == 404
        assert client.get("/en/no-such-section/deeper/").status_code == 404

    def test_each_request_gets_a_page_of_its_own(self, client, chapter):
        first = client.get(chapter.url).context["page"]
        first.title = "Changed by one request"
        second = client.get(chapter.url)
        assert second.context["page"] is not first
        assert "Changed by one request" not in second.content.decode()


class TestAChangeIsSeenAtOnce:
    def test_a_new_section_page_joins_the_menu(self, client, site_pages):
        history = site_pages["history"]["en"]
        assert "History" in menu(client, "/en/")
        history.title = "Our history"
        history.save_revision().publish()
        assert "Our history" in menu(client, "/en/")

    def test_a_hidden_section_leaves_the_menu(self, client, site_pages):
        assert "Exhibitions" in menu(client, "/en/")
        exhibitions = site_pages["exhibitions"]["en"]
        exhibitions.show_in_menus = False
        exhibitions.save_revision().publish()
        assert "Exhibitions" not in menu(client, "/en/")

    def test_an_unpublished_page_answers_404(self, client, chapter):
        assert client.get(chapter.url).status_code == 200
        chapter.unpublish()
        assert client.get("/en/history/remembered/").status_code == 404

    def test_a_moved_page_answers_at_its_new_address_only(self, client, chapter, site_pages):
        assert client.get("/en/history/remembered/").status_code == 200
        other = HistoryChapterPageFactory(parent=site_pages["history"]["en"], slug="other")
        Page.objects.get(pk=chapter.pk).move(other, pos="last-child")
        old = client.get("/en/history/remembered/")
        assert (old.status_code, old["Location"]) == (301, "/en/history/other/remembered/")
        assert client.get("/en/history/other/remembered/").status_code == 200

    def test_a_view_restriction_closes_the_page_and_its_end_opens_it(self, client, chapter):
        assert client.get(chapter.url).status_code == 200
        restriction = PageViewRestriction.objects.create(page=chapter, restriction_type="login")
        closed = client.get(chapter.url)
        assert closed.status_code == 302
        assert "A remembered chapter" not in closed.content.decode()
        restriction.delete()
        assert client.get(chapter.url).status_code == 200

    def test_a_restriction_on_a_section_closes_its_pages(self, client, chapter, site_pages):
        client.get(chapter.url)
        PageViewRestriction.objects.create(
            page=site_pages["history"]["en"], restriction_type="login"
        )
        assert client.get(chapter.url).status_code == 302


class TestAnotherWorkersChange:
    """Another worker's change reaches this process through the version alone."""

    def test_is_seen_once_the_trusted_time_is_over(self, client, chapter, settings):
        settings.PAGE_TREE_VERSION_SECONDS = 0
        client.get(chapter.url)
        # as another worker does: the row changes behind this process's back, no signal here
        Page.objects.filter(pk=chapter.pk).update(live=False)
        PageTreeVersion.bump()
        assert client.get(chapter.url).status_code == 404

    def test_is_not_read_while_the_version_is_trusted(self, client, chapter, settings):
        settings.PAGE_TREE_VERSION_SECONDS = 3600
        client.get(chapter.url)
        Page.objects.filter(pk=chapter.pk).update(live=False)
        assert client.get(chapter.url).status_code == 200
        assert not [sql for sql in queries_of(client, chapter.url) if "pagetreeversion" in sql]


def test_made_up_host_names_do_not_fill_the_memory(client, site_pages, settings):
    settings.ALLOWED_HOSTS = ["*"]
    for number in range(100):
        assert client.get("/en/", HTTP_HOST=f"host-{number}.example").status_code == 200
    assert len(page_tree.remembered("sites", dict)) <= 64
