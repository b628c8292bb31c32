"""
The suggestions under the search box: `/search/autocomplete/?q=&lang=` answers, as JSON, the
titles that start with what has been typed, accents optional, in the visitor's language, with
the address of each. The keyboard use is in tests/browser/test_search_browser.py.
"""

import json

import pytest

from tests.paths import EXPECTED

URL = "/search/autocomplete/"
EXPECTED = EXPECTED / "search"


def suggest(client, query, **params):
    response = client.get(URL, {"q": query, **params})
    assert response.status_code == 200
    return response.json()["suggestions"]


@pytest.mark.django_db
def test_the_answer_has_the_stored_shape(client, search_site):
    response = client.get(URL, {"q": "sciam", "lang": "en"})
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "private, max-age=60"
    expected = json.loads((EXPECTED / "autocomplete_sciam_en.json").read_text(encoding="utf-8"))
    assert response.json() == expected


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["sci", "sciam", "Céline Sc", "celine sci", "CELINE"])
def test_a_name_is_suggested_from_its_first_letters_with_or_without_accents(
    client, search_site, typed
):
    first = suggest(client, typed, lang="en")[0]
    assert first == {
        "title": "Céline Sciamma",
        "type": "person",
        "url": "/en/archive/people/celine-sciamma/",
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "language", "title", "url"),
    [
        ("images d'ail", "fr", "Images d'Ailleurs", "/fr/archives/series/images-dailleurs/"),
        ("nightly scr", "en", "The occupation's nightly screenings", None),
        ("séances du so", "fr", "Les séances du soir de l'occupation", None),
        ("palais de tok", "en", "Palais de Tokyo, November 2023: the art sale for La Clef", None),
        (
            "palais de tok",
            "fr",
            "Palais de Tokyo, novembre 2023\u00a0: la vente d'art pour La Clef",
            None,
        ),
        ("l'occup", "fr", "L'occupation", "/fr/histoire/2019-2022-occupation/"),
        ("attic", "en", "Attica", "/en/archive/films/attica/"),
    ],
)
def test_titles_are_suggested_in_the_visitors_language(
    client, search_site, typed, language, title, url
):
    suggestions = suggest(client, typed, lang=language)
    match = next(s for s in suggestions if s["title"] == title)
    assert match["url"] == url or url is None
    assert match["url"].startswith(f"/{language}/")


@pytest.mark.django_db
def test_only_the_pages_of_the_visitors_language_are_suggested(client, search_site):
    english = {s["title"] for s in suggest(client, "occupation", lang="en")}
    french = {s["title"] for s in suggest(client, "occupation", lang="fr")}
    assert "The occupation" in english
    assert "L'occupation" not in english
    assert "L'occupation" in french
    assert "The occupation" not in french


@pytest.mark.django_db
def test_the_language_defaults_to_french(client, search_site):
    assert suggest(client, "l'occup") == suggest(client, "l'occup", lang="fr")
    assert suggest(client, "l'occup", lang="de") == suggest(client, "l'occup", lang="fr")


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["", " ", "a", "de la", "the", '"', "*", "zzzyxwv"])
def test_nothing_is_suggested_for_too_little_or_unknown(client, search_site, typed):
    assert suggest(client, typed, lang="en") == []


@pytest.mark.django_db
def test_spoken_words_are_not_suggested(client, search_site):
    """Transcript passages are found by the search, not proposed as titles."""
    assert suggest(client, "horodat", lang="fr") == []
    assert all(s["type"] != "passage" for s in suggest(client, "démonstration", lang="fr"))


@pytest.mark.django_db
def test_at_most_eight_suggestions_each_title_once(client, search_site):
    suggestions = suggest(client, "la clef", lang="fr")
    assert 0 < len(suggestions) <= 8
    pairs = [(s["type"], s["title"]) for s in suggestions]
    assert len(pairs) == len(set(pairs))


@pytest.mark.django_db
def test_every_suggestion_opens(client, search_site):
    for language in ("fr", "en"):
        for typed in ("demonstration", "attica", "alain", "palais"):
            for suggestion in suggest(client, typed, lang=language):
                assert client.get(suggestion["url"]).status_code == 200, suggestion
