"""
Words are compared as a researcher expects, in French and in English: accents optional, French
elisions ("l'occupation") and simple plurals ignored, common words dropped; and no typed
character, however stray, breaks a search.
"""

import pytest

from search.highlight import highlight
from search.text import fold, query_terms, terms
from tests.html import marks_ending_headings, soup


def results(client, path, query, **params):
    response = client.get(path, {"q": query, "format": "json", **params})
    assert response.status_code == 200
    return response.json()["results"]


def found(client, path, query):
    return [(result["type"], result["url"]) for result in results(client, path, query)]


# The analysis ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Léos Carax", "leos carax"),
        ("CÉLINE Sciamma", "celine sciamma"),
        ("Françoise", "francoise"),
        ("Œuvres", "oeuvres"),
        ("Raphaël", "raphael"),
    ],
)
def test_accents_and_case_are_folded(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("l'occupation", ["occupation"]),
        ("L’occupation", ["occupation"]),
        ("d'Ailleurs", ["ailleur"]),
        ("qu'il", []),
        ("jusqu'à l'aube", ["aube"]),
        ("aujourd'hui", ["aujourd", "hui"]),
    ],
)
def test_french_elisions_are_removed(query, expected):
    assert query_terms(query) == expected


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("projections", "projection"),
        ("cinéastes", "cinéaste"),
        ("journaux", "journal"),
        ("bateaux", "bateau"),
        ("screenings", "screening"),
        ("films", "film"),
        ("archives", "archive"),
        ("directors", "director"),
    ],
)
def test_plurals_meet_their_singular(plural, singular):
    assert terms(plural) == terms(singular)


@pytest.mark.parametrize("word", ["class", "campus", "Lynch", "Attica", "1973"])
def test_words_that_only_look_plural_or_short_are_kept(word):
    assert terms(word) == [fold(word)]


def test_common_words_are_dropped_in_both_languages():
    assert query_terms("the film of the night") == ["film", "night"]
    assert query_terms("le film de la nuit") == ["film", "nuit"]
    assert query_terms("de la") == []


# On the site ----------------------------------------------------------------------------------


PEOPLE = {"/fr/recherche/": "/fr/archives/people/", "/en/search/": "/en/archive/people/"}


@pytest.mark.django_db
@pytest.mark.parametrize("path", PEOPLE)
@pytest.mark.parametrize(
    ("typed", "name", "slug"),
    [
        ("celine sciamma", "Céline Sciamma", "celine-sciamma"),
        ("CELINE SCIAMMA", "Céline Sciamma", "celine-sciamma"),
        ("leos carax", "Léos Carax", "leos-carax"),
        ("Léos Carax", "Léos Carax", "leos-carax"),
        ("francoise romand", "Françoise Romand", "francoise-romand"),
    ],
)
def test_a_name_is_found_with_or_without_its_accents(client, search_site, path, typed, name, slug):
    first = results(client, path, typed)[0]
    assert (first["type"], first["title"]) == ("person", name)
    assert first["url"] == f"http://testserver{PEOPLE[path]}{slug}/"


@pytest.mark.django_db
def test_the_unaccented_name_is_highlighted_where_it_is_written_with_accents(client, search_site):
    page = soup(client.get("/en/search/", {"q": "celine sciamma"}))
    pairs = [
        (mark.get_text(), mark.next_sibling, mark.next_sibling.next_sibling)
        for mark in page.select("mark")
        if mark.next_sibling is not None and mark.next_sibling.next_sibling is not None
    ]
    assert any(
        (first, space, second.name, second.get_text()) == ("Céline", " ", "mark", "Sciamma")
        for first, space, second in pairs
    )
    assert str(highlight("Léos Carax", query_terms("leos"))) == "<mark>Léos</mark> Carax"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/fr/recherche/", "/en/search/"])
def test_l_occupation_and_occupation_find_the_same_things(client, search_site, path):
    plain = found(client, path, "occupation")
    assert plain
    assert found(client, path, "l'occupation") == plain
    assert found(client, path, "L’occupation") == plain


@pytest.mark.django_db
def test_the_elided_word_is_highlighted_with_its_article(client, search_site):
    page = soup(client.get("/fr/recherche/", {"q": "occupation"}))
    assert "L'occupation" in marks_ending_headings(page)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "plural", "singular"),
    [
        ("/fr/recherche/", "projections", "projection"),
        ("/fr/recherche/", "cinéastes", "cinéaste"),
        ("/fr/recherche/", "séances", "séance"),
        ("/en/search/", "screenings", "screening"),
        ("/en/search/", "directors", "director"),
        ("/en/search/", "interviews", "interview"),
    ],
)
def test_plural_and_singular_find_the_same_things(client, search_site, path, plural, singular):
    singular_results = found(client, path, singular)
    assert singular_results
    assert found(client, path, plural) == singular_results


STRAY = [
    '"',
    "'",
    '"attica',
    'attica"',
    "attica*",
    "(attica",
    "attica)",
    "NEAR(attica lynch)",
    "title:attica",
    "^attica",
    "-attica",
    "+attica",
    "attica AND",
    "OR attica",
    "NOT",
    "%",
    "_",
    "\\",
    "'; DROP TABLE search_searchdocument; --",
    "🎬",
    "電影",
    "x" * 1000,
    "attica " * 100,
    "   ",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", STRAY)
def test_stray_punctuation_never_breaks_a_search(client, search_site, query):
    for path in ("/fr/recherche/", "/en/search/"):
        assert client.get(path, {"q": query}).status_code == 200
        response = client.get(path, {"q": query, "format": "json"})
        assert response.status_code == 200
        assert "results" in response.json()
    response = client.get("/search/autocomplete/", {"q": query, "lang": "en"})
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ['"attica', 'attica"', "attica*", "(attica)", "attica?", "«attica»"]
)
def test_a_word_wrapped_in_stray_punctuation_is_still_found(client, search_site, query):
    assert ("film", "http://testserver/en/archive/films/attica/") in found(
        client, "/en/search/", query
    )
