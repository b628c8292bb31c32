"""
How the embedded engines are asked: the plans that keep a search's cost proportional to its
matches (docs/search.md, "Why not the stock database backend"). Each test checks the engine of
the database it runs on, SQLite or PostgreSQL, so that both halves of CI pin their own engine.
"""

import pytest
from django.db import connection

from search.query import ArchiveSearch


def plan_of(search, select="count(*)"):
    _match, sources, where, params = search.where()
    explain = "EXPLAIN QUERY PLAN" if connection.vendor == "sqlite" else "EXPLAIN"
    sql = f"{explain} SELECT {select} FROM {sources} WHERE {where}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        column = 3 if connection.vendor == "sqlite" else 0
        return [row[column] for row in cursor.fetchall()]


def column_type(table, column):
    with connection.cursor() as cursor:
        description = connection.introspection.get_table_description(cursor, table)
    return next(field.type_code for field in description if field.name == column)


@pytest.mark.django_db
def test_a_word_search_starts_from_the_match_and_reaches_each_entry_in_one_lookup():
    plan = plan_of(ArchiveSearch({"q": "occupation"}))
    if connection.vendor == "sqlite":
        # The full-text table drives the loop, and the entry is found by its rowid: a `bigint`
        # key would add a second index lookup per match.
        assert plan[0].startswith("SCAN search_fts VIRTUAL TABLE")
        assert "SEARCH d USING INTEGER PRIMARY KEY (rowid=?)" in plan
    else:
        assert column_type("search_searchentry", "id") == 23  # int4
        assert column_type("search_searchentry", "vector") is not None


@pytest.mark.django_db
def test_a_decade_alone_is_read_from_the_year_index():
    plan = " ".join(plan_of(ArchiveSearch({"decade": "1980"}), select="d.facet_codes"))
    if connection.vendor == "sqlite":
        assert "search_entry_year" in plan
        assert "year>? AND year<?" in plan
    else:
        assert "(d.year >= 1980)" in plan or "year >= 1980" in plan
        assert "search_searchfacet" not in plan  # a range of years, not a facet lookup


@pytest.mark.django_db
def test_postgresql_knows_how_common_each_facet_value_is():
    """
    On PostgreSQL the facet table has statistics on its (name, value) pairs, so that a common
    value (event=talk) is not planned as a rare one. SQLite's planner needs none.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT stxkind FROM pg_statistic_ext WHERE stxname = 'search_facet_name_value'"
            )
            assert cursor.fetchone() == (["m"],)
        else:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = %s",
                ["search_searchfacet"],
            )
            assert "search_facet_value" in {row[0] for row in cursor.fetchall()}


@pytest.mark.django_db
def test_a_hot_word_is_counted_from_its_postings_index_and_ranked_from_its_rank_index():
    visible, params = ArchiveSearch({"q": "film"}).visibility()
    count = (
        "SELECT count(*), group_concat(d.facet_codes, '') FROM search_searchhotposting d "  # noqa: S608
        f"WHERE d.word = %s AND {visible}"
    )
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {count}", ["film", *params])
            plan = " ".join(row[3] for row in cursor.fetchall())
            assert "USING COVERING INDEX search_hot_word (word=?)" in plan
            cursor.execute(
                "EXPLAIN QUERY PLAN SELECT d.length, d.document FROM search_searchhotposting d "
                "WHERE d.word = %s AND d.frequency = %s ORDER BY d.length, d.document LIMIT 20",
                ["film", 1],
            )
            plan = " ".join(row[3] for row in cursor.fetchall())
            assert "search_hot_rank (word=? AND frequency=?)" in plan
            assert "TEMP B-TREE" not in plan  # read in order, not sorted
        else:
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_hot_word'")
            # counted from the index alone once autovacuum has passed
            assert "INCLUDE (locale, audience, available_from, facet_codes)" in cursor.fetchone()[0]
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_hot_rank'")
            assert "(word, score DESC, document)" in cursor.fetchone()[0]
