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

from collections import Counter

from django.db import connection

ENTRIES = "search_searchentry"  # the narrow table of what is filtered, sorted and counted
HOT_POSTINGS = "search_searchhotposting"  # search/hot_words.py
# What a posting copies from its document's entry, for searches that read postings alone.
COPIED_COLUMNS = "d.locale, d.audience, d.available_from, d.facet_codes"
POSTING_COLUMNS = (
    "word, document, frequency, length, score, locale, audience, available_from, facet_codes"
)
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
# FTS5's bm25() constants (fts5_aux.c)
BM25_K1 = 1.2
BM25_B = 0.75


def body_words(title, body, words):
    """
    (word, count, length) for each of `words` that an analysed body has and its title has not:
    the word's count in the body and the document's length in words (title and body).
    """
    title_words, body_words = title.split(), body.split()
    found = words.intersection(body_words).difference(title_words)
    if not found:
        return []
    counts = Counter(word for word in body_words if word in found)
    length = len(title_words) + len(body_words)
    return [(word, counts[word], length) for word in sorted(found)]


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
                "SELECT p.word, d.id, 0, 0, ts_rank(d.vector, to_tsquery('simple', p.word), 1), "
                f"{COPIED_COLUMNS} FROM unnest(%s::text[], %s::integer[]) AS p(word, id) "
                f"JOIN {ENTRIES} d ON d.id = p.id",
                [[word for word, _pk in pairs], [pk for _word, pk in pairs]],
            )

    def backfill_hot(self, cursor, word):
        """The postings of a word that has just become hot, from the documents it is in."""
        cursor.execute(
            f"INSERT INTO {HOT_POSTINGS} ({POSTING_COLUMNS}) "  # noqa: S608
            f"SELECT %s, d.id, 0, 0, ts_rank(d.vector, q, 1), {COPIED_COLUMNS} "
            f"FROM {ENTRIES} d, to_tsquery('simple', %s) q "
            "WHERE d.vector @@ q AND NOT coalesce(d.title_vector @@ q, false)",
            [word, word],
        )

    def ranked_hot(self, cursor, word, where, params, limit):
        """
        The ids of the best `limit` documents among those whose body has the hot `word` and that
        meet `where` (on the postings' copy of their entries, `d`), in ts_rank's order: read
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


def get_engine(vendor=None):
    vendor = vendor or connection.vendor
    if vendor == "postgresql":
        return PostgresEngine()
    if vendor == "sqlite":
        return SQLiteEngine()
    raise NotImplementedError(f"No embedded search engine for {vendor}: use Elasticsearch.")
