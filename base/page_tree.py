"""
What each process remembers of the page tree: the answers every page's frame needs and that
change only when the tree does (the site of a host, the live pages' addresses, the view
restrictions above a page, the menu, a page's translations).

Without it, every page asked the database the same questions again before showing anything of
its own (routing alone read four to seven pages). The answers are kept in the process, dated by
`PageTreeVersion`, which `base.page_tree_signals` bumps inside the writer's transaction. A
process reads that number once for every request (`PAGE_TREE_VERSION_SECONDS`, 0 by default:
one small query; outside a request, at every question) and forgets everything when it changes,
so a change committed through one worker is seen by the next request to any worker: a page
unpublished or newly restricted is never served from memory. The process that made the change
forgets at once. The version is read before the answers are computed, so an answer can only
ever be newer than its number.

Kept values are shared by every request of the process: callers treat them as read-only.
"""

import threading
import time

from django.conf import settings
from django.db import connection

from base.models.versions import PageTreeVersion

_memo = {"version": None, "read_at": None, "answers": {}}
# Whether this thread is serving a request, and has read the version for it already.
_request = threading.local()


def remembered(key, compute):
    """The answer kept under `key` for the current version of the tree, computed if missing."""
    answers = _answers()
    if key not in answers:
        answers[key] = compute()
    return answers[key]


def forget():
    """Drop every answer, and read the version again on the next question."""
    _memo.update(version=None, read_at=None, answers={})


def bump():
    """A change to the tree, inside the writer's transaction: every process will forget."""
    PageTreeVersion.bump()
    forget()


def _read_version():
    """
    The version, in a statement written by hand: it runs for every page a worker serves, and
    building it with the ORM cost more than the rest of the check. Plain SQL for every engine;
    the names come from the model, not from any input.
    """
    quote = connection.ops.quote_name
    table = quote(PageTreeVersion._meta.db_table)
    statement = f"SELECT {quote('version')} FROM {table} WHERE {quote('id')} = 1"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(statement)
        row = cursor.fetchone()
    return row[0] if row else 0


def request_started(**kwargs):
    _request.serving, _request.checked = True, False


def request_finished(**kwargs):
    _request.serving = False


def _answers():
    """The answers of the current version: checked once a request, or as often as trusted."""
    serving = getattr(_request, "serving", False)
    if not (serving and _request.checked):
        now = time.monotonic()
        read_at = _memo["read_at"]
        if read_at is None or now - read_at >= settings.PAGE_TREE_VERSION_SECONDS:
            version = _read_version()
            if version != _memo["version"]:
                _memo.update(version=version, answers={})
            _memo["read_at"] = now
        _request.checked = serving
    return _memo["answers"]
