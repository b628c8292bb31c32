"""
`make bench`: a spreadsheet round trip of 10,000 events: the CSV export, the check of the edited
file (what will change, field by field), the confirmed import of exactly that plan, and the same
file imported again (which changes nothing). Prints each step's wall and CPU time, the load
average and the peak memory; docs/benchmarks.md records runs.

    .venv/bin/python bench/roundtrip.py [--events 10000]
"""

import argparse
import csv
import io
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.start("roundtrip.sqlite3")

from django.core.management import call_command

from archive.programme.exporting import csv_lines
from archive.programme.importing import ProgrammeImporter
from archive.programme.models import Screening
from archive.programme.sampling import generate_sample_archive


def timed(label, function):
    """Run `function`, printing its wall time and the process's CPU time, which other busy
    processes on the machine disturb much less."""
    start, cpu = time.perf_counter(), time.process_time()
    result = function()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<48} {wall:8.2f} s  (CPU {cpu:7.2f} s)", flush=True)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    environment.start_afresh()
    bench_dir = environment.BENCH_DIR

    call_command("migrate", verbosity=0, interactive=False)
    timed(f"generate {args.events:,} sample events", lambda: generate_sample_archive(args.events))
    text = timed("export them as CSV", lambda: "".join(csv_lines(Screening.objects.all())))
    rows = list(csv.DictReader(io.StringIO(text)))
    for number, row in enumerate(rows):
        row["notes_en"] = f"Checked against the leaflet, row {number}."
        if number % 10 == 0:
            row["tags"] = "[empty]"
    path = bench_dir / "roundtrip.csv"
    with path.open("w", newline="", encoding="utf-8") as destination:
        writer = csv.DictWriter(destination, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows):,} rows, every event's English notes edited, one in ten's tags cleared")

    check = timed(
        "check: what will change (dry run)", lambda: ProgrammeImporter(path).run(dry_run=True)
    )
    print(f"  {check.summary()}")
    applied = timed(
        "apply exactly the plan checked",
        lambda: ProgrammeImporter(path).run(expected_plan=check.digest),
    )
    print(f"  {applied.summary()}")
    again = timed("import the same file again", lambda: ProgrammeImporter(path).run())
    print(f"  {again.summary()}")
    if again.updated or again.created:
        sys.exit("The second import changed events: the round trip is broken.")
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"load average (1, 5, 15 min) at the end: {load}; peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
