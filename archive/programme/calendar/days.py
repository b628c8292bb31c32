"""
Each day's status, from three kinds of evidence read in one query each, whatever the period:

- "known": at least one event is dated to that day;
- "closed": a closure period certainly covers it (`ClosurePeriod.closed_days`) and no event is
  dated to it (the collective screened elsewhere while La Clef was closed: events win);
- "none": an editor marked the period's programme complete (`CompleteProgramme`) and no event is
  dated to it, so it is a day without a screening;
- "unknown": no evidence either way.

Every programme event is public (`archive.programme.public_links`): the calendar counts what the
listing lists, and events known only to a month or a year are counted beside the days, never on one.
"""

import calendar
import datetime
import hashlib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Max, Min

from archive.programme.models import ClosurePeriod, CompleteProgramme, ProgrammeVersion, Screening
from base.dates import DatePrecision, end_of

KNOWN, NONE, CLOSED, UNKNOWN = "known", "none", "closed", "unknown"
STATUSES = (KNOWN, NONE, CLOSED, UNKNOWN)
CACHE_SECONDS = 60 * 60 * 24


@dataclass
class Day:
    date: datetime.date
    status: str
    events: int = 0
    closures: list = field(default_factory=list)
    completes: list = field(default_factory=list)


@dataclass
class Coverage:
    """How many days of a period have each status; "programme known" counts "known" and "none"."""

    days: int = 0
    counts: dict = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    events: int = 0

    def add(self, day):
        self.days += 1
        self.counts[day.status] += 1
        self.events += day.events

    @property
    def programme_known(self):
        return self.counts[KNOWN] + self.counts[NONE]

    @property
    def percent(self):
        return round(100 * self.programme_known / self.days) if self.days else 0


@dataclass
class Period:
    """The days of a period with their evidence, and the events dated only to a month or year."""

    first: datetime.date
    last: datetime.date
    days: list
    closures: list
    completes: list
    undated_by_month: dict  # {first day of month: events known to the month only}
    undated_in_year: int  # events known to the year only

    def coverage(self, first=None, last=None):
        """The coverage of the days from `first` to `last` (inclusive; the whole period if None)."""
        start = 0 if first is None else (first - self.first).days
        end = len(self.days) if last is None else (last - self.first).days + 1
        total = Coverage()
        for day in self.days[max(start, 0) : end]:
            total.add(day)
        return total


def read_period(first, last):
    """The days from `first` to `last` (inclusive) with their statuses, in three queries."""
    counted = (
        Screening.objects.filter(date__gte=first, date__lte=last)
        .values_list("date", "date_precision")
        .annotate(n=Count("id"))
        .order_by()
    )
    by_day, by_month, in_year = {}, {}, 0
    for date, precision, number in counted:
        if precision == DatePrecision.DAY:
            by_day[date] = number
        elif precision == DatePrecision.MONTH:
            by_month[date] = by_month.get(date, 0) + number
        else:
            in_year += number
    closures = [
        closure
        for closure in ClosurePeriod.objects.filter(start__lte=last).order_by("start")
        if end_of(closure.end_partial) > first
    ]
    completes = list(
        CompleteProgramme.objects.filter(start__lte=last, end__gte=first).order_by("start")
    )
    spans = [(closure, closure.closed_days()) for closure in closures]
    days = []
    date = first
    while date <= last:
        shut = [c for c, span in spans if span and span[0] <= date <= span[1]]
        complete = [mark for mark in completes if mark.start <= date <= mark.end]
        events = by_day.get(date, 0)
        if events:
            status = KNOWN
        elif shut:
            status = CLOSED
        elif complete:
            status = NONE
        else:
            status = UNKNOWN
        days.append(Day(date, status, events, shut, complete))
        date += datetime.timedelta(days=1)
    return Period(first, last, days, closures, completes, by_month, in_year)


def month_bounds(year, month):
    return datetime.date(year, month, 1), datetime.date(
        year, month, calendar.monthrange(year, month)[1]
    )


def weeks(days):
    """A month's days as weeks from Monday, None for the cells outside the month."""
    lead = days[0].date.weekday()
    cells = [None] * lead + list(days)
    cells += [None] * (-len(cells) % 7)
    return [cells[index : index + 7] for index in range(0, len(cells), 7)]


def year_coverages(first, last):
    """
    {year: Coverage} from `first` to `last`, cached until the programme, a closure or a
    complete-programme mark changes: the index reads every event's day and every day since the
    first year, the costliest page of the calendar.
    """
    stamp = (
        first,
        last,
        ProgrammeVersion.current(),
        *ClosurePeriod.objects.aggregate(Max("updated_at"), Count("id")).values(),
        *CompleteProgramme.objects.aggregate(Max("updated_at"), Count("id")).values(),
    )
    key = f"archive:calendar:years:{hashlib.sha256(repr(stamp).encode()).hexdigest()}"
    coverages = cache.get(key)
    if coverages is None:
        period = read_period(datetime.date(first, 1, 1), datetime.date(last, 12, 31))
        coverages = {
            year: period.coverage(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
            for year in range(first, last + 1)
        }
        cache.set(key, coverages, CACHE_SECONDS)
    return coverages


def years_with_evidence():
    """(first year, last year) of the programme's events and closures, or None when empty."""
    events = Screening.objects.aggregate(first=Min("date"), last=Max("date"))
    closures = ClosurePeriod.objects.aggregate(first=Min("start"), last=Max("end"))
    years = [value.year for value in (*events.values(), *closures.values()) if value]
    return (min(years), max(years)) if years else None
