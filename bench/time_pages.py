"""
One turn of bench/uncached_pages.py: the project's code of the tree CODE_DIR times addresses
in-process with Django's test client, and prints, per group of addresses, the requests made, the
seconds and the CPU seconds they took, as JSON. Started by bench/uncached_pages.py in a fresh
process per turn, in the environment it set (bench/environment.py: its database, page cache off).
With PROFILE_FILE, the timed passes run under pyinstrument and its report is written there.

    python bench/time_pages.py CODE_DIR ADDRESSES_JSON PASSES [PROFILE_FILE]
"""

import json
import sys
import time
from pathlib import Path


def main():
    code, addresses, passes = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    profile = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    # The project's packages come from CODE_DIR, never from bench/ (whose search.py, archive.py…
    # would stand for the project's packages of the same names).
    sys.path[0] = code
    import django

    django.setup()
    from django.test import Client

    groups = json.loads(addresses.read_text())
    client = Client()
    # Once each first: imports, templates, the process's caches, and what the shared cache keeps.
    for address in (address for group in groups.values() for address in group):
        status = client.get(address).status_code
        if status != 200:
            raise SystemExit(f"{address} answered {status}")
    if profile is not None:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    timings = {}
    for name, group in groups.items():
        started, cpu = time.perf_counter(), time.process_time()
        for _ in range(passes):
            for address in group:
                client.get(address)
        timings[name] = {
            "requests": passes * len(group),
            "seconds": time.perf_counter() - started,
            "cpu_seconds": time.process_time() - cpu,
        }
    if profile is not None:
        profiler.stop()
        profile.write_text(profiler.output_text(show_all=False))
    print(json.dumps(timings))


if __name__ == "__main__":
    main()
