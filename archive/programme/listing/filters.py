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
from functools import cached_property

from django import forms
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from archive.programme.listing.counting import (
    COUNT_BRANCHES,
    ORDERED_IDS_BRANCH,
    PERSON_COUNTS_SQL,
    TABLES,
    EventSet,
)
from archive.programme.listing.facets import (
    FACET_LIMIT,
    OPTION_LABELS,
    Facet,
    Option,
    named_options,
)
from archive.programme.listing.rows import person_event_ids
from archive.programme.models import (
    EventType,
    ProgrammeVersion,
    Screening,
    ScreeningFilm,
    ScreeningTag,
)
from base.dates import DatePrecision, PartialDate, end_of
from base.querystring import changed_query_string
from search import api

# Up to this many matches, a text search's ids are cached with its counts (`cached_ids`).
CACHED_IDS_LIMIT = 10_000
FACET_CACHE_SECONDS = 60 * 60 * 24
FACET_NAMES = ("year", "type", "series", "venue", "person", "film", "tag")
PLACES = ("series", "venue")
FILTER_NAMES = ("q", "year", "from", "to", "type", "series", "venue", "person", "film", "tag")


def matching_screenings(text):
    """
    The events whose film titles, people, series or notes contain the words of `text`, from the
    site's full-text index (`search/`): accents, elisions and plurals are handled as in the search
    page, and the cost is an index lookup rather than a scan of every event.
    """
    return api.matching_ids("archive.screening", text)


def spans_reaching(day):
    """
    The events given as a span (`base.dates.PartialDateSpanMixin`) that last until `day` or
    after: the end's period, at its own precision, ends on or after it. With the start's `to`
    bound, a date range finds whatever was going on within it; a year, a facet, counts an event
    where it begins, so that each event is counted once.
    """
    return (
        Q(date_end_precision=DatePrecision.YEAR, date_end__year__gte=day.year)
        | Q(date_end_precision=DatePrecision.MONTH, date_end__gte=day.replace(day=1))
        | Q(date_end_precision=DatePrecision.DAY, date_end__gte=day)
    )


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
            # that index back from the newest event until it has a page of the year's.
            condition &= Q(date__year=values["year"])  # BETWEEN the first and last day
        if "from" in values:
            day = values["from"].date
            condition &= Q(date__gte=day) | spans_reaching(day)
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
        return ProgrammeVersion.current()

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
        next pages and visits need not match the words again.
        """
        counts = self._cached_counts
        return None if counts is None else counts[2]

    def facets(self, total):
        """
        Every filter with its options and their counts; `total` is the current result count.

        Counting is the costly part of the listing, so it is cached at two levels until any
        programme record changes (see `archive.programme.listing.cache`): the facets as shown,
        per combination of filters and language, and below them each filter's counted rows, keyed
        by the *other* filters only. The second level is what makes a first visit cheap: choosing
        a year reuses the year counts of the whole archive, which `warm_counts` computes when
        records change.
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
        the ORM and, for most of them, the same filters run again, on the first visit of a
        filtered listing after a change. A text search alone also reads its ids in order
        (`ORDERED_IDS_BRANCH`, kept for `text_ids_newest_first`).
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
