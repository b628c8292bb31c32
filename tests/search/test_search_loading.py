"""
The index that saves keep, record by record, is the index a rebuild writes: after
`load_la_clef --with-samples` (which `make run` uses) nothing needs `update_index`.

A module of its own, because it loads the site itself on an empty database.
"""

import io
from collections import defaultdict

import pytest
from django.core.management import call_command

from search import signals
from search.indexing import rebuild
from search.models import SearchDocument


@pytest.fixture(autouse=True)
def index_on_commit(settings):
    """Index as the site does, once per transaction, rather than at once as the tests do."""
    settings.SEARCH_INDEX_ON_COMMIT = True


@pytest.fixture(autouse=True)
def nothing_scheduled():
    """No reindexing left pending in this thread by an earlier test (see test_search_indexing)."""
    signals._state.pending = defaultdict(set)


def snapshot():
    return {
        (d.source, d.type, d.locale, d.start): (d.title, d.title_en, d.body, d.url, d.audience)
        for d in SearchDocument.objects.all()
    }


@pytest.mark.django_db
def test_after_loading_the_site_the_index_is_what_a_rebuild_writes(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_la_clef", "--with-samples", stdout=io.StringIO())
    kept = snapshot()

    rebuild()
    rebuilt = snapshot()

    assert sorted(set(rebuilt) - set(kept)) == [], "missing after the load"
    assert {key: kept[key] for key in rebuilt if kept[key] != rebuilt[key]} == {}, "stale"
