"""What both benchmarks run in: development settings, never the development database."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"


def prepare(sqlite_name, reuse):
    """
    Set the environment before Django starts: files under var/bench/, and the SQLite database
    `sqlite_name` there (emptied unless `reuse`), or the PostgreSQL database of DATABASE_URL
    when it names one (always kept: it is the caller's).
    """
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    os.environ["DJANGO_SETTINGS_MODULE"] = "archive_site.settings.dev"
    os.environ["VAR_DIR"] = str(BENCH_DIR)
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        database = BENCH_DIR / sqlite_name
        if not reuse:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DEBUG"] = "false"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    return BENCH_DIR
