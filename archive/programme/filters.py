"""
The researcher's filters on the programme listing, and the counts shown beside each option.

Every filter is a query parameter (`q`, `year`, `from`, `to`, `type`, `series`, `venue`,
`person`, `film`, `tag`), so that any filtered listing has a plain URL that can be shared,
bookmarked and downloaded with `format=csv` or `format=json`.

Counts are facets: each filter's options are counted with one GROUP BY query over the events
that match every *other* filter, so that a researcher sees what choosing another option would
give. `q` looks the words up in the site's full-text index (see `matching_screenings`).
"""

import hashlib
from array import array
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from django import forms
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import Count, Q
from django.db.models.expressions import RawSQL
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from archive.programme.models import (
    EventType,
    Film,
    FilmDirector,
    Person,
    ProgrammeVersion,
    Screening,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
    Series,
    Venue,
)
from base.dates import PartialDate, end_of
from base.i18n import localized
from base.querystring import changed_query_string

FACET_LIMIT = 30
# Up to this many matches, a text search's ids are cached with its counts (`cached_ids`).
CACHED_IDS_LIMIT = 10_000
FACET_CACHE_SECONDS = 60 * 60 * 24

TABLES = {
    "film": Film._meta.db_table,
    "person": Person._meta.db_table,
    "guest": ScreeningGuest._meta.db_table,
    "shown": ScreeningFilm._meta.db_table,
    "director": FilmDirector._meta.db_table,
    "tagged": ScreeningTag._meta.db_table,
}
FACET_NAMES = ("year", "type", "series", "venue", "person", "film", "tag")
PLACES = ("series", "venue")

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
# indexes, about three times as fast as grouping the UNION of every (person, event) pair (the
# filtered counts still group that UNION: there the filter's subquery would be run three times).
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


def matching_screenings(text):
    """
    The events whose film titles, people, series or notes contain the words of `text`, from the
    site's full-text index (`search/`): accents, elisions and plurals are handled as in the search
    page, and the cost is an index lookup rather than a scan of every event.
    """
    from search.engines import get_engine
    from search.models import DocumentType
    from search.text import query_terms

    terms = query_terms(text)
    if not terms:
        return []  # only common words ("the"): nothing, as on the search page
    match = get_engine().matches(terms)
    return RawSQL(  # noqa: S611 - the terms are parameters
        f"SELECT d.object_id FROM {match['from']} WHERE {match['where']} AND d.type = %s",  # noqa: S608
        [*match["where_params"], DocumentType.SCREENING],
    )


def person_event_ids(**person):
    """
    The ids of the events a person (`slug=…` or `pk=…`) is linked to, as a guest or as the
    director of a film shown, as one subquery. Two (`id IN guests OR id IN directed`) made
    PostgreSQL test every one of 100,000 events against both: 15-50 ms a query, against 1.4.
    """
    lookup = {f"person__{name}": value for name, value in person.items()}
    guests = ScreeningGuest.objects.filter(**lookup)
    directed = ScreeningFilm.objects.filter(
        **{f"film__director_links__{name}": value for name, value in lookup.items()}
    )
    return (
        guests.order_by().values("screening_id").union(directed.order_by().values("screening_id"))
    )


def programme_version():
    """A number that changes whenever a programme record is saved, deleted or imported."""
    return ProgrammeVersion.current()


def bump_programme_version(**kwargs):
    """
    Make every worker's cached counts stale, and recount the whole archive's options when the
    transaction commits, so that the next visitor of the listing does not pay for it.
    """
    ProgrammeVersion.bump()
    transaction.on_commit(warm_counts)


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


def warm_counts():
    """
    Count the options of every filter over the whole archive (the unfiltered listing), unless
    an earlier callback of the same commit already did.
    """
    ProgrammeFilter({}).count_rows()


# How each filter's options are named: the records' model, the two columns a label is made of
# (the second read as text, or none), and the label made of them.
OPTION_LABELS = {
    "series": (Series, "title", "title_en", localized),
    "venue": (Venue, "name", "name_en", localized),
    "person": (Person, "name", None, lambda name, _none: name),
    "film": (Film, "title", "year", Film.label),
    "tag": (Tag, "name", None, lambda name, _none: name),
}


def named_options(wanted):
    """
    {filter: {id: (slug, label)}} of the records `wanted` names, {filter: (ids, selected slug)},
    read as plain values in one query: a hundred model instances (films and people are
    clusterable) cost a few milliseconds, and a query per filter five compilations by the ORM.
    """
    named = {name: {} for name in wanted}
    branches, params = [], []
    for name, (ids, selected) in wanted.items():
        model, first, second, _label = OPTION_LABELS[name]
        ids = list(ids)
        conditions = [f"id IN ({', '.join(['%s'] * len(ids))})"] if ids else []
        if selected:
            conditions.append("slug = %s")
        if not conditions:
            continue
        params += [*ids, selected] if selected else ids
        branches.append(
            f"SELECT '{name}', id, slug, {first}, CAST({second or 'NULL'} AS TEXT) "  # noqa: S608
            f"FROM {model._meta.db_table} WHERE {' OR '.join(conditions)}"
        )
    if branches:
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(branches), params)
            for name, pk, slug, first, second in cursor.fetchall():
                named[name][pk] = (slug, OPTION_LABELS[name][3](first, second))
    return named


FILTER_NAMES = ("q", "year", "from", "to", "type", "series", "venue", "person", "film", "tag")


class PartialDateField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        try:
            return PartialDate.parse(value)
        except ValueError as error:
            raise forms.ValidationError(
                _("Give a year (1990), a month (1990-06) or a day (1990-06-21).")
            ) from error


class ArchiveFilterForm(forms.Form):
    """Validates the query parameters; a value that is not valid is ignored and reported."""

    q = forms.CharField(required=False, max_length=200)
    year = forms.IntegerField(required=False, min_value=1000, max_value=9999)
    type = forms.ChoiceField(required=False, choices=EventType.choices)
    series = forms.SlugField(required=False)
    venue = forms.SlugField(required=False)
    person = forms.SlugField(required=False)
    film = forms.SlugField(required=False)
    tag = forms.SlugField(required=False, allow_unicode=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from"] = PartialDateField(required=False)
        self.fields["to"] = PartialDateField(required=False)


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool = False

    def __post_init__(self):
        # Options are cached per language as plain text: a lazy translation takes about 0.1 ms
        # to unpickle (a class is made for each), which was 5 ms for a listing's facets.
        self.label = str(self.label)


@dataclass
class Facet:
    name: str
    label: str
    any_label: str
    options: list
    limited: bool = False

    def __post_init__(self):
        self.label, self.any_label = str(self.label), str(self.any_label)  # as Option's label


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
    role). Plain values rather than prefetched model instances: fifty rows of films, directors
    and guests cost a third of the listing's time as instances, and three queries through the
    ORM twice what this one costs on PostgreSQL (4.3 against 1.8 ms).
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


class ProgrammeFilter:
    """The filters of one request: the matching events, and the facets around them."""

    _newest_ids = None  # set by text_ids_newest_first

    def __init__(self, data):
        self.form = ArchiveFilterForm(data)
        self.form.is_valid()
        self.values = {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "") and name not in self.form.errors
        }

    @property
    def errors(self):
        return self.form.errors

    @property
    def is_active(self):
        return bool(self.values)

    def query_string(self, **changes):
        """The filters as a query string, with `changes` applied (None removes a parameter)."""
        return changed_query_string(self.form.data, FILTER_NAMES, **changes)

    def conditions(self, skip=None):
        """A Q object for every active filter except `skip`."""
        values = {name: value for name, value in self.values.items() if name != skip}
        condition = Q()
        if "q" in values:
            condition &= Q(id__in=matching_screenings(values["q"]))
        if "year" in values:
            # As a range of dates, the order of the listing's index: PostgreSQL otherwise walks
            # that index back from the newest event until it has a page of the year's (50 ms).
            condition &= Q(date__year=values["year"])  # BETWEEN the first and last day
        if "from" in values:
            condition &= Q(date__gte=values["from"].date)
        if "to" in values:
            condition &= Q(date__lt=end_of(values["to"]))
        if "type" in values:
            condition &= Q(event_type=values["type"])
        if "series" in values:
            condition &= Q(series__slug=values["series"])
        if "venue" in values:
            condition &= Q(venue__slug=values["venue"])
        if "person" in values:
            condition &= Q(id__in=person_event_ids(slug=values["person"]))
        if "film" in values:
            condition &= Q(
                id__in=ScreeningFilm.objects.filter(film__slug=values["film"]).values(
                    "screening_id"
                )
            )
        if "tag" in values:
            condition &= Q(
                id__in=ScreeningTag.objects.filter(tag__slug=values["tag"]).values(
                    "content_object_id"
                )
            )
        return condition

    def filtered(self, skip=None):
        """(matching events, whether any filter applied) with every filter but `skip`."""
        condition = self.conditions(skip)
        return Screening.objects.filter(condition), bool(condition)

    @cached_property
    def queryset(self):
        return self.filtered()[0].order_by("-date", "-time", "-id")

    # Facets -------------------------------------------------------------------------------

    @cached_property
    def _version(self):
        return programme_version()

    @cached_property
    def _counts_key(self):
        digest = hashlib.sha256(repr(sorted(self.values.items())).encode()).hexdigest()
        return f"archive:listing:{self._version}:{get_language()}:{digest}"

    @cached_property
    def _cached_counts(self):
        return cache.get(self._counts_key)

    def cached_total(self):
        """The number of matching events if counted since the last change, else None."""
        counts = self._cached_counts
        return None if counts is None else counts[0]

    def cached_ids(self):
        """
        A text search's ids in the listing's order, if cached with its counts, else None: its
        next pages and visits need not match the words again (on PostgreSQL, 15-30 ms).
        """
        counts = self._cached_counts
        return None if counts is None else counts[2]

    def facets(self, total):
        """
        Every filter with its options and their counts; `total` is the current result count.

        Counting is the costly part of the listing, so it is cached at two levels until any
        programme record changes (see `archive.signals`): the facets as shown, per combination of
        filters and language, and below them each filter's counted rows, keyed by the *other*
        filters only. The second level is what makes a first visit cheap: choosing a year reuses
        the year counts of the whole archive, which `warm_counts` computes when records change.
        """
        counts = self._cached_counts
        if counts is None or counts[0] != total:
            ids = self._newest_ids if total <= CACHED_IDS_LIMIT else None
            counts = (total, self.count_facets(total), ids and array("q", ids))
            cache.set(self._counts_key, counts, FACET_CACHE_SECONDS)
        return counts[1]

    def count_facets(self, total):
        rows = self.count_rows()
        records = named_options(
            {
                # Every series and venue is shown; people, films and tags are cut to the first.
                name: (
                    [pk for pk, _n in rows[name][: None if name in PLACES else FACET_LIMIT]],
                    self.values.get(name),
                )
                for name in OPTION_LABELS
            }
        )
        return [
            self._year_facet(rows["year"]),
            self._type_facet(rows["type"]),
            self._record_facet("series", rows, records, _("Series"), _("All series")),
            self._record_facet("venue", rows, records, _("Venue"), _("All venues")),
            self._named_options("person", rows, records, total, _("Person")),
            self._named_options("film", rows, records, total, _("Film")),
            self._named_options("tag", rows, records, total, _("Tag")),
        ]

    def counted_total(self):
        """
        The number of matching events, read from the event types' counts rather than counted
        again: each event has one type, so the events of every type, or with a type chosen, its
        own count over the other filters, are the matching events.
        """
        types = dict(self.count_rows()["type"])
        selected = self.values.get("type")
        return types.get(selected, 0) if selected else sum(types.values())

    def count_rows(self):
        """{filter: [(value, count)]}, each counted over the events matching the other filters."""
        return self._counted_rows

    @cached_property
    def _counted_rows(self):
        keys = {name: self._rows_key(self._version, name) for name in FACET_NAMES}
        rows = cache.get_many(list(keys.values()))
        missing = [name for name in FACET_NAMES if keys[name] not in rows]
        counted = self._count(missing) if missing else {}
        if counted:
            cache.set_many({keys[name]: counted[name] for name in missing}, FACET_CACHE_SECONDS)
        return {
            name: counted[name] if name in counted else rows[keys[name]] for name in FACET_NAMES
        }

    def _count(self, names):
        """
        The rows of the filters `names`. Those counted over the whole archive (a filter's own
        options when it is the only one chosen) have queries of their own, shaped for it;
        the others are counted together (`_count_together`).
        """
        whole_archive = {
            "year": self._count_years,
            "type": self._count_types,
            "series": lambda: self._count_column("series"),
            "venue": lambda: self._count_column("venue"),
            "person": self._count_people,
            "film": lambda: self._count_through(ScreeningFilm, "film_id", "screening_id"),
            "tag": lambda: self._count_through(ScreeningTag, "tag_id", "content_object_id"),
        }
        filtered = [name for name in names if self.conditions(skip=name)]
        counted = {name: whole_archive[name]() for name in names if name not in filtered}
        if filtered:
            counted.update(self._count_together(filtered))
        return counted

    def _count_together(self, names):
        """
        The rows of the filters `names` in one statement: each set of events they are counted
        over (those matching every filter, or every filter but the filter's own) is a CTE,
        read once and shared by the filters that count over it, and each filter's counts are
        one branch of a UNION ALL. Seven queries were seven round trips, seven compilations by
        the ORM and, for most of them, the same filters run again: a third of the first
        visit of a filtered listing after a change. A text search alone also reads its ids in
        order (`ORDERED_IDS_BRANCH`, kept for `text_ids_newest_first`).
        """
        ordered = self.is_text_only
        columns = ("id", "year", "event_type", "series_id", "venue_id")
        sources = {}  # the filter left out (None: none) -> its EventSet, None if it is empty
        branches = []
        for name in names:
            skip = name if name in self.values else None
            if skip not in sources:
                events = (
                    Screening.objects.filter(self.conditions(skip))
                    .order_by()
                    .values(*columns, *(("date", "time") if ordered else ()))
                )
                try:
                    sources[skip] = EventSet(f"events_{len(sources)}", events)
                except EmptyResultSet:  # words that are all too common to search for ("the")
                    sources[skip] = None
            if sources[skip]:
                branches.append(sources[skip].branch(COUNT_BRANCHES[name]))
        if ordered:
            self._newest_ids = []
            if branches:  # the words were searched for: all the filters' events are a source
                branches.append(sources[None].branch(ORDERED_IDS_BRANCH))
        counted = {name: [] for name in names}
        if not branches:
            return counted
        sources = [source for source in sources.values() if source]
        ctes = [cte for source in sources for cte in source.ctes()]
        params = [param for source in sources for param in source.params]
        with connection.cursor() as cursor:
            sql = f"WITH {', '.join(ctes)} {' UNION ALL '.join(branches)}"
            cursor.execute(sql, params)
            places = []
            for facet, number, text, n in cursor.fetchall():
                if facet == "id":
                    places.append((n, number))
                else:
                    counted[facet].append((text if facet == "type" else number, n))
        if ordered:
            self._newest_ids = [pk for _place, pk in sorted(places)]
        for name, rows in counted.items():
            if name == "year":
                rows.sort(reverse=True)  # newest first
            elif name in ("person", "film", "tag"):
                rows.sort(key=lambda row: (-row[1], row[0]))  # a UNION ALL keeps no order
        return counted

    @property
    def is_text_only(self):
        return set(self.values) == {"q"}

    def text_ids_newest_first(self):
        """
        The ids of a new text search's events in the listing's order, read in the statement
        that counts its options (`ORDERED_IDS_BRANCH`), so that the words are matched once for
        the total, the first page and the counts. They are cached with the counts
        (`cached_ids`).
        """
        self.count_rows()  # sets `_newest_ids` when it counts anything (`_count_together`)
        if self._newest_ids is None:  # every count was cached already: the ids alone
            self._newest_ids = list(self.queryset.values_list("id", flat=True))
        return self._newest_ids

    def _rows_key(self, version, name):
        others = sorted((key, value) for key, value in self.values.items() if key != name)
        digest = hashlib.sha256(repr(others).encode()).hexdigest()
        return f"archive:facet-rows:{version}:{name}:{digest}"

    # The options of the whole archive, each counted by a query shaped for it.

    @staticmethod
    def _count_years():
        return list(Screening.objects.order_by("-year").values_list("year").annotate(n=Count("id")))

    @staticmethod
    def _count_types():
        return list(Screening.objects.order_by().values_list("event_type").annotate(n=Count("id")))

    @staticmethod
    def _count_column(field):
        return list(
            Screening.objects.filter(**{f"{field}__isnull": False})
            .order_by()
            .values_list(f"{field}_id")
            .annotate(n=Count("id"))
        )

    @staticmethod
    def _count_through(through, key, screening_key):
        return list(
            through.objects.order_by()
            .values_list(key)
            .annotate(n=Count(screening_key, distinct=True))
            .order_by("-n", key)[: FACET_LIMIT + 1]
        )

    @staticmethod
    def _count_people():
        """People linked to events as guests or as directors of a film shown."""
        with connection.cursor() as cursor:
            cursor.execute(PERSON_COUNTS_SQL.format(**TABLES), [FACET_LIMIT + 1])
            return [tuple(row) for row in cursor.fetchall()]

    def _year_facet(self, rows):
        selected = self.values.get("year")
        options = [Option(str(year), str(year), n, year == selected) for year, n in rows]
        return Facet("year", _("Year"), _("All years"), options)

    def _type_facet(self, rows):
        counts = dict(rows)
        selected = self.values.get("type")
        options = [
            Option(value, label, counts.get(value, 0), value == selected)
            for value, label in EventType.choices
            if counts.get(value) or value == selected
        ]
        return Facet("type", _("Event type"), _("All event types"), options)

    def _record_facet(self, name, rows, records, label, any_label):
        counts = dict(rows[name])
        selected = self.values.get(name)
        options = [
            Option(slug, text, counts.get(pk, 0), slug == selected)
            for pk, (slug, text) in records[name].items()
        ]
        options.sort(key=lambda option: option.label.lower())
        return Facet(name, label, any_label, options)

    def _named_options(self, name, rows, records, total, label):
        rows = rows[name]
        limited = len(rows) > FACET_LIMIT
        rows = rows[:FACET_LIMIT]
        selected = self.values.get(name)
        records = records[name]
        options = [
            Option(records[pk][0], records[pk][1], n, records[pk][0] == selected)
            for pk, n in rows
            if pk in records
        ]
        if selected and not any(option.selected for option in options):
            chosen = next((text for slug, text in records.values() if slug == selected), None)
            if chosen is not None:
                options.insert(0, Option(selected, chosen, total, True))
        any_labels = {
            "person": _("All people"),
            "film": _("All films"),
            "tag": _("All tags"),
        }
        return Facet(name, label, any_labels[name], options, limited)
