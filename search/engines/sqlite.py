"""
The full-text index of the search documents on SQLite: FTS5.

An FTS5 table `search_fts(title, body)` whose rowid is the document's (migration 0002), and
`search_fts_title(title)`, the titles alone (migration 0009): a title match is found among
titles, not among every row that has the word somewhere. One FTS5 query ranks with `bm25()` and
column weights (title 10, body 1), joined once to the documents' entries.
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

TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
# FTS5's bm25() constants (fts5_aux.c)
BM25_K1 = 1.2
BM25_B = 0.75


class SQLiteEngine(Engine):
    """FTS5 tables beside the entries, ranked by `bm25()`."""

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

    def write_hot(self, cursor, rows, words):
        """The postings of the hot `words` in these rows: (document id, analysed title, body)."""
        cursor.executemany(
            f"INSERT INTO {HOT_POSTINGS} ({POSTING_COLUMNS}) "  # noqa: S608
            f"SELECT %s, d.id, %s, %s, 0, {COPIED_COLUMNS} FROM {ENTRIES} d WHERE d.id = %s",
            [
                (word, frequency, length, pk)
                for pk, title, body in rows
                for word, frequency, length in body_words(title, body, words)
            ],
        )

    def backfill_hot(self, cursor, word):
        """The postings of a word that has just become hot, from the documents it is in."""
        cursor.execute(
            f"SELECT rowid, title, body FROM {self.table} WHERE {self.table} MATCH %s",  # noqa: S608
            [self.expression([word])],
        )
        self.write_hot(cursor, cursor.fetchall(), {word})

    def ranked_hot(self, cursor, word, where, params, limit):
        """
        The ids of the best `limit` documents among those whose body has the hot `word` and that
        meet `where` (on the postings' copy of their entries, `d`), in bm25()'s order: for one
        word its score grows with the word's count and falls with the document's length, so
        each count's documents are read shortest first from the index, from the highest count
        down, and merged. A count whose best possible score (a one-word document) cannot reach
        the page ends the reading.
        """
        average = self.average_length(cursor)
        cursor.execute(
            f"SELECT DISTINCT frequency FROM {HOT_POSTINGS} WHERE word = %s "  # noqa: S608
            "ORDER BY frequency DESC",
            [word],
        )
        scored = []
        for (frequency,) in cursor.fetchall():
            if len(scored) >= limit and bm25_body(frequency, 1, average) < scored[limit - 1][0]:
                break
            cursor.execute(
                f"SELECT d.length, d.document FROM {HOT_POSTINGS} d "  # noqa: S608
                f"WHERE d.word = %s AND d.frequency = %s AND {where} "
                "ORDER BY d.length, d.document LIMIT %s",
                [word, frequency, *params, limit],
            )
            scored.extend(
                (bm25_body(frequency, length, average), document)
                for length, document in cursor.fetchall()
            )
            scored.sort(key=lambda pair: (-pair[0], pair[1]))
            del scored[limit:]
        return [document for _score, document in scored]

    def average_length(self, cursor):
        """
        The documents' average length in words, as bm25() reads it: FTS5's totals record (row 1
        of its `_data` table) holds the number of rows, then each column's number of words, as
        SQLite varints.
        """
        cursor.execute(f"SELECT block FROM {self.table}_data WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
        numbers, position = [], 0
        block = bytes(row[0]) if row else b""
        while position < len(block):
            number, position = _varint(block, position)
            numbers.append(number)
        if not numbers or not numbers[0]:
            return 1.0
        return float(sum(numbers[1:])) / float(numbers[0])

    def delete(self, cursor, ids):
        for table in (self.table, self.title_table):
            cursor.executemany(f"DELETE FROM {table} WHERE rowid = %s", [(pk,) for pk in ids])  # noqa: S608

    def clear(self, cursor):
        for table in (self.table, self.title_table):
            cursor.execute(f"DELETE FROM {table}")  # noqa: S608

    def analyze(self, cursor, *tables):
        """Nothing to do: SQLite's planner is given no statistics here."""

    @staticmethod
    def expression(terms, prefix=False):
        quoted = [f'"{term}"' for term in terms]
        if prefix:
            quoted[-1] += "*"
        return " AND ".join(quoted)

    def matches(self, terms, prefix=False, title_only=False):
        """FROM/WHERE over the matching documents `d` of `table`, with `rank` (lower is better)."""
        # CROSS JOIN makes SQLite start from the full-text match: left to itself, it may start
        # from the documents and run the match once per document.
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

    def ranked_alone(self, cursor, match, limit):
        """The full-text table's own ranking of the match, by rowid, without the entries."""
        cursor.execute(
            f"SELECT rowid FROM {match['table']} WHERE {match['where']} "  # noqa: S608
            f"ORDER BY {match['rank']}, rowid LIMIT %s",
            [*match["where_params"], *match["rank_params"], limit],
        )
        return [row[0] for row in cursor.fetchall()]

    def joined(self, column):
        return f"group_concat({column}, '')"

    def contains(self, column):
        return f"instr({column}, %s) > 0"

    def undated_last(self, column, direction):
        return f"{column} IS NULL, {column} {direction}"

    @contextlib.contextmanager
    def atomic_without_waiting(self, milliseconds):
        """
        Give up at once on the write lock instead of waiting the busy timeout, which is set
        for an import's writes. Inside a transaction, the connection's own wait is kept.
        """
        if connection.in_atomic_block:
            with transaction.atomic():
                yield
            return
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout")
            (waited,) = cursor.fetchone()
            cursor.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
        try:
            with transaction.atomic():
                yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA busy_timeout = {int(waited)}")


def bm25_body(frequency, length, average):
    """
    FTS5's bm25() for one word found `frequency` times in the body (weight 1) of a document of
    `length` words, less the word's idf (the same for every document): the same arithmetic, so
    the same order.
    """
    return (frequency * (BM25_K1 + 1.0)) / (
        frequency + BM25_K1 * (1 - BM25_B + BM25_B * length / average)
    )


def _varint(block, position):
    """A SQLite varint of `block` at `position`: (value, position after it)."""
    value = 0
    for _ in range(8):
        byte = block[position]
        position += 1
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, position
    return (value << 8) | block[position], position + 1
