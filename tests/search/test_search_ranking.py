"""
Ranking by relevance: title matches first, then the rest, page after page, each match once;
what a visitor may not see never takes a place in a page, however well it ranks; and a title
that has changed is no longer found, in the results or in the suggestions.
"""

import pytest

from search.documents import Document
from search.indexing import write
from search.models import SearchDocument
from search.query import PER_PAGE, ArchiveSearch, suggest


def documents(count, type="film", title="Wombat {n}", body="", **fields):
    return [
        Document(
            type=type,
            source=f"archive.{type}:{9000 + n}",
            title=title.format(n=n),
            body=body.format(n=n),
            **fields,
        )
        for n in range(count)
    ]


def every_page(params, **kwargs):
    first = ArchiveSearch(params, **kwargs)
    ids = []
    for number in range(1, first.page_count + 1):
        search = ArchiveSearch({**params, "page": str(number)}, **kwargs)
        ids.extend(document.pk for document in search.results)
    return first.total, ids


def titled_ids(word):
    return set(SearchDocument.objects.filter(title__icontains=word).values_list("pk", flat=True))


@pytest.mark.django_db
def test_title_matches_fill_the_first_pages_then_every_other_match_follows_once(search_site):
    write(documents(25))  # 25 title matches: page 2 starts with the last 5 of them
    write(documents(30, type="screening", title="Event {n}", body="a wombat in the notes"))
    total, ids = every_page({"q": "wombat"})
    assert total == 55 == len(ids) == len(set(ids))
    titled = titled_ids("wombat")
    assert set(ids[:25]) == titled
    assert not set(ids[25:]) & titled


@pytest.mark.django_db
def test_a_page_deep_in_the_body_matches_skips_exactly_the_pages_before_it(search_site):
    write(documents(3))
    write(documents(70, type="screening", title="Event {n}", body="wombat " * 3 + "{n}"))
    total, ids = every_page({"q": "wombat"})
    assert total == 73 == len(ids) == len(set(ids))
    assert set(ids[:3]) == titled_ids("wombat")
    fourth = ArchiveSearch({"q": "wombat", "page": "4"})
    assert [document.pk for document in fourth.results] == ids[3 * PER_PAGE :]


@pytest.mark.django_db
def test_what_a_visitor_may_not_see_takes_no_place_however_well_it_ranks(search_site):
    """
    A hundred registered-only documents rank above the public ones (a short text with the word
    twice): the best candidates of the ranking are all hidden, and the page is still exact.
    """
    write(
        documents(
            100, type="screening", title="Event {n}", body="wombat wombat", audience="registered"
        )
    )
    write(
        documents(
            5,
            type="screening",
            title="Public {n}",
            body="a long note that names the wombat once among many other words",
        )
    )
    total, ids = every_page({"q": "wombat"})
    assert total == len(ids) == 5
    assert {document.title for document in SearchDocument.objects.filter(pk__in=ids)} == {
        f"Public {n}" for n in range(5)
    }


@pytest.mark.django_db
def test_a_changed_title_is_found_by_its_new_words_only(search_site):
    (film,) = documents(1)
    write([film])
    film.title = "Koala"
    write([film], replace=[film.source])
    assert ArchiveSearch({"q": "wombat"}).total == 0
    assert suggest("womb") == []
    assert [document.title for document in ArchiveSearch({"q": "koala"}).results] == ["Koala"]
    assert [document.title for document in suggest("koa")] == ["Koala"]
