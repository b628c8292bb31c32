"""
Upgrading keeps an existing index: the entries' facet keys become codes (migration search 0008)
without a rebuild, and going back to the previous migration gives the keys back.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from search import facet_codes
from search.models import SearchEntry

BEFORE = [("search", "0007_entry_filter_indexes")]
AFTER = [("search", "0008_facet_codes")]
KEYS = "\ntype=film\nyear=1999\nperson=claire-denis\nperson=agnes-varda\n"


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_facet_keys_become_codes_and_back():
    apps = migrate(BEFORE)
    document = apps.get_model("search", "SearchDocument").objects.create(
        type="film", source="archive.film:1", title="Beau travail"
    )
    apps.get_model("search", "SearchEntry").objects.create(
        id=document.pk, type="film", facet_keys=KEYS
    )
    try:
        migrate(AFTER)
        codes = SearchEntry.objects.get(pk=document.pk).facet_codes
        options, distinct = facet_codes.tally(codes)
        assert {name: sorted(values) for name, values in options.items()} == {
            "type": [("film", 1)],
            "year": [("1999", 1)],
            "person": [("agnes-varda", 1), ("claire-denis", 1)],
        }
        assert distinct == {"type": 1, "year": 1, "person": 2}

        apps = migrate(BEFORE)
        entry = apps.get_model("search", "SearchEntry").objects.get(pk=document.pk)
        assert entry.facet_keys == KEYS
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
