"""
The read API at /api/v1/: every kind, the listing's filters on events, cursor pages, stable
identifiers, stored expected responses, the access rules of the pages, the queries of a page,
and the OpenAPI description.
"""

import datetime
import json
import os
import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate

from archive.factories import ArchiveDocumentFactory, ArchiveImageFactory, PersonFactory
from archive.programme.models import Screening, Series, Venue
from base.access import AccessLevel
from oral_history.models import InterviewPage
from oral_history.models.people import InterviewParticipant, PublicName
from tests.paths import EXPECTED

pytestmark = pytest.mark.django_db
EXPECTED_API = EXPECTED / "harvesting"
LISTS = [
    "events",
    "films",
    "people",
    "series",
    "venues",
    "interviews",
    "media/images",
    "media/recordings",
    "media/documents",
    "pages",
]


@pytest.fixture(autouse=True)
def site(harvest_site):
    """Every test reads the loaded site (its changes are rolled back after it)."""


@pytest.fixture
def media_items():
    """The seeds hold recordings only: an image and a document too."""
    return ArchiveImageFactory(title="Affiche"), ArchiveDocumentFactory(title="Programme")


def get(client, path, **params):
    response = client.get(f"/api/v1/{path}", params)
    assert response["Content-Type"] == "application/json", response.content[:300]
    return response


def walk(client, path, **params):
    """Every item of a list, following its cursor."""
    items, response = [], get(client, path, **params).json()
    while True:
        items += response["results"]
        if not response["next"]:
            return items
        response = client.get(response["next"]).json()


def bulk_events(number, series=None):
    day = datetime.date(1990, 1, 1)
    Screening.objects.bulk_create(
        [
            Screening(
                external_id=f"api-{n:05d}",
                date=day + datetime.timedelta(days=n),
                year=(day + datetime.timedelta(days=n)).year,
                series=series,
            )
            for n in range(number)
        ]
    )


def normalised(data):
    """
    A response without what changes from one test database to another: datestamps, and the
    primary keys in identifiers and addresses (PostgreSQL's sequences run on across modules).
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = re.sub(r'"updated_at": "[^"]*"', '"updated_at": "<datestamp>"', text)
    text = re.sub(r"([a-z]+)/[0-9]+", r"\1/<pk>", text)
    return json.loads(text)


def test_every_list_answers_with_identifiers_and_a_cursor(client, media_items):
    for path in LISTS:
        body = get(client, f"{path}/").json()
        assert set(body) == {"next", "previous", "results"}, path
        assert body["results"], path
        for item in body["results"]:
            assert "/" in item["identifier"]


def test_details_by_stable_identifier(client, media_items):
    for path in LISTS:
        item = get(client, f"{path}/").json()["results"][0]
        key = item["identifier"].split("/", 1)[1].removeprefix("image-").removeprefix("av-")
        key = key.removeprefix("document-")
        detail = get(client, f"{path}/{key}/")
        assert detail.status_code == 200, path
        assert detail.json()["identifier"] == item["identifier"]


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("event", "events/laclef-2019-occupation-first-night/"),
        ("series-en", "series/{series}/?lang=en"),
        ("venue-wall-en", "venues/{wall}/?lang=en"),
    ],
)
def test_responses_match_the_stored_ones(client, name, path):
    series = Series.objects.order_by("pk").first()
    wall = Venue.objects.get(slug="mur-exterieur-la-clef")
    response = client.get("/api/v1/" + path.format(series=series.pk, wall=wall.pk))
    found = normalised(response.json())
    path = EXPECTED_API / f"{name}.json"
    if os.environ.get("UPDATE_EXPECTED") == "1":  # then read the file before committing it
        path.write_text(json.dumps(found, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    assert found == json.loads(path.read_text())


def test_a_venue_says_whether_it_is_a_cinema(client):
    kinds = {item["name"]: item["venue_kind"] for item in walk(client, "venues/")}
    assert kinds["La Clef"] == "cinema"
    assert kinds["Le mur extérieur de La Clef"] == kinds["Palais de Tokyo"] == "other"


def test_events_take_the_listings_filters(client):
    series = Series.objects.order_by("pk").first()
    bulk_events(30, series=series)
    in_1990 = walk(client, "events/", year=1990, limit=100)
    assert {item["date"][:4] for item in in_1990} == {"1990"}
    assert len(in_1990) == Screening.objects.filter(date__year=1990).count()
    of_series = walk(client, "events/", series=series.slug, limit=100)
    assert len(of_series) == Screening.objects.filter(series=series).count()
    spring = walk(client, "events/", **{"from": "1990-01-05", "to": "1990-01-09"})
    assert [item["external_id"] for item in spring] == [f"api-{n:05d}" for n in (8, 7, 6, 5, 4)]
    attica = walk(client, "events/", film="attica")
    assert attica and all(
        any(link["film"]["name"].startswith("Attica") for link in item["films"]) for item in attica
    )
    assert get(client, "events/", year="nineteen").status_code == 400
    assert get(client, "events/", type="dinner").status_code == 400


def test_cursor_pages_cover_everything_once_and_limit_is_bounded(client):
    bulk_events(230)
    items = walk(client, "events/", limit=100)
    keys = [item["external_id"] for item in items]
    assert len(keys) == len(set(keys)) == Screening.objects.count()
    assert len(get(client, "events/", limit=1000).json()["results"]) == 100
    assert len(get(client, "events/").json()["results"]) == 50
    assert get(client, "events/", cursor="forged").status_code == 404


def test_the_language_parameter(client):
    series = Series.objects.exclude(title_en="").first()
    french = get(client, f"series/{series.pk}/").json()
    english = get(client, f"series/{series.pk}/", lang="en").json()
    assert french["title"] == series.title
    assert english["title"] == series.title_en
    assert get(client, "series/", lang="de").status_code == 400


def test_closed_interviews_and_their_people_are_absent_for_everyone(client):
    closed = InterviewPage.objects.filter(access_level=AccessLevel.CLOSED).first()
    secret = PersonFactory(name="Personne Secrète")
    InterviewParticipant.objects.create(interview=closed, person=secret, sort_order=0)
    public = InterviewPage.objects.live().filter(access_level=AccessLevel.PUBLIC).first()
    shy = PersonFactory(name="Narratrice Discrète")
    InterviewParticipant.objects.create(
        interview=public, person=shy, public_name=PublicName.INITIALS, sort_order=0
    )
    editor = User.objects.create_superuser("editor", "editor@example.com", "pw")
    for user in (None, editor):
        if user:
            client.force_login(user)
        interviews = walk(client, "interviews/", limit=100)
        assert f"interview/{closed.pk}" not in {item["identifier"] for item in interviews}
        assert get(client, f"interviews/{closed.pk}/").status_code == 404
        assert f"page/{closed.pk}" not in {item["identifier"] for item in walk(client, "pages/")}
        assert get(client, f"pages/{closed.pk}/").status_code == 404
        assert get(client, f"people/{secret.pk}/").status_code == 404
        assert get(client, f"people/{shy.pk}/").status_code == 404
        named = get(client, f"interviews/{public.pk}/").json()["participants"]
        assert {"name": "N. D.", "role": "narrator", "person": None} in named
    everything = "".join(
        json.dumps(walk(client, f"{path}/", limit=100), ensure_ascii=False) for path in LISTS
    )
    assert "Secrète" not in everything and "Discrète" not in everything
    assert closed.title not in everything
    spoken = [cue.text for cue in public.cues.all()]
    assert spoken and not any(text in everything for text in spoken)


def test_an_api_page_costs_the_same_queries_wherever_it_is(client):
    bulk_events(160)
    costs, url = [], "/api/v1/events/?limit=50"
    for _page in range(3):
        with CaptureQueriesContext(connection) as queries:
            body = client.get(url).json()
        costs.append(len(queries))
        url = body["next"]
    assert costs[0] == costs[1] == costs[2], costs
    assert costs[0] <= 5, costs


def test_the_openapi_description_is_valid_and_lists_every_endpoint(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    paths = set(document["paths"])
    for path in LISTS:
        assert f"/api/v1/{path}/" in paths
    parameters = {p["name"] for p in document["paths"]["/api/v1/events/"]["get"]["parameters"]}
    assert {"q", "year", "from", "to", "type", "series", "venue", "person", "film", "tag"} <= (
        parameters
    )
    assert {"cursor", "limit", "lang"} <= parameters
    venue = document["components"]["schemas"]["Venue"]["properties"]["venue_kind"]
    kinds = document["components"]["schemas"][venue["allOf"][0]["$ref"].rsplit("/", 1)[1]]
    assert kinds["enum"] == ["cinema", "other"]
