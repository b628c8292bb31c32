"""The history page: every event of every chapter, in date order, at the precision known."""

import re

import pytest

from base.dates import PartialDate
from home.content.history import CHAPTERS
from home.models import HistoryChapterPage, HistoryEvent
from tests.html import soup

HISTORY_URLS = {"fr": "/fr/histoire/", "en": "/en/history/"}
ALL_EVENTS = [event for chapter in CHAPTERS for event in chapter["events"]]


def timeline(client, language):
    return soup(client.get(HISTORY_URLS[language]))


def dates(page):
    """The events' dates as written in their <time> elements, in the page's order."""
    return [(time["datetime"], time.get_text()) for time in page.select("time.event__date")]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_lists_every_event_in_date_order(client, site_pages, language):
    shown = [iso for iso, _display in dates(timeline(client, language))]
    expected = sorted(
        (event["date"] for event in ALL_EVENTS),
        key=lambda text: PartialDate.parse(text).sort_key,
    )
    assert shown == expected
    assert shown[0] == "1973"
    assert shown[-1] == "2026-01-14"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "iso", "display"),
    [
        ("en", "1973", "1973"),
        ("en", "2009-06", "June 2009"),
        ("en", "2022-03-01", "March 1, 2022"),
        ("fr", "2009-06", "juin 2009"),
        ("fr", "2022-03-01", "1 mars 2022"),
    ],
)
def test_each_date_shows_exactly_the_precision_the_sources_give(
    client, site_pages, language, iso, display
):
    assert (iso, display) in dates(timeline(client, language))


@pytest.mark.django_db
def test_a_less_precise_date_follows_the_precise_ones_of_its_month(client, site_pages):
    shown = [element["datetime"] for element in timeline(client, "en").select("[datetime]")]
    assert shown.index("2024-06-19") < shown.index("2024-06")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_event_carries_a_citation_and_a_link_to_its_chapter(client, site_pages, language):
    events = timeline(client, language).select("li.event")
    assert [bool(re.fullmatch(r"event-\d+", event.get("id", ""))) for event in events] == [
        True
    ] * len(ALL_EVENTS)
    for event in events:
        assert event.select("span.event__citation")
        assert event.select("cite")
        chapters = [link.get("href", "") for link in event.select("a.event__chapter")]
        assert any(href.startswith(HISTORY_URLS[language]) for href in chapters), event


@pytest.mark.django_db
def test_every_event_in_the_database_has_a_source(site_pages):
    assert HistoryEvent.objects.count() == 2 * len(ALL_EVENTS)
    assert not HistoryEvent.objects.filter(sources=None).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "label"), [("en", "1970s"), ("fr", "années 1970")])
def test_decade_navigation_jumps_to_the_first_event_of_each_decade(
    client, site_pages, language, label
):
    page = timeline(client, language)
    nav = page.select("nav.decade-nav")[0]
    decades = [
        (link["href"].removeprefix("#"), link.get_text())
        for link in nav.select("a[href]")
        if re.fullmatch(r"#event-\d+", link["href"])
    ]
    assert [text for _, text in decades][0] == label
    assert len(decades) == 6  # the 1970s to the 2020s
    first_2020s = HistoryEvent.objects.get(
        chapter__locale__language_code=language, date__year=2022, date__month=1
    )
    assert decades[-1][0] == f"event-{first_2020s.pk}"
    for anchor, _ in decades:
        assert page.find(id=anchor) is not None


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_timeline_groups_events_by_chapter(client, site_pages, language):
    headings = [
        heading
        for heading in timeline(client, language).select("h2")
        if re.fullmatch(r"chapter-\d+", heading.get("id", ""))
    ]
    assert all(heading.contents == [heading.a] and heading.a.get("href") for heading in headings)
    titles = [heading.a.get_text() for heading in headings]
    assert titles == [chapter["title"][language] for chapter in CHAPTERS]


@pytest.mark.django_db
def test_an_unpublished_chapter_and_its_events_stay_off_the_timeline(client, site_pages):
    chapter = HistoryChapterPage.objects.get(locale__language_code="en", slug__contains="2010")
    chapter.unpublish()
    page = timeline(client, "en")
    assert chapter.title not in str(page)
    assert "2015" not in [element["datetime"] for element in page.select("[datetime]")]


@pytest.mark.django_db
def test_the_timeline_costs_the_same_with_more_events(
    client, site_pages, django_assert_num_queries
):
    client.get("/en/history/")
    with django_assert_num_queries(TIMELINE_QUERIES):
        client.get("/en/history/")
    chapter = HistoryChapterPage.objects.get(locale__language_code="en", slug__contains="1973")
    source = chapter.sources.first()
    for year in range(1974, 1989):
        event = HistoryEvent.objects.create(
            chapter=chapter, date=f"{year}-01-01", date_precision="year", title="x", text="y"
        )
        event.sources.add(source)
    with django_assert_num_queries(TIMELINE_QUERIES):
        client.get("/en/history/")


# The section page's (the page tree's version, base/page_tree.py), plus chapters, their events
# and the events' sources.
TIMELINE_QUERIES = 1 + 3
