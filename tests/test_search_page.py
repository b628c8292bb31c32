"""The search page finds published pages of the visitor's language."""

import pytest


@pytest.mark.django_db
def test_finds_a_page_by_a_word_of_its_introduction(client, site_pages):
    html = client.get("/en/search/", {"q": "interviews"}).content.decode()
    assert "result for “interviews”" in html or "results for “interviews”" in html
    assert '<a href="/en/oral-history/">Oral history</a></h3>' in html


@pytest.mark.django_db
def test_only_searches_the_language_of_the_page(client, site_pages):
    html = client.get("/fr/recherche/", {"q": "interviews"}).content.decode()
    assert "/en/oral-history/" not in html


@pytest.mark.django_db
def test_says_so_when_nothing_matches(client, site_pages):
    html = client.get("/fr/recherche/", {"q": "zzzyxwv"}).content.decode()
    assert "0 résultat pour « zzzyxwv »" in html
    assert "Rien ne correspond à ces mots" in html


@pytest.mark.django_db
def test_drafts_are_not_found(client, site_pages):
    site_pages["oral_history"]["en"].unpublish()
    html = client.get("/en/search/", {"q": "interviews"}).content.decode()
    assert "/en/oral-history/" not in html


@pytest.mark.django_db
def test_the_search_form_is_labelled(client, site_pages):
    html = client.get("/en/search/").content.decode()
    assert '<label for="search-q">Search the archive</label>' in html
    assert 'role="search"' in html
