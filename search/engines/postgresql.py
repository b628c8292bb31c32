"""
The full-text index of the search documents on PostgreSQL: a weighted `tsvector`.

One weighted `tsvector` per document (title A, body B) on the narrow entries table, under one
GIN index (migration 0005), and its title part alone, `title_vector`, under another (migration
0009). The text is analysed in Python (`search/text.py`) and given to the 'simple'
configuration, so that PostgreSQL compares the same terms as SQLite.
"""

import contextlib

from django.db import connection, transaction

from search.engines.base import (
    COPIED_COLUMNS,
    ENTRIES,
    HOT_POSTINGS,
    POSTING_COLUMNS,
    Engine,
    body_words,
)


class PostgresEngine(Engine):
    """`tsvector` columns on the entries, ranked by `ts_rank_cd`."""

    def write(self, cursor, rows):
        cursor.executemany(
            f"UPDATE {ENTRIES} SET title_vector = setweight(to_tsvector('simple', %s), 'A'), "  # noqa: S608
            "vector = setweight(to_tsvector('simple', %s), 'A') "
            "|| setweight(to_tsvector('simple', %s), 'B') WHERE id = %s",
            [(title, title, body, pk) for pk, title, body in rows],
        )

    def write_hot(self, cursor, rows, words):
        """The postings of the hot `words` in these rows: (document id, analysed title, body)."""
        pairs = [
            (word, pk)
            for pk, title, body in rows
            for word, _count, _length in body_words(title, body, words)
        ]
        if pairs:
            cursor.execute(
                f"INSERT INTO {HOT_POSTINGS} ({POSTING_COLUMNS}) "  # noqa: S608
                "SELECT p.word, d.id, 0, 0, ts_rank_cd(d.vector, to_tsquery('simple', p.word), 1), "
                f"{COPIED_COLUMNS} FROM unnest(%s::text[], %s::integer[]) AS p(word, id) "
                f"JOIN {ENTRIES} d ON d.id = p.id",
                [[word for word, _pk in pairs], [pk for _word, pk in pairs]],
            )

    def backfill_hot(self, cursor, word):
        """The postings of a word that has just become hot, from the documents it is in."""
        cursor.execute(
            f"INSERT INTO {HOT_POSTINGS} ({POSTING_COLUMNS}) "  # noqa: S608
            f"SELECT %s, d.id, 0, 0, ts_rank_cd(d.vector, q, 1), {COPIED_COLUMNS} "
            f"FROM {ENTRIES} d, to_tsquery('simple', %s) q "
            "WHERE d.vector @@ q AND NOT coalesce(d.title_vector @@ q, false)",
            [word, word],
        )

    def ranked_hot(self, cursor, word, where, params, limit):
        """
        The ids of the best `limit` documents among those whose body has the hot `word` and that
        meet `where` (on the postings' copy of their entries, `d`), in ts_rank_cd's order: read
        from the index on the stored rank, best first.
        """
        cursor.execute(
            f"SELECT d.document FROM {HOT_POSTINGS} d "  # noqa: S608
            f"WHERE d.word = %s AND {where} ORDER BY d.score DESC, d.document LIMIT %s",
            [word, *params, limit],
        )
        return [row[0] for row in cursor.fetchall()]

    def delete(self, cursor, ids):
        """Nothing to do: the vector is deleted with its entry."""

    def clear(self, cursor):
        """Nothing to do: the vectors are deleted with the entries."""

    def analyze(self, cursor, *tables):
        """
        Planned from statistics taken before a bulk write (an empty table, or the old index),
        the next searches would be planned for rows that are not there; autovacuum comes by
        only later.
        """
        cursor.execute(f"ANALYZE {', '.join(tables)}")

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
            # Cover density: the words standing together (a date, a name) count for more than
            # the same words scattered through a long text. Normalisation 1: divided by 1 + the
            # log of the length, as bm25 favours short texts.
            "rank": f"-ts_rank_cd({vector}, {query}, 1)",
            "rank_params": [expression],
        }

    def ranked_alone(self, cursor, match, limit):
        """None: the vectors are on the entries, so a match is always read with them."""
        return None

    def joined(self, column):
        return f"string_agg({column}, '')"

    def contains(self, column):
        return f"strpos({column}, %s) > 0"

    def undated_last(self, column, direction):
        return f"{column} {direction} NULLS LAST"

    @contextlib.contextmanager
    def atomic_without_waiting(self, milliseconds):
        """`lock_timeout` for this transaction only."""
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL lock_timeout = {int(milliseconds)}")
            yield
