"""
What each process remembers of the page tree: the answers every page's frame needs and that
change only when the tree does (the site of a host, the live pages' addresses, the view
restrictions above a page, the menu, a page's translations).

Without it, every page asked the database the same questions again before showing anything of
its own (routing alone read four to seven pages). The answers are kept in the process, dated by
`PageTreeVersion`, which `base.page_tree_signals` bumps inside the writer's transaction. A
process reads that number at most once every `PAGE_TREE_VERSION_SECONDS`, like the page cache
does its own (`page_cache.versions`), and forgets everything when it changes, so a change made
through one worker reaches every worker within that time; the process that made the change
forgets at once. The version is read before the answers are computed, so an answer can only ever
be newer than its number, never older.

Kept values are shared by every request of the process: callers treat them as read-only.
"""

import time

from django.conf import settings

from base.models.versions import PageTreeVersion

_memo = {"version": None, "read_at": None, "answers": {}}


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


def _answers():
    now = time.monotonic()
    trusted = settings.PAGE_TREE_VERSION_SECONDS
    read_at = _memo["read_at"]
    if read_at is None or (trusted is not None and now - read_at >= trusted):
        version = PageTreeVersion.current()
        if version != _memo["version"]:
            _memo.update(version=version, answers={})
        _memo["read_at"] = now
    return _memo["answers"]
