"""
The full-text index of the search documents, on SQLite (FTS5) and on PostgreSQL.

Why not the stock `wagtail.search.backends.database` (django-modelsearch)? Measured at 100,000
records it ranks with a correlated subquery that re-runs the match for every matching row (time
grows with the square of the matches: 9 s for 1,400 matches), favours the shortest titles, and
refreshes a table-wide average on every save; on PostgreSQL it matches `title || body` although
only per-column GIN indexes exist, and folds no accents (see docs/search.md). Here:

- the text is analysed once in Python (`search/text.py`), so both engines compare the same terms;
- SQLite ranks with one FTS5 query, `bm25()` with column weights (title 10, body 1), joined once
  to the documents;
- PostgreSQL keeps one weighted `tsvector` per document (title A, body B) under one GIN index,
  on the narrow entries table;
- documents that match in their title come before those that match only in their body, then by
  rank, on both engines;
- writing is a bulk insert, with nothing recomputed across the table.

Terms reach the engines only as `[a-z0-9]+` words and are passed as parameters, so no query can
break the engine's query syntax.
"""

from django.db import connection

ENTRIES = "search_searchentry"  # the narrow table of what is filtered, sorted and counted
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0


class SQLiteEngine:
    """An FTS5 table `search_fts(title, body)` whose rowid is the document's (migration 0002)."""

    table = "search_fts"

    def write(self, cursor, rows):
        """rows: (document id, analysed title, analysed body)."""
        sql = f"INSERT INTO {self.table} (rowid, title, body) VALUES (%s, %s, %s)"  # noqa: S608
        cursor.executemany(sql, rows)

    def delete(self, cursor, ids):
        cursor.executemany(f"DELETE FROM {self.table} WHERE rowid = %s", [(pk,) for pk in ids])  # noqa: S608

    def clear(self, cursor):
        cursor.execute(f"DELETE FROM {self.table}")  # noqa: S608

    @staticmethod
    def expression(terms, prefix=False, title_only=False):
        quoted = [f'"{term}"' for term in terms]
        if prefix:
            quoted[-1] += "*"
        expression = " AND ".join(quoted)
        return f"title : ({expression})" if title_only else expression

    def matches(self, terms, prefix=False, title_only=False):
        """FROM/WHERE over the matching documents `d`, with `rank` (lower is better) and `tier`."""
        # CROSS JOIN makes SQLite start from the full-text match: left to itself, it may start
        # from the documents and run the match once per document (seconds instead of ms).
        joins = f"{self.table} CROSS JOIN {ENTRIES} d ON d.id = {self.table}.rowid"
        where = f"{self.table} MATCH %s"
        rank = f"bm25({self.table}, {TITLE_WEIGHT}, {BODY_WEIGHT})"
        tier = f"d.id IN (SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s)"  # noqa: S608
        return {
            "from": joins,
            "where": where,
            "where_params": [self.expression(terms, prefix, title_only)],
            "rank": rank,
            "rank_params": [],
            "tier": tier,
            "tier_params": [self.expression(terms, prefix, title_only=True)],
        }


class PostgresEngine:
    """A weighted `tsvector` column on the entries table (migration 0005), under a GIN index."""

    def write(self, cursor, rows):
        cursor.executemany(
            f"UPDATE {ENTRIES} SET vector = "  # noqa: S608
            "setweight(to_tsvector('simple', %s), 'A') "
            "|| setweight(to_tsvector('simple', %s), 'B') WHERE id = %s",
            [(title, body, pk) for pk, title, body in rows],
        )

    def delete(self, cursor, ids):
        """Nothing to do: the vector is deleted with its entry."""

    def clear(self, cursor):
        """Nothing to do: the vectors are deleted with the entries."""

    @staticmethod
    def expression(terms, prefix=False, title_only=False):
        weight = "A" if title_only else ""
        parts = [f"{term}:{weight}" if weight else term for term in terms]
        if prefix:
            parts[-1] = f"{terms[-1]}:*{weight}"
        return " & ".join(parts)

    def matches(self, terms, prefix=False, title_only=False):
        query = "to_tsquery('simple', %s)"
        return {
            "from": f"{ENTRIES} d",
            "where": f"d.vector @@ {query}",
            "where_params": [self.expression(terms, prefix, title_only)],
            # normalisation 1: divided by 1 + the log of the length, as bm25 favours short texts
            "rank": f"-ts_rank(d.vector, {query}, 1)",
            "rank_params": [self.expression(terms, prefix)],
            "tier": f"d.vector @@ {query}",
            "tier_params": [self.expression(terms, prefix, title_only=True)],
        }


def get_engine(vendor=None):
    vendor = vendor or connection.vendor
    if vendor == "postgresql":
        return PostgresEngine()
    if vendor == "sqlite":
        return SQLiteEngine()
    raise NotImplementedError(f"No embedded search engine for {vendor}: use Elasticsearch.")
