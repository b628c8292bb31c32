import pytest
from django.core.cache import cache


@pytest.fixture
def page_cache(settings):
    """The page cache on (the test settings leave it off for the other tests), empty."""
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clock(monkeypatch):
    """Moves the access clock (`base.access.today`) to a day."""

    def move_to(day):
        monkeypatch.setattr("base.access.today", lambda: day)

    return move_to
