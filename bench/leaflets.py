"""
`make bench`: how well and how fast leaflets are read. Generates leaflets from known programme
text (`leaflets.samples`: four fonts, three layouts, in one, two or three columns), clean and
worn (noise, a slight tilt, 60 % resolution), reads each for real with Tesseract, parses it,
and prints the precision and recall of dates, titles, directors and guests per set, the pages
read per minute, and how long the editor's upload takes to return (scans saved, reading
queued) for one scan and for ten.

    .venv/bin/python bench/leaflets.py [--leaflets 12] [--columns 1 2 3] [--no-upload]
"""

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.start("leaflets.sqlite3")

from django.core.management import call_command

from leaflets import samples
from leaflets.measuring import FIELDS, score_of
from leaflets.reading import receive
from leaflets.scans import collect

SETS = [(columns, worn) for columns in (1, 2, 3) for worn in (False, True)]


def set_name(columns, worn):
    return f"{'worn' if worn else 'clean'}{f' {columns} col.' if columns > 1 else ''}"


def measure(sets, count):
    results = {}
    for columns, worn in sets:
        started = time.perf_counter()
        score = score_of(samples.sample_set(count, worn=worn, columns=columns))
        minutes = (time.perf_counter() - started) / 60
        results[set_name(columns, worn)] = (score, count / minutes)
    print(f"{'set':<13} {'field':<10} {'precision':>9} {'recall':>7} {'right/expected':>15}")
    for name, (score, _speed) in results.items():
        for field in FIELDS:
            print(
                f"{name:<13} {field:<10} {score.precision(field):>9.1%}"
                f" {score.recall(field):>7.1%} {score.right[field]:>7}/{score.expected[field]:<7}"
            )
    for name, (_score, speed) in results.items():
        print(f"{name} pages read per minute (one process): {speed:.1f}")


def upload_timing():
    """Seconds for `receive` (what the upload view does before answering) of 1 and 10 scans."""
    call_command("migrate", verbosity=0)

    buffer = io.BytesIO()
    samples.leaflet(1).image.save(buffer, "PNG")
    data = buffer.getvalue()
    for count in (1, 10):
        timings = []
        for _run in range(5):
            files = [(f"scan-{n}.png", data) for n in range(count)]
            started = time.perf_counter()
            receive(collect(files), {"access_level": "public"})
            timings.append(time.perf_counter() - started)
        print(f"upload of {count} scan(s) returns in {statistics.median(timings) * 1000:.0f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--leaflets", type=int, default=12, help="leaflets per set")
    parser.add_argument(
        "--columns",
        type=int,
        nargs="+",
        choices=(1, 2, 3),
        default=(1, 2, 3),
        help="the layouts to measure: one, two or three columns (all by default)",
    )
    parser.add_argument("--no-upload", action="store_true", help="skip the upload timing")
    options = parser.parse_args()
    environment.start_afresh()
    measure([s for s in SETS if s[0] in options.columns], options.leaflets)
    if not options.no_upload:
        upload_timing()


if __name__ == "__main__":
    main()
