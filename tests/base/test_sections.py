"""Each section page renders in both languages, with the site's navigation and landmarks."""

import pytest

from base.typography import french_html
from tests.conftest import SECTION_URLS
from tests.html import links, soup

TITLES = {
    "history": {"fr": "Histoire", "en": "History"},
    "archive": {"fr": "Archives", "en": "Archive"},
    "oral_history": {"fr": "Histoire orale", "en": "Oral history"},
    "exhibitions": {"fr": "Expositions", "en": "Exhibitions"},
    "media": {"fr": "Médias", "en": "Media"},
    "search": {"fr": "Recherche", "en": "Search"},
}
# The site, the route, the view restrictions, the menu and the translations are remembered with
# the page tree (base/page_tree.py): once a page has been seen they cost one query, the tree's
# version. The search page keeps its answers in the cache; the home page reads its sections'
# introductions, one query per section page type, and what it shows of them.
SECTION_PAGE_QUERIES = {"fr": 1, "en": 1}
HOME_PAGE_QUERIES = {"fr": 1 + 7, "en": 1 + 7}
CASES = [(section, language) for section in SECTION_URLS for language in ("fr", "en")]
# The history timeline, the exhibitions list and the archive, oral history and media listings
# assert their own counts in their own tests.
LISTINGS = ("history", "archive", "oral_history", "exhibitions", "media")
PLAIN_CASES = [case for case in CASES if case[0] not in LISTINGS]


@pytest.mark.django_db
@pytest.mark.parametrize(("section", "language"), CASES)
def test_section_page_renders_its_title_and_introduction(client, site_pages, section, language):
    page = site_pages[section][language]
    response = client.get(SECTION_URLS[section][language])
    html = response.content.decode()
    assert response.status_code == 200
    parsed = soup(html)
    assert TITLES[section][language] in [h1.get_text() for h1 in parsed.select("h1")]
    # French pages are served with their no-break spaces (base/typography.py).
    shown = french_html(page.introduction) if language == "fr" else page.introduction
    assert shown in html
    assert parsed.select("main#main")
    assert parsed.select('a.skip-link[href="#main"]')


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_home_page_links_to_every_section_in_its_language(client, site_pages, language):
    html = client.get(f"/{language}/").content.decode()
    for section, urls in SECTION_URLS.items():
        assert (urls[language], TITLES[section][language]) in links(html)


@pytest.mark.django_db
def test_the_main_navigation_marks_the_current_section(client, site_pages):
    html = client.get("/fr/archives/").content.decode()
    current = [
        (link.get("aria-current"), link.get_text())
        for link in soup(html).select('a[href="/fr/archives/"]')
    ]
    assert ("page", "Archives") in current
    assert '<a href="/fr/histoire/">Histoire</a>' in html


@pytest.mark.django_db
@pytest.mark.parametrize(("section", "language"), PLAIN_CASES)
def test_section_pages_cost_a_fixed_number_of_queries(
    client, site_pages, django_assert_num_queries, section, language
):
    client.get(SECTION_URLS[section][language])  # warm the site-root cache
    with django_assert_num_queries(SECTION_PAGE_QUERIES[language]):
        client.get(SECTION_URLS[section][language])


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_home_page_costs_a_fixed_number_of_queries(
    client, site_pages, django_assert_num_queries, language
):
    client.get(f"/{language}/")
    with django_assert_num_queries(HOME_PAGE_QUERIES[language]):
        client.get(f"/{language}/")
