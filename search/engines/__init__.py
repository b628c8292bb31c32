"""
The search engines: the embedded ones, one module per database, and Elasticsearch.

Why not the stock `wagtail.search.backends.database` (django-modelsearch)? At 100,000 records it
ranks with a correlated subquery that re-runs the match for every matching row (its time grows
with the square of the matches), favours the shortest titles, and refreshes a table-wide
average on every save; on PostgreSQL it matches `title || body` although only per-column GIN
indexes exist, and folds no accents (see docs/search.md). Here:

- the text is analysed once in Python (`search/text.py`), so both embedded engines compare the
  same terms;
- SQLite (`sqlite.py`) ranks with one FTS5 query, `bm25()` with column weights, joined once to
  the documents;
- PostgreSQL (`postgresql.py`) keeps one weighted `tsvector` per document (title A, body B)
  under one GIN index, on the narrow entries table;
- documents that match in their title come before those that match only in their body, then by
  rank, on both engines. The title matches are found and ranked in an index of the titles
  alone, and every match is ranked only for a page past them (`search/ranking.py`);
- writing is a bulk insert, with nothing recomputed across the table.

What the two embedded engines answer is `Engine` (`base.py`); `get_engine()` gives the one of the
connection. Elasticsearch (`elasticsearch.py`), when configured, answers the searches itself
from its own index, and the embedded engine's tables are kept as well.
"""

from django.conf import settings
from django.db import connection

from search.engines.base import ENTRIES, HOT_POSTINGS, SORTS, Engine
from search.engines.elasticsearch import ElasticsearchEngine
from search.engines.postgresql import PostgresEngine
from search.engines.sqlite import SQLiteEngine

__all__ = [
    "ENTRIES",
    "HOT_POSTINGS",
    "SORTS",
    "ElasticsearchEngine",
    "Engine",
    "PostgresEngine",
    "SQLiteEngine",
    "elasticsearch_engine",
    "get_engine",
]


def get_engine(vendor=None):
    """The embedded engine of the database connection (or of `vendor`)."""
    vendor = vendor or connection.vendor
    if vendor == "postgresql":
        return PostgresEngine()
    if vendor == "sqlite":
        return SQLiteEngine()
    raise NotImplementedError(f"No embedded search engine for {vendor}: use Elasticsearch.")


def elasticsearch_engine():
    """
    The Elasticsearch engine when ELASTICSEARCH_URL is set: it then answers the searches, and
    the database tables are kept as well (they hold what a result shows).
    """
    if not settings.SEARCH_ELASTICSEARCH.get("URL"):
        return None
    return ElasticsearchEngine()
