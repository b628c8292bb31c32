"""
`make bench`: uncached history chapters and event pages, the code of `main` (or `--before REF`)
against this checkout's, in one run, as requests/s and their ratio (issue 22's target: 1.5×).

Uses the benchmarks' archive of N generated events (bench/sample_archive.py; `--reuse` keeps the
previous run's database), takes the code of REF with `git archive` into var/bench/before-code/
(the repository itself is not touched), then times each tree in a fresh process of its own
(bench/time_pages.py), in turns (before, after, before, after…), on the same database: every
history chapter in both languages and `--events` event pages, `--passes` times each, in-process
with Django's test client. The page cache is off (bench/environment.py), so every page is made
again; what the shared cache keeps for a page's parts (the formatted citations) is used, after a
first request of each address that fills it. The median of the turns is reported.
`--profile` adds one more turn of this checkout under pyinstrument (var/bench/uncached-pages-
profile.txt), which the figures do not include.

    .venv/bin/python bench/uncached_pages.py [--screenings 100000] [--events 20] [--passes 5]
        [--turns 3] [--before main] [--reuse] [--profile]
"""

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.start("bench.sqlite3")

from django.core.cache import cache

from archive.programme.models import Screening
from bench import sample_archive
from home.models import HistoryChapterPage

TIMER = ROOT / "bench" / "time_pages.py"


def addresses(events):
    """Every live chapter (French and English), and `events` event pages spread over the archive."""
    chapters = [page.url for page in HistoryChapterPage.objects.live().order_by("path")]
    ids = list(Screening.objects.order_by("pk").values_list("pk", flat=True))
    step = max(1, len(ids) // max(1, events))
    chosen = ids[::step][:events]
    pages = [
        f"/fr/archives/screenings/{pk}/" if index % 2 else f"/en/archive/screenings/{pk}/"
        for index, pk in enumerate(chosen)
    ]
    return {"chapters": chapters, "events": pages}


def export_code(ref, target):
    """The files of `ref` in `target`, as `git archive` gives them (no worktree, no checkout)."""
    archive = subprocess.run(  # noqa: S603 - git with fixed arguments and a ref given by the caller
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref],  # noqa: S607
        check=True,
        capture_output=True,
    ).stdout
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    commit = subprocess.run(  # noqa: S603
        ["git", "-C", str(ROOT), "rev-parse", "--short", ref],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return commit


def turn(code, groups_file, passes, *profile):
    answer = subprocess.run(  # noqa: S603 - the timer of this directory, with fixed arguments
        [sys.executable, str(TIMER), str(code), str(groups_file), str(passes), *profile],
        env=os.environ,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(answer.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenings", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=20)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--before", default="main", help="the git ref timed as 'before'")
    parser.add_argument("--reuse", action="store_true", help="keep the previous run's database")
    parser.add_argument("--profile", action="store_true", help="profile this checkout's pages")
    args = parser.parse_args()
    if not args.reuse:
        environment.start_afresh()
    sample_archive.ensure(args.screenings)
    cache.clear()

    groups = addresses(args.events)
    groups_file = environment.BENCH_DIR / "uncached-pages.json"
    groups_file.write_text(json.dumps(groups))
    before_code = environment.BENCH_DIR / "before-code"
    commit = export_code(args.before, before_code)
    trees = {"before": before_code, "after": ROOT}

    rates = {side: {name: [] for name in groups} for side in trees}
    cpu = {side: {name: [] for name in groups} for side in trees}
    for _ in range(args.turns):
        for side, code in trees.items():
            for name, timing in turn(code, groups_file, args.passes).items():
                rates[side][name].append(timing["requests"] / timing["seconds"])
                cpu[side][name].append(1000 * timing["cpu_seconds"] / timing["requests"])

    print(
        f"Uncached pages, {Screening.objects.count():,} events, before = {args.before} "
        f"({commit}), after = this checkout; {args.turns} turns of {args.passes} passes over "
        f"{len(groups['chapters'])} chapters and {len(groups['events'])} event pages (medians)"
    )
    print("| pages | before (req/s) | after (req/s) | after / before | CPU per page |")
    print("| --- | --- | --- | --- | --- |")
    for name in groups:
        before = statistics.median(rates["before"][name])
        after = statistics.median(rates["after"][name])
        cpu_before = statistics.median(cpu["before"][name])
        cpu_after = statistics.median(cpu["after"][name])
        print(
            f"| {name} | {before:.1f} | {after:.1f} | {after / before:.2f}× "
            f"| {cpu_before:.1f} ms → {cpu_after:.1f} ms |"
        )
    shutil.rmtree(before_code, ignore_errors=True)
    if args.profile:
        report = environment.BENCH_DIR / "uncached-pages-profile.txt"
        turn(ROOT, groups_file, args.passes, str(report))
        print(f"Profile of this checkout's pages: {report}")


if __name__ == "__main__":
    main()
