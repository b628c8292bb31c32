"""
`make loadtest`: the site under load while imports run, on SQLite, then on PostgreSQL with the
database restarted in the middle (issue 22, item 4). Loopback only, bounded, stops by itself.

1. Builds a site of its own under var/loadtest/ (production settings, La Clef's content, the
   sample interviews and media, N generated screenings), and serves it with gunicorn (2 workers)
   on a free 127.0.0.1 port.
2. SQLite: `wrk` for --duration seconds at --connections over a mix of filtered listings,
   searches, event, film and person pages, interview pages, history chapters and media files
   asked for by Range, while `import_programme` writes a generated 10,000-row file and
   `import_ohms` imports the OHMS files of ../shared/fixtures/external/ohms/. Reports every status,
   socket errors, "database is locked" in the server's and the imports' logs, p50/p90/p99.
3. In the same run, requests/s of whitenoise's CSS, of a cached anonymous page, and of uncached
   history chapter and event pages (a second server with PAGE_CACHE=false), `wrk` at 8
   connections for --throughput-seconds each.
4. PostgreSQL (a throwaway cluster, as scripts/with-postgres.sh makes): the same mix and imports,
   the database stopped for --outage seconds in the middle; reports the 503s while it is away and
   that the site answers again without a restart, and checks the import's events are all there.

    .venv/bin/python bench/loadtest.py [--duration 60] [--connections 50] [--screenings 20000]
        [--skip-sqlite] [--skip-postgres] [--reuse] [--profile]

`--profile` writes a pyinstrument profile of uncached chapter pages (var/loadtest/profile.txt).
"""

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.programme_csv import write_programme_csv

OUT = ROOT / "var" / "loadtest"
PYTHON = sys.executable
OHMS = ROOT.parent / "shared" / "fixtures" / "external" / "ohms"
LOCKED = "database is locked"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(database_url, page_cache=True, redis_url=""):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    secret = OUT / "secret-key"
    if not secret.exists():
        secret.write_text(secrets.token_urlsafe(50))
    env.update(
        DJANGO_SETTINGS_MODULE="archive_site.settings.production",
        SECRET_KEY=secret.read_text(),
        DATABASE_URL=database_url,
        VAR_DIR=str(OUT),
        STATIC_ROOT=str(OUT / "static"),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        SECURE_HSTS_SECONDS="0",
        PAGE_CACHE="true" if page_cache else "false",
        # Persistent connections, as docs/deployment.md advises: a new SQLite connection (its
        # PRAGMAs) cost each request about 27 ms on this machine (docs/production.md).
        DATABASE_CONN_MAX_AGE=os.environ.get("DATABASE_CONN_MAX_AGE", "60"),
        REDIS_URL=redis_url,
        LOG_LEVEL="ERROR",
    )
    return env


def manage(env, *args, log=None):
    with open(log or os.devnull, "a") as output:
        subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=output,
            stderr=output,
        )


def build_site(env, screenings):
    started = time.monotonic()
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_la_clef", "--with-samples")
    manage(env, "generate_sample_archive", "--screenings", str(screenings))
    # The worker makes the public versions of recordings with withheld passages, as in
    # production; until then visitors are not served those recordings (404).
    manage(env, "db_worker", "--backend", "archive", "--batch", "--no-reload")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    print(f"  site built in {time.monotonic() - started:.0f} s", flush=True)


def paths(env):
    code = (ROOT / "bench" / "loadtest_paths.py").read_text()
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout)


class Server:
    """gunicorn with production settings, 2 workers, its errors written to a log."""

    def __init__(self, env, name):
        self.port = free_port()
        self.log = OUT / f"{name}.log"
        self.log.unlink(missing_ok=True)
        command = [
            str(Path(PYTHON).with_name("gunicorn")),
            "archive_site.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            "2",
            "--timeout",
            "60",
            "--error-logfile",
            str(self.log),
            "--capture-output",  # Django's own error log (a locked database's traceback) too
        ]
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while not self.answers("/fr/"):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError(f"gunicorn did not start, see {self.log}")
            time.sleep(0.5)

    def answers(self, path):
        try:
            with urllib.request.urlopen(self.base + path, timeout=10) as response:  # noqa: S310
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            return None

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)

    def locked(self):
        return self.log.read_text(errors="replace").count(LOCKED) if self.log.exists() else 0


def wrk(base, lines, seconds, connections, name):
    listing = OUT / f"{name}.paths"
    listing.write_text("\n".join(lines) + "\n")
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(ROOT / "bench" / "mix.lua"),
        base,
    ]
    env = {**os.environ, "LOADTEST_PATHS": str(listing)}
    output = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
    result = {"statuses": {}}
    for line in output.splitlines():
        parts = line.split()
        if parts[:1] == ["status"]:
            result["statuses"][int(parts[1])] = int(parts[2])
        elif len(parts) == 2 and re.fullmatch(r"[a-z0-9_]+", parts[0]):
            result[parts[0]] = float(parts[1])
    result["rps"] = result["requests"] / result["seconds"]
    return result


class Imports(threading.Thread):
    """import_programme of a 10,000-row file, then import_ohms of each OHMS file, in turn."""

    def __init__(self, env, name, rows=10_000):
        super().__init__(daemon=True)
        self.env, self.log = env, OUT / f"{name}-imports.log"
        self.log.unlink(missing_ok=True)
        self.spreadsheet = write_programme_csv(OUT / f"{name}.csv", rows, prefix=f"lt-{name}")
        self.results = []

    def run(self):
        jobs = [["import_programme", "--no-progress", str(self.spreadsheet)]]
        jobs += [["import_ohms", str(path)] for path in sorted(OHMS.glob("*.xml"))]
        for job in jobs:
            started = time.monotonic()
            with open(self.log, "a") as output:
                code = subprocess.run(
                    [PYTHON, "manage.py", *job],
                    cwd=ROOT,
                    env=self.env,
                    stdout=output,
                    stderr=output,
                ).returncode
            self.results.append((job[0], Path(job[-1]).name, code, time.monotonic() - started))

    def locked(self):
        return self.log.read_text(errors="replace").count(LOCKED) if self.log.exists() else 0


def report_mix(title, result, locked, imports, outage=False):
    statuses = ", ".join(f"{code}: {n}" for code, n in sorted(result["statuses"].items()))
    # While the database is away the outage page's 503 is the answer expected, not an error.
    expected = {503} if outage else set()
    statuses_seen = result["statuses"].items()
    errors = sum(n for code, n in statuses_seen if code >= 400 and code not in expected)
    print(f"\n{title}")
    print(
        f"  {int(result['requests'])} requests in {result['seconds']:.0f} s ({result['rps']:.0f}/s)"
    )
    sockets = int(result["socket_errors"])
    label = "error responses (the outage's 503 aside)" if outage else "error responses"
    print(f"  statuses {statuses}; {label} {errors}; socket errors {sockets}")
    print(f'  "{LOCKED}": {locked}')
    p50, p90, p99 = (result[f"latency_p{p}_ms"] for p in (50, 90, 99))
    print(f"  latency p50 {p50:.0f} ms, p90 {p90:.0f} ms, p99 {p99:.0f} ms")
    for command, file, code, seconds in imports.results:
        print(f"  {command} {file}: exit {code} in {seconds:.0f} s")


def mix_lines(found):
    ranges = [f"{url}|bytes=0-65535" for url in found["media"]]
    ranges += [f"{url}|bytes=1000-" for url in found["media"]]
    groups = [
        found["listings"],
        found["searches"],
        found["events"],
        found["records"],
        found["interviews"],
        found["chapters"],
        ranges,
    ]
    lines = []
    for position in range(max(len(group) for group in groups)):
        lines += [group[position % len(group)] for group in groups if group]
    return lines


def sqlite_phase(args):
    database = OUT / "loadtest.sqlite3"
    env = environment(f"sqlite:///{database}")
    if not (args.reuse and database.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(OUT / "cache", ignore_errors=True)
        build_site(env, args.screenings)
    found = paths(env)
    server = Server(env, "sqlite-server")
    try:
        imports = Imports(env, "sqlite")
        imports.start()
        result = wrk(server.base, mix_lines(found), args.duration, args.connections, "sqlite-mix")
        imports.join()
        report_mix(
            f"SQLite: {args.duration} s at {args.connections} connections, imports running",
            result,
            server.locked() + imports.locked(),
            imports,
        )
        throughput(args, env, server, found)
    finally:
        server.stop()
    if args.profile:
        profile(env, found)


def throughput(args, env, cached_server, found):
    seconds, results = args.throughput_seconds, {}
    static, page = found["static"], found["chapters"][0]
    cached_server.answers(page)  # the page is now in the cache
    results["whitenoise CSS"] = wrk(cached_server.base, [static], seconds, 8, "static")
    results["cached anonymous page"] = wrk(cached_server.base, [page], seconds, 8, "cached")
    uncached = Server(environment(env["DATABASE_URL"], page_cache=False), "uncached-server")
    try:
        results["uncached chapters"] = wrk(uncached.base, found["chapters"], seconds, 8, "chapters")
        results["uncached event pages"] = wrk(uncached.base, found["events"], seconds, 8, "events")
        results["whitenoise CSS (2nd server)"] = wrk(uncached.base, [static], seconds, 8, "static2")
    finally:
        uncached.stop()
    print(f"\nThroughput, 8 connections, {seconds} s each, one run")
    for name, result in results.items():
        bad = sum(n for code, n in result["statuses"].items() if code >= 400)
        p50 = result["latency_p50_ms"]
        print(f"  {name}: {result['rps']:.0f} requests/s, p50 {p50:.1f} ms, {bad} errors")
    ratio = results["whitenoise CSS"]["rps"] / results["cached anonymous page"]["rps"]
    print(f"  whitenoise / cached page: {ratio:.2f}x (target: within 3x)")


def profile(env, found):
    code = (
        "from django.test import Client\nfrom pyinstrument import Profiler\n"
        f"pages = {found['chapters']!r}\nclient = Client()\nprofiler = Profiler()\n"
        "profiler.start()\nfor _ in range(10):\n    for page in pages:\n        client.get(page)\n"
        "profiler.stop()\nprint(profiler.output_text(show_all=False))"
    )
    env = {**environment(env["DATABASE_URL"], page_cache=False), "ALLOWED_HOSTS": "testserver"}
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    (OUT / "profile.txt").write_text(result.stdout)
    print(
        f"\nProfile of {10 * len(found['chapters'])} uncached chapter pages: {OUT / 'profile.txt'}"
    )


class PostgreSQL:
    """A throwaway cluster on a free loopback port (Debian's postgresql), as with-postgres.sh."""

    def __init__(self):
        candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
        if not candidates:
            raise SystemExit("PostgreSQL server not found: install Debian's 'postgresql' package.")
        self.bin = candidates[-1]
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="laclef-loadtest-pg."))
        if os.getuid() == 0:
            shutil.chown(self.dir, "postgres")
        self.run("initdb", "-D", f"{self.dir}/data", "-U", "postgres", "-A", "trust", "--no-sync")
        self.start()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/laclef"
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "laclef")

    def run(self, program, *args):
        command = [str(self.bin / program), *args]
        if os.getuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run(
            "pg_ctl",
            "-D",
            f"{self.dir}/data",
            "-l",
            f"{self.dir}/log",
            "-w",
            "-o",
            options,
            "start",
        )

    def stop(self):
        self.run("pg_ctl", "-D", f"{self.dir}/data", "-m", "fast", "-w", "stop")

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.run("pg_ctl", "-D", f"{self.dir}/data", "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


def postgres_phase(args):
    cluster = PostgreSQL()
    try:
        env = environment(cluster.url)
        shutil.rmtree(OUT / "cache", ignore_errors=True)
        build_site(env, args.screenings)
        found = paths(env)
        server = Server(env, "postgres-server")
        try:
            imports = Imports(env, "postgres")
            imports.start()
            outage = Outage(cluster, server, args)
            outage.start()
            result = wrk(server.base, mix_lines(found), args.duration, args.connections, "pg-mix")
            outage.join()
            imports.join()
            report_mix(
                f"PostgreSQL: {args.duration} s at {args.connections} connections, imports "
                f"running, the database stopped for {args.outage} s at {args.duration // 3} s",
                result,
                server.locked() + imports.locked(),
                imports,
                outage=True,
            )
            print(f"  while it was away: {outage.describe()}")
            after = [server.answers(path) for path in found["chapters"] + found["events"][:5]]
            print(f"  after, with no restart of the site: statuses {sorted(set(after))}")
            rerun_failed_import(env, imports)
        finally:
            server.stop()
    finally:
        cluster.remove()


class Outage(threading.Thread):
    """Stops the database a third of the way in, probes the site while it is away, restarts it."""

    def __init__(self, cluster, server, args):
        super().__init__(daemon=True)
        self.cluster, self.server, self.args = cluster, server, args
        self.probes = []

    def run(self):
        time.sleep(self.args.duration // 3)
        self.cluster.stop()
        away_until = time.monotonic() + self.args.outage
        while time.monotonic() < away_until:
            self.probes.append(self.server.answers("/fr/histoire/?outage-probe=1"))
            self.probes.append(self.server.answers("/en/archive/?outage-probe=1"))
            time.sleep(0.5)
        self.cluster.start()

    def describe(self):
        counts = {code: self.probes.count(code) for code in set(self.probes)}
        return f"probe statuses {counts} (503: the outage page)"


def rerun_failed_import(env, imports):
    """An import the outage broke wrote nothing: it runs again, and all its events are there."""
    code = (
        "from archive.programme.models import Screening\n"
        "print(Screening.objects.filter(external_id__startswith='lt-postgres-').count())"
    )

    def count():
        command = [PYTHON, "manage.py", "shell", "--no-imports", "-c", code]
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    print(f"  events of the 10,000-row import in the database: {count()}")
    if any(code for command, _file, code, _s in imports.results if command == "import_programme"):
        manage(env, "import_programme", "--no-progress", str(imports.spreadsheet))
        print(f"  after running the failed import again: {count()}")
    # An OHMS file imported once is refused the second time: a failed file that imports now
    # left nothing of its broken attempt behind.
    for command, file, code, _seconds in imports.results:
        if command == "import_ohms" and code:
            again = subprocess.run(
                [PYTHON, "manage.py", "import_ohms", str(OHMS / file)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
            ).returncode
            print(f"  import_ohms {file}, broken by the outage, run again: exit {again}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--screenings", type=int, default=20_000)
    parser.add_argument("--throughput-seconds", type=int, default=10)
    parser.add_argument("--outage", type=int, default=8, help="seconds the database is away")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="keep the SQLite site of a last run")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: install Debian's wrk.")
    OUT.mkdir(parents=True, exist_ok=True)
    if not args.skip_sqlite:
        sqlite_phase(args)
    if not args.skip_postgres:
        postgres_phase(args)


if __name__ == "__main__":
    main()
