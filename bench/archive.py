"""
`make bench`: how fast the programme archive is with 100,000 screenings.

Builds a separate SQLite database under var/bench/ (never the development database), or uses the
PostgreSQL database of DATABASE_URL when it is given (an empty one of its own), loads the site,
generates a sample archive of N screenings, then times in-process with Django's test client: the
listing without and with filters, each kind of detail page (median and 95th
percentile over R runs, the median CPU time of the process, which another busy process on the
machine disturbs less, and the number of SQL queries), a CSV export, and the import of the
exported N-row file into an empty archive. Prints a table; docs/benchmarks.md records a run.

    .venv/bin/python bench/archive.py [--screenings 100000] [--runs 30] [--reuse] [--pages-only]

`--reuse` keeps the SQLite database of the previous run (a PostgreSQL one is always kept), migrating
it and generating screenings only if it has fewer than asked; `--pages-only` skips the export and
import timings.
"""

import argparse
import gc
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.start("bench.sqlite3")

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from archive.programme.models import Film, Person, Screening, Series
from bench import sample_archive
from search.models import SearchHotWord
from search.query import ArchiveSearch

# Words that most sample events have (their notes: "Sample note: … film …").
COMMON_WORDS = ("sample", "note", "film")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--reuse", action="store_true", help="keep the previous run's database")
    parser.add_argument("--pages-only", action="store_true", help="skip the export and import")
    args = parser.parse_args()
    if not args.reuse:
        environment.start_afresh()

    bench_dir = environment.BENCH_DIR

    quiet = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    generation = sample_archive.ensure(args.screenings)
    if connection.vendor == "postgresql":
        # The state autovacuum leaves a minute after a bulk load: the visibility map set, so
        # that the link tables' indexes are read without the rows (as SQLite's always are).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    cache.clear()

    def records(model):
        """The generated records; after a reused run's import they are no longer flagged."""
        sample = model.objects.filter(is_sample=True)
        return sample if sample.exists() else model.objects.all()

    gc.collect()
    gc.freeze()  # the generator's garbage is not the web process's: keep it out of the timings
    client = Client()
    film = records(Film).order_by("pk").first()
    busy_film = (
        records(Film)
        .annotate(events=Count("screenings"))
        .order_by("-events")
        .values_list("slug", flat=True)
        .first()
    )
    person = records(Person).filter(films_directed__isnull=False).first()
    series = records(Series).first()
    screening = records(Screening).order_by("pk").first()
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
            start, cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            elapsed = (time.perf_counter() - start) * 1000
            cpu = (time.process_time() - cpu) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        return elapsed, len(queries.captured_queries), cpu

    changed = records(Screening).order_by("-pk").first()
    saves = []

    def change():
        """What an editor's save does: the event is reindexed and the counts made again."""
        start = time.perf_counter()
        with transaction.atomic():
            changed.save()
        saves.append((time.perf_counter() - start) * 1000)

    rows = []
    for label, url in pages:
        timed(url)
        cold = []
        for _ in range(min(args.runs, 10)):
            change()
            cold.append(timed(url))
        warm = [timed(url) for _ in range(args.runs)]
        rows.append((label, warm, cold))

    print(
        f"\n{connection.vendor}: {args.screenings:,} screenings (generated in {generation:.1f} s); "
        f"{args.runs} runs"
    )
    print(
        f"{'page':28} {'median':>8} {'p95':>8} {'CPU med.':>9} {'queries':>8} "
        f"{'cold median':>12} {'cold CPU':>9} {'cold q.':>8}"
    )
    for label, warm, cold in rows:
        times = sorted(t for t, _q, _c in warm)
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        cpu = statistics.median(c for _t, _q, c in warm)
        cold_median = statistics.median(t for t, _q, _c in cold)
        cold_cpu = statistics.median(c for _t, _q, c in cold)
        print(
            f"{label:28} {statistics.median(times):7.1f}ms {p95:7.1f}ms {cpu:8.1f}ms "
            f"{warm[0][1]:8} {cold_median:10.1f}ms {cold_cpu:8.1f}ms {cold[0][1]:8}"
        )

    print(
        f"\nSaving one event (reindexed, counts of the whole archive made again on commit): "
        f"median {statistics.median(saves):.1f} ms over {len(saves)} saves"
    )
    if args.pages_only:
        return
    # The words that researchers of a real archive would have searched, made hot, so that the
    # import pays for keeping their lists (search/hot_words.py).
    for word in COMMON_WORDS:
        ArchiveSearch({"q": word}).total  # noqa: B018 - counting makes a common word hot
    hot = ", ".join(SearchHotWord.objects.order_by("word").values_list("word", flat=True))
    print(f"\nhot words: {hot or 'none'}")
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
