"""
`format=json` is an interface researchers script against (docs/search.md): its shape is checked
against the stored answers in tests/expected/search/, for a small set of records made here, so
that the files change only when the shape or the ranking does.

After a deliberate change, rewrite the files with `SEARCH_UPDATE_EXPECTED=1 pytest
tests/search/test_search_json.py` and review their diff like code.
"""

import datetime
import json
import os
import re

import pytest
from django.db import connection

from archive.factories import FilmFactory, PersonFactory, ScreeningFactory, SeriesFactory
from archive.programme.models import EventType
from base.dates import DatePrecision
from oral_history.factories import InterviewPageFactory, TranscriptCueFactory
from search.indexing import reindex
from tests.html import soup
from tests.paths import EXPECTED

EXPECTED = EXPECTED / "search"
UPDATE = os.environ.get("SEARCH_UPDATE_EXPECTED") == "1"
RECORD_ID = re.compile(r"/(screenings|images|av|documents)/\d+/")


@pytest.fixture
def varda(site_pages):
    """A director, her film, its screening in a series, and a talk where her name is said."""
    director = PersonFactory(
        name="Agnès Varda", slug="agnes-varda", biography="Cinéaste, photographe."
    )
    film = FilmFactory(
        title="Cléo de 5 à 7",
        slug="cleo-de-5-a-7",
        original_title="Cléo de cinq à sept",
        year=1962,
        countries="FR",
        languages="fr",
        synopsis="Deux heures de la vie d'une chanteuse, à Paris.",
        directors=[director],
    )
    series = SeriesFactory(
        title="Rétrospective Varda",
        title_en="Varda retrospective",
        slug="retrospective-varda",
        start_year=1998,
        description="Les films d'Agnès Varda, un par semaine.",
    )
    screening = ScreeningFactory(
        date=datetime.date(1998, 3, 12),
        date_precision=DatePrecision.DAY,
        event_type=EventType.SCREENING,
        series=series,
        notes="Séance suivie d'une rencontre avec la cinéaste.",
        films=[film],
        guests=[director],
    )
    parent = site_pages["oral_history"]["en"]
    interview = InterviewPageFactory(
        parent=parent,
        locale=parent.locale,
        title="Remembering the Varda week",
        slug="remembering-the-varda-week",
        summary="A projectionist remembers the retrospective.",
        date=datetime.date(2021, 5, 1),
        languages="english",
    )
    for position, (speaker, text) in enumerate(
        [
            ("INTERVIEWER", "What do you remember of that week?"),
            ("PROJECTIONIST", "Agnès Varda came on the Thursday."),
            ("PROJECTIONIST", "She stayed for the whole discussion."),
        ]
    ):
        TranscriptCueFactory(
            interview=interview,
            position=position,
            start=12.5 + position * 30,
            end=40 + position * 30,
            speaker=speaker,
            text=text,
        )
    reindex("archive.person", [director.pk])
    reindex("archive.film", [film.pk])
    reindex("archive.series", [series.pk])
    reindex("archive.screening", [screening.pk])
    reindex("oral_history.interview", [interview.pk])


def stable(data):
    """The answer with the record ids of the addresses replaced, which depend on the database."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    return RECORD_ID.sub(lambda match: f"/{match.group(1)}/ID/", text) + "\n"


def assert_matches_expected(name, data):
    """
    The stored file pins the shape and the content. The order of results of equal standing is
    the engine's (bm25 on SQLite, ts_rank_cd on PostgreSQL), so on PostgreSQL the results are
    compared as a set; the files are written from SQLite.
    """
    path = EXPECTED / f"{name}.json"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(stable(data), encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    if connection.vendor != "sqlite":
        data = json.loads(stable(data))
        expected_data = json.loads(expected)
        data["results"] = sorted(data["results"], key=json.dumps)
        expected_data["results"] = sorted(expected_data["results"], key=json.dumps)
        assert data == expected_data, f"{path} differs"
        return
    assert stable(data) == expected, f"{path} differs"


CASES = {
    "varda_en": ("/en/search/", {"q": "varda"}),
    "varda_en_passages": ("/en/search/", {"q": "varda", "type": "passage"}),
    "varda_en_filtered_by_date": (
        "/en/search/",
        {"q": "varda", "decade": "1990", "sort": "date"},
    ),
    "varda_fr_invalid_filters": (
        "/fr/recherche/",
        {"q": "agnes varda", "year": "bientôt", "from": "jamais", "type": "poème"},
    ),
    "nothing_found": ("/en/search/", {"q": "zzzyxwv"}),
    "only_common_words": ("/fr/recherche/", {"q": "de la"}),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", CASES)
def test_the_json_answer_matches_the_stored_one(client, varda, name):
    path, params = CASES[name]
    response = client.get(path, {**params, "format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert_matches_expected(name, response.json())


@pytest.mark.django_db
def test_every_result_has_the_documented_keys(client, varda):
    answer = client.get("/en/search/", {"q": "varda", "format": "json"}).json()
    assert set(answer) == {
        "query",
        "total",
        "page",
        "pages",
        "per_page",
        "sort",
        "filters",
        "errors",
        "promotions",
        "facets",
        "results",
    }
    assert {result["type"] for result in answer["results"]} == {
        "person",
        "film",
        "series",
        "screening",
        "interview",
        "passage",
    }
    for result in answer["results"]:
        assert set(result) == {
            "type",
            "title",
            "title_language",
            "url",
            "excerpt",
            "date",
            "start",
            "speaker",
            "context",
        }
        assert result["url"].startswith("http://testserver/en/")
        assert (result["start"] is not None) == (result["type"] == "passage")


@pytest.mark.django_db
def test_the_json_answers_the_same_search_as_the_page(client, varda):
    html = client.get("/en/search/", {"q": "varda"}).content.decode()
    answer = client.get("/en/search/", {"q": "varda", "format": "json"}).json()
    titles = [heading.find(True) for heading in soup(html).select("h3.result__title")]
    links = [link["href"] for link in titles if link is not None and link.name == "a"]
    assert [f"http://testserver{link}" for link in links] == [r["url"] for r in answer["results"]]
    assert f"{answer['total']} results for “varda”" in html


@pytest.mark.django_db
def test_the_page_links_to_its_json(client, varda):
    page = soup(client.get("/en/search/", {"q": "varda", "type": "film"}))
    assert page.select('[href="?q=varda&type=film&format=json"]')
