"""
Nothing restricted reaches a visitor through the search: not in the results, the facet counts,
the JSON or the suggestions. Closed interviews and media items, embargoed transcripts before their
date, redacted passages, registered-only passages for anyone but approved researchers and
editors, unpublished pages and drafts.
"""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from archive.factories import ArchiveImageFactory
from base.access import RESEARCHER_GROUP, AccessLevel
from base.typography import french
from oral_history.factories import InterviewPageFactory, TranscriptCueFactory
from oral_history.models import InterviewPage, Redaction
from search.indexing import reindex
from tests.html import soup

EMBARGO_END = datetime.date(2030, 1, 1)
HIDDEN_WORDS = "masquée"  # said only in the passage redacted from the public demonstration


@pytest.fixture
def researcher(django_user_model):
    user = django_user_model.objects.create_user("researcher", password="x")
    group, _created = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    user.groups.add(group)
    return user


@pytest.fixture
def on(monkeypatch):
    """Make `timezone.localdate()` answer a given day."""

    def travel(day):
        monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)

    return travel


def search(client, path="/fr/recherche/", **params):
    return client.get(path, {**params, "format": "json"}).json()


def titles(answer):
    return {(result["type"], result["title"]) for result in answer["results"]}


def suggestions(client, query, language="fr"):
    response = client.get("/search/autocomplete/", {"q": query, "lang": language})
    return {suggestion["title"] for suggestion in response.json()["suggestions"]}


def every_channel(client, query, path="/fr/recherche/"):
    """
    What a search for `query` shows: the results and facets of the page and of the JSON, and the
    suggestions (not the query itself, which the page repeats in its search box).
    """
    page = soup(client.get(path, {"q": query}))
    shown = [str(element) for element in page.select("ol.results__list, nav.search-facets")]
    answer = search(client, path, q=query)
    response = client.get("/search/autocomplete/", {"q": query, "lang": path[1:3]})
    return str([shown, answer["results"], answer["facets"], response.json()["suggestions"]])


# Closed ---------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/fr/recherche/", "Démonstration : un entretien fermé"),
        ("/en/search/", "Demonstration: a closed interview"),
    ],
)
def test_a_closed_interview_appears_in_no_channel(client, search_site, path, title):
    for query in ("démonstration", "fermé", "closed interview", title):
        shown = every_channel(client, query, path)
        # As written, and as French pages show it, with its no-break spaces.
        assert title not in shown and french(title) not in shown
        assert "demonstration-fermee" not in shown and "demonstration-closed" not in shown


@pytest.mark.django_db
def test_closed_material_is_not_counted_in_the_facets(client, search_site):
    answer = search(client, "/en/search/", q="demonstration")
    counts = {option["value"]: option["count"] for option in answer["facets"]["type"]}
    assert counts["interview"] == 2
    assert counts["media"] == 2
    assert titles(answer) >= {
        ("interview", "Demonstration: the interview player"),
        ("interview", "Demonstration: an embargoed interview"),
    }


@pytest.mark.django_db
def test_the_closed_interviews_recording_is_not_found(client, search_site):
    assert "un entretien fermé (voix de synthèse)" not in every_channel(client, "voix synthèse")


@pytest.mark.django_db
def test_a_closed_photograph_is_not_found_and_closing_one_removes_it(
    client, search_site, django_capture_on_commit_callbacks
):
    closed = ArchiveImageFactory(title="Zanzibar fermé", access_level=AccessLevel.CLOSED)
    shown = ArchiveImageFactory(title="Zanzibar ouvert")
    reindex(get_image_model()._meta.label_lower, [closed.pk, shown.pk])
    assert titles(search(client, q="zanzibar")) == {("media", "Zanzibar ouvert")}

    with django_capture_on_commit_callbacks(execute=True):
        shown.access_level = AccessLevel.CLOSED
        shown.save()

    assert search(client, q="zanzibar")["total"] == 0
    assert suggestions(client, "zanzib") == set()


@pytest.mark.django_db
def test_closing_an_interview_removes_it_and_its_passages(
    client, search_site, django_capture_on_commit_callbacks
):
    assert search(client, q="horodatage")["total"] == 1
    page = InterviewPage.objects.get(slug="demonstration", locale__language_code="fr")

    with django_capture_on_commit_callbacks(execute=True):
        page.access_level = AccessLevel.CLOSED
        page.save_revision().publish()

    assert search(client, q="horodatage")["total"] == 0
    for query in ("lecteur", "démonstration"):
        for result in search(client, q=query)["results"]:
            assert "/histoire-orale/demonstration/" not in result["url"]


# Embargoed and redacted -----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "query", "title"),
    [
        ("/fr/recherche/", "embargo", "Démonstration : un entretien sous embargo"),
        ("/en/search/", "embargoed", "Demonstration: an embargoed interview"),
    ],
)
def test_an_embargoed_interview_is_listed_but_its_transcript_is_not_found_before_the_date(
    client, search_site, path, query, title
):
    assert ("interview", title) in titles(search(client, path, q=query))
    for query in ("horodatage", "bienvenue", HIDDEN_WORDS):
        answer = search(client, path, q=query)
        assert all("embargo" not in result["url"] for result in answer["results"])
    transcripts = search(client, path, has="transcript")
    passages = [result for result in transcripts["results"] if result["type"] == "passage"]
    assert passages
    assert all("embargo" not in result["url"] for result in passages)


@pytest.mark.django_db
def test_embargoed_passages_open_by_themselves_on_the_date(client, search_site, on):
    on(EMBARGO_END - datetime.timedelta(days=1))
    assert search(client, q="horodatage")["total"] == 1

    on(EMBARGO_END)
    answer = search(client, q="horodatage")

    assert answer["total"] == 2
    assert {result["url"] for result in answer["results"]} == {
        "http://testserver/fr/histoire-orale/demonstration/?t=17",
        "http://testserver/fr/histoire-orale/demonstration-sous-embargo/?t=17",
    }
    counts = {option["value"]: option["count"] for option in answer["facets"]["type"]}
    assert counts == {"passage": 2}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "embargoed"),
    [
        ("/fr/recherche/", "/fr/histoire-orale/demonstration-sous-embargo/"),
        ("/en/search/", "/en/oral-history/demonstration-embargoed/"),
    ],
)
def test_a_passage_redacted_for_good_is_never_found(client, search_site, on, path, embargoed):
    """The same words are said in the embargoed demonstration, which has no redaction."""
    assert search(client, path, q=HIDDEN_WORDS)["total"] == 0
    assert HIDDEN_WORDS not in every_channel(client, HIDDEN_WORDS, path)

    on(datetime.date(2040, 1, 1))
    answer = search(client, path, q=HIDDEN_WORDS)

    assert [result["url"] for result in answer["results"]] == [f"http://testserver{embargoed}?t=28"]


@pytest.fixture
def interview_with(site_pages):
    """An English interview with three cues, the second saying 'zanzibar', published."""

    def make(access=AccessLevel.PUBLIC, redaction_until="none"):
        parent = site_pages["oral_history"]["en"]
        page = InterviewPageFactory(
            parent=parent, locale=parent.locale, title="Talk about the hall", access_level=access
        )
        if redaction_until != "none":
            page.redactions = [Redaction(start=20, end=30, until=redaction_until)]
        page.save_revision().publish()
        for position, text in enumerate(["Hello everyone.", "The zanzibar words.", "Goodbye."]):
            TranscriptCueFactory(
                interview=page,
                position=position,
                start=position * 20.0,
                end=position * 20 + 10,
                speaker=f"SPEAKER {position}",
                text=text,
            )
        reindex("oral_history.interview", [page.pk])
        return page

    return make


@pytest.mark.django_db
def test_a_passage_redacted_until_a_date_opens_on_that_date(
    client, search_site, interview_with, on
):
    interview_with(redaction_until=datetime.date(2031, 6, 1))
    assert search(client, "/en/search/", q="zanzibar")["total"] == 0
    assert search(client, "/en/search/", q="goodbye")["total"] == 1

    on(datetime.date(2031, 6, 1))

    answer = search(client, "/en/search/", q="zanzibar")
    assert [(result["type"], result["start"]) for result in answer["results"]] == [("passage", 20)]


# Registered only ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_registered_only_passages_are_found_by_approved_researchers_only(
    client, search_site, interview_with, researcher, django_user_model
):
    interview_with(access=AccessLevel.REGISTERED)

    anonymous = search(client, "/en/search/", q="zanzibar")
    listed = search(client, "/en/search/", q="talk hall")
    assert anonymous["total"] == 0
    assert anonymous["facets"] == {}
    assert titles(listed) == {("interview", "Talk about the hall")}
    assert "zanzibar" not in every_channel(client, "zanzibar", "/en/search/")

    client.force_login(django_user_model.objects.create_user("visitor", password="x"))
    assert search(client, "/en/search/", q="zanzibar")["total"] == 0

    client.force_login(researcher)
    answer = search(client, "/en/search/", q="zanzibar")
    assert [(r["type"], r["speaker"], r["start"]) for r in answer["results"]] == [
        ("passage", "SPEAKER 1", 20)
    ]
    assert answer["facets"]["type"] == [
        {"value": "passage", "label": "Transcript passage", "count": 1, "selected": False}
    ]

    client.force_login(django_user_model.objects.create_superuser("editor", password="x"))
    assert search(client, "/en/search/", q="zanzibar")["total"] == 1


@pytest.mark.django_db
def test_registered_only_passages_are_not_counted_for_anonymous_visitors(
    client, search_site, interview_with, researcher
):
    interview_with(access=AccessLevel.REGISTERED)

    anonymous = search(client, "/en/search/", has="transcript")
    client.force_login(researcher)
    approved = search(client, "/en/search/", has="transcript")

    assert approved["total"] == anonymous["total"] + 3

    def passages(answer):
        return next(o["count"] for o in answer["facets"]["type"] if o["value"] == "passage")

    assert passages(approved) == passages(anonymous) + 3


# Pages ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_unpublished_page_is_removed_from_the_results(
    client, search_site, site_pages, django_capture_on_commit_callbacks
):
    url = "http://testserver/en/oral-history/"
    assert url in {r["url"] for r in search(client, "/en/search/", q="oral history")["results"]}

    with django_capture_on_commit_callbacks(execute=True):
        site_pages["oral_history"]["en"].unpublish()

    assert url not in {r["url"] for r in search(client, "/en/search/", q="oral history")["results"]}


@pytest.mark.django_db
def test_a_draft_is_not_found_before_it_is_published(
    client, search_site, site_pages, django_capture_on_commit_callbacks
):
    page = site_pages["history"]["en"]
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "History of zanzibar"
        revision = page.save_revision()
    call_command("update_index", "--public-only", verbosity=0)
    assert search(client, "/en/search/", q="zanzibar")["total"] == 0
    assert suggestions(client, "zanzib", "en") == set()

    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()

    assert titles(search(client, "/en/search/", q="zanzibar")) == {("page", "History of zanzibar")}


@pytest.mark.django_db
def test_a_new_page_never_published_is_not_found(client, search_site, site_pages):
    parent = site_pages["oral_history"]["en"]
    InterviewPageFactory(parent=parent, locale=parent.locale, title="Zanzibar draft", live=False)
    call_command("update_index", "--public-only", verbosity=0)
    assert search(client, "/en/search/", q="zanzibar")["total"] == 0


@pytest.mark.django_db
def test_a_page_restricted_to_logged_in_visitors_is_not_found(
    client, search_site, site_pages, django_capture_on_commit_callbacks
):
    page = site_pages["exhibitions"]["en"]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type="login")

    urls = {r["url"] for r in search(client, "/en/search/", q="exhibitions palais")["results"]}
    urls |= {r["url"] for r in search(client, "/en/search/", q="exhibitions")["results"]}
    assert not {url for url in urls if url.startswith("http://testserver/en/exhibitions/")}


@pytest.mark.django_db
def test_a_restricted_page_is_left_out_of_a_rebuilt_index(client, search_site, site_pages):
    PageViewRestriction.objects.create(
        page=site_pages["exhibitions"]["en"], restriction_type="password", password="x"
    )
    call_command("update_index", "--public-only", verbosity=0)

    urls = {r["url"] for r in search(client, "/en/search/", q="exhibitions")["results"]}
    assert not {url for url in urls if url.startswith("http://testserver/en/exhibitions/")}
