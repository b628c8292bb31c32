"""
`make bench`: how fast machines read the archive with 100,000 screenings: an OAI-PMH ListRecords
page of 100 records (the first, and one reached by resumption token deep in the list) and a read
API page of 50 events (the first, filtered, and one reached by cursor deep in the list), then the
resident memory of a whole harvest of the events set, page after page.

Uses the database of bench/archive.py (var/bench/bench.sqlite3, or DATABASE_URL's PostgreSQL),
generating the screenings only when it has fewer than asked. Prints a table of warm timings
(median and 95th percentile over R runs, the number of SQL queries) and the harvest's memory.

    .venv/bin/python bench/harvesting.py [--screenings 100000] [--runs 30] [--reuse]
"""

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.start("bench.sqlite3")

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from archive.programme.models import Screening
from bench import sample_archive

OAI = {"oai": "http://www.openarchives.org/OAI/2.0/"}


def resident_megabytes():
    """The process's resident set (Linux), read without slowing the pages as tracing would."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def token_of(content):
    element = etree.fromstring(content).find(".//oai:resumptionToken", OAI)
    return element.text if element is not None else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--reuse", action="store_true", help="keep the previous run's database")
    args = parser.parse_args()
    if not args.reuse:
        environment.start_afresh()
    sample_archive.ensure(args.screenings)
    gc.collect()
    gc.freeze()
    client = Client()

    def timed(url, params=None):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url, params or {})
            elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        return elapsed, len(queries.captured_queries), response

    # A token deep in the list: ListRecords' own, from its 500th page (or its last).
    records = {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "event"}
    record_token = token_of(timed("/oai/", records)[2].content)
    for _page in range(498):
        following = token_of(
            timed("/oai/", {"verb": "ListRecords", "resumptionToken": record_token})[2].content
        )
        if not following:
            break
        record_token = following
    deep_records = {"verb": "ListRecords", "resumptionToken": record_token}

    cursor_url = timed("/api/v1/events/?limit=50")[2].json()["next"]
    for _page in range(498):
        following = client.get(cursor_url).json()["next"]
        if not following:
            break
        cursor_url = following

    cases = [
        ("OAI ListRecords, page 1 (100)", "/oai/", records),
        ("OAI ListRecords, page 500 (100)", "/oai/", deep_records),
        ("API events, page 1 (50)", "/api/v1/events/?limit=50", None),
        ("API events, year (50)", "/api/v1/events/?limit=50&year=1999", None),
        ("API events, page 500 (50)", cursor_url, None),
    ]
    print(f"\n{connection.vendor}: {Screening.objects.count():,} screenings; {args.runs} runs")
    print(f"{'request':34} {'median':>8} {'p95':>8} {'queries':>8}")
    for label, url, params in cases:
        timed(url, params)
        runs = [timed(url, params) for _ in range(args.runs)]
        times = sorted(elapsed for elapsed, _q, _r in runs)
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(f"{label:34} {statistics.median(times):7.1f}ms {p95:7.1f}ms {runs[0][1]:8}")

    # The whole events set, page after page: the process's resident memory after each page
    # (flat: nothing of a page outlives it once the first pages have warmed the caches).
    token, pages, marks = None, 0, {}
    started = time.perf_counter()
    while True:
        params = {"verb": "ListRecords", "resumptionToken": token} if token else records
        token = token_of(client.get("/oai/", params).content)
        pages += 1
        if pages in (1, 10, 100) or pages % 250 == 0 or not token:
            marks[pages] = resident_megabytes()
        if not token:
            break
    seconds = time.perf_counter() - started
    print(f"\nWhole harvest of the events set: {pages:,} pages in {seconds:.0f} s")
    print(f"{'after page':>10} {'resident':>10}")
    for page, megabytes in marks.items():
        print(f"{page:10,} {megabytes:8.1f}MB")


if __name__ == "__main__":
    main()
