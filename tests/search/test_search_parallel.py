"""
A page ranked in a worker thread beside the count (search/parallel.py) is the page ranked after
it, and a search inside a transaction, whose writes another connection would not see, stays in
its own thread.
"""

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings

from search.indexing import write
from search.query import ArchiveSearch
from tests.search.test_search_ranking import documents


def answer(params):
    cache.clear()  # a fresh search: the answers of the one before are cached
    search = ArchiveSearch(params)
    total = search.total
    return search._ranking is not None, (total, search.results, search.facet_counts)


@pytest.mark.django_db(transaction=True)
def test_a_page_ranked_beside_the_count_is_the_page_ranked_after_it():
    write(documents(25))
    write(documents(30, type="screening", title="Event {n}", body="a wombat in the notes"))
    for params in ({"q": "wombat"}, {"q": "wombat", "page": "2"}, {"q": "wombat", "page": "3"}):
        with override_settings(SEARCH_PARALLEL=False):
            beside, alone = answer(params)
        assert not beside
        beside, together = answer(params)
        assert beside
        assert together == alone
        assert len(together[1]) == {"1": 20, "2": 20, "3": 15}[params.get("page", "1")]


@pytest.mark.django_db(transaction=True)
def test_a_search_inside_a_transaction_stays_in_its_thread_and_sees_its_writes():
    with transaction.atomic():
        write(documents(3))
        beside, (total, results, _facets) = answer({"q": "wombat"})
        assert not beside
        assert total == len(results) == 3
