"""
Hot words: a word found in very many documents is ranked from a list kept for it as the index is
written, a page at a time. A researcher sees no difference but speed: the same results in the
same order as the engine's own ranking, page after page, after every kind of write, and never
anything the visitor may not see.
"""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import OperationalError, connection

from archive.factories import SeriesFactory
from base.access import RESEARCHER_GROUP
from search import hot_words, query, ranking
from search.documents import Document
from search.engines import get_engine
from search.indexing import bump_index_version, rebuild, write
from search.models import SearchDocument, SearchEntry, SearchHotPosting, SearchHotWord
from search.query import ArchiveSearch

EMBARGO_END = datetime.date(2030, 1, 1)


def events(specs, title="Event {n}", start=0, **fields):
    """Screenings whose notes say 'wombat' `count` times among `filler` other words."""
    return [
        Document(
            type="screening",
            source=f"archive.screening:{9000 + start + n}",
            title=title.format(n=start + n),
            body=" ".join(["wombat"] * count + [f"filler{n} word{w}" for w in range(filler)]),
            **fields,
        )
        for n, (count, filler) in enumerate(specs)
    ]


# Counts and lengths that bm25 and ts_rank order differently from plain counting, with ties.
SPECS = [(1, 0), (1, 6), (2, 3), (2, 12), (3, 1), (3, 20), (1, 2), (4, 30), (2, 3), (1, 6)] * 3


@pytest.fixture
def wombats(search_site, monkeypatch):
    """Three titles with the word, thirty bodies with it, and documents without it."""
    monkeypatch.setattr(hot_words, "HOT_WORD_DOCUMENTS", 10**9)  # not hot until a test says so
    write(
        [
            Document(type="film", source=f"archive.film:{9100 + n}", title=f"Wombat {n}")
            for n in range(3)
        ]
    )
    write(events(SPECS))
    write(events([(0, 5)] * 40, title="Other {n}", start=500))
    return monkeypatch


def make_hot(monkeypatch, params):
    """Let the word become hot, and search for it alone so that it does."""
    monkeypatch.setattr(hot_words, "HOT_WORD_DOCUMENTS", 5)
    assert ArchiveSearch(params).total >= 5
    assert SearchHotWord.objects.filter(word="wombat").exists()


def engine_order(params, **kwargs):
    """The engine's own ranking of the matches that are not title matches."""
    search = ArchiveSearch(params, **kwargs)
    titled = set(ranking.ranked(search, 10_000, title_only=True))
    return [pk for pk in ranking.ranked(search, 10_000) if pk not in titled]


def hot_order(params, **kwargs):
    order = hot_words.ranked(ArchiveSearch(params, **kwargs), 10_000)
    assert order is not None, "the hot word's list was not used"
    return order


def every_page(params):
    first = ArchiveSearch(params)
    ids = []
    for number in range(1, first.page_count + 1):
        search = ArchiveSearch({**params, "page": str(number)})
        ids.extend(document.pk for document in search.results)
    return first.total, ids


def answers(params):
    """What a researcher sees of a search: its total, its facets and every page, in order."""
    total, ids = every_page(params)
    return total, ArchiveSearch(params).facet_counts, ids


def assert_copies_match_entries():
    for posting in SearchHotPosting.objects.all():
        entry = SearchEntry.objects.get(pk=posting.document)
        copied = (posting.locale, posting.audience, posting.available_from, posting.facet_codes)
        assert copied == (entry.locale, entry.audience, entry.available_from, entry.facet_codes)


@pytest.mark.django_db
def test_a_word_found_that_often_becomes_hot_and_nothing_a_researcher_sees_changes(wombats):
    write(events([(2, 2)] * 6, start=400, facets=[("has", "transcript", "transcript", "")]))
    wombats.setattr(query, "COMMON_VALUE", 5)  # six documents make the value common
    searches = ({"q": "wombat"}, {"q": "wombat", "has": "transcript"})
    before = [answers(params) for params in searches]
    assert not SearchHotWord.objects.exists()
    assert before[0][0] == 39

    wombats.setattr(hot_words, "HOT_WORD_DOCUMENTS", 39)
    after = [answers(params) for params in searches]

    assert SearchHotWord.objects.filter(word="wombat").exists()
    assert all(hot_words.counted(ArchiveSearch(params)) for params in searches)
    assert after == before
    assert hot_order({"q": "wombat"}) == before[0][2][3:]  # after the three title matches


@pytest.mark.django_db
def test_a_word_found_less_often_is_ranked_by_the_engine(wombats):
    wombats.setattr(hot_words, "HOT_WORD_DOCUMENTS", 34)
    assert ArchiveSearch({"q": "wombat"}).total == 33
    assert not SearchHotWord.objects.exists()
    assert hot_words.ranked(ArchiveSearch({"q": "wombat"}), 20) is None
    assert hot_words.counted(ArchiveSearch({"q": "wombat"})) is None


@pytest.mark.django_db
def test_the_list_has_each_body_match_once_and_no_title_match(wombats):
    make_hot(wombats, {"q": "wombat"})
    hot_words.make_hot("wombat")  # a second time changes nothing
    postings = SearchHotPosting.objects.filter(word="wombat")
    bodies = set(
        SearchDocument.objects.filter(title__startswith="Event").values_list("pk", flat=True)
    )
    assert sorted(postings.values_list("document", flat=True)) == sorted(bodies)
    if connection.vendor == "sqlite":
        # "Event 7": two words of title, then the word 4 times and 30 pairs of other words
        posting = postings.get(document=SearchDocument.objects.get(title="Event 7").pk)
        assert (posting.frequency, posting.length) == (4, 2 + 4 + 60)


@pytest.mark.django_db
def test_the_list_follows_every_write_in_the_engines_order(wombats):
    make_hot(wombats, {"q": "wombat"})
    params = {"q": "wombat"}

    write(events([(5, 1), (1, 40)], start=100))  # new documents
    assert hot_order(params) == engine_order(params)

    changed = events([(6, 0)], start=3)  # a body rewritten: the word more often
    write(changed, replace=[changed[0].source])
    assert hot_order(params) == engine_order(params)

    titled = events([(1, 0)], title="Wombat event {n}", start=4)  # now a title match
    write(titled, replace=[titled[0].source])
    assert SearchDocument.objects.get(title="Wombat event 4").pk not in hot_order(params)
    assert hot_order(params) == engine_order(params)

    gone = events([(1, 0)], start=5)[0].source  # deleted
    write([], replace=[gone])
    assert hot_order(params) == engine_order(params)
    assert SearchHotPosting.objects.count() == len(engine_order(params))
    assert_copies_match_entries()


@pytest.mark.django_db
def test_a_renamed_series_is_renamed_in_the_list_too(wombats):
    series = SeriesFactory(slug="wombat-nights")
    write(events([(1, 3)] * 4, start=600, facets=[("series", series.slug, series.title, "")]))
    make_hot(wombats, {"q": "wombat"})

    series.slug = "marsupial-nights"
    series.save()

    assert_copies_match_entries()
    wombats.setattr(query, "COMMON_VALUE", 3)
    renamed = {"q": "wombat", "series": "marsupial-nights"}
    assert ArchiveSearch(renamed).total == 4
    assert hot_order(renamed) == engine_order(renamed)


@pytest.mark.django_db
def test_a_rebuilt_index_keeps_the_word_hot_with_its_list(wombats):
    make_hot(wombats, {"q": "wombat"})
    rebuild()  # the test documents are not records: the word is now in no document
    assert SearchHotWord.objects.filter(word="wombat").exists()
    assert not SearchHotPosting.objects.exists()
    write(events(SPECS))
    assert hot_order({"q": "wombat"}) == engine_order({"q": "wombat"})


@pytest.mark.django_db
def test_what_a_visitor_may_not_see_never_comes_from_the_list(wombats, django_user_model):
    write(events([(9, 0)] * 3, start=200, audience="registered"))
    write(events([(9, 0)] * 2, start=300, available_from=EMBARGO_END))
    registered, embargoed = (
        set(
            SearchDocument.objects.filter(
                source__in=[f"archive.screening:{9000 + n}" for n in numbers]
            ).values_list("pk", flat=True)
        )
        for numbers in ((200, 201, 202), (300, 301))
    )
    hidden = registered | embargoed
    make_hot(wombats, {"q": "wombat"})

    public = hot_order({"q": "wombat"})
    assert not hidden & set(public)
    assert public == engine_order({"q": "wombat"})

    researcher = django_user_model.objects.create_user("researcher", password="x")
    group, _created = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    researcher.groups.add(group)
    approved = hot_order({"q": "wombat"}, user=researcher)
    assert set(approved) & hidden == registered
    assert approved == engine_order({"q": "wombat"}, user=researcher)
    later = hot_order({"q": "wombat"}, today=EMBARGO_END)
    assert len(later) == len(public) + 2
    assert later == engine_order({"q": "wombat"}, today=EMBARGO_END)


@pytest.mark.django_db
def test_a_common_filter_is_checked_in_the_list_and_a_rare_one_is_left_to_the_engine(
    wombats,
):
    write(events([(2, 2)] * 6, start=400, facets=[("has", "transcript", "transcript", "")]))
    wombats.setattr(query, "COMMON_VALUE", 5)  # six documents make the value common
    make_hot(wombats, {"q": "wombat"})

    filtered = {"q": "wombat", "has": "transcript"}
    assert len(hot_order(filtered)) == 6
    assert hot_order(filtered) == engine_order(filtered)
    assert every_page(filtered) == (6, engine_order(filtered))

    wombats.setattr(query, "COMMON_VALUE", 1000)  # now a rare value: its documents first
    assert hot_words.ranked(ArchiveSearch(filtered), 20) is None
    assert hot_words.counted(ArchiveSearch(filtered)) is None
    assert every_page(filtered)[1] == engine_order(filtered)
    for params in ({"q": "wombat", "type": "film"}, {"q": "wombat", "from": "1990"}):
        assert hot_words.counted(ArchiveSearch(params)) is None  # not copied to the postings


@pytest.mark.django_db
def test_a_search_that_cannot_write_the_list_now_is_answered_all_the_same(wombats, caplog):
    """The index is locked by a long write (an import): nothing half-made, the word not hot."""
    before = answers({"q": "wombat"})

    def locked(self, cursor, word):
        raise OperationalError("database is locked")

    wombats.setattr(type(get_engine()), "backfill_hot", locked)
    wombats.setattr(hot_words, "HOT_WORD_DOCUMENTS", 5)
    bump_index_version()

    assert answers({"q": "wombat"}) == before
    assert not SearchHotWord.objects.exists()
    assert not SearchHotPosting.objects.exists()
    assert "Could not make 'wombat' a hot word now" in caplog.text
