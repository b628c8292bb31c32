"""
Charts of the programme: server-rendered, accessible SVG with the numbers as a table beside it,
the listing's filters applied, CSV and SVG downloads, and snapshots that never change.
"""

import csv
import datetime
import io

import pytest
from django.core.cache import cache, caches
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from lxml import etree

from archive.factories import FilmFactory, PersonFactory, ScreeningFactory
from archive.programme.models import ChartSnapshot, EventType
from search.signals import batch
from tests.html import one, soup, text, texts

# Database tests: pytest-django then runs them before the transactional ones, which empty
# the database (the site's fixtures unblock it for the whole module, but do not mark them).
pytestmark = pytest.mark.django_db

SIXTIES = "from=1960&to=1969"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def sixties(loaded_site, django_db_blocker):
    """
    The 1960s (no seed event is there): Le Départ (France; Sénégal) shown three times, Attica
    (France) once, La Noire de... (Sénégal, 1966 talk) once; two guests in 1963, one in 1966.
    """
    with django_db_blocker.unblock(), batch():
        sembene = PersonFactory(name="Ousmane Sembène")
        varda = PersonFactory(name="Agnès Varda")
        depart = FilmFactory(
            title="Le Départ",
            year=1961,
            countries="France; Sénégal",
            languages="français; wolof",
            directors=[varda],
        )
        attica = FilmFactory(title="Attica", year=1962, countries="France", languages="anglais")
        noire = FilmFactory(
            title="La Noire de...",
            year=1966,
            countries="Sénégal",
            languages="français",
            directors=[sembene],
        )
        guests = [PersonFactory(name="Guest A"), PersonFactory(name="Guest B")]
        for day in (1, 2):
            ScreeningFactory(date=datetime.date(1963, 4, day), films=[depart], guests=guests)
        ScreeningFactory(date=datetime.date(1964, 4, 3), films=[depart, attica])
        ScreeningFactory(
            date=datetime.date(1966, 6, 1),
            films=[noire],
            event_type=EventType.TALK,
            guests=[sembene],
        )


@pytest.fixture
def undone(sixties):
    """What the test writes (snapshots, events) is rolled back after it."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def chart_page(client, key, query=SIXTIES, language="en"):
    base = "/en/archive/charts/" if language == "en" else "/fr/archives/graphiques/"
    response = client.get(f"{base}{key}/?{query}")
    assert response.status_code == 200
    return response


def table_rows(html, selector="table.chart-table"):
    table = one(soup(html), selector)
    return [[text(cell) for cell in row.find_all(["th", "td"])] for row in table.select("tbody tr")]


def parse_svg(markup):
    return etree.fromstring(markup.encode() if isinstance(markup, str) else markup)


def check_accessible(root, title):
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root[0].tag == f"{SVG}title" and root[0].get("id") == title_id
    assert root[0].text == title
    assert root[1].tag == f"{SVG}desc" and root[1].get("id") == desc_id and root[1].text
    assert not root.findall(f".//{SVG}script")
    assert len(root.findall(f".//{SVG}title")) == len(root.findall(f".//{SVG}desc")) == 1


def test_events_per_year_is_an_accessible_svg_beside_its_table(client, sixties):
    html = chart_page(client, "events-per-year").content.decode()
    assert table_rows(html) == [["1963", "2"], ["1964", "1"], ["1966", "1"]]
    svg = one(soup(html), "figure.chart svg")
    root = parse_svg(str(svg))
    check_accessible(root, "Events per year")
    assert "1963, 2 events" in root[1].text


def test_every_chart_counts_the_filtered_events(client, sixties):
    expected = {
        "countries-per-decade": [["1960s", "France", "2"], ["1960s", "Sénégal", "2"]],
        "most-shown-films": [
            ["Le Départ (1961)", "3"],
            ["Attica (1962)", "1"],
            ["La Noire de... (1966)", "1"],
        ],
        "most-shown-directors": [["Agnès Varda", "3"], ["Ousmane Sembène", "1"]],
        "guests-per-year": [["1963", "2"], ["1966", "1"]],
        "share-of-talks": [["1960s", "1", "4", "25.0"]],
        "languages": [["français", "2"], ["anglais", "1"], ["wolof", "1"]],
    }
    for key, rows in expected.items():
        html = chart_page(client, key).content.decode()
        assert table_rows(html) == rows, key
        check_accessible(parse_svg(str(one(soup(html), "figure.chart svg"))), text(soup(html).h1))


def test_the_listing_s_filters_apply(client, sixties):
    html = chart_page(client, "events-per-year", f"{SIXTIES}&type=talk").content.decode()
    assert table_rows(html) == [["1966", "1"]]
    page = soup(html)
    assert one(page, 'select#filter-type option[value="talk"]').has_attr("selected")
    assert one(page, "input#filter-from")["value"] == "1960"


def test_the_charts_in_french(client, sixties):
    html = chart_page(client, "share-of-talks", language="fr").content.decode()
    assert text(soup(html).h1) == "Part des rencontres, par décennie"
    assert table_rows(html)[0][0] == "années 1960"


def test_csv_download(client, sixties):
    response = chart_page(client, "most-shown-films", f"{SIXTIES}&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Film", "Events"]
    assert rows[1] == ["Le Départ (1961)", "3"]


def test_svg_download(client, sixties):
    response = chart_page(client, "guests-per-year", f"{SIXTIES}&format=svg")
    assert response["Content-Type"] == "image/svg+xml"
    check_accessible(parse_svg(response.content), "Guests per year")


def test_an_unknown_chart_or_format_is_not_found(client, sixties):
    assert client.get("/en/archive/charts/nothing/").status_code == 404
    assert client.get("/en/archive/charts/languages/?format=pdf").status_code == 404


def test_the_index_lists_every_chart_with_the_filters(client, sixties):
    page = soup(client.get(f"/fr/archives/graphiques/?{SIXTIES}"))
    links = [link["href"] for link in page.select(".chart-list a")]
    assert len(links) == 7
    assert all(link.endswith(f"/?{SIXTIES}") for link in links)


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_a_chart_costs_the_same_queries_whatever_it_counts(client, sixties):
    urls = [f"/en/archive/charts/{key}/?{SIXTIES}" for key in ("events-per-year", "languages")]
    urls.append("/en/archive/charts/countries-per-decade/")
    for url in urls:
        queries(client, url)  # counted once, then read from the cache
    counts = {queries(client, url) for url in urls}
    assert len(counts) == 1 and counts.pop() <= 12


def snapshot_client():
    client = Client(enforce_csrf_checks=True)
    client.get(f"/en/archive/charts/events-per-year/?{SIXTIES}")
    return client, client.cookies["csrftoken"].value


def test_a_snapshot_keeps_its_numbers(undone):
    caches["ratelimit"].clear()
    client, token = snapshot_client()
    response = client.post(
        "/en/archive/charts/events-per-year/snapshot/",
        {"from": "1960", "to": "1969", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    address = response["Location"]
    snapshot = ChartSnapshot.objects.get()
    assert address == f"/en/archive/charts/snapshots/{snapshot.token}/"
    assert snapshot.filters == {"from": "1960", "to": "1969"}
    before = table_rows(client.get(address).content.decode())
    assert before == [["1963", "2"], ["1964", "1"], ["1966", "1"]]

    ScreeningFactory(date=datetime.date(1963, 5, 1))
    ScreeningFactory(date=datetime.date(1965, 5, 1))
    cache.clear()
    page = client.get(address).content.decode()
    assert table_rows(page) == before
    note = one(soup(page), ".snapshot-changes")
    assert "2 programme records have been added or changed" in text(note)
    today = note.a["href"]
    assert today == f"/en/archive/charts/events-per-year/?{SIXTIES}"
    assert table_rows(client.get(today).content.decode())[0] == ["1963", "3"]
    french = client.get(f"/fr/archives/graphiques/snapshots/{snapshot.token}/")
    assert table_rows(french.content.decode()) == before
    rows = list(csv.reader(io.StringIO(client.get(f"{address}?format=csv").content.decode())))
    assert rows[1:] == before
    check_accessible(parse_svg(client.get(f"{address}?format=svg").content), "Events per year")


def test_a_snapshot_needs_the_form_s_csrf_token(undone):
    caches["ratelimit"].clear()
    client, _token = snapshot_client()
    response = client.post("/en/archive/charts/events-per-year/snapshot/", {"from": "1960"})
    assert response.status_code == 403
    assert client.get("/en/archive/charts/events-per-year/snapshot/").status_code == 405
    assert not ChartSnapshot.objects.exists()


def test_snapshots_are_rate_limited(undone, settings):
    settings.CHART_SNAPSHOT_RATE_PER_IP = "2/h"
    caches["ratelimit"].clear()
    client, token = snapshot_client()
    statuses = [
        client.post(
            "/fr/archives/graphiques/languages/snapshot/", {"csrfmiddlewaretoken": token}
        ).status_code
        for _ in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert ChartSnapshot.objects.count() == 2
    limited = client.post(
        "/fr/archives/graphiques/languages/snapshot/", {"csrfmiddlewaretoken": token}
    )
    assert "Rien n’a été enregistré" in text(soup(limited))
    assert texts(soup(limited), "h1") == ["Trop d’instantanés"]
