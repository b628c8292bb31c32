"""
What every embedded engine answers, and what the engines share.

The search modules (`search/query.py`, `search/ranking.py`, `search/hot_words.py`) write their SQL
in what SQLite and PostgreSQL read alike and ask the connection's engine (`get_engine()`) for
the rest: the full-text match and its rank, the hot words' postings, and the few expressions the
two dialects spell differently. None of them looks at the database's vendor.
"""

from collections import Counter

ENTRIES = "search_searchentry"  # the narrow table of what is filtered, sorted and counted
HOT_POSTINGS = "search_searchhotposting"  # search/hot_words.py
# What a posting copies from its document's entry, for searches that read postings alone.
COPIED_COLUMNS = "d.locale, d.audience, d.available_from, d.facet_codes"
POSTING_COLUMNS = (
    "word, document, frequency, length, score, locale, audience, available_from, facet_codes"
)
# The orders a page of results comes in, on every engine (Elasticsearch's included).
SORTS = ("relevance", "date", "-date")


class Engine:
    """
    The interface of an embedded engine. Terms reach it only as `[a-z0-9]+` words
    (`search/text.py`) and are passed as parameters, so no query can break its query syntax.
    """

    # Writing the index ---------------------------------------------------------------------

    def write(self, cursor, rows):
        """Index these rows: (document id, analysed title, analysed body)."""
        raise NotImplementedError

    def delete(self, cursor, ids):
        """Forget these documents' text (their entries are deleted by the caller)."""
        raise NotImplementedError

    def clear(self, cursor):
        """Forget every document's text."""
        raise NotImplementedError

    def analyze(self, cursor, *tables):
        """Give the planner the numbers of tables just filled in bulk, if it keeps any."""
        raise NotImplementedError

    # Matching and ranking ------------------------------------------------------------------

    def matches(self, terms, prefix=False, title_only=False):
        """
        {"from", "where", "where_params", "rank", "rank_params"}: FROM and WHERE over the
        matching entries `d` (or those whose title matches), and the expression that ranks them
        (lower is better). With `prefix`, the last term is the start of a word.
        """
        raise NotImplementedError

    def ranked_alone(self, cursor, match, limit):
        """
        The ids of the best `limit` documents of a `match` in rank order, ranked without their
        entries (so whatever the visitor may see), or None when the engine cannot.
        """
        raise NotImplementedError

    # The hot words' postings (search/hot_words.py) -----------------------------------------

    def write_hot(self, cursor, rows, words):
        """The postings of the hot `words` in these rows: (document id, analysed title, body)."""
        raise NotImplementedError

    def backfill_hot(self, cursor, word):
        """The postings of a word that has just become hot, from the documents it is in."""
        raise NotImplementedError

    def ranked_hot(self, cursor, word, where, params, limit):
        """
        The ids of the best `limit` documents among those whose body has the hot `word` and that
        meet `where` (on the postings' copy of their entries, `d`), in the engine's rank order.
        """
        raise NotImplementedError

    # What the dialects spell differently ---------------------------------------------------

    def joined(self, column):
        """An aggregate of the values of a text `column`, joined with nothing between them."""
        raise NotImplementedError

    def contains(self, column):
        """A condition that a text `column` contains the string given as its one parameter."""
        raise NotImplementedError

    def undated_last(self, column, direction):
        """ORDER BY terms for `column` in `direction` ("ASC" or "DESC"), NULLs after the rest."""
        raise NotImplementedError

    def atomic_without_waiting(self, milliseconds):
        """
        A transaction (a context manager) that gives up on a lock held by another writer after
        `milliseconds` instead of the connection's own wait: a visitor's search must not wait
        for an import's writes.
        """
        raise NotImplementedError


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
