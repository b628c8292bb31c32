"""
The formatted citations of "Cite this" live in the shared cache (identifiers/citation/cached.py):
with Redis, what one worker formatted another reads, and the page shows it again unchanged
without formatting it.
"""

import pytest

from home.models import HistoryChapterPage
from identifiers.citation import styles
from tests.html import one, soup
from tests.production.test_shared_cache import second_worker, stored_keys

pytestmark = pytest.mark.django_db


def test_a_citation_formatted_once_is_read_from_redis(client, site_pages, redis_cache, monkeypatch):
    formatted = []
    bibliography = styles.bibliography

    def counted(items, name, language, *args, **kwargs):
        formatted.append(name)
        return bibliography(items, name, language, *args, **kwargs)

    monkeypatch.setattr(styles, "bibliography", counted)
    page = HistoryChapterPage.objects.filter(locale__language_code="en").first()
    first = one(soup(client.get(page.url)), "section.cite-this")
    assert len(formatted) == len(styles.STYLES)
    [key] = stored_keys(redis_cache, "citation:references:en:")
    kept = second_worker(redis_cache).get(key)
    assert set(kept) == set(styles.STYLES)
    assert str(one(first, "#cite-apa").decode_contents()) == kept["apa"]
    again = one(soup(client.get(page.url)), "section.cite-this")
    assert len(formatted) == len(styles.STYLES)  # none more
    assert str(again) == str(first)
