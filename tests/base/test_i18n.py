"""Two languages from day one: French at /fr/, English at /en/, and `/` picks the visitor's."""

import pytest
from django.utils import translation

from base.i18n import in_language
from tests.conftest import SECTION_URLS
from tests.html import soup


@pytest.mark.django_db
class TestRootRedirect:
    def test_root_sends_a_visitor_without_preference_to_french(self, client, site_pages):
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"] == "/fr/"

    def test_root_sends_an_english_speaking_visitor_to_english(self, client, site_pages):
        response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
        assert response["Location"] == "/en/"

    def test_an_unknown_language_falls_back_to_french(self, client, site_pages):
        response = client.get("/", headers={"accept-language": "de"})
        assert response["Location"] == "/fr/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "language", "skip_link"),
    [("/fr/", "fr", "Aller au contenu"), ("/en/", "en", "Skip to content")],
)
def test_home_pages_speak_their_language(client, site_pages, url, language, skip_link):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert soup(html).html["lang"] == language
    assert skip_link in html


@pytest.mark.django_db
def test_french_section_urls_are_french_and_english_ones_english(client, site_pages):
    for urls in SECTION_URLS.values():
        assert client.get(urls["fr"]).status_code == 200
        assert client.get(urls["en"]).status_code == 200
    assert client.get("/en/histoire/").status_code == 404
    assert client.get("/fr/history/").status_code == 404


def test_interface_strings_are_translated_from_the_compiled_catalogue():
    with translation.override("fr"):
        assert translation.gettext("Skip to content") == "Aller au contenu"
        assert translation.gettext("Explore the archive") == "Explorer les archives"


@pytest.mark.parametrize(
    ("language", "french", "english", "expected"),
    [
        ("fr", "Le Lac des cygnes", "Swan Lake", ("Le Lac des cygnes", "fr", False, "")),
        ("en", "Le Lac des cygnes", "Swan Lake", ("Swan Lake", "en", False, "")),
        ("en", "Le Lac des cygnes", "", ("Le Lac des cygnes", "fr", True, "in French")),
        ("fr", "", "Swan Lake", ("Swan Lake", "en", True, "en anglais")),
        ("fr", "", "", ("", "fr", False, "")),
    ],
)
def test_a_text_in_the_visitor_s_language_or_the_other_marked(language, french, english, expected):
    with translation.override(language):
        text = in_language(french, english)
        assert (text.text, text.language, text.is_fallback, text.notice) == expected
        assert str(text) == expected[0] and bool(text) == bool(expected[0])
