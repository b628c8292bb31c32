"""
While the database is away, a clear 503 page in the visitor's language, and the site answers
again as soon as it is back, with no restart (issue 22, item 4). A CDN is told to forget a page
when it is published or unpublished (wagtail.contrib.frontend_cache, configured from the
environment, issue 22, item 1).
"""

import pytest
from django.db.utils import OperationalError
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from page_cache import versions
from tests.html import soup
from tests.production.test_shared_cache import shell

# Database tests: pytest-django then runs them before the transactional ones, which empty
# the database (the site's fixtures unblock it for the whole module, but do not mark them).
pytestmark = pytest.mark.django_db


@pytest.fixture
def database_away(loaded_site, page_cache, monkeypatch):
    def unreachable():
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")

    monkeypatch.setattr(versions, "current", unreachable)
    return monkeypatch


@pytest.mark.parametrize(
    ("url", "language", "heading"),
    [
        ("/fr/histoire/", "fr", "Les archives sont momentanément indisponibles"),
        ("/en/history/", "en", "The archive is briefly unavailable"),
    ],
)
def test_a_visitor_gets_a_503_page_in_their_language(client, database_away, url, language, heading):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "15"
    assert response["Cache-Control"] == "no-store"
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text() == heading
    assert "15" in page.main.get_text()


def test_the_french_page_keeps_french_typography(client, database_away):
    client.raise_request_exception = False
    text = soup(client.get("/fr/histoire/")).main.get_text()
    assert "perdu\u00a0: réessayez dans 15\u00a0secondes" in text


def test_the_site_answers_again_once_the_database_is_back(client, database_away):
    client.raise_request_exception = False
    assert client.get("/fr/histoire/").status_code == 503
    database_away.undo()
    assert client.get("/fr/histoire/").status_code == 200


def test_other_errors_keep_the_500_page(client, loaded_site, page_cache, monkeypatch):
    def broken():
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(versions, "current", broken)
    client.raise_request_exception = False
    assert client.get("/fr/histoire/").status_code == 500


PURGED = []


class RecordingBackend(BaseBackend):
    """Stands for a CDN: keeps the addresses it is told to forget."""

    def purge(self, url):
        PURGED.append(url)


def test_publishing_and_unpublishing_purge_the_page_from_the_cdn(settings, site_pages):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.production.test_outage_and_cdn.RecordingBackend"}
    }
    PURGED.clear()
    history = site_pages["history"]["en"]
    history.save_revision().publish()
    assert any(url.endswith("/en/history/") for url in PURGED)
    PURGED.clear()
    history.unpublish()
    assert any(url.endswith("/en/history/") for url in PURGED)


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        (
            {"FRONTEND_CACHE_BACKEND": "http", "FRONTEND_CACHE_LOCATION": "http://127.0.0.1:6081"},
            "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        ),
        (
            {
                "FRONTEND_CACHE_BACKEND": "cloudflare",
                "CLOUDFLARE_BEARER_TOKEN": "token",
                "CLOUDFLARE_ZONE_ID": "zone",
            },
            "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        ),
        (
            {"FRONTEND_CACHE_BACKEND": "cloudfront", "CLOUDFRONT_DISTRIBUTION_ID": "E123"},
            "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        ),
    ],
    ids=["http", "cloudflare", "cloudfront"],
)
def test_the_cdn_is_configured_from_the_environment(env, backend, tmp_path):
    code = (
        "from django.conf import settings\nprint(settings.WAGTAILFRONTENDCACHE['cdn']['BACKEND'])"
    )
    assert shell(code, VAR_DIR=str(tmp_path), **env) == backend


def test_an_unknown_cdn_is_refused_by_name(tmp_path):
    with pytest.raises(AssertionError, match="FRONTEND_CACHE_BACKEND must be one of"):
        shell(
            "from django.conf import settings\nprint(settings.CACHES)",
            VAR_DIR=str(tmp_path),
            FRONTEND_CACHE_BACKEND="akamai",
        )
