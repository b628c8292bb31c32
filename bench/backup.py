"""
`make bench`: how long `export_archive` and `import_archive` take with 100,000 screenings, and
how much memory each step needs at its peak (its own VmHWM, read from /proc/self/status).

Uses the SQLite database of bench/archive.py under var/bench/ (`--reuse`: kept, and generated
only if it has fewer screenings than asked), exports it to var/bench/backup-bag, then restores
that bag into a new SQLite database var/bench/backup-restored.sqlite3 made by `migrate`. Export
and restore each run in a fresh process (a new executable, so a new address space) that reports
its own high-water mark of resident memory; the peak of a process that only starts Django is
given beside them.

Why not `ru_maxrss`: on Linux a process started from this script (fork, then exec) inherits at
the exec the high-water mark of the parent's memory it was forked from, and this parent has
generated the events; its `ru_maxrss` is then the parent's peak, not the step's. VmHWM belongs
to the address space the exec made, so it counts the step alone.

    .venv/bin/python bench/backup.py [--screenings 100000] [--reuse]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import django
from django.apps import apps
from django.core.management import call_command

from bench import environment

SOURCE = "bench.sqlite3"
RESTORED = "backup-restored.sqlite3"


def peak_mib():
    """This process's peak resident memory since its exec, in MiB (Linux's VmHWM, in kB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise SystemExit("bench/backup.py reads VmHWM from /proc/self/status: Linux only.")


def step(name, bag):
    """Run in a child process: Django set up, then the step; prints its seconds and peak."""
    django.setup()
    started = time.perf_counter()
    if name == "export":
        call_command("export_archive", bag, verbosity=0)
    elif name == "restore":
        call_command("migrate", verbosity=0)
        migrated = time.perf_counter()
        call_command("import_archive", bag, verbosity=0)
        started = migrated
    print(json.dumps({"seconds": time.perf_counter() - started, "peak_mib": peak_mib()}))


def run(name, bag, database):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    answer = subprocess.run(  # noqa: S603 - this script itself, with fixed arguments
        [sys.executable, __file__, "--step", name, "--bag", str(bag)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(answer.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenings", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true", help="keep the previous run's database")
    parser.add_argument("--step", choices=["setup", "export", "restore"], help=argparse.SUPPRESS)
    parser.add_argument("--bag", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive_site.settings.dev")
        step(args.step, args.bag)
        return

    # The environment is set here, not at import: each step's process is given its database.
    environment.configure(SOURCE)
    if os.environ["DATABASE_URL"].startswith("postgres"):
        raise SystemExit("bench/backup.py measures SQLite only: unset DATABASE_URL.")
    if not args.reuse:
        environment.start_afresh()
    bench_dir = environment.BENCH_DIR
    django.setup()
    Screening = apps.get_model("archive", "Screening")

    call_command("migrate", verbosity=0)
    if Screening.objects.count() < args.screenings:
        call_command("load_la_clef", verbosity=0)
        call_command("generate_sample_archive", screenings=args.screenings, verbosity=0)
    screenings = Screening.objects.count()
    bag = bench_dir / "backup-bag"
    restored = bench_dir / RESTORED
    shutil.rmtree(bag, ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{restored}{suffix}").unlink(missing_ok=True)

    print(f"Backup of {screenings:,} screenings (each step printed when done)")
    print("| step | time | peak memory (VmHWM) |")
    print("| --- | --- | --- |", flush=True)
    baseline = run("setup", bag, bench_dir / SOURCE)
    print(f"| Django started, nothing done | | {baseline['peak_mib']:.0f} MiB |", flush=True)
    exported = run("export", bag, bench_dir / SOURCE)
    print(
        f"| `export_archive` | {exported['seconds']:.1f} s | {exported['peak_mib']:.0f} MiB |",
        flush=True,
    )
    restore = run("restore", bag, restored)
    print(
        f"| `import_archive` (validation, restore, search index) | {restore['seconds']:.1f} s "
        f"| {restore['peak_mib']:.0f} MiB |"
    )
    size = sum(path.stat().st_size for path in bag.rglob("*") if path.is_file())
    manifest = json.loads((bag / "data" / "manifest.json").read_text())
    rows = sum(entry["count"] for entry in manifest["models"])
    print(f"The bag: {rows:,} rows, {size / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
