"""Every page offers the same page in the other language."""

import pytest

from tests.conftest import SECTION_URLS
from tests.html import soup


def switcher(html):
    """The first language switcher of the page."""
    return soup(html).select("nav.language-switcher")[0]


def switcher_links(html):
    """{href: lang} of the switcher's links."""
    return {link["href"]: link["lang"] for link in switcher(html).select("a[href][lang]")}


@pytest.mark.django_db
@pytest.mark.parametrize("section", ["home", *SECTION_URLS])
def test_switcher_leads_to_the_same_page_in_the_other_language(client, site_pages, section):
    urls = SECTION_URLS.get(section, {"fr": "/fr/", "en": "/en/"})
    for language, other in (("fr", "en"), ("en", "fr")):
        html = client.get(urls[language]).content.decode()
        links = {lang: href for href, lang in switcher_links(html).items()}
        assert links[other] == urls[other]
        assert links[language] == urls[language]
        alternates = soup(html).select(f'link[rel="alternate"][hreflang="{other}"]')
        assert urls[other] in [alternate["href"] for alternate in alternates]


@pytest.mark.django_db
def test_the_current_language_is_marked_for_assistive_technology(client, site_pages):
    html = client.get("/en/history/").content.decode()
    shown = [
        (link.get("lang"), link.get("hreflang"), link.get("aria-current"), link.get_text())
        for link in switcher(html).select("a")
    ]
    assert ("en", "en", "true", "English") in shown
    assert ("fr", "fr", None, "Français") in shown


@pytest.mark.django_db
def test_a_page_not_yet_translated_offers_the_other_home_page(client, site_pages):
    site_pages["history"]["en"].unpublish()
    html = client.get("/fr/histoire/").content.decode()
    links = {lang: href for href, lang in switcher_links(html).items()}
    assert links["en"] == "/en/"
