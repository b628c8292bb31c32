"""
The statements that count the listing's options: each filter's counts over a set of events as a
branch of one UNION ALL (`COUNT_BRANCHES`, assembled by `ProgrammeFilter._count_together` through
`EventSet`), and the people of the whole archive (`PERSON_COUNTS_SQL`). The SQL is written once
for both databases: the NULLs are typed for PostgreSQL's UNION, and SQLite reads the same text.
"""

from archive.programme.listing.facets import FACET_LIMIT
from archive.programme.models import (
    Film,
    FilmDirector,
    Person,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
)

TABLES = {
    "film": Film._meta.db_table,
    "person": Person._meta.db_table,
    "guest": ScreeningGuest._meta.db_table,
    "shown": ScreeningFilm._meta.db_table,
    "director": FilmDirector._meta.db_table,
    "tagged": ScreeningTag._meta.db_table,
}

# Each filter's options counted over a set of events `{events}` (a CTE of their id, year,
# event_type, series_id and venue_id), as rows (filter, number, text, count): the branches of one
# UNION ALL (`ProgrammeFilter._count_together`). The NULLs are typed for PostgreSQL's UNION. The
# events are joined to their links rather than looked up (`IN`): their ids are known to be unique,
# which saves PostgreSQL a pass that removes duplicates, for each filter. CROSS JOIN keeps SQLite
# from reading a whole link table instead; PostgreSQL plans it as any other join.
COUNT_BRANCHES = {
    "year": "SELECT 'year', year, {no_text}, COUNT(*) FROM {events} GROUP BY year",
    "type": "SELECT 'type', {no_number}, event_type, COUNT(*) FROM {events} GROUP BY event_type",
    "series": (
        "SELECT 'series', series_id, {no_text}, COUNT(*) FROM {events} "
        "WHERE series_id IS NOT NULL GROUP BY series_id"
    ),
    "venue": (
        "SELECT 'venue', venue_id, {no_text}, COUNT(*) FROM {events} "
        "WHERE venue_id IS NOT NULL GROUP BY venue_id"
    ),
    "film": (
        "SELECT * FROM (SELECT 'film', film_id, {no_text}, COUNT(DISTINCT screening_id) AS n "
        "FROM {films} GROUP BY film_id {top}) AS film_counts"
    ),
    "tag": (
        "SELECT * FROM (SELECT 'tag', tag_id, {no_text}, COUNT(DISTINCT content_object_id) AS n "
        "FROM {events} e CROSS JOIN {tagged} t WHERE t.content_object_id = e.id "
        "GROUP BY tag_id {top}) AS tag_counts"
    ),
    # Each (person, event) pair once, as a guest or as the director of a film shown.
    "person": (
        "SELECT * FROM (SELECT 'person', person_id, {no_text}, COUNT(*) AS n FROM ("
        "SELECT g.person_id, g.screening_id "
        "FROM {events} e CROSS JOIN {guest} g WHERE g.screening_id = e.id "
        "UNION SELECT d.person_id, f.screening_id "
        "FROM {films} f CROSS JOIN {director} d WHERE d.film_id = f.film_id"
        ") AS pairs GROUP BY person_id {top}) AS person_counts"
    ),
}
# The films shown at the events `{events}`, as (screening_id, film_id): the `{films}` of the film
# and person counts, read once for both.
FILMS_OF_EVENTS = (
    "SELECT s.screening_id, s.film_id FROM {events} e CROSS JOIN {shown} s "
    "WHERE s.screening_id = e.id"
)
# The ids of the events in `{events}` in the listing's order, as (`id`, id, NULL, place), a
# branch beside the counts for a new text search: its first page, and the next ones while the
# ids are cached, need no query of their own. The window's ORDER BY puts an unknown time where
# the listing's does (first on PostgreSQL, last on SQLite), as each database orders NULLs alike.
ORDERED_IDS_BRANCH = (
    "SELECT 'id', id, {no_text}, ROW_NUMBER() OVER (ORDER BY date DESC, time DESC, id DESC) "
    "FROM {events}"
)
BRANCH_WORDS = {
    "no_number": "CAST(NULL AS BIGINT)",
    "no_integer": "CAST(NULL AS INTEGER)",
    "no_text": "CAST(NULL AS TEXT)",
    "top": f"ORDER BY n DESC, 2 LIMIT {FACET_LIMIT + 1}",
    **TABLES,
}

# The people of the whole archive, each event counted once per person: the distinct events as a
# guest, plus those as a director, less those as both. Three GROUP BY over the link tables'
# indexes, faster than grouping the UNION of every (person, event) pair (the filtered counts still
# group that UNION: there the filter's subquery would be run three times).
PERSON_COUNTS_SQL = """
    SELECT person_id, CAST(SUM(n) AS INTEGER) AS total FROM (
        SELECT g.person_id, COUNT(DISTINCT g.screening_id) AS n
        FROM {guest} g GROUP BY g.person_id
        UNION ALL
        SELECT d.person_id, COUNT(DISTINCT s.screening_id)
        FROM {shown} s INNER JOIN {director} d ON d.film_id = s.film_id GROUP BY d.person_id
        UNION ALL
        SELECT g.person_id, -COUNT(DISTINCT g.screening_id)
        FROM {guest} g
        WHERE EXISTS (
            SELECT 1 FROM {shown} s INNER JOIN {director} d ON d.film_id = s.film_id
            WHERE s.screening_id = g.screening_id AND d.person_id = g.person_id
        )
        GROUP BY g.person_id
    ) AS counts
    GROUP BY person_id HAVING SUM(n) > 0 ORDER BY total DESC, person_id LIMIT %s
"""


class EventSet:
    """
    A set of events that filters are counted over, in `ProgrammeFilter._count_together`: a CTE
    of the statement, materialised when several branches read it, and beside it the CTE of their
    films shown, when the film and person counts read them (they would look them up twice).
    """

    def __init__(self, name, events):
        self.name = name
        self.sql, self.params = events.query.sql_with_params()
        self.readers = self.film_readers = 0

    def branch(self, template):
        """The UNION ALL branch `template`, counted over these events."""
        if "{films}" in template:
            self.film_readers += 1
        else:
            self.readers += 1
        return template.format(events=self.name, films=f"{self.name}_films", **BRANCH_WORDS)

    def ctes(self):
        readers = self.readers + bool(self.film_readers)
        yield f"{self.name} AS {'MATERIALIZED ' * (readers > 1)}({self.sql})"
        if self.film_readers:
            films = FILMS_OF_EVENTS.format(events=self.name, **TABLES)
            yield f"{self.name}_films AS {'MATERIALIZED ' * (self.film_readers > 1)}({films})"
