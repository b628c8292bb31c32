"""
`make bench`: the programme table's rows and the filters' options, built in Python as the pages
build them, against their templates, which give the same HTML
(tests/programme/test_archive_table.py).

Renders fifty rows as the listing shows them (films with their directors, guests with their
roles, series and venue, a few events without films or guests) and 200 options, R times each,
without a database: the rows are what `with_row_details` gives both ways. Prints the median and
95th percentile of the wall time and the median CPU time; docs/benchmarks.md records a run.

    .venv/bin/python bench/programme_table.py [--rows 50] [--options 200] [--runs 300]
"""

import argparse
import datetime
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.start("table.sqlite3")

from django.template import engines
from django.template.loader import get_template
from django.utils import translation

from archive.programme.listing.facets import Facet, Option
from archive.programme.models import Role, Screening, Series, Venue
from archive.programme.pages import ArchiveIndexPage

# The rows and the options as the pages build them (archive/templatetags/archive_tags.py), timed
# against their templates (includes/archive_screening_rows.html and archive_facet_options.html).
PYTHON_ROWS = (
    '{% load i18n archive_tags %}{% translate "Date" as label_date %}'
    '{% translate "Event" as label_event %}{% translate "Films" as label_films %}'
    '{% translate "Guests" as label_guests %}{% translate "Series and venue" as label_place %}'
    '{% translate "Sample" as label_sample %}{% translate "No film" as label_no_film %}'
    "{% screening_rows screenings date=label_date event=label_event films=label_films "
    "guests=label_guests place=label_place sample=label_sample no_film=label_no_film %}"
)
PYTHON_OPTIONS = "{% load archive_tags %}{% facet_options facet %}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50)
    parser.add_argument("--options", type=int, default=200)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()

    translation.activate("en")
    engine = engines["django"]
    context = {
        "screenings": sample_rows(args.rows, Screening, Series, Venue, Role),
        "caption": "Events, newest first",
        "page": ArchiveIndexPage.__new__(ArchiveIndexPage),  # only its class is read: the routes
        "archive_url": "/en/archive/",
        "facet": Facet(
            "person",
            "Person",
            "All people",
            [Option(f"person-{n}", f"Person {n} & co", 1000 - n) for n in range(args.options)],
        ),
    }
    ways = {
        f"{args.rows} rows, template": get_template("includes/archive_screening_rows.html"),
        f"{args.rows} rows, Python": engine.from_string(PYTHON_ROWS),
        f"{args.options} options, template": get_template("includes/archive_facet_options.html"),
        f"{args.options} options, Python": engine.from_string(PYTHON_OPTIONS),
    }
    print(f"\nProgramme table, {args.runs} runs")
    print(f"{'rendering':28} {'median':>8} {'p95':>8} {'CPU med.':>9}")
    for label, template in ways.items():
        template.render(context)  # the first render resolves the routes and loads translations
        times, cpu = [], []
        for _ in range(args.runs):
            start, started_cpu = time.perf_counter(), time.process_time()
            template.render(context)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(
            f"{label:28} {statistics.median(times):7.2f}ms {p95:7.2f}ms "
            f"{statistics.median(cpu):8.2f}ms"
        )


def sample_rows(count, Screening, Series, Venue, Role):
    """
    `count` events as `with_row_details` gives them: one to three films with a director or two,
    none to three guests, most with a series, every one at a venue, half with a time.
    """
    series = [Series(slug=f"series-{n}", title=f"Programme {n}") for n in range(4)]
    venues = [Venue(slug=f"venue-{n}", name=f"Salle {n}") for n in range(3)]
    roles = [Role.GUEST, Role.MODERATOR, Role.DIRECTOR]
    rows = []
    for n in range(count):
        screening = Screening(
            pk=10_000 + n,
            date=datetime.date(1990, 1, 1) + datetime.timedelta(days=n * 7),
            time=datetime.time(20, 30) if n % 2 else None,
            event_type="screening" if n % 5 else "talk",
            series=series[n % 4] if n % 3 else None,
            venue=venues[n % 3],
            is_sample=n % 7 == 0,
        )
        screening.row_films = [
            (
                f"film-{n}-{f}",
                f"Film {n}.{f} <l'été>",
                1960 + (n + f) % 60,
                [f"Director {n}.{f}", *(["Co-director"] if f == 1 else [])],
            )
            for f in range(0 if n % 11 == 0 else 1 + n % 3)
        ]
        screening.row_guests = [
            (f"guest-{n}-{g}", f"Guest {n}.{g}", roles[g]) for g in range(n % 4)
        ]
        rows.append(screening)
    return rows


if __name__ == "__main__":
    main()
