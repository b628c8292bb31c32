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
  rank, on both engines. The title matches are found and ranked in an index of the titles
  alone, and every match is ranked only for a page past them (`search/ranking.py`);
- writing is a bulk insert, with nothing recomputed across the table.

Terms reach the engines only as `[a-z0-9]+` words and are passed as parameters, so no query can
break the engine's query syntax.
"""

from django.db import connection

ENTRIES = "search_searchentry"  # the narrow table of what is filtered, sorted and counted
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0


class SQLiteEngine:
    """
    An FTS5 table `search_fts(title, body)` whose rowid is the document's (migration 0002), and
    `search_fts_title(title)`, the titles alone (migration 0009): a title match is found among
    titles, not among every row that has the word somewhere ("film" in a title: 0.1 ms instead
    of 26 ms for a column filter on the 99,627 rows of "film").
    """

    table = "search_fts"
    title_table = "search_fts_title"

    def write(self, cursor, rows):
        """rows: (document id, analysed title, analysed body)."""
        rows = list(rows)
        sql = f"INSERT INTO {self.table} (rowid, title, body) VALUES (%s, %s, %s)"  # noqa: S608
        cursor.executemany(sql, rows)
        cursor.executemany(
            f"INSERT INTO {self.title_table} (rowid, title) VALUES (%s, %s)",  # noqa: S608
            [(pk, title) for pk, title, _body in rows if title],
        )

    def delete(self, cursor, ids):
        for table in (self.table, self.title_table):
            cursor.executemany(f"DELETE FROM {table} WHERE rowid = %s", [(pk,) for pk in ids])  # noqa: S608

    def clear(self, cursor):
        for table in (self.table, self.title_table):
            cursor.execute(f"DELETE FROM {table}")  # noqa: S608

    @staticmethod
    def expression(terms, prefix=False):
        quoted = [f'"{term}"' for term in terms]
        if prefix:
            quoted[-1] += "*"
        return " AND ".join(quoted)

    def matches(self, terms, prefix=False, title_only=False):
        """FROM/WHERE over the matching documents `d` of `table`, with `rank` (lower is better)."""
        # CROSS JOIN makes SQLite start from the full-text match: left to itself, it may start
        # from the documents and run the match once per document (seconds instead of ms).
        table = self.title_table if title_only else self.table
        weights = "" if title_only else f", {TITLE_WEIGHT}, {BODY_WEIGHT}"
        return {
            "table": table,
            "from": f"{table} CROSS JOIN {ENTRIES} d ON d.id = {table}.rowid",
            "where": f"{table} MATCH %s",
            "where_params": [self.expression(terms, prefix)],
            "rank": f"bm25({table}{weights})",
            "rank_params": [],
        }


class PostgresEngine:
    """
    A weighted `tsvector` column on the entries table (migration 0005), under a GIN index, and
    its title part alone, `title_vector`, under another (migration 0009).
    """

    def write(self, cursor, rows):
        cursor.executemany(
            f"UPDATE {ENTRIES} SET title_vector = setweight(to_tsvector('simple', %s), 'A'), "  # noqa: S608
            "vector = setweight(to_tsvector('simple', %s), 'A') "
            "|| setweight(to_tsvector('simple', %s), 'B') WHERE id = %s",
            [(title, title, body, pk) for pk, title, body in rows],
        )

    def delete(self, cursor, ids):
        """Nothing to do: the vector is deleted with its entry."""

    def clear(self, cursor):
        """Nothing to do: the vectors are deleted with the entries."""

    @staticmethod
    def expression(terms, prefix=False):
        parts = list(terms)
        if prefix:
            parts[-1] = f"{terms[-1]}:*"
        return " & ".join(parts)

    def matches(self, terms, prefix=False, title_only=False):
        """WHERE over the matching entries `d` (or their titles), with `rank` (lower is better)."""
        query = "to_tsquery('simple', %s)"
        vector = "d.title_vector" if title_only else "d.vector"
        expression = self.expression(terms, prefix)
        return {
            "from": f"{ENTRIES} d",
            "where": f"{vector} @@ {query}",
            "where_params": [expression],
            # normalisation 1: divided by 1 + the log of the length, as bm25 favours short texts
            "rank": f"-ts_rank({vector}, {query}, 1)",
            "rank_params": [expression],
        }


def get_engine(vendor=None):
    vendor = vendor or connection.vendor
    if vendor == "postgresql":
        return PostgresEngine()
    if vendor == "sqlite":
        return SQLiteEngine()
    raise NotImplementedError(f"No embedded search engine for {vendor}: use Elasticsearch.")
