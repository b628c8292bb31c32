"""
How a page of results is ranked by relevance, at the cost of the page rather than of every
match where it can.

Ranking reads every matching row (FTS5's `bm25()`, PostgreSQL's `ts_rank_cd`), so a broad word
("film") costs as much on its last page as on its first. Three things keep most pages from
paying that (docs/search.md, "Ranking"; measured in docs/benchmarks.md, session 4):

- Tiers: title matches come first, so they are found and ranked on their own, in the titles'
  own index (`search_fts_title` on SQLite, `title_vector` on PostgreSQL), and every match is
  ranked only for a page that reaches past them. The first page of "film" ranks its 56 title
  matches.
- Hot words: a word in HOT_WORD_DOCUMENTS documents or more has its matches' ranks kept in a
  list of its own, read in rank order a page at a time (`search/hot_words.py`).
- Candidates (SQLite): without filters nearly every match may be shown, so the full-text table ranks
  the body tier alone, without joining each match to its entry (`ranked_alone`), and only the
  best candidates are checked against what the visitor may see; exact, or else the joined
  ranking.

Splitting one ranking into halves run at once was tried and dropped: on the two-processor
benchmark machine two rankings at once (even in two processes) each ran slower than one alone,
and each half repeats `bm25()`'s pass over the whole term: two halves took longer.
"""

from django.db import connection

from search import hot_words
from search.engines import get_engine
from search.models import SearchEntry

# Between equal title scores, records come before the events and media that show them: the
# film "Attica" before its screenings titled "Attica" (also the autocomplete's order).
RECORDS_FIRST = "CASE WHEN d.type IN ('screening', 'media', 'passage') THEN 1 ELSE 0 END"


def page(search, offset, size):
    """The ids of one page of a search with words, by relevance."""
    titled = ranked(search, offset + size, title_only=True)
    ids = titled[offset:]
    if len(ids) < size:
        # Every title match is in `titled` (fewer than asked were found). The rest of the page
        # is the words' ranking of every match without them: a hot word's from its own list.
        skip, wanted = max(0, offset - len(titled)), size - len(ids)
        body = hot_words.ranked(search, skip + wanted)
        if body is None:
            exclude = set(titled)
            best = ranked(search, skip + wanted + len(titled))
            body = [pk for pk in best if pk not in exclude]
        ids += body[skip : skip + wanted]
    return ids


def ranked(search, limit, title_only=False):
    """
    The first `limit` ids that the search may show among its matches, or its title matches
    (few: always joined to their entries, for their type).
    """
    match, sources, where, params = search.where(title_only)
    if not title_only and not search.filters and not search.dates:
        best = _candidates_checked(search, match, limit)
        if best is not None:
            return best
    order = f"{match['rank']}, {RECORDS_FIRST}" if title_only else match["rank"]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT d.id FROM {sources} WHERE {where} "  # noqa: S608
            f"ORDER BY {order}, d.id LIMIT %s",
            [*params, *match["rank_params"], limit],
        )
        return [row[0] for row in cursor.fetchall()]


def _candidates_checked(search, match, limit):
    """
    The engine's ranking of the match alone, then the best candidates checked against what the
    visitor may see: exact when `limit` of them are visible or every match was a candidate,
    None otherwise, or when the engine cannot rank without the entries.
    """
    fetch = 2 * limit + 20
    with connection.cursor() as cursor:
        candidates = get_engine().ranked_alone(cursor, match, fetch)
        if candidates is None:
            return None
        if not candidates:
            return []
        visible, params = search.visibility()
        cursor.execute(
            f"SELECT d.id FROM {SearchEntry._meta.db_table} d "  # noqa: S608
            f"WHERE d.id IN ({', '.join(['%s'] * len(candidates))}) AND {visible}",
            [*candidates, *params],
        )
        shown = {row[0] for row in cursor.fetchall()}
    best = [pk for pk in candidates if pk in shown]
    if len(best) >= limit or len(candidates) < fetch:
        return best[:limit]
    return None
