import io
import os

import pytest
from django.core.management import call_command
from wagtail.models import Page

IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI nothing may be skipped: a skip there is reported as a failure, with its reason."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"Skipped in CI, which counts as a failure: {reason}"


@pytest.fixture
def site_pages(db):
    """The site as `load_la_clef` builds it: {section: {language: page}}, home included."""
    call_command("load_la_clef", stdout=io.StringIO())
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
    "SearchPage": "search",
}

SECTION_URLS = {
    "history": {"fr": "/fr/histoire/", "en": "/en/history/"},
    "archive": {"fr": "/fr/archives/", "en": "/en/archive/"},
    "oral_history": {"fr": "/fr/histoire-orale/", "en": "/en/oral-history/"},
    "exhibitions": {"fr": "/fr/expositions/", "en": "/en/exhibitions/"},
    "search": {"fr": "/fr/recherche/", "en": "/en/search/"},
}
