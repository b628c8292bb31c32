"""
What a row of the programme table shows of an event, for the listing and for the lists of events
on the film, person and series pages: the events with their series and venue
(`listing_queryset`), then their films, directors and guests in one statement
(`with_row_details`); and the events a person is linked to (`person_event_ids`).
"""

from collections import defaultdict

from django.db import connection

from archive.programme.listing.counting import BRANCH_WORDS
from archive.programme.models import ScreeningFilm, ScreeningGuest


def person_event_ids(**person):
    """
    The ids of the events a person (`slug=…` or `pk=…`) is linked to, as a guest or as the
    director of a film shown, as one subquery. Two (`id IN guests OR id IN directed`) made
    PostgreSQL test every event against both.
    """
    lookup = {f"person__{name}": value for name, value in person.items()}
    guests = ScreeningGuest.objects.filter(**lookup)
    directed = ScreeningFilm.objects.filter(
        **{f"film__director_links__{name}": value for name, value in lookup.items()}
    )
    return (
        guests.order_by().values("screening_id").union(directed.order_by().values("screening_id"))
    )


def listing_queryset(queryset):
    """The events of listing rows with their series and venue; see `with_row_details`."""
    return queryset.select_related("series", "venue")


# What the rows of a programme table show of the events `{ids}`: (1) the films shown, (2) their
# directors, (3) the guests, as (kind, event, film, slug, name or title, film year, guest role,
# then the link's sort order and id, the editors' order). The NULLs are typed for PostgreSQL's
# UNION.
ROW_DETAILS_SQL = """
    WITH films_shown AS MATERIALIZED (
        SELECT screening_id, film_id, sort_order, id FROM {shown} WHERE screening_id IN ({ids})
    )
    SELECT 1, s.screening_id, s.film_id, f.slug, f.title, f.year, {no_text}, s.sort_order, s.id
    FROM films_shown s INNER JOIN {film} f ON f.id = s.film_id
    UNION ALL
    SELECT 2, {no_number}, d.film_id, {no_text}, p.name, {no_integer}, {no_text}, d.sort_order, d.id
    FROM {director} d INNER JOIN {person} p ON p.id = d.person_id
    WHERE d.film_id IN (SELECT film_id FROM films_shown)
    UNION ALL
    SELECT 3, g.screening_id, {no_number}, p.slug, p.name, {no_integer}, g.role, g.sort_order, g.id
    FROM {guest} g INNER JOIN {person} p ON p.id = g.person_id WHERE g.screening_id IN ({ids})
    ORDER BY 8, 9
"""


def with_row_details(screenings):
    """
    Give each event what its row in the programme table shows, in one query whatever the number
    of rows: `row_films` as (slug, title, year, director names) and `row_guests` as (slug, name,
    role). Plain values rather than prefetched model instances, which are slow to build for
    fifty rows of films, directors and guests, and one statement rather than three queries
    through the ORM, which cost more on PostgreSQL.
    """
    screenings = list(screenings)
    ids = [screening.pk for screening in screenings]
    films, directors, guests = defaultdict(list), defaultdict(list), defaultdict(list)
    if ids:
        marks = ", ".join(["%s"] * len(ids))
        with connection.cursor() as cursor:
            cursor.execute(ROW_DETAILS_SQL.format(ids=marks, **BRANCH_WORDS), [*ids, *ids])
            for kind, event, film, slug, name, year, role, _order, _id in cursor.fetchall():
                if kind == 1:
                    films[event].append((film, slug, name, year))
                elif kind == 2:
                    directors[film].append(name)
                else:
                    guests[event].append((slug, name, role))
    for screening in screenings:
        screening.row_films = [
            (slug, title, year, directors[film_id])
            for film_id, slug, title, year in films[screening.pk]
        ]
        screening.row_guests = guests[screening.pk]
    return screenings
