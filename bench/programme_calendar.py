"""
`make bench`: how fast the calendar and the charts are with 100,000 screenings.

Uses the database bench/archive.py builds under var/bench/ (`--reuse`: kept, migrated, and
generated only if it has fewer screenings than asked), or the PostgreSQL database of
DATABASE_URL. Times in-process with Django's test client, warm (each page asked once before):
a calendar month, a calendar year, the calendar's index and every chart, each with the median
and 95th percentile over R runs and its number of SQL queries; each chart also cold, the first
visit after a change to the programme, when its numbers are counted again. Prints a table;
docs/benchmarks.md records a run.

    .venv/bin/python bench/programme_calendar.py [--screenings 100000] [--runs 30] [--reuse]
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import argparse
import gc
import statistics
import time

from bench import environment

environment.start("bench.sqlite3")

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from archive.programme.charts.data import CHARTS
from archive.programme.models import Screening
from bench import sample_archive


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--reuse", action="store_true", help="keep bench/archive.py's database")
    args = parser.parse_args()

    if not args.reuse:
        environment.start_afresh()

    sample_archive.ensure(args.screenings)
    cache.clear()
    gc.collect()
    gc.freeze()
    client = Client()
    busiest = (
        Screening.objects.values_list("year", flat=True)
        .order_by()
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    reference = Screening.objects.order_by("pk").values_list("pk", flat=True).first()
    pages = [
        # bench/archive.py times this page too: the ratio says how busy the machine was.
        ("screening detail (reference)", f"/en/archive/screenings/{reference}/"),
        ("calendar index", "/en/archive/calendar/"),
        (f"calendar year {busiest}", f"/en/archive/calendar/{busiest}/"),
        (f"calendar month {busiest}-06", f"/fr/archives/calendrier/{busiest}/06/"),
        (f"calendar day {busiest}-06-14", f"/en/archive/calendar/{busiest}/06/14/"),
        *[(f"chart {key}", f"/en/archive/charts/{key}/") for key in CHARTS],
        *[
            (f"chart {key}, type=talk", f"/fr/archives/graphiques/{key}/?type=talk")
            for key in CHARTS
        ],
    ]

    def timed(url):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        return elapsed, len(queries.captured_queries)

    changed = Screening.objects.order_by("-pk").first()

    def cold(url):
        with transaction.atomic():
            changed.save()  # bumps the programme's version: the chart is counted again
        return timed(url)[0]

    print(f"\n{connection.vendor}: {Screening.objects.count():,} screenings, {args.runs} runs\n")
    print(f"{'page':48} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'cold ms':>8}")
    for label, url in pages:
        timed(url)
        warm = [timed(url) for _ in range(args.runs)]
        times = sorted(elapsed for elapsed, _n in warm)
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        first = cold(url) if label.startswith("chart") else None
        print(
            f"{label:48} {statistics.median(times):10.1f} {p95:8.1f} {warm[-1][1]:8d} "
            f"{'' if first is None else f'{first:8.0f}'}"
        )


if __name__ == "__main__":
    main()
