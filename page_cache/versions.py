"""
What a cached page is dated by, read in one query: the page cache's own version (bumped by any
save or delete of the archive's pages and records, `page_cache.receivers`), the programme's
(bumped by the spreadsheet import, which writes in bulk and sends no signal per row) and the
search index's (bumped whenever the index is written, e.g. by `update_index`).

A process reads them at most once every `PAGE_CACHE_VERSION_SECONDS` (1 s): opening a database
connection for each cached page was most of its cost. A change is thus seen by every worker
within that second. The memo only ever holds numbers read after their commit, so it can make a
worker miss a fresh copy for a second, never keep old data under a new number.

One counter for the whole site is deliberately coarse: a change to any record makes every cached
page stale, which is always correct and needs no map from records to the pages that show them.
Edits are rare beside visits, so the cache still answers almost every anonymous request.
"""

import time

from django.conf import settings
from django.db import connection

from archive.programme.models import ProgrammeVersion
from page_cache.models import PageCacheVersion
from search.models import SearchIndexVersion

DATED_BY = (PageCacheVersion, ProgrammeVersion, SearchIndexVersion)


def _statement():
    quote = connection.ops.quote_name
    # Table names come from the models, not from any input.
    columns = ", ".join(
        f"(SELECT {quote('version')} FROM {quote(model._meta.db_table)} WHERE {quote('id')} = 1)"  # noqa: S608
        for model in DATED_BY
    )
    return f"SELECT {columns}"


_last_read = {}


def current():
    """The versions as one string, e.g. "1733...-0-1733...", to put in the cache key."""
    now = time.monotonic()
    if _last_read and now - _last_read["at"] < settings.PAGE_CACHE_VERSION_SECONDS:
        return _last_read["value"]
    value = read()
    _last_read.update(value=value, at=now)
    return value


def read():
    with connection.cursor() as cursor:
        cursor.execute(_statement())
        row = cursor.fetchone()
    return "-".join(str(value or 0) for value in row)


def bump():
    PageCacheVersion.bump()
