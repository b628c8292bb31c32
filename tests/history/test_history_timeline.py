"""The history page: every event of every chapter, in date order, at the precision known."""

import re

import pytest

from base.dates import PartialDate
from home.content.history import CHAPTERS
from home.models import HistoryChapterPage, HistoryEvent

HISTORY_URLS = {"fr": "/fr/histoire/", "en": "/en/history/"}
ALL_EVENTS = [event for chapter in CHAPTERS for event in chapter["events"]]


def timeline(client, language):
    return client.get(HISTORY_URLS[language]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_lists_every_event_in_date_order(client, site_pages, language):
    html = timeline(client, language)
    shown = re.findall(r'<time class="event__date" datetime="([^"]+)">', html)
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
    assert f'<time class="event__date" datetime="{iso}">{display}</time>' in timeline(
        client, language
    )


@pytest.mark.django_db
def test_a_less_precise_date_follows_the_precise_ones_of_its_month(client, site_pages):
    html = timeline(client, "en")
    assert html.index('datetime="2024-06-19"') < html.index('datetime="2024-06"')


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_event_carries_a_citation_and_a_link_to_its_chapter(client, site_pages, language):
    html = timeline(client, language)
    events = re.findall(r'<li class="event" id="event-\d+">.*?</li>', html, re.S)
    assert len(events) == len(ALL_EVENTS)
    for event in events:
        assert '<span class="event__citation">' in event
        assert "<cite>" in event
        assert 'class="event__chapter" href="' + HISTORY_URLS[language] in event


@pytest.mark.django_db
def test_every_event_in_the_database_has_a_source(site_pages):
    assert HistoryEvent.objects.count() == 2 * len(ALL_EVENTS)
    assert not HistoryEvent.objects.filter(sources=None).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "label"), [("en", "1970s"), ("fr", "années 1970")])
def test_decade_navigation_jumps_to_the_first_event_of_each_decade(
    client, site_pages, language, label
):
    html = timeline(client, language)
    nav = re.search(r'<nav class="decade-nav".*?</nav>', html, re.S).group(0)
    decades = re.findall(r'<a href="#(event-\d+)">([^<]+)</a>', nav)
    assert [text for _, text in decades][0] == label
    assert len(decades) == 6  # the 1970s to the 2020s
    first_2020s = HistoryEvent.objects.get(
        chapter__locale__language_code=language, date__year=2022, date__month=1
    )
    assert decades[-1][0] == f"event-{first_2020s.pk}"
    for anchor, _ in decades:
        assert f'id="{anchor}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_timeline_groups_events_by_chapter(client, site_pages, language):
    html = timeline(client, language)
    titles = re.findall(r'<h2 id="chapter-\d+"><a href="[^"]+">([^<]+)</a></h2>', html)
    assert titles == [chapter["title"][language].replace("'", "&#x27;") for chapter in CHAPTERS]


@pytest.mark.django_db
def test_an_unpublished_chapter_and_its_events_stay_off_the_timeline(client, site_pages):
    chapter = HistoryChapterPage.objects.get(locale__language_code="en", slug__contains="2010")
    chapter.unpublish()
    html = timeline(client, "en")
    assert chapter.title not in html
    assert 'datetime="2015"' not in html


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


# The section page's queries, plus chapters, their events and the events' sources.
TIMELINE_QUERIES = 13
