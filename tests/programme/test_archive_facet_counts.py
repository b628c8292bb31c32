"""
The counts beside each filter's options: each filter's options are counted over the events that
match every *other* filter, whatever the combination chosen, and cost a fixed number of queries.
"""

import datetime
import random
from collections import Counter

import pytest
from django.core.cache import cache
from django.db import transaction
from django.http import QueryDict

from archive.factories import (
    FilmFactory,
    PersonFactory,
    ScreeningFactory,
    SeriesFactory,
    VenueFactory,
)
from archive.programme.listing.cache import bump_programme_version
from archive.programme.listing.facets import FACET_LIMIT
from archive.programme.listing.filters import ProgrammeFilter
from archive.programme.models import EventType, Screening
from search.signals import batch
from tests.html import one, soup
from tests.programme.test_archive_listing import LISTING_QUERIES


@pytest.fixture(scope="module")
def varied_events(loaded_site, django_db_blocker):
    """
    Forty events with every kind of link, some shared, some missing, chosen by a fixed seed.

    Built once for the module's tests, which only read them, in a savepoint rolled back after
    the module's last test; the index is written once, at the end.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        with batch():
            build_varied_events()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def varied_programme(varied_events, site_pages):
    """The forty events, with nothing cached: each test counts them afresh."""
    cache.clear()
    return site_pages


def build_varied_events():
    Screening.objects.all().delete()
    chance = random.Random(1973)  # noqa: S311 - test data, not secrets
    people = [PersonFactory(slug=f"person-{n}") for n in range(12)]
    films = [
        FilmFactory(slug=f"film-{n}", directors=chance.sample(people, chance.randint(0, 2)))
        for n in range(10)
    ]
    venues = [VenueFactory(slug=f"venue-{n}") for n in range(3)] + [None]
    series = [SeriesFactory(slug=f"series-{n}") for n in range(3)] + [None]
    types = [EventType.SCREENING, EventType.TALK, EventType.OPEN_AIR, EventType.FESTIVAL]
    for n in range(40):
        shown = chance.sample(films, chance.choice([0, 1, 1, 2]))
        directors = [link.person for film in shown for link in film.director_links.all()]
        # A director is sometimes a guest of their own film's event: counted once.
        guests = chance.sample(people, chance.randint(0, 2)) + directors[: chance.randint(0, 1)]
        ScreeningFactory(
            date=datetime.date(2018 + n % 5, 1 + n % 12, 1 + n % 28),
            event_type=chance.choice(types),
            venue=chance.choice(venues),
            series=chance.choice(series),
            films=shown,
            guests=list(dict.fromkeys(guests)),
            tag_names=chance.sample(
                ["occupation", "wall", "debate", "festival"], chance.randint(0, 2)
            ),
        )


def expected_rows(params, name):
    """A filter's options counted in Python over the events matching every other filter."""
    others = QueryDict(mutable=True)
    for key, value in params.items():
        if key != name:
            others[key] = value
    events = ProgrammeFilter(others).queryset.prefetch_related(
        "film_links__film__director_links", "guest_links", "tagged_items"
    )
    counts = Counter()
    for event in events:
        if name == "year":
            counts[event.year] += 1
        elif name == "type":
            counts[event.event_type] += 1
        elif name in ("series", "venue"):
            if getattr(event, f"{name}_id") is not None:
                counts[getattr(event, f"{name}_id")] += 1
        elif name == "film":
            counts.update({link.film_id for link in event.film_links.all()})
        elif name == "tag":
            counts.update({item.tag_id for item in event.tagged_items.all()})
        else:
            people = {link.person_id for link in event.guest_links.all()}
            for link in event.film_links.all():
                people |= {director.person_id for director in link.film.director_links.all()}
            counts.update(people)
    rows = sorted(counts.items(), key=lambda row: (-row[1], str(row[0])))
    if name in ("person", "film", "tag"):
        return sorted(rows[: FACET_LIMIT + 1])
    return sorted(rows)


COMBINATIONS = [
    "year=2019",
    "type=talk",
    "venue=venue-0",
    "series=series-1",
    "person=person-3",
    "film=film-2",
    "tag=occupation",
    "from=2019-03&to=2021",
    "venue=venue-1&type=screening",
    "year=2020&series=series-0&tag=wall",
    "person=person-5&film=film-4&venue=venue-2",
    "q=person",  # a text search alone: its ids are read in order with its counts
    "q=person&year=2019",  # the words of a guest or a director
    "q=the",  # words too common to search for, alone
    "q=the&venue=venue-0",  # words too common to search for: nothing matches
    "film=no-such-film",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", COMBINATIONS)
def test_each_filters_options_are_counted_over_the_events_matching_every_other_filter(
    varied_programme, query
):
    params = QueryDict(query)
    counted = ProgrammeFilter(params).count_rows()
    for name in ("year", "type", "series", "venue", "person", "film", "tag"):
        assert sorted(counted[name]) == expected_rows(params, name), name


@pytest.mark.django_db
@pytest.mark.parametrize("query", COMBINATIONS)
def test_the_total_shown_is_the_number_of_matching_events(client, varied_programme, query):
    html = client.get(f"/en/archive/?{query}").content.decode()
    total = ProgrammeFilter(QueryDict(query)).queryset.count()
    label = "event" if total == 1 else "events"
    assert one(soup(html), "h2#results-heading").get_text() == f"{total} {label}"


# After a change, with nothing cached: the counts of the filters chosen alone over the whole
# archive (one query each, as the unfiltered listing makes them), every other count in one
# query, and the records that name the options in one.
@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize(
    ("query", "counting"),
    [
        ("year=2019", 1 + 1 + 1),
        ("person=person-3", 1 + 1 + 1),
        ("venue=venue-0&type=talk", 1 + 1),
        ("from=2019&to=2021&series=series-1&tag=wall", 1 + 1),
    ],
)
def test_a_filtered_listing_costs_a_fixed_number_of_queries(
    client, site_pages, django_assert_num_queries, count, query, counting
):
    Screening.objects.all().delete()
    venue, series = VenueFactory(slug="venue-0"), SeriesFactory(slug="series-1")
    person = PersonFactory(slug="person-3")
    with batch():
        for n in range(count):
            ScreeningFactory(
                date=datetime.date(2019 + n % 2, 1 + n % 12, 1),
                event_type=EventType.TALK if n % 3 else EventType.SCREENING,
                venue=venue,
                series=series,
                films=[FilmFactory(directors=[person if n % 2 else PersonFactory()])],
                guests=[PersonFactory()],
                tag_names=["wall"],
            )
    client.get("/en/archive/")
    bump_programme_version()
    with django_assert_num_queries(LISTING_QUERIES["en"] + counting):
        response = client.get(f"/en/archive/?{query}")
    assert response.status_code == 200
