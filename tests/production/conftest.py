import pytest
from django.core.cache import cache

from tests.production.redis_server import running_redis


@pytest.fixture
def page_cache(settings):
    """The page cache on (the test settings leave it off for the other tests), empty."""
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_VERSION_SECONDS = 0  # each request reads the versions
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clock(monkeypatch):
    """Moves the access clock (`base.access.today`) to a day."""

    def move_to(day):
        monkeypatch.setattr("base.access.today", lambda: day)

    return move_to


@pytest.fixture(scope="session")
def redis_url():
    """The address of a throwaway redis-server, started once for the session."""
    with running_redis() as url:
        yield url


@pytest.fixture
def redis_cache(settings, redis_url):
    """The site's caches pointed at Redis, as REDIS_URL does in production, emptied around."""
    settings.CACHES = redis_caches(redis_url)
    cache.clear()
    yield redis_url
    cache.clear()


def redis_caches(url):
    backend = "django.core.cache.backends.redis.RedisCache"
    return {
        "default": {"BACKEND": backend, "LOCATION": url, "KEY_PREFIX": "laclef"},
        "ratelimit": {"BACKEND": backend, "LOCATION": url, "KEY_PREFIX": "laclef-rate"},
    }
