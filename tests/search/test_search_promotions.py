"""
Editors' promoted results (Wagtail's search promotions) come first, for their query only, on the
page and in the JSON.
"""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from archive.exhibitions.models import ExhibitionPage
from archive.factories import ScreeningFactory
from search.indexing import reindex
from tests.html import links, soup


@pytest.fixture
def promote(site_pages):
    def make(query, page=None, link="", text="", description="", order=None):
        promotion = SearchPromotion.objects.create(
            query=Query.get(query),
            page=page,
            external_link_url=link,
            external_link_text=text,
            description=description,
        )
        if order is not None:
            SearchPromotion.objects.filter(pk=promotion.pk).update(sort_order=order)
        return promotion

    return make


def history(site_pages, language):
    return site_pages["history"][language]


@pytest.mark.django_db
def test_a_promoted_page_comes_before_the_results_for_its_query(client, search_site, promote):
    page = ExhibitionPage.objects.get(slug="palais-de-tokyo-2023", locale__language_code="en")
    promote("attica", page=page, description="How the building was bought.")

    found = soup(client.get("/en/search/", {"q": "Attica"}))

    lists = found.select("ul.search-promotions, ol.results__list")
    assert [element.name for element in lists][:1] == ["ul"]
    assert found.select("ol.results__list")
    block = lists[0]
    assert (block["aria-label"], "Recommended" in block.get_text()) == ("Recommended", True)
    assert (page.url, page.title) in links(block)
    assert "How the building was bought." in block.get_text()


@pytest.mark.django_db
def test_promotions_are_in_the_json(client, search_site, promote, site_pages):
    promote("attica", page=history(site_pages, "en"), description="The whole story.")
    answer = client.get("/en/search/", {"q": "attica", "format": "json"}).json()
    assert answer["promotions"] == [
        {"title": "History", "url": "/en/history/", "description": "The whole story."}
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["attica", "Attica", "  ATTICA  "])
def test_the_query_is_compared_as_wagtail_normalises_it(
    client, search_site, promote, site_pages, typed
):
    promote("attica", page=history(site_pages, "en"))
    answer = client.get("/en/search/", {"q": typed, "format": "json"}).json()
    assert [promotion["title"] for promotion in answer["promotions"]] == ["History"]


@pytest.mark.django_db
def test_promotions_are_shown_for_their_query_only(client, search_site, promote, site_pages):
    promote("attica", page=history(site_pages, "en"))
    for query in ("lynch", "attica prison"):
        answer = client.get("/en/search/", {"q": query, "format": "json"}).json()
        assert answer["promotions"] == []
        html = client.get("/en/search/", {"q": query}).content.decode()
        assert "search-promotions" not in html


@pytest.mark.django_db
def test_an_external_link_can_be_promoted_in_order(client, search_site, promote, site_pages):
    promote("attica", link="https://example.org/attica", text="The 1974 film", order=1)
    promote("attica", page=history(site_pages, "en"), order=0)

    answer = client.get("/en/search/", {"q": "attica", "format": "json"}).json()

    assert [(p["title"], p["url"]) for p in answer["promotions"]] == [
        ("History", "/en/history/"),
        ("The 1974 film", "https://example.org/attica"),
    ]


@pytest.mark.django_db
def test_a_promotion_is_shown_even_when_the_words_find_nothing(
    client, search_site, promote, site_pages
):
    promote("programme 1975", page=history(site_pages, "en"))
    html = client.get("/en/search/", {"q": "programme 1975"}).content.decode()
    assert '<a href="/en/history/">History</a>' in html
    assert "0 results for" in html


@pytest.mark.django_db
def test_an_unpublished_promoted_page_is_not_shown(client, search_site, promote, site_pages):
    page = history(site_pages, "en")
    promote("attica", page=page)
    page.unpublish()
    answer = client.get("/en/search/", {"q": "attica", "format": "json"}).json()
    assert answer["promotions"] == []


@pytest.mark.django_db
def test_promotions_are_not_repeated_on_the_next_pages(client, search_site, promote, site_pages):
    screenings = [ScreeningFactory(notes="Une soirée zanzibar.") for _n in range(21)]
    reindex("archive.screening", [screening.pk for screening in screenings])
    promote("zanzibar", page=history(site_pages, "en"))

    first = client.get("/en/search/", {"q": "zanzibar", "format": "json"}).json()
    second = client.get("/en/search/", {"q": "zanzibar", "page": 2, "format": "json"}).json()

    assert first["pages"] == 2
    assert first["promotions"]
    assert second["promotions"] == []


@pytest.mark.django_db
def test_a_promoted_page_is_shown_in_the_visitors_language(
    client, search_site, promote, site_pages
):
    """Promotions are not per language: the page promoted is shown as its translation."""
    promote("attica", page=history(site_pages, "en"))
    answer = client.get("/fr/recherche/", {"q": "attica", "format": "json"}).json()
    assert [(p["title"], p["url"]) for p in answer["promotions"]] == [("Histoire", "/fr/histoire/")]
