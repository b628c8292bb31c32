import io
import os
import shutil

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page

from base import page_tree
from search import parallel
from search.indexing import rebuild
from search.signals import batch
from tests.paths import SHARED_FIXTURES

IN_CI = os.environ.get("CI", "").lower() == "true"


def shared_fixture(relative):
    """
    The bytes of a file from ../shared/fixtures/external (kept out of the project for its
    licence). Beside the project in CI; elsewhere the test is skipped with the reason.
    """
    path = SHARED_FIXTURES / relative
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared fixtures sit beside the project in CI).")
    return path


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI nothing may be skipped: a skip there is reported as a failure, with its reason."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"Skipped in CI, which counts as a failure: {reason}"


@pytest.fixture(scope="session", autouse=True)
def search_workers_closed(django_db_setup):
    """
    A search made outside a transaction (a live-server test) ranks in a worker thread with a
    connection of its own (search/parallel.py): closed before the test database is dropped.
    """
    yield
    parallel.close_connections()


@pytest.fixture(autouse=True)
def page_tree_forgotten():
    """
    What the process remembers of the page tree (base/page_tree.py) is forgotten before each
    test: the rollback that undid the previous test's pages sent no signal.
    """
    page_tree.forget()


@pytest.fixture(scope="module")
def loaded_site(django_db_setup, django_db_blocker):
    """
    The site as `load_la_clef` builds it, loaded once per test module.

    The load runs in a transaction that is rolled back after the module's last test; each test
    runs inside it in a savepoint of its own, so what one test changes the next does not see.
    The search index is written once, after the whole load (`search.signals.batch`).
    """
    with django_db_blocker.unblock(), transaction.atomic():
        with batch():
            call_command("load_la_clef", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def search_site(loaded_site, django_db_blocker):
    """The La Clef content with the demonstration interviews, and its search index built."""
    with django_db_blocker.unblock():
        with batch():
            call_command("load_la_clef", "--with-samples", stdout=io.StringIO())
        rebuild()


@pytest.fixture
def site_pages(loaded_site, db):
    """{section: {language: page}}, home included, fresh from the database for each test."""
    pages = {}
    for page in Page.objects.filter(depth__gte=2).specific().select_related("locale"):
        section = "home" if page.depth == 2 else SECTION_BY_CLASS.get(type(page).__name__)
        if section:
            pages.setdefault(section, {})[page.locale.language_code] = page
    return pages


SECTION_BY_CLASS = {
    "HistoryIndexPage": "history",
    "ArchiveIndexPage": "archive",
    "OralHistoryIndexPage": "oral_history",
    "ExhibitionIndexPage": "exhibitions",
    "MediaIndexPage": "media",
    "SearchPage": "search",
}

SECTION_URLS = {
    "history": {"fr": "/fr/histoire/", "en": "/en/history/"},
    "archive": {"fr": "/fr/archives/", "en": "/en/archive/"},
    "oral_history": {"fr": "/fr/histoire-orale/", "en": "/en/oral-history/"},
    "exhibitions": {"fr": "/fr/expositions/", "en": "/en/exhibitions/"},
    "media": {"fr": "/fr/medias/", "en": "/en/media/"},
    "search": {"fr": "/fr/recherche/", "en": "/en/search/"},
}


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser_page(live_server, monkeypatch):
    """
    A headless Chromium tab (Debian's `chromium`, driven by Playwright) on the loaded site.

    Without Chromium the test is skipped with its reason, except in CI, where `.ci/run` installs
    it and a skip counts as a failure. The tab records console errors in `console_errors`.
    """
    chromium = shutil.which("chromium")
    if not chromium:
        pytest.skip("Chromium is not installed (Debian package 'chromium').")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # around it are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    call_command("load_la_clef", stdout=io.StringIO())
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        page.console_errors = []
        page.on(
            "console",
            lambda message: message.type == "error" and page.console_errors.append(message.text),
        )
        page.on("pageerror", lambda error: page.console_errors.append(str(error)))
        yield page
        browser.close()


# Live Elasticsearch tests ----------------------------------------------------------------------

ELASTICSEARCH_LIVE_DESELECTED = pytest.StashKey[int]()


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "elasticsearch_live: needs an Elasticsearch 9 cluster at ELASTICSEARCH_URL "
        "(deselected without it)",
    )


def pytest_collection_modifyitems(config, items):
    """
    Without ELASTICSEARCH_URL the live Elasticsearch tests are deselected, not skipped (no cluster
    can be installed on these machines), and the summary says so in one line.
    """
    if os.environ.get("ELASTICSEARCH_URL"):
        return
    live = [item for item in items if item.get_closest_marker("elasticsearch_live")]
    if live:
        config.hook.pytest_deselected(items=live)
        items[:] = [item for item in items if not item.get_closest_marker("elasticsearch_live")]
    config.stash[ELASTICSEARCH_LIVE_DESELECTED] = len(live)


def pytest_sessionfinish(session):
    """An xdist worker hands its count to the controller, which collects nothing itself."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["elasticsearch_live_deselected"] = session.config.stash.get(
            ELASTICSEARCH_LIVE_DESELECTED, 0
        )


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """Every worker collects every test: the count is each one's, not their sum."""
    count = getattr(node, "workeroutput", {}).get("elasticsearch_live_deselected", 0)
    config = node.config
    config.stash[ELASTICSEARCH_LIVE_DESELECTED] = max(
        count, config.stash.get(ELASTICSEARCH_LIVE_DESELECTED, 0)
    )


def pytest_terminal_summary(terminalreporter, config):
    count = config.stash.get(ELASTICSEARCH_LIVE_DESELECTED, 0)
    if count:
        terminalreporter.write_line(
            f"{count} live Elasticsearch tests deselected: ELASTICSEARCH_URL is not set "
            "(see docs/search.md)."
        )
