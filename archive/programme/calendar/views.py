"""
The calendar's pages, below the archive page: every year, a year, a month, a day. Each costs a
fixed number of queries (`days.read_period` reads a period's evidence in three).
"""

import datetime

from django.http import Http404
from django.utils.dates import MONTHS, WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from archive.programme.addresses import address, redirect_unless
from archive.programme.calendar import days as evidence
from archive.programme.listing.rows import listing_queryset, with_row_details
from archive.programme.models import ClosurePeriod, Screening
from base.dates import DatePrecision

STATUS_LABELS = {
    evidence.KNOWN: _("Programme known"),
    evidence.NONE: _("No screening"),
    evidence.CLOSED: _("Closed"),
    evidence.UNKNOWN: _("Unknown"),
}
STATUS_SHORT = {
    evidence.KNOWN: "✓",
    evidence.NONE: "–",
    evidence.CLOSED: "×",
    evidence.UNKNOWN: "?",
}
STATUS_MEANINGS = {
    evidence.KNOWN: _("At least one event of the archive is dated to this day."),
    evidence.NONE: _(
        "The programme of this period is complete in the archive (an editor checked it against "
        "a source) and no event is dated to this day: there was no screening."
    ),
    evidence.CLOSED: _("A source says the cinema was closed on this day."),
    evidence.UNKNOWN: _(
        "No evidence either way: the archive has no event on this day, and no source says the "
        "cinema was closed or the programme complete."
    ),
}


def legend():
    return [
        {
            "status": status,
            "label": STATUS_LABELS[status],
            "short": STATUS_SHORT[status],
            "meaning": STATUS_MEANINGS[status],
        }
        for status in evidence.STATUSES
    ]


def _date(year, month=1, day=1):
    try:
        return datetime.date(year, month, day)
    except ValueError as error:
        raise Http404("No such date.") from error


def _render(page, request, template, title, **context):
    return page.render(
        request,
        template=f"archive/calendar/{template}.html",
        context_overrides={
            "calendar_title": title,
            "archive_url": page.get_url(request),
            "calendar_url": address(page, request, "calendar"),
            "legend": legend(),
            "status_labels": STATUS_LABELS,
            **context,
        },
    )


def index(page, request):
    canonical = address(page, request, "calendar")
    if redirect := redirect_unless(request, canonical):
        return redirect
    bounds = evidence.years_with_evidence()
    years = []
    if bounds:
        coverages = evidence.year_coverages(*bounds)
        years = [
            {"year": year, "url": address(page, request, "calendar", year), "coverage": coverage}
            for year, coverage in coverages.items()
        ]
    closures = list(ClosurePeriod.objects.order_by("start"))
    return _render(
        page,
        request,
        "calendar_index",
        _("Calendar of the programme"),
        years=years,
        closures=closures,
    )


def year_view(page, request, year):
    first = _date(year)
    canonical = address(page, request, "calendar", year)
    if redirect := redirect_unless(request, canonical):
        return redirect
    period = evidence.read_period(first, datetime.date(year, 12, 31))
    months = []
    for month in range(1, 13):
        start, end = evidence.month_bounds(year, month)
        months.append(
            {
                "name": MONTHS[month],
                "url": address(page, request, "calendar", year, f"{month:02d}"),
                "coverage": period.coverage(start, end),
                "undated": period.undated_by_month.get(start, 0),
            }
        )
    return _render(
        page,
        request,
        "calendar_year",
        str(year),
        year=year,
        months=months,
        coverage=period.coverage(),
        period=period,
        year_listing=f"{page.get_url(request)}?year={year}",
        previous_url=address(page, request, "calendar", year - 1) if year > 1000 else None,
        next_url=address(page, request, "calendar", year + 1) if year < 9999 else None,
    )


def _cell(page, request, day):
    """A day of the month grid: its address, its status in words and the link's full label."""
    date = day.date
    label = STATUS_LABELS[day.status]
    aria = f"{date_format(date, 'DATE_FORMAT')}: {label}"
    events = ""
    if day.events:
        events = ngettext("%(counter)s event", "%(counter)s events", day.events) % {
            "counter": day.events
        }
        aria = f"{aria}, {events}"
    return {
        "day": day,
        "url": address(
            page, request, "calendar", date.year, f"{date.month:02d}", f"{date.day:02d}"
        ),
        "status": label,
        "events": events,
        "aria": aria,
    }


def month_view(page, request, year, month):
    _date(year, month)
    canonical = address(page, request, "calendar", year, f"{month:02d}")
    if redirect := redirect_unless(request, canonical):
        return redirect
    start, end = evidence.month_bounds(year, month)
    period = evidence.read_period(start, end)
    grid = [
        [day and _cell(page, request, day) for day in week] for week in evidence.weeks(period.days)
    ]
    previous = start - datetime.timedelta(days=1)
    following = end + datetime.timedelta(days=1)
    month_iso = f"{year}-{month:02d}"
    return _render(
        page,
        request,
        "calendar_month",
        date_format(start, "YEAR_MONTH_FORMAT"),
        year=year,
        year_url=address(page, request, "calendar", year),
        weeks=grid,
        weekdays=[(WEEKDAYS[index], WEEKDAYS_ABBR[index]) for index in range(7)],
        coverage=period.coverage(),
        period=period,
        undated=period.undated_by_month.get(start, 0),
        month_listing=f"{page.get_url(request)}?from={month_iso}&amp;to={month_iso}",
        previous_url=address(page, request, "calendar", previous.year, f"{previous.month:02d}"),
        previous_label=date_format(previous, "YEAR_MONTH_FORMAT"),
        next_url=address(page, request, "calendar", following.year, f"{following.month:02d}"),
        next_label=date_format(following, "YEAR_MONTH_FORMAT"),
    )


def day_view(page, request, year, month, day):
    date = _date(year, month, day)
    canonical = address(page, request, "calendar", year, f"{month:02d}", f"{day:02d}")
    if redirect := redirect_unless(request, canonical):
        return redirect
    period = evidence.read_period(date, date)
    events = with_row_details(
        listing_queryset(
            Screening.objects.filter(date=date, date_precision=DatePrecision.DAY).order_by(
                "time", "id"
            )
        )
    )
    previous = date - datetime.timedelta(days=1)
    following = date + datetime.timedelta(days=1)
    return _render(
        page,
        request,
        "calendar_day",
        date_format(date, "DATE_FORMAT"),
        date=date,
        today=period.days[0],
        events=events,
        has_sample=any(event.is_sample for event in events),
        month_url=address(page, request, "calendar", year, f"{month:02d}"),
        month_label=date_format(date, "YEAR_MONTH_FORMAT"),
        previous_url=address(
            page, request, "calendar", previous.year, f"{previous.month:02d}", f"{previous.day:02d}"
        ),
        previous_label=date_format(previous, "DATE_FORMAT"),
        next_url=address(
            page,
            request,
            "calendar",
            following.year,
            f"{following.month:02d}",
            f"{following.day:02d}",
        ),
        next_label=date_format(following, "DATE_FORMAT"),
    )
