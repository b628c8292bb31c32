"""PostgreSQL's planner statistics for the programme's tables, refreshed after a bulk write."""

from django.db import connection

from archive.programme.models import (
    Film,
    FilmDirector,
    Person,
    Screening,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
)


def refresh_statistics():
    """
    After thousands of events are written at once (an import, the sample archive), give
    PostgreSQL's planner their numbers now rather than when autovacuum comes by: planned from
    an empty table, a filtered listing reads every event. SQLite's planner keeps no statistics.
    """
    if connection.vendor != "postgresql":
        return
    tables = (Screening, ScreeningFilm, ScreeningGuest, ScreeningTag, Film, FilmDirector, Person)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {', '.join(model._meta.db_table for model in tables)}")
