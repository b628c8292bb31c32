"""
The charts' pages below the archive page: the list of charts, a chart with the listing's filters
(?format=csv or ?format=svg downloads it), the POST that freezes it, and a frozen snapshot.
"""

import csv
import io

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django_ratelimit.core import is_ratelimited

from archive.programme.addresses import address, redirect_unless
from archive.programme.charts.data import CHARTS, chart_rows
from archive.programme.charts.drawing import display_rows, draw
from archive.programme.listing.filters import FILTER_NAMES, ProgrammeFilter
from archive.programme.models import ChartSnapshot, Film, Person, Screening, Series, Venue
from base.querystring import changed_query_string

CHANGED_MODELS = (Screening, Film, Person, Series, Venue)
# The listing's filters that the chart form has no field for: kept as they came.
HIDDEN_FILTERS = ("year", "series", "venue", "person", "film", "tag")


def _chart(key):
    try:
        return CHARTS[key]
    except KeyError as error:
        raise Http404("No such chart.") from error


def _download(chart, rows, file_format, stem):
    if file_format == "svg":
        response = HttpResponse(
            draw(chart, rows, f"chart-{chart.key}"), content_type="image/svg+xml"
        )
    elif file_format == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([str(column) for column in chart.columns])
        writer.writerows(display_rows(chart, rows))
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        raise Http404("Unknown format.")
    response["Content-Disposition"] = f'attachment; filename="{stem}.{file_format}"'
    return response


def _render(page, request, template, **context):
    return page.render(
        request,
        template=f"archive/charts/{template}.html",
        context_overrides={
            "archive_url": page.get_url(request),
            "charts_url": address(page, request, "charts"),
            "filter_names": FILTER_NAMES,
            "hidden_filters": HIDDEN_FILTERS,
            **context,
        },
    )


def index(page, request):
    if response := redirect_unless(request, address(page, request, "charts")):
        return response
    programme = ProgrammeFilter(request.GET)
    query = programme.query_string()
    charts = [
        {"title": chart.title, "url": address(page, request, "charts", key), "query": query}
        for key, chart in CHARTS.items()
    ]
    return _render(page, request, "chart_index", charts=charts, programme=programme, query=query)


def chart_view(page, request, key):
    chart = _chart(key)
    canonical = address(page, request, "charts", key)
    if response := redirect_unless(request, canonical):
        return response
    programme = ProgrammeFilter(request.GET)
    rows = chart_rows(chart, programme)
    if file_format := request.GET.get("format"):
        return _download(chart, rows, file_format, chart.key)
    query = programme.query_string()
    return _render(
        page,
        request,
        "chart",
        chart=chart,
        rows=display_rows(chart, rows),
        svg=draw(chart, rows, f"chart-{chart.key}"),
        programme=programme,
        query=query,
        chart_url=canonical,
        snapshot_url=address(page, request, "charts", key, "snapshot"),
        csv_query=programme.query_string(format="csv"),
        svg_query=programme.query_string(format="svg"),
        limited=request.GET.get("limited") == "1",
    )


def _limited(request):
    return is_ratelimited(
        request,
        group="chart_snapshot",
        key="ip",
        rate=settings.CHART_SNAPSHOT_RATE_PER_IP,
        method="POST",
        increment=True,
    )


def take_snapshot(page, request, key):
    """Freeze the chart as the visitor sees it (same filters), then show its permanent page."""
    chart = _chart(key)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    programme = ProgrammeFilter(request.POST)
    if _limited(request):
        response = _render(
            page,
            request,
            "snapshot_limited",
            chart=chart,
            chart_url=address(page, request, "charts", key),
            query=programme.query_string(),
        )
        response.status_code = 429
        return response
    filters = {name: programme.form.data[name] for name in FILTER_NAMES if name in programme.values}
    snapshot = ChartSnapshot.objects.create(
        chart=chart.key, filters=filters, rows=chart_rows(chart, programme)
    )
    return redirect(address(page, request, "charts", "snapshots", snapshot.token), permanent=False)


def snapshot_view(page, request, token):
    snapshot = get_object_or_404(ChartSnapshot, token=token)
    chart = _chart(snapshot.chart)
    canonical = address(page, request, "charts", "snapshots", token)
    if response := redirect_unless(request, canonical):
        return response
    if file_format := request.GET.get("format"):
        stem = f"{chart.key}-{snapshot.created_at:%Y-%m-%d}-{token}"
        return _download(chart, snapshot.rows, file_format, stem)
    changed = sum(
        model.objects.filter(updated_at__gt=snapshot.created_at).count() for model in CHANGED_MODELS
    )
    query = changed_query_string(snapshot.filters, FILTER_NAMES)
    return _render(
        page,
        request,
        "snapshot",
        chart=chart,
        snapshot=snapshot,
        rows=display_rows(chart, snapshot.rows),
        svg=draw(chart, snapshot.rows, f"snapshot-{chart.key}"),
        filters=sorted(snapshot.filters.items()),
        changed=changed,
        today_url=address(page, request, "charts", chart.key) + (f"?{query}" if query else ""),
        permanent_url=request.build_absolute_uri(canonical),
        csv_query="format=csv",
        svg_query="format=svg",
    )
