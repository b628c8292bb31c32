"""
The site a test module's browser tests read: loaded once per module, not once per test.

`load_la_clef --with-samples` and the search index are written once, committed, and served by a
live server of the module's own; each test gets a fresh browser tab (its own cookies and
storage) in one Chromium launched for the module. These tests only read the site: a test that
changes data, or whose pages write while they render (the media pages make image renditions,
which SQLite in memory refuses inside the test's transaction: "database table is locked"), uses
`browser_page` (tests/conftest.py), which loads the site for itself in a transactional test.

Each test runs in a transaction (`pytest.mark.django_db`, which also makes pytest-django set up
the test database), and so do the server's requests, one at a time. When the module ends, the
database is put back as it was before it (the initial data `serialized_rollback` restores).
"""

import io
import shutil

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.core.servers.basehttp import WSGIServer
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler
from django.test.utils import modify_settings, override_settings
from playwright.sync_api import sync_playwright

from oral_history.models import PublicRecording
from oral_history.public_recordings.tasks import make
from search import parallel
from search.indexing import rebuild
from search.signals import batch
from tests.conftest import CHROMIUM_ARGS


class OneRequestAtATime(LiveServerThread):
    """
    A live server that answers one request after the other, each closing its connection.

    Its requests run inside the test's transaction (on SQLite in memory they share the test's
    connection), so what one test's visit writes (a session, a rendition) the next does not see;
    requests running at once on one connection would trip over each other's statements.
    """

    def _create_server(self, connections_override=None):
        return WSGIServer(
            (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
        )


def is_test_database():
    """Set up by pytest-django only when a collected test is marked to use the database."""
    database = connections[DEFAULT_DB_ALIAS]
    name = str(database.settings_dict["NAME"])
    in_memory = database.vendor == "sqlite" and database.is_in_memory_db()
    return in_memory or name.startswith("test_") or name.endswith("test.sqlite3")


def restore(snapshot):
    """The database as it was, its search index included (tables the flush does not know)."""
    call_command(
        "flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False
    )
    connection.creation.deserialize_db_from_string(snapshot)
    rebuild()


@pytest.fixture(scope="module")
def site_server(django_db_setup, django_db_blocker):
    """The address of a live server on the site, its demonstrations and search index."""
    with django_db_blocker.unblock():
        assert is_test_database(), "the browser tests' modules need pytest.mark.django_db"
        snapshot = getattr(connection, "_test_serialized_contents", None)
        if snapshot is None:
            snapshot = connection.creation.serialize_db_to_string()
        parallel.close_connections()
        restore(snapshot)
        with batch():
            call_command("load_la_clef", "--with-samples", stdout=io.StringIO())
        rebuild()
        # The demonstration's restricted passage is silent in the version its player plays: made
        # here as the worker makes it (the load queued the jobs).
        for pk in PublicRecording.objects.filter(state="pending").values_list("pk", flat=True):
            make(pk)
        shared = {}
        database = connections[DEFAULT_DB_ALIAS]
        if database.vendor == "sqlite" and database.is_in_memory_db():
            shared = {DEFAULT_DB_ALIAS: database}
            database.inc_thread_sharing()
        server = OneRequestAtATime("localhost", StaticFilesHandler, connections_override=shared)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        with (
            modify_settings(ALLOWED_HOSTS={"append": "localhost"}),
            override_settings(SEARCH_PARALLEL=False),
        ):
            yield f"http://localhost:{server.port}"
        server.terminate()
        for shared_connection in shared.values():
            shared_connection.dec_thread_sharing()
        restore(snapshot)


@pytest.fixture(scope="module")
def chromium():
    """Debian's Chromium, launched once for the module (skipped without it, failed in CI)."""
    executable = shutil.which("chromium")
    if not executable:
        pytest.skip("Chromium is not installed (Debian package 'chromium').")
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        # Playwright runs an event loop in this thread; the ORM calls around it stay synchronous.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def tab(site_server, chromium):
    """A new tab of its own on the module's site; `tab.console_errors` records console errors."""
    context = chromium.new_context(base_url=site_server)
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.site_url = site_server
    yield page
    context.close()
