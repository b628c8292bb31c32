"""
What each chart counts over the events the listing's filters match (`ProgrammeFilter`), as rows
of plain values (numbers, years, titles and names as the records spell them), so that the same
rows draw the chart, fill its table, make its CSV and are stored, unchanged, in a snapshot.
Labels that depend on the language (a decade, "not given") are made when the rows are shown.

Counting reads the whole filtered programme, so the rows are cached until any programme record
changes, keyed by the programme's version (`archive.programme.listing.cache`) and the filters.
"""

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, F, IntegerField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from archive.programme.models import (
    EventType,
    ProgrammeVersion,
    ScreeningFilm,
    ScreeningGuest,
)

TOP = 20
TOP_COUNTRIES = 8
CACHE_SECONDS = 60 * 60 * 24


def _decade(field):
    return Cast(F(field) / 10, IntegerField()) * 10


def _split(text):
    """The values of a semicolon-separated field; "" for a film whose field is empty."""
    return [value.strip() for value in text.split(";") if value.strip()] or [""]


def events_per_year(events):
    rows = events.values_list("year").annotate(n=Count("id")).order_by("year")
    return [[year, number] for year, number in rows]


def countries_per_decade(events):
    """[decade, country, films]: the distinct films of each country shown in each decade."""
    grouped = (
        ScreeningFilm.objects.filter(screening__in=events)
        .annotate(decade=_decade("screening__year"))
        .values_list("decade", "film__countries")
        .annotate(n=Count("film_id", distinct=True))
        .order_by()
    )
    counts = {}
    for decade, countries, number in grouped:
        for country in _split(countries):
            counts[(decade, country)] = counts.get((decade, country), 0) + number
    return [
        [decade, country, number]
        for (decade, country), number in sorted(
            counts.items(), key=lambda i: (i[0][0], -i[1], i[0][1])
        )
    ]


def most_shown_films(events):
    rows = (
        ScreeningFilm.objects.filter(screening__in=events)
        .values_list("film__title", "film__year")
        .annotate(n=Count("screening_id", distinct=True))
        .order_by("-n", "film__title", "film__year")[:TOP]
    )
    return [[f"{title} ({year})" if year else title, number] for title, year, number in rows]


def most_shown_directors(events):
    rows = (
        ScreeningFilm.objects.filter(screening__in=events)
        .exclude(film__director_links__person=None)
        .values_list("film__director_links__person__name")
        .annotate(n=Count("screening_id", distinct=True))
        .order_by("-n", "film__director_links__person__name")[:TOP]
    )
    return [[name, number] for name, number in rows]


def guests_per_year(events):
    rows = (
        ScreeningGuest.objects.filter(screening__in=events)
        .values_list("screening__year")
        .annotate(n=Count("person_id", distinct=True))
        .order_by("screening__year")
    )
    return [[year, number] for year, number in rows]


def share_of_talks(events):
    """[decade, talks, events, share in percent, one decimal]."""
    rows = (
        events.annotate(decade=_decade("year"))
        .values_list("decade")
        .annotate(total=Count("id"), talks=Count("id", filter=Q(event_type=EventType.TALK)))
        .order_by("decade")
    )
    return [
        [decade, talks, total, round(100 * talks / total, 1) if total else 0]
        for decade, total, talks in rows
    ]


def languages(events):
    grouped = (
        ScreeningFilm.objects.filter(screening__in=events)
        .values_list("film__languages")
        .annotate(n=Count("film_id", distinct=True))
        .order_by()
    )
    counts = {}
    for spoken, number in grouped:
        for language in _split(spoken):
            counts[language] = counts.get(language, 0) + number
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[language, number] for language, number in ranked[:TOP]]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    columns: tuple  # the table's headings, one per value of a row
    count: object  # events -> rows
    drawing: str  # how `drawing` shows it: "bars", "ranking", "stacked", "percent"
    unit: str  # what the numbers count, for the description


CHARTS = {
    chart.key: chart
    for chart in (
        Chart(
            "events-per-year",
            _("Events per year"),
            (_("Year"), _("Events")),
            events_per_year,
            "bars",
            _("events"),
        ),
        Chart(
            "countries-per-decade",
            _("Films by country of production, per decade"),
            (_("Decade"), _("Country of production"), _("Films")),
            countries_per_decade,
            "stacked",
            _("films"),
        ),
        Chart(
            "most-shown-films",
            _("Most-shown films"),
            (_("Film"), _("Events")),
            most_shown_films,
            "ranking",
            _("events"),
        ),
        Chart(
            "most-shown-directors",
            _("Most-shown directors"),
            (_("Director"), _("Events")),
            most_shown_directors,
            "ranking",
            _("events"),
        ),
        Chart(
            "guests-per-year",
            _("Guests per year"),
            (_("Year"), _("Guests")),
            guests_per_year,
            "bars",
            _("guests"),
        ),
        Chart(
            "share-of-talks",
            _("Share of talks, per decade"),
            (_("Decade"), _("Talks"), _("Events"), _("Share of talks (%)")),
            share_of_talks,
            "percent",
            _("per cent of events"),
        ),
        Chart(
            "languages",
            _("Languages of the films shown"),
            (_("Language"), _("Films")),
            languages,
            "ranking",
            _("films"),
        ),
    )
}


def filters_key(values):
    return hashlib.sha256(repr(sorted(values.items())).encode()).hexdigest()


def chart_rows(chart, programme):
    """The chart's rows over the events `programme` (a `ProgrammeFilter`) matches, cached."""
    key = f"archive:chart:{ProgrammeVersion.current()}:{chart.key}:{filters_key(programme.values)}"
    rows = cache.get(key)
    if rows is None:
        rows = chart.count(programme.filtered()[0])
        cache.set(key, rows, CACHE_SECONDS)
    return rows
