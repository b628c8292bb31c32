"""What the benchmarks run in: development settings, never the development database."""

import os
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"


def start(sqlite_name):
    """
    Set the environment, then start Django: a benchmark script calls it before importing the
    project, which reads the settings as it is imported; no database is opened yet.
    """
    configure(sqlite_name)
    django.setup()


def configure(sqlite_name):
    """
    The environment alone: files under var/bench/, and the SQLite database `sqlite_name` there,
    or the PostgreSQL database of DATABASE_URL when it names one.
    """
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive_site.settings.dev"
    os.environ["VAR_DIR"] = str(BENCH_DIR)
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DIR / sqlite_name}"
    os.environ["DEBUG"] = "false"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    # The benchmarks time what a page costs to make; the page cache is timed by `make loadtest`.
    os.environ["PAGE_CACHE"] = "false"


def start_afresh():
    """
    Delete the benchmark's SQLite database before its first query, for a run without
    `--reuse`; a PostgreSQL database is the caller's and always kept.
    """
    url = os.environ["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        database = url.removeprefix("sqlite:///")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
