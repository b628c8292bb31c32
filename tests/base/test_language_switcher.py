"""Every page offers the same page in the other language."""

import re

import pytest

from tests.conftest import SECTION_URLS

SWITCHER = re.compile(r'<nav class="language-switcher".*?</nav>', re.S)


def switcher_links(html):
    nav = SWITCHER.search(html).group(0)
    return dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav))


@pytest.mark.django_db
@pytest.mark.parametrize("section", ["home", *SECTION_URLS])
def test_switcher_leads_to_the_same_page_in_the_other_language(client, site_pages, section):
    urls = SECTION_URLS.get(section, {"fr": "/fr/", "en": "/en/"})
    for language, other in (("fr", "en"), ("en", "fr")):
        html = client.get(urls[language]).content.decode()
        links = {lang: href for href, lang in switcher_links(html).items()}
        assert links[other] == urls[other]
        assert links[language] == urls[language]
        assert f'<link rel="alternate" hreflang="{other}" href="{urls[other]}">' in html


@pytest.mark.django_db
def test_the_current_language_is_marked_for_assistive_technology(client, site_pages):
    html = client.get("/en/history/").content.decode()
    nav = SWITCHER.search(html).group(0)
    assert 'lang="en" hreflang="en" aria-current="true">English</a>' in nav
    assert 'lang="fr" hreflang="fr">Français</a>' in nav


@pytest.mark.django_db
def test_a_page_not_yet_translated_offers_the_other_home_page(client, site_pages):
    site_pages["history"]["en"].unpublish()
    html = client.get("/fr/histoire/").content.decode()
    links = {lang: href for href, lang in switcher_links(html).items()}
    assert links["en"] == "/en/"
