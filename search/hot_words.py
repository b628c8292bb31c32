"""
Very common words, ranked from lists kept for them as the index is written, so that a page deep
in their matches costs about the page rather than every match.

The engines rank by reading every match: FTS5's `bm25()` reads each one's word positions and
length, PostgreSQL's `ts_rank_cd` each one's vector, so the cost grows with the matches. The title
matches of a search are ranked apart, in the titles' own index, so a first page rarely pays
that (`search/ranking.py`); but a page past them (page 10 of "film") or a word that no title
has ("cinema" with `has=transcript`) did, on every fresh search (docs/benchmarks.md, session 6).

A word found in HOT_WORD_DOCUMENTS documents or more is *hot*: `SearchHotPosting` keeps, for
each document whose body (not its title) has it, what its rank is made of: on SQLite the word's
count and the document's length in words (bm25's inputs; the average length is FTS5's own), on
PostgreSQL the `ts_rank_cd` itself. The engine reads them from an index in rank order, a page at a
time (`ranked_hot` in `search/engines/`), and stops there. The order is the engine's own
(tested against it), so a word's results do not change when it becomes hot.

A word becomes hot when a search for it alone counts HOT_WORD_DOCUMENTS matches or more: that
search writes its list (once: its cost grows with the word's documents), and from then on every
write of the index keeps it (`write_postings`). A hot word stays hot.
"""

import logging

from django.db import DatabaseError, connection

from search.engines import HOT_POSTINGS, get_engine
from search.models import SearchHotPosting, SearchHotWord, SearchIndexVersion

HOT_WORD_DOCUMENTS = 20_000  # below it, the engine's own ranking of every match is cheap enough
LOCK_WAIT_MS = 200  # how long a search waits for the index's writers before it lets them be

logger = logging.getLogger(__name__)


def hot_word(search):
    """
    The word of a search for one hot word, whose matches are read from its postings; None for
    any other search: several words, dates, or a filter that the postings cannot check (a type
    or a year, not copied there) or should not (a value of few documents: the engine reads
    those few first, for less).
    """
    if len(search.terms) != 1 or search.dates:
        return None
    if any(pair not in search.common_filter_codes for pair in search.filters.items()):
        return None
    word = search.terms[0]
    return word if SearchHotWord.objects.filter(word=word).exists() else None


def ranked(search, limit):
    """
    The ids of the best `limit` matches of a search for one hot word outside its title matches,
    in relevance order; None when the search is not one.
    """
    word = hot_word(search)
    if word is None:
        return None
    _match, _sources, where, params = search.where(words=False)
    with connection.cursor() as cursor:
        return get_engine().ranked_hot(cursor, word, where, params, limit)


def counted(search):
    """
    (total, the matches' facet codes joined) of a search for one hot word: its title matches
    from the titles' index, the others from its postings (a narrow table where the word's rows
    lie together, instead of every match's entry); None when the search is not one.
    """
    word = hot_word(search)
    if word is None:
        return None
    _match, titled, title_where, title_params = search.where(title_only=True)
    _match, _sources, where, params = search.where(words=False)
    joined = get_engine().joined("d.facet_codes")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*), {joined} FROM {titled} "  # noqa: S608
            f"WHERE {title_where} UNION ALL "
            f"SELECT count(*), {joined} FROM {HOT_POSTINGS} d "
            f"WHERE d.word = %s AND {where}",
            [*title_params, word, *params],
        )
        rows = cursor.fetchall()
    return sum(total for total, _codes in rows), "".join(codes or "" for _total, codes in rows)


def consider(search, total):
    """After a search has counted its matches: a word found alone that often becomes hot."""
    if len(search.terms) == 1 and total >= HOT_WORD_DOCUMENTS:
        make_hot(search.terms[0])


def make_hot(word):
    """
    Write a word's postings and mark it hot, once. The index version is bumped first, in the same
    transaction: its row is locked until the commit, so that a write of the index (which bumps it
    too) either comes before and is read here, or after and sees the word hot. The transaction
    does not wait for the index's writers (an import): a visitor's search must not.
    """
    if SearchHotWord.objects.filter(word=word).exists():
        return
    engine = get_engine()
    try:
        with engine.atomic_without_waiting(LOCK_WAIT_MS):
            SearchIndexVersion.bump()  # as search.indexing.bump_index_version
            if SearchHotWord.objects.filter(word=word).exists():
                return  # another request made it hot meanwhile
            SearchHotWord.objects.create(word=word)
            with connection.cursor() as cursor:
                engine.backfill_hot(cursor, word)
                # tens of thousands of new rows: planned as the empty table they were not
                engine.analyze(cursor, HOT_POSTINGS)
    except DatabaseError:
        # The index is being written (an import): the visitor's search is answered by the
        # engine's own ranking, without waiting, and the next search of the word tries again.
        logger.warning("Could not make %r a hot word now", word, exc_info=True)


def write_postings(cursor, rows):
    """The hot words' postings of newly written documents: (id, analysed title, body) rows."""
    words = set(SearchHotWord.objects.values_list("word", flat=True))
    if words:
        get_engine().write_hot(cursor, rows, words)


def delete_postings(ids=None):
    """Forget the postings of these documents, or of every document."""
    postings = SearchHotPosting.objects.all()
    if ids is not None:
        postings = postings.filter(document__in=ids)
    postings._raw_delete(connection.alias)
