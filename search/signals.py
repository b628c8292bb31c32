"""
Keeping the search index in step with the records, once per transaction.

A save schedules the records whose documents it changes; when the transaction commits, each is
reindexed once, however many saves touched it (an admin form saves a record and its links one by
one). Each domain connects the changes of its own records in its `search_documents.py`; the
pages' are connected here. Imports and generators schedule thousands of events at once through
`schedule()`, which writes them in batches. The test settings set `SEARCH_INDEX_ON_COMMIT = False`
so that tests, which run inside a transaction that never commits, see the index change at once.
"""

import contextlib
import threading
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search import registry
from search.indexing import reindex

_state = threading.local()


def _pending():
    if not hasattr(_state, "pending"):
        _state.pending = defaultdict(set)
    return _state.pending


def schedule(label, pks):
    """Reindex these records of kind `label` when the current transaction commits."""
    if label not in registry.labels():
        return
    _pending()[label].update(pks)
    if getattr(_state, "batching", 0):
        return
    if not getattr(settings, "SEARCH_INDEX_ON_COMMIT", True):
        _flush()
        return
    # One callback per call: the first to run at the commit reindexes everything pending, the
    # others find nothing left. (Registering only once per transaction would stop indexing for
    # good after a rollback, which discards the callback but not the flag saying it exists.)
    transaction.on_commit(_flush)


@contextlib.contextmanager
def batch():
    """
    Collect what a bulk operation (deleting the sample archive, an import) schedules, and
    reindex it once at the end rather than record by record.
    """
    _state.batching = getattr(_state, "batching", 0) + 1
    try:
        yield
    finally:
        _state.batching -= 1
    if not _state.batching:
        if getattr(settings, "SEARCH_INDEX_ON_COMMIT", True):
            transaction.on_commit(_flush)
        else:
            _flush()


def _flush():
    pending, _state.pending = _pending(), defaultdict(set)
    for label, pks in pending.items():
        if pks:
            reindex(label, sorted(pks))


# Pages ----------------------------------------------------------------------------------------


def page_changed(sender, instance, **kwargs):
    _schedule_pages([instance])


def _schedule_pages(pages):
    """Each page is reindexed by the kind that claims its model (`search.registry`)."""
    for page in pages:
        schedule(registry.page_kind(page.specific_class or Page), [page.pk])


def branch_changed(sender, instance, **kwargs):
    """A page's address or its view restrictions changed: so did those of every page below it."""
    page = getattr(instance, "page", instance)
    _schedule_pages(Page.objects.descendant_of(page, inclusive=True).only("id", "content_type"))


def connect():
    page_published.connect(page_changed, dispatch_uid="search-page-published")
    page_unpublished.connect(page_changed, dispatch_uid="search-page-unpublished")
    post_delete.connect(page_changed, sender=Page, dispatch_uid="search-page-deleted")
    page_slug_changed.connect(branch_changed, dispatch_uid="search-page-slug")
    post_page_move.connect(branch_changed, dispatch_uid="search-page-move")
    uid = "search-wagtailcore.pageviewrestriction"
    post_save.connect(branch_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-save")
    post_delete.connect(branch_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-delete")
