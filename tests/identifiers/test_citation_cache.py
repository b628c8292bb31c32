"""
"Cite this" formats a record's references once and keeps them in the cache
(`identifiers/citation/cached.py`): a page read again shows the same references without
formatting them, and whatever changes what they say (a new revision of a page, a director or a
narrator renamed, the next day's access date) is shown at once. The cache keeps only what the
public may read: a passage of an interview for researchers is never offered to a visitor.
"""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache

from archive.factories import FilmFactory, PersonFactory
from archive.programme.models import Person, Screening
from base.access import RESEARCHER_GROUP, AccessLevel
from home.models import HistoryChapterPage
from identifiers.citation import styles
from oral_history.models import PublicName, Redaction
from tests.history.test_history_chapters import CHAPTER_QUERIES
from tests.html import one, soup, text
from tests.identifiers.conftest import SECRET

pytestmark = pytest.mark.django_db

EVENT = "laclef-2019-occupation-first-night"
# The seeded event's page (routing, site, navigation and translations remembered with the page
# tree: its version), the event with which links it has, its films, their directors, guests,
# tags, its talks and whether a leaflet gave it.
EVENT_QUERIES = 1 + 7


@pytest.fixture
def formatted(monkeypatch):
    """Each reference citeproc-py formats, as (item id, style, language); the cache emptied."""
    calls = []
    bibliography = styles.bibliography

    def counted(items, name, language, *args, **kwargs):
        calls.append((items[0]["id"], name, language))
        return bibliography(items, name, language, *args, **kwargs)

    monkeypatch.setattr(styles, "bibliography", counted)
    cache.clear()
    yield calls
    cache.clear()


@pytest.fixture
def researcher(django_user_model):
    user = django_user_model.objects.create_user("researcher", password="x")
    group, _ = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    user.groups.add(group)
    return user


def cite_this(client, url):
    return one(soup(client.get(url)), "section.cite-this")


def chapter(language="en"):
    return HistoryChapterPage.objects.filter(locale__language_code=language).first()


def event_url(language="en"):
    pk = Screening.objects.get(external_id=EVENT).pk
    return {"en": "/en/archive/screenings/", "fr": "/fr/archives/screenings/"}[language] + f"{pk}/"


class TestAPageReadAgain:
    def test_shows_the_same_references_without_formatting_them(self, client, formatted, site_pages):
        for url in (chapter().url, event_url()):
            formatted.clear()
            first = cite_this(client, url)
            assert len(formatted) == len(styles.STYLES)
            again = cite_this(client, url)
            assert len(formatted) == len(styles.STYLES)  # none more
            assert str(again) == str(first)

    def test_each_language_has_its_own(self, client, formatted, site_pages):
        english = text(one(cite_this(client, event_url("en")), "#cite-chicago"))
        french = text(one(cite_this(client, event_url("fr")), "#cite-chicago"))
        assert len(formatted) == 2 * len(styles.STYLES)
        assert {language for _id, _style, language in formatted} == {"en", "fr"}
        assert english != french
        assert "Séance" in french

    def test_a_chapter_costs_the_same_queries_formatted_or_kept(
        self, client, formatted, site_pages, django_assert_num_queries
    ):
        chapters = HistoryChapterPage.objects.filter(locale__language_code="en")
        measured = chapters.get(slug__contains="1973")  # as tests/history count it
        client.get(measured.url)  # what is remembered of the page tree (base/page_tree.py)
        cache.clear()  # but not the formatted references
        client.get(chapters.exclude(pk=measured.pk).first().url)  # the site's first-request reads
        formatted.clear()
        with django_assert_num_queries(CHAPTER_QUERIES):
            client.get(measured.url)  # formatted
        with django_assert_num_queries(CHAPTER_QUERIES):
            client.get(measured.url)  # kept
        assert sorted(formatted) == sorted(
            (f"page-{measured.pk}", name, "en") for name in styles.STYLES
        )

    def test_an_event_costs_the_same_queries_formatted_or_kept(
        self, client, formatted, site_pages, django_assert_num_queries
    ):
        other = Screening.objects.exclude(external_id=EVENT).order_by("pk").first()
        client.get(f"/en/archive/screenings/{other.pk}/")
        with django_assert_num_queries(EVENT_QUERIES):
            client.get(event_url())  # formatted
        with django_assert_num_queries(EVENT_QUERIES):
            client.get(event_url())  # kept
        assert len(formatted) == 2 * len(styles.STYLES)


class TestAChangeIsCitedAtOnce:
    def test_a_new_revision_of_a_chapter(self, client, formatted, site_pages):
        page = chapter()
        cite_this(client, page.url)
        page.title = "The founding years, revised"
        page.save_revision().publish()
        assert "The founding years, revised" in text(one(cite_this(client, page.url), "#cite-apa"))

    def test_a_director_renamed(self, client, formatted, site_pages):
        director = PersonFactory(name="Cinda Firestone", sort_name="Firestone, Cinda")
        film = FilmFactory(title="Attica (cache)", slug="attica-cache", directors=[director])
        url = f"/en/archive/films/{film.slug}/"
        assert "Firestone" in text(one(cite_this(client, url), "#cite-chicago"))
        director.name, director.sort_name = "Cinda Rivière", "Rivière, Cinda"
        director.save()
        reference = text(one(cite_this(client, url), "#cite-chicago"))
        assert "Rivière" in reference
        assert "Firestone" not in reference

    def test_a_rename_written_behind_the_signals_back(self, client, formatted, site_pages):
        director = PersonFactory(name="Cinda Firestone", sort_name="Firestone, Cinda")
        film = FilmFactory(title="Attica (bulk)", slug="attica-bulk", directors=[director])
        url = f"/en/archive/films/{film.slug}/"
        cite_this(client, url)
        Person.objects.filter(pk=director.pk).update(sort_name="Lumière, Cinda")  # as an import
        assert "Lumière" in text(one(cite_this(client, url), "#cite-chicago"))

    def test_a_narrator_renamed(self, client, formatted, make_interview):
        page = make_interview(accession="OH-CACHE")
        assert SECRET in text(one(cite_this(client, page.url), "#cite-chicago"))
        narrator = page.participants.get(role="narrator").person
        narrator.name, narrator.sort_name = "Elsie Marchand", "Marchand, Elsie"
        narrator.save()
        reference = text(one(cite_this(client, page.url), "#cite-chicago"))
        assert "Marchand" in reference
        assert SECRET not in reference

    def test_the_next_day_is_the_new_access_date(self, client, formatted, site_pages, monkeypatch):
        film = FilmFactory(title="Undated", slug="undated-film", year=None)  # cited as accessed
        url = f"/en/archive/films/{film.slug}/"
        cite_this(client, url)
        tomorrow = datetime.date.today() + datetime.timedelta(days=1)
        monkeypatch.setattr("identifiers.citation.common.timezone.localdate", lambda: tomorrow)
        reference = text(one(cite_this(client, url), "#cite-chicago"))
        assert len(formatted) == 2 * len(styles.STYLES)  # formatted again for the new day
        assert f"Accessed {tomorrow:%B} {tomorrow.day}, {tomorrow.year}" in reference


class TestOnlyWhatThePublicMayRead:
    def test_a_researchers_visit_offers_a_visitor_no_passage(
        self, client, researcher, formatted, make_interview
    ):
        page = make_interview(access=AccessLevel.REGISTERED, accession="OH-REG")
        client.force_login(researcher)
        assert client.get("/cite/interview/OH-REG.bib?start=25&end=60").status_code == 200
        seen_by_researcher = cite_this(client, page.url)
        client.logout()
        seen_by_visitor = cite_this(client, page.url)
        assert not seen_by_researcher.select(".cite-this__passage")
        assert not seen_by_visitor.select(".cite-this__passage")
        assert "0:00:25" not in text(seen_by_visitor)
        assert client.get("/cite/interview/OH-REG.bib?start=25&end=60").status_code == 404

    def test_a_narrator_named_by_initials_is_never_kept_by_name(
        self, client, researcher, formatted, make_interview
    ):
        page = make_interview(accession="OH-INIT", public_name=PublicName.INITIALS)
        client.force_login(researcher)
        assert SECRET not in client.get(page.url).content.decode()
        client.logout()
        assert SECRET not in client.get(page.url).content.decode()

    def test_a_passage_that_opens_is_offered_that_day(
        self, client, formatted, make_interview, monkeypatch
    ):
        opens = datetime.date(2031, 1, 1)
        page = make_interview(accession="OH-OPENS", restricted=True)
        Redaction.objects.filter(interview=page).update(until=opens)
        titles = ".cite-this__passage-title"
        assert [text(title) for title in cite_this(client, page.url).select(titles)] == ["Closing"]
        monkeypatch.setattr("base.access.today", lambda: opens)
        offered = [text(title) for title in cite_this(client, page.url).select(titles)]
        assert offered == ["Opening words", "The booth", "Closing"]
