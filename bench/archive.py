"""
`make bench`: how fast the programme archive is with 100,000 screenings.

Builds a separate SQLite database under var/bench/ (never the development database), loads the
site, generates a sample archive of N screenings, then times in-process with Django's test
client: the listing without and with filters, each kind of detail page (median and 95th
percentile over R runs, with the number of SQL queries), a CSV export, and the import of the
exported N-row file into an empty archive. Prints a table; docs/benchmarks.md records a run.

    .venv/bin/python bench/archive.py [--screenings 100000] [--runs 30]
"""

import argparse
import gc
import io
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    bench_dir = ROOT / "var" / "bench"
    bench_dir.mkdir(parents=True, exist_ok=True)
    database = bench_dir / "bench.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive_site.settings.dev"
    os.environ["VAR_DIR"] = str(bench_dir)
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DEBUG"] = "false"
    os.environ["ALLOWED_HOSTS"] = "testserver"

    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from archive.filters import bump_programme_version
    from archive.models import Film, Person, Screening, Series

    quiet = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    call_command("migrate", verbosity=0, **quiet)
    call_command("load_la_clef", **quiet)
    started = time.perf_counter()
    call_command("generate_sample_archive", screenings=args.screenings, **quiet)
    generation = time.perf_counter() - started

    gc.collect()
    gc.freeze()  # the generator's garbage is not the web process's: keep it out of the timings
    client = Client()
    film = Film.objects.filter(is_sample=True).order_by("pk").first()
    busy_film = (
        Film.objects.filter(is_sample=True)
        .annotate(events=Count("screenings"))
        .order_by("-events")
        .values_list("slug", flat=True)
        .first()
    )
    person = Person.objects.filter(is_sample=True, films_directed__isnull=False).first()
    series = Series.objects.filter(is_sample=True).first()
    screening = Screening.objects.filter(is_sample=True).order_by("pk").first()
    pages = [
        ("listing, no filter", "/en/archive/"),
        ("listing, page 1000", "/en/archive/?page=1000"),
        ("listing, year", "/en/archive/?year=1999"),
        ("listing, type + series", f"/en/archive/?type=talk&series={series.slug}"),
        ("listing, from/to + venue", "/en/archive/?from=1990-06&to=1995&venue=sample-venue-2"),
        ("listing, person", f"/en/archive/?person={person.slug}"),
        ("listing, q", "/en/archive/?q=love"),
        ("screening detail", f"/en/archive/screenings/{screening.pk}/"),
        ("film detail", f"/en/archive/films/{film.slug}/"),
        ("film detail (busiest)", f"/en/archive/films/{busy_film}/"),
        ("person detail", f"/en/archive/people/{person.slug}/"),
        ("series detail", f"/en/archive/series/{series.slug}/"),
    ]

    def timed(url):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        return elapsed, len(queries.captured_queries)

    rows = []
    for label, url in pages:
        timed(url)
        cold = []
        for _ in range(min(args.runs, 10)):
            bump_programme_version()
            cold.append(timed(url))
        warm = [timed(url) for _ in range(args.runs)]
        rows.append((label, warm, cold))

    print(f"\n{args.screenings:,} screenings (generated in {generation:.1f} s); {args.runs} runs")
    print(f"{'page':28} {'median':>8} {'p95':>8} {'queries':>8} {'cold median':>12} {'cold q.':>8}")
    for label, warm, cold in rows:
        times = sorted(t for t, _q in warm)
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        cold_median = statistics.median(t for t, _q in cold)
        print(
            f"{label:28} {statistics.median(times):7.1f}ms {p95:7.1f}ms {warm[0][1]:8} "
            f"{cold_median:10.1f}ms {cold[0][1]:8}"
        )

    export = bench_dir / "programme.csv"
    start = time.perf_counter()
    response = client.get("/en/archive/?format=csv")
    with export.open("wb") as handle:
        for chunk in response.streaming_content:
            handle.write(chunk)
    export_seconds = time.perf_counter() - start
    lines = sum(1 for _ in export.open(encoding="utf-8")) - 1
    print(f"\nCSV export of every event: {lines:,} rows in {export_seconds:.1f} s")

    call_command("generate_sample_archive", delete=True, **quiet)
    Screening.objects.all().delete()
    cache.clear()
    start = time.perf_counter()
    out = io.StringIO()
    call_command("import_programme", str(export), no_progress=True, stdout=out)
    import_seconds = time.perf_counter() - start
    print(f"Import of that file into an empty archive: {import_seconds:.1f} s")
    print(f"  {out.getvalue().strip()}")
    start = time.perf_counter()
    out = io.StringIO()
    call_command("import_programme", str(export), no_progress=True, stdout=out)
    print(f"Re-import of the same file: {time.perf_counter() - start:.1f} s")
    print(f"  {out.getvalue().strip()}")


if __name__ == "__main__":
    main()
