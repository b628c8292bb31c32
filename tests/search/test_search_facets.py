"""
Facets: every facet option counts exactly the results its filter gives, filters combine, dates
filter by year, decade or range, `has` finds recordings and transcripts, and results sort by date.
"""

import pytest

from archive.factories import FilmFactory, ScreeningFactory
from search.indexing import reindex
from search.query import ArchiveSearch
from tests.html import soup

# The programme's events as English pages name them (archive/programme/seed_data.py).
FIRST_NIGHT = "First night of the occupation: Attica"
SWAN_LAKE = "Swan Lake by the striking workers of the Paris Opera Ballet"
NIGHTLY = "An open-price screening every evening of the occupation"
WALL = "Films screened on the outside wall during the lockdown"
FESTIVAL = "The permanent festival, from 6 am to 11 pm every day"
STUDIO_34 = "Studio 34, helping young filmmakers make short films"
TINY_ESCAPE = "Tiny Escape, the neighbourhood children's workshop"
PALAIS_DE_TOKYO = "The Palais de Tokyo art exhibition and sale for the purchase"


def search(client, path="/en/search/", **params):
    response = client.get(path, {**params, "format": "json"})
    assert response.status_code == 200
    return response.json()


def titles(answer):
    return sorted((result["type"], result["title"]) for result in answer["results"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/en/search/", {"q": "occupation"}),
        ("/fr/recherche/", {"q": "occupation"}),
        ("/en/search/", {"q": "la clef"}),
        ("/fr/recherche/", {"decade": "2010"}),
        ("/en/search/", {"type": "person"}),
    ],
)
def test_every_facet_option_counts_the_results_of_its_filter(client, search_site, path, params):
    answer = search(client, path, **params)
    assert answer["facets"]
    assert sum(option["count"] for option in answer["facets"]["type"]) == answer["total"]
    for name, options in answer["facets"].items():
        for option in options:
            narrowed = search(client, path, **{**params, name: option["value"]})
            assert narrowed["total"] == option["count"], (name, option)


@pytest.mark.django_db
def test_facets_name_their_options_in_the_visitors_language(client, search_site):
    english = search(client, q="attica")["facets"]
    french = search(client, "/fr/recherche/", q="attica")["facets"]
    assert {
        "value": "seances-de-l-occupation",
        "label": "The occupation's nightly screenings",
        "count": 1,
        "selected": False,
    } in english["series"]
    assert french["series"][0]["label"] == "Les séances du soir de l'occupation"
    assert {option["label"] for option in english["type"]} == {"Film", "Event", "Page"}
    assert {option["label"] for option in french["type"]} == {"Film", "Séance", "Page"}
    assert english["event"][0]["label"] == "Screening"
    assert french["event"][0]["label"] == "Séance"


@pytest.mark.django_db
def test_a_selected_option_is_marked_and_its_link_removes_it(client, search_site):
    answer = search(client, q="occupation", type="screening")
    assert answer["filters"] == {"type": "screening"}
    assert answer["facets"]["type"] == [
        {"value": "screening", "label": "Event", "count": 6, "selected": True}
    ]
    page = soup(client.get("/en/search/", {"q": "occupation", "type": "screening"}))
    links = [
        link["href"]
        for link in page.select('a[href^="?"][aria-current="true"]')
        if link.get_text().startswith("Event")
    ]
    assert links[0] == "?q=occupation"


@pytest.mark.django_db
def test_filters_combine(client, search_site):
    assert titles(search(client, tag="occupation")) == [
        ("screening", NIGHTLY),
        ("screening", WALL),
        ("screening", FIRST_NIGHT),
        ("screening", STUDIO_34),
        ("screening", SWAN_LAKE),
        ("screening", FESTIVAL),
        ("screening", TINY_ESCAPE),
    ]
    assert titles(search(client, tag="occupation", event="performance")) == [
        ("screening", SWAN_LAKE)
    ]
    assert titles(search(client, q="lynch", type="person")) == [("person", "David Lynch")]
    assert titles(search(client, q="lynch", person="david-lynch", venue="palais-de-tokyo")) == [
        ("screening", PALAIS_DE_TOKYO)
    ]
    assert search(client, q="attica", event="performance")["total"] == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [{"series": "seances-de-l-occupation"}, {"venue": "la-clef"}, {"country": "FR"}],
)
def test_facet_values_filter_without_words(client, search_site, params):
    answer = search(client, **params)
    for result in answer["results"]:
        assert result["type"] in {"screening", "series", "film"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # An event the sources give as a span is dated by its start, as in the programme's
        # year facet (archive.programme.listing.filters.spans_reaching).
        (
            {"year": "2019"},
            [
                ("screening", NIGHTLY),
                ("screening", WALL),
                ("screening", FIRST_NIGHT),
                ("screening", STUDIO_34),
                ("screening", SWAN_LAKE),
                ("screening", TINY_ESCAPE),
                ("series", "The occupation's nightly screenings"),
            ],
        ),
        (
            {"from": "2019", "to": "2019"},
            [
                ("screening", NIGHTLY),
                ("screening", WALL),
                ("screening", FIRST_NIGHT),
                ("screening", STUDIO_34),
                ("screening", SWAN_LAKE),
                ("screening", TINY_ESCAPE),
                ("series", "The occupation's nightly screenings"),
            ],
        ),
        (
            {"from": "2022-01", "to": "2023-11"},
            [
                ("page", "Palais de Tokyo, November 2023: the art sale for La Clef"),
                ("screening", "Open-air screenings to raise money for the purchase"),
                ("screening", "Screenings in friendly cultural venues after the eviction"),
                ("screening", PALAIS_DE_TOKYO),
                ("screening", FESTIVAL),
                ("series", "The permanent festival of 2022"),
            ],
        ),
        (
            {"from": "2023-12"},
            [
                ("screening", "Public screenings after the purchase of 19 June 2024"),
                ("screening", "The four-day reopening at the end of June"),
                ("screening", "The reopening announced for 14 January 2026"),
            ],
        ),
        (
            {"decade": "1990"},
            [("series", "Images d'Ailleurs")],
        ),
        (
            {"q": "occupation", "decade": "2010"},
            [
                ("screening", NIGHTLY),
                ("screening", WALL),
                ("screening", FIRST_NIGHT),
                ("screening", STUDIO_34),
                ("screening", TINY_ESCAPE),
                ("series", "The occupation's nightly screenings"),
            ],
        ),
    ],
)
def test_dates_filter_by_year_decade_and_range(client, search_site, params, expected):
    assert titles(search(client, **params)) == expected


@pytest.mark.django_db
def test_decades_and_years_are_listed_newest_first(client, search_site):
    facets = search(client, q="la clef")["facets"]
    for name in ("decade", "year"):
        values = [int(option["value"]) for option in facets[name]]
        assert values == sorted(values, reverse=True)


@pytest.mark.django_db
def test_has_finds_recordings_and_transcripts(client, search_site):
    recordings = titles(search(client, has="recording"))
    assert recordings == [
        ("interview", "Demonstration: an embargoed interview"),
        ("interview", "Demonstration: the interview player"),
        ("media", "Démonstration : le lecteur d'entretiens (voix de synthèse)"),
        ("media", "Démonstration : un entretien sous embargo (voix de synthèse)"),
    ]
    transcripts = search(client, "/fr/recherche/", has="transcript")
    kinds = {result["type"] for result in transcripts["results"]}
    assert kinds == {"interview", "passage"}
    passages = [r for r in transcripts["results"] if r["type"] == "passage"]
    assert {r["title"] for r in passages} == {"Démonstration : le lecteur d'entretiens"}


@pytest.mark.django_db
def test_invalid_filters_are_reported_and_ignored(client, search_site):
    answer = search(client, q="attica", year="last", type="poem", decade="90s", **{"from": "soon"})
    assert answer["errors"] == {"type": "poem", "year": "last", "decade": "90s", "from": "soon"}
    assert answer["total"] == 3
    assert answer["filters"] == {}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/search/", "/fr/recherche/"])
def test_sort_by_date_oldest_or_newest_first_undated_last(client, search_site, path):
    relevance = search(client, path, q="la clef")
    oldest = search(client, path, q="la clef", sort="date")
    newest = search(client, path, q="la clef", sort="-date")
    assert oldest["sort"] == "date"
    assert oldest["total"] == newest["total"] == relevance["total"]
    for answer, reverse in ((oldest, False), (newest, True)):
        dates = [result["date"] for result in answer["results"]]
        dated = [date for date in dates if date]
        assert dated
        assert dated == sorted(dated, reverse=reverse)
        assert dates[: len(dated)] == dated, "undated results come last"


@pytest.mark.django_db
def test_twenty_results_a_page(client, search_site):
    screenings = [ScreeningFactory(notes=f"Soirée zanzibar numéro {n}.") for n in range(25)]
    reindex("archive.screening", [screening.pk for screening in screenings])

    first = search(client, q="zanzibar", sort="date")
    second = search(client, q="zanzibar", sort="date", page="2")
    beyond = search(client, q="zanzibar", sort="date", page="9")

    assert (first["total"], first["pages"], first["per_page"]) == (25, 2, 20)
    assert len(first["results"]) == 20
    assert len(second["results"]) == 5
    assert second["page"] == 2
    assert beyond["page"] == 2
    shown = [result["date"] for result in first["results"] + second["results"]]
    assert shown == sorted(screening.date.isoformat() for screening in screenings)
    html = client.get("/en/search/", {"q": "zanzibar"}).content.decode()
    assert 'rel="next" href="?q=zanzibar&amp;page=2"' in html
    assert "Page 1 of 2" in html


@pytest.mark.django_db
def test_decades_are_named_in_the_visitors_language(client, search_site):
    french = search(client, "/fr/recherche/", q="attica")["facets"]["decade"]
    english = search(client, q="attica")["facets"]["decade"]
    assert [option["label"] for option in french] == ["années 2010"]
    assert [option["label"] for option in english] == ["2010s"]


@pytest.mark.django_db
def test_a_language_is_one_option_however_records_spell_it(client, search_site):
    """A film says 'fr', an interview 'français': one option, named in the visitor's language."""
    film = FilmFactory(title="Zanzibar", slug="zanzibar", languages="fr; English")
    screening = ScreeningFactory(films=[film], notes="Soirée zanzibar.")
    reindex("archive.film", [film.pk])
    reindex("archive.screening", [screening.pk])

    english = search(client, q="zanzibar")["facets"]["language"]
    assert english == [
        {"value": "en", "label": "English", "count": 2, "selected": False},
        {"value": "fr", "label": "French", "count": 2, "selected": False},
    ]
    french = search(client, "/fr/recherche/", q="zanzibar")["facets"]["language"]
    assert [option["label"] for option in french] == ["anglais", "français"]

    interviews = search(client, "/fr/recherche/", type="interview")["facets"]["language"]
    assert interviews == [
        {"value": "fr", "label": "français", "count": interviews[0]["count"], "selected": False}
    ]
    narrowed = search(client, "/fr/recherche/", type="interview", language="fr")
    assert narrowed["total"] == interviews[0]["count"] > 0


@pytest.fixture
def many_tags(search_site):
    """26 events: all tagged 'quokka-all', each with a tag of its own ('quokka-00' to '-25')."""
    film = FilmFactory(title="Quokka")
    screenings = [
        ScreeningFactory(films=[film], tag_names=["quokka all", f"quokka {n:02}"])
        for n in range(26)
    ]
    reindex("archive.screening", [screening.pk for screening in screenings])


@pytest.mark.django_db
def test_a_facet_shows_its_twenty_most_frequent_values_ties_in_order_of_value(many_tags):
    search = ArchiveSearch({"q": "quokka", "type": "screening"})
    tags = [(value, count) for value, _label, count in search.facet_counts["tag"]]
    assert tags == [("quokka-all", 26)] + [(f"quokka-{n:02}", 1) for n in range(19)]
    assert search.facet_more["tag"] == 7


@pytest.mark.django_db
def test_a_selected_value_is_shown_even_when_it_is_not_among_the_first_twenty(search_site):
    screening = ScreeningFactory(
        films=[FilmFactory(title="Quokka")], tag_names=[f"quokka {n:02}" for n in range(25)]
    )
    reindex("archive.screening", [screening.pk])
    search = ArchiveSearch({"q": "quokka", "tag": "quokka-24"})
    tags = [(value, count) for value, _label, count in search.facet_counts["tag"]]
    assert tags == [("quokka-24", 1)] + [(f"quokka-{n:02}", 1) for n in range(20)]
    assert search.facet_more["tag"] == 4


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"q": "occupation", "has": "transcript"},
        {"q": "la clef", "series": "seances-de-l-occupation"},
        {"q": "la clef", "person": "nobody-at-all"},
    ],
)
def test_a_common_value_checked_in_each_matchs_codes_gives_the_same_answer(
    search_site, monkeypatch, params
):
    """A value of many documents is read from each match's codes: the same answer."""
    collected = ArchiveSearch(params)
    answer = (collected.total, collected.results, collected.facet_counts)
    monkeypatch.setattr("search.query.COMMON_VALUE", 1)
    checked = ArchiveSearch(params)
    assert (checked.total, checked.results, checked.facet_counts) == answer
    if params.get("person") != "nobody-at-all":
        assert checked.common_filter_codes
