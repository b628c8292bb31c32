"""
Counting what researchers search for without making them wait for it.

A search only puts its query on an in-memory queue; a daemon thread writes the counts in batches
(one upsert per distinct query and day) every `FLUSH_SECONDS`, or when `flush()` is called
(tests). A failed write puts its counts back on the queue; a crash of the process can lose a few
seconds of counts, never a search.
"""

import atexit
import contextlib
import logging
import queue
import threading
from collections import Counter

from django.conf import settings
from django.db import close_old_connections, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.search.utils import normalise_query_string

from search.models import SearchTermDay

logger = logging.getLogger(__name__)
FLUSH_SECONDS = 5.0
_queue = queue.SimpleQueue()
_lock = threading.Lock()
_worker = None


def record(query, total):
    """Note one search (called by the search page; costs a queue put)."""
    query_string = normalise_query_string(query)[:255]
    if query_string:
        _queue.put((query_string, timezone.localdate(), total == 0))
        if getattr(settings, "SEARCH_QUERY_LOG_THREAD", True):
            _ensure_worker()


def flush():
    """Write every queued count now; returns the number of searches written."""
    pending = []
    while True:
        try:
            pending.append(_queue.get_nowait())
        except queue.Empty:
            break
    if not pending:
        return 0
    try:
        _write(pending)
    except Exception:
        for item in pending:
            _queue.put(item)
        raise
    return len(pending)


def _write(pending):
    searches = Counter((query, day) for query, day, _empty in pending)
    empty = Counter((query, day) for query, day, is_empty in pending if is_empty)
    with _lock, transaction.atomic():
        for (query, day), count in searches.items():
            row, created = SearchTermDay.objects.get_or_create(
                query_string=query,
                day=day,
                defaults={"searches": count, "empty_searches": empty[(query, day)]},
            )
            if not created:
                SearchTermDay.objects.filter(pk=row.pk).update(
                    searches=F("searches") + count,
                    empty_searches=F("empty_searches") + empty[(query, day)],
                )


def _run():
    stop = threading.Event()
    while not stop.wait(FLUSH_SECONDS):
        try:
            flush()
        except Exception:  # the counts are back on the queue; the next round retries them
            logger.exception("Search counts not written; retrying in %s s.", FLUSH_SECONDS)
        finally:
            close_old_connections()


def _ensure_worker():
    global _worker
    if _worker is None or not _worker.is_alive():
        with _lock:
            if _worker is None or not _worker.is_alive():
                _worker = threading.Thread(target=_run, name="search-query-log", daemon=True)
                _worker.start()


def _flush_at_exit():
    with contextlib.suppress(Exception):  # the database may already be gone
        flush()


atexit.register(_flush_at_exit)
