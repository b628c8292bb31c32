"""
The calendar of the programme: year → month → day, each day "programme known", "no screening",
"closed" or "unknown", with its evidence and the coverage of each month and year.
"""

import datetime

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from archive.factories import PersonFactory, ScreeningFactory
from archive.programme.models import ClosurePeriod, CompleteProgramme, EventType, SourceDocument
from base.dates import DatePrecision
from search.signals import batch
from tests.html import one, soup, text, texts

# Database tests: pytest-django then runs them before the transactional ones, which empty
# the database (the site's fixtures unblock it for the whole module, but do not mark them).
pytestmark = pytest.mark.django_db

MAY = "/en/archive/calendar/1995/05/"
MAI = "/fr/archives/calendrier/1995/05/"


@pytest.fixture(scope="module")
def may_1995(loaded_site, django_db_blocker):
    """
    May 1995: events on the 3rd (two), the 10th (a talk) and the 20th; one known only to the
    month; closed from the 15th to the 25th; the programme of the 1st to the 7th complete.
    """
    with django_db_blocker.unblock(), batch():
        for day in (3, 3, 10, 20):
            ScreeningFactory(
                date=datetime.date(1995, 5, day),
                event_type=EventType.TALK if day == 10 else EventType.SCREENING,
                title=f"Séance du {day}",
                guests=[PersonFactory(name="Calendar Guest")] if day == 10 else [],
            )
        ScreeningFactory(date=datetime.date(1995, 5, 1), date_precision=DatePrecision.MONTH)
        ClosurePeriod.objects.create(
            start=datetime.date(1995, 5, 15),
            end=datetime.date(1995, 5, 25),
            reason="Travaux",
            reason_en="Works",
            source_document=SourceDocument.ENCYCLOPEDIA,
        )
        CompleteProgramme.objects.create(
            start=datetime.date(1995, 5, 1), end=datetime.date(1995, 5, 7), source="Leaflet"
        )


def day_cell(html, day):
    """The month grid's cell of `day`, by its link's address."""
    link = one(soup(html), f'table.calendar-month td a[href$="/05/{day:02d}/"]')
    return link.find_parent("td")


def test_the_month_is_a_table_with_a_caption_and_weekday_headers(client, may_1995):
    page = soup(client.get(MAY))
    table = one(page, "table.calendar-month")
    assert "May 1995" in text(table.caption)
    assert texts(table, "thead th") == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert all(th["scope"] == "col" for th in table.select("thead th"))
    assert len(table.select("td a")) == 31


def test_each_day_says_its_status_in_words(client, may_1995):
    html = client.get(MAY).content.decode()
    expected = {
        3: "Programme known",
        10: "Programme known",
        20: "Programme known",
        2: "No screening",
        16: "Closed",
        25: "Closed",
        26: "Unknown",
        14: "Unknown",
    }
    for day, status in expected.items():
        cell = day_cell(html, day)
        assert status in text(cell), day
        assert cell.a["aria-label"].startswith(f"May {day}, 1995: {status}"), cell.a["aria-label"]
    assert "2 events" in day_cell(html, 3).a["aria-label"]


def test_the_month_counts_its_coverage(client, may_1995):
    page = soup(client.get(MAY))
    assert text(one(page, ".calendar-coverage")) == (
        "Programme known for 9 of 31 days (of which 6 days without a screening); "
        "closed 10 days; unknown 12 days."
    )
    assert "1 event is known only to the month" in text(page)


def test_the_month_in_french(client, may_1995):
    page = soup(client.get(MAI))
    coverage = one(page, ".calendar-coverage").get_text()
    assert coverage.startswith("Programme connu pour 9\u00a0jours sur 31 (dont 6\u00a0jours")
    assert "séance)\u202f; fermé 10\u00a0jours\u202f;" in coverage
    assert "Fermé" in text(day_cell(str(page), 16))


def test_the_legend_explains_every_status(client, may_1995):
    legend = one(soup(client.get(MAY)), ".calendar-legend")
    assert texts(legend, "dt") == ["✓ Programme known", "– No screening", "× Closed", "? Unknown"]


def test_the_closure_is_shown_with_its_source(client, may_1995):
    closures = text(one(soup(client.get(MAY)), ".calendar-closures"))
    assert "Works" in closures
    assert "“La Clef (cinema)”, encyclopedia article" in closures


def test_a_day_lists_its_events(client, may_1995):
    page = soup(client.get("/en/archive/calendar/1995/05/03/"))
    assert "Programme known" in text(one(page, ".calendar-day-status"))
    assert len(page.select("table.programme tbody tr")) == 2


def test_a_closed_day_and_an_unknown_day(client, may_1995):
    closed = soup(client.get("/en/archive/calendar/1995/05/16/"))
    assert "Closed" in text(one(closed, ".calendar-day-status"))
    assert "Works" in text(one(closed, ".calendar-closures"))
    unknown = soup(client.get("/fr/archives/calendrier/1995/05/26/"))
    assert "Inconnu" in text(one(unknown, ".calendar-day-status"))
    assert not unknown.select("table.programme")


def test_the_year_counts_each_month(client, may_1995):
    page = soup(client.get("/en/archive/calendar/1995/"))
    may = [row for row in page.select("table.calendar-summary tbody tr") if "May" in text(row.th)]
    assert texts(may[0], "td") == ["9 / 31", "10", "12", "4", "1"]
    assert "Programme known for 9 of 365 days" in text(one(page, ".calendar-coverage"))


def test_the_index_lists_the_years(client, may_1995):
    page = soup(client.get("/fr/archives/calendrier/"))
    years = texts(page, "table.calendar-summary tbody th")
    assert "1995" in years and "2022" in years


def test_the_seeded_closures_cite_a_source_document(client, may_1995):
    seeded = ClosurePeriod.objects.exclude(reason="Travaux")
    assert seeded.count() == 4
    assert {closure.source_document for closure in seeded} <= set(SourceDocument.values)
    march = soup(client.get("/en/archive/calendar/2022/03/"))
    assert "Closed" in text(one(march, 'td a[href$="/03/02/"]'))
    assert "Programme known" in text(one(march, 'td a[href$="/03/01/"]'))


def test_a_closure_known_to_the_month_leaves_that_month_unknown(client, may_1995):
    june = soup(client.get("/en/archive/calendar/2009/06/"))
    assert "Closed" not in texts(june, "td .calendar-day__label")
    july = soup(client.get("/en/archive/calendar/2009/07/"))
    assert set(texts(july, "td .calendar-day__label")) == {"Closed"}


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("/en/archive/calendrier/1995/5/", MAY),
        ("/fr/archives/calendar/1995/05/", MAI),
    ],
)
def test_each_language_has_its_own_address(client, may_1995, url, target):
    response = client.get(url)
    assert response.status_code == 301
    assert response["Location"] == target


@pytest.mark.parametrize(
    "url", ["/en/archive/calendar/1995/13/", "/en/archive/calendar/1995/02/30/"]
)
def test_dates_that_do_not_exist_are_not_found(client, may_1995, url):
    assert client.get(url).status_code == 404


def queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    ("busy", "empty"),
    [
        ("/en/archive/calendar/1995/", "/en/archive/calendar/1984/"),
        (MAY, "/en/archive/calendar/1984/02/"),
        ("/en/archive/calendar/1995/05/03/", "/en/archive/calendar/1995/05/10/"),
    ],
)
def test_each_level_costs_the_same_queries_whatever_it_holds(client, may_1995, busy, empty):
    queries(client, busy)  # the site's own caches filled once
    assert queries(client, busy) == queries(client, empty) <= 16


def test_the_listing_links_the_calendar_and_the_charts(client, may_1995):
    english = soup(client.get("/en/archive/"))
    assert one(english, 'a[href="/en/archive/calendar/"]')
    assert one(english, 'a[href="/en/archive/charts/"]')
    french = soup(client.get("/fr/archives/"))
    assert one(french, 'a[href="/fr/archives/calendrier/"]')
    assert one(french, 'a[href="/fr/archives/graphiques/"]')


def test_the_index_counts_again_after_a_closure_is_added(client, may_1995):
    def closed_in_1996():
        page = soup(client.get("/en/archive/calendar/"))
        row = [r for r in page.select("table.calendar-summary tbody tr") if text(r.th) == "1996"]
        return texts(row[0], "td")[1]

    assert closed_in_1996() == "0"
    with transaction.atomic():
        ClosurePeriod.objects.create(
            start=datetime.date(1996, 1, 1),
            end=datetime.date(1996, 1, 10),
            reason="Test",
            source_document=SourceDocument.FUNDRAISING,
        )
        assert closed_in_1996() == "10"
        transaction.set_rollback(True)
    assert closed_in_1996() == "0"
