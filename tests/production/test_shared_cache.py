"""
One cache for every worker (issue 22, item 2): with REDIS_URL set, Django's Redis backend holds
the listing's counts, the search's answers and the cached pages, so that what one process
stores another reads; without it, files that the workers of one machine share.
"""

import os
import subprocess
import sys

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from redis import Redis

from tests.paths import PROJECT

pytestmark = pytest.mark.django_db


def shell(code, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_"))
    }
    environment.update(DJANGO_SETTINGS_MODULE="archive_site.settings.dev", **env)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


BACKENDS = "from django.conf import settings\nprint(settings.CACHES['default']['BACKEND'])"


def test_redis_url_chooses_djangos_redis_cache(redis_url, tmp_path):
    assert shell(BACKENDS, REDIS_URL=redis_url, VAR_DIR=str(tmp_path)).endswith(".RedisCache")


def test_without_redis_the_workers_share_a_file_cache(tmp_path):
    assert shell(BACKENDS, VAR_DIR=str(tmp_path)).endswith(".FileBasedCache")


@pytest.mark.parametrize("shared", ["redis", "files"])
def test_what_one_process_stores_another_reads(redis_url, tmp_path, shared):
    env = {"VAR_DIR": str(tmp_path)} | ({"REDIS_URL": redis_url} if shared == "redis" else {})
    store = "from django.core.cache import cache\ncache.set('handed-over', 'from process one', 60)"
    shell(store, **env)
    read = "from django.core.cache import cache\nprint(cache.get('handed-over'))"
    assert shell(read, **env) == "from process one"


def second_worker(url):
    """A client of its own (its own connection pool), as another worker's would be."""
    return RedisCache(url, {"KEY_PREFIX": "laclef"})


def stored_keys(url, pattern):
    """The cache's keys (without Django's prefix and version) whose name holds `pattern`."""
    raw = Redis.from_url(url).keys(f"laclef:1:*{pattern}*")
    return [key.decode().split(":", 2)[2] for key in raw]


def test_listing_counts_search_answers_and_pages_are_shared(
    client, loaded_site, page_cache, redis_cache
):
    listing = client.get("/fr/archives/")
    assert listing.status_code == 200
    found = client.get("/fr/recherche/", {"q": "Clef"})
    assert found.status_code == 200
    other = second_worker(redis_cache)
    for pattern in ("archive:listing:", "search:", "page-cache:page:"):
        keys = stored_keys(redis_cache, pattern)
        assert keys, pattern
        assert all(other.get(key) is not None for key in keys), pattern
    page = other.get(stored_keys(redis_cache, "page-cache:page:")[0])
    assert page["content"] in (listing.content, found.content)


def test_a_page_one_worker_cached_is_served_by_another(
    client, loaded_site, page_cache, redis_cache
):
    assert client.get("/en/history/")["X-Page-Cache"] == "miss"
    caches.close_all()
    del caches["default"]  # the next request makes a new client, as another worker holds
    assert client.get("/en/history/")["X-Page-Cache"] == "hit"
