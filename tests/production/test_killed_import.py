"""
An import killed half-way leaves nothing half-written (issue 22, item 4): `import_programme` is
killed with SIGKILL while it writes a 10,000-row file into a database of its own (a file SQLite
database, or a PostgreSQL database beside the test database when the tests run on PostgreSQL),
and the database holds none of its events and is sound; the same file then imports whole.
"""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from bench.programme_csv import write_programme_csv
from tests.paths import PROJECT

ROWS = 10_000
KILL_AFTER_ROWS = 2_000
COUNT = "SELECT count(*) FROM archive_screening WHERE external_id LIKE 'killed-%'"


class SQLiteDatabase:
    def __init__(self, directory):
        self.path = directory / "killed.sqlite3"
        self.url = f"sqlite:///{self.path}"

    def events(self):
        with sqlite3.connect(self.path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            return connection.execute(COUNT).fetchone()[0]

    def drop(self):
        pass


class PostgreSQLDatabase:
    NAME = "laclef_killed_import"

    def __init__(self, server_url):
        parts = urlsplit(server_url)
        self.admin = urlunsplit(parts._replace(path="/postgres"))
        self.url = urlunsplit(parts._replace(path=f"/{self.NAME}"))
        self.drop()
        with psycopg.connect(self.admin, autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {self.NAME}")

    def events(self):
        with psycopg.connect(self.url) as connection:
            return connection.execute(COUNT).fetchone()[0]

    def drop(self):
        with psycopg.connect(self.admin, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {self.NAME} WITH (FORCE)")


def manage(database, tmp, *args, **popen):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="archive_site.settings.dev",
        DATABASE_URL=database.url,
        VAR_DIR=str(tmp),
        PYTHONUNBUFFERED="1",
    )
    command = [sys.executable, "manage.py", *args]
    return subprocess.Popen(command, cwd=PROJECT, env=environment, text=True, **popen)


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    """A migrated database of its own, outside the test's transaction."""
    tmp = tmp_path_factory.mktemp("killed-import")
    url = os.environ.get("DATABASE_URL", "")
    database = PostgreSQLDatabase(url) if url.startswith("postgres") else SQLiteDatabase(tmp)
    migrate = manage(database, tmp, "migrate", "--noinput", "-v", "0")
    assert migrate.wait(timeout=900) == 0
    database.tmp = tmp
    database.spreadsheet = write_programme_csv(tmp / "programme.csv", ROWS, prefix="killed")
    yield database
    database.drop()


def kill_while_writing(database):
    """Start the import, wait until its progress bar has written KILL_AFTER_ROWS, SIGKILL it."""
    importer = manage(
        database,
        database.tmp,
        "import_programme",
        str(database.spreadsheet),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    seen = ""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        chunk = importer.stderr.read(200)
        if not chunk:
            break
        seen += chunk
        written = [int(n) for n in re.findall(r"Importing[^|]*\|[^|]*\| *(\d+)/", seen)]
        if written and max(written) >= KILL_AFTER_ROWS:
            importer.send_signal(signal.SIGKILL)
            importer.wait(timeout=60)
            return max(written)
    importer.kill()
    pytest.fail(f"the import never reached {KILL_AFTER_ROWS} rows written: {seen[-500:]}")


def test_an_import_killed_while_writing_leaves_no_event(database):
    written = kill_while_writing(database)
    assert KILL_AFTER_ROWS <= written < ROWS  # killed in the middle of its writing pass
    assert database.events() == 0


def test_the_same_file_then_imports_whole(database):
    finished = manage(
        database,
        database.tmp,
        "import_programme",
        "--no-progress",
        str(database.spreadsheet),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = finished.communicate(timeout=900)
    assert finished.returncode == 0, err
    assert f"{ROWS} ont été créés" in out  # the command speaks the site's language
    assert database.events() == ROWS
