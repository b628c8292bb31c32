"""
Counts never leak (issue 18, item 3): every total, facet count, "N results", listing count and
suggestion a visitor can see counts only what that visitor may see. Adding a closed interview
that matches a query, with a narrator, an interviewer, a recording, a transcript and a tag,
changes no number anyone but an editor can read; an approved researcher is no exception.
"""

import datetime
import json
import re

import pytest
from django.contrib.auth.models import Group, Permission

from archive.factories import FilmFactory, PersonFactory
from base.access import RESEARCHER_GROUP, AccessLevel
from oral_history.factories import AudioFactory, InterviewPageFactory, TranscriptCueFactory
from oral_history.models import InterviewParticipant, InterviewRecording, Redaction
from tests.html import soup

WORD = "zanzibar"
NUMBER = re.compile(r"\d+")


@pytest.fixture
def known_director(site_pages):
    """A public person (a public film names them), whom the closed interview names too."""
    director = PersonFactory(name="Ada Zanzibar", slug="ada-zanzibar", roles=["director"])
    FilmFactory(title="Zanzibar at night", slug="zanzibar-at-night", directors=[director])
    return director


@pytest.fixture
def researcher(django_user_model):
    user = django_user_model.objects.create_user("researcher", password="x")
    group, _ = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    user.groups.add(group)
    return user


def add_closed_interview(site_pages, narrator, access=AccessLevel.CLOSED):
    stranger = PersonFactory(name="Bea Zanzibar", slug="bea-zanzibar", roles=[])
    page = InterviewPageFactory(
        parent=site_pages["oral_history"]["en"],
        locale=site_pages["oral_history"]["en"].locale,
        title="Zanzibar memories",
        summary="Zanzibar, told in full.",
        access_level=access,
    )
    page.participants = [
        InterviewParticipant(person=narrator, role="narrator"),
        InterviewParticipant(person=stranger, role="interviewer"),
    ]
    page.recordings = [InterviewRecording(media=AudioFactory(title="Zanzibar recording"))]
    page.tags.add(WORD)
    page.save_revision().publish()
    for position in range(3):
        TranscriptCueFactory(interview=page, position=position, text=f"{WORD} story {position}")
    return page


def numbers(response):
    """Every number a visitor can read in a response: in the main content, or anywhere in JSON."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if response["Content-Type"].startswith("application/json"):
        return NUMBER.findall(json.dumps(json.loads(body), sort_keys=True))
    document = soup(body.decode())
    root = document.find("main") or document
    return NUMBER.findall(" ".join(root.get_text().split()))


def channels(client):
    """The responses that carry a count, a total or a list a closed interview could swell."""
    return {
        "search page": client.get("/en/search/", {"q": WORD}),
        "search page, French": client.get("/fr/recherche/", {"q": WORD}),
        "search json": client.get("/en/search/", {"q": WORD, "format": "json"}),
        "search json, interviews": client.get(
            "/en/search/", {"q": WORD, "format": "json", "type": "interview"}
        ),
        "search json, the person": client.get("/en/search/", {"q": "Ada", "format": "json"}),
        "autocomplete": client.get("/search/autocomplete/", {"q": WORD[:4], "lang": "en"}),
        "oral history listing": client.get("/en/oral-history/"),
        "oral history listing, tag": client.get("/en/oral-history/", {"tag": WORD}),
        "programme listing": client.get("/en/archive/", {"person": "ada-zanzibar"}),
        "programme json": client.get("/en/archive/", {"person": "ada-zanzibar", "format": "json"}),
        "person page": client.get("/en/archive/people/ada-zanzibar/"),
        "media listing": client.get("/en/media/"),
        "media listing, search": client.get("/en/media/", {"q": WORD}),
        "sitemap": client.get("/sitemap.xml"),
    }


def visible_numbers(client):
    return {name: numbers(response) for name, response in channels(client).items()}


@pytest.mark.django_db
class TestAClosedInterviewCountsNowhere:
    def test_no_number_an_anonymous_visitor_sees_changes(self, client, site_pages, known_director):
        before = visible_numbers(client)
        add_closed_interview(site_pages, known_director)
        after = visible_numbers(client)
        changed = [name for name in before if before[name] != after[name]]
        assert changed == []

    def test_nor_one_an_approved_researcher_sees(
        self, client, site_pages, known_director, researcher
    ):
        client.force_login(researcher)
        before = visible_numbers(client)
        add_closed_interview(site_pages, known_director)
        assert [
            name for name, values in visible_numbers(client).items() if values != before[name]
        ] == []

    def test_the_closed_interview_is_named_nowhere(self, client, site_pages, known_director):
        add_closed_interview(site_pages, known_director)
        for name, response in channels(client).items():
            body = response.getvalue().decode()
            assert "Zanzibar memories" not in body, name
            assert "Bea Zanzibar" not in body, name

    def test_the_same_interview_public_changes_them(self, client, site_pages, known_director):
        """The control: these channels do count interviews, so the test above can fail."""
        before = visible_numbers(client)
        page = add_closed_interview(site_pages, known_director)
        page.access_level = AccessLevel.PUBLIC
        page.save_revision().publish()
        after = visible_numbers(client)
        changed = {name for name in before if before[name] != after[name]}
        # The programme and the person's page count films and events, not interviews.
        uncounted = {"programme listing", "programme json", "person page"}
        assert changed == set(before) - uncounted


@pytest.mark.django_db
def test_a_passage_restricted_for_good_adds_no_result(client, site_pages):
    """A public interview whose only match is a passage withheld for good is not a result."""
    before = numbers(client.get("/en/search/", {"q": WORD, "format": "json"}))
    page = InterviewPageFactory(parent=site_pages["oral_history"]["en"], title="A quiet talk")
    page.redactions = [Redaction(start=0, end=100)]
    page.save_revision().publish()
    TranscriptCueFactory(interview=page, position=0, start=10, end=20, text=f"The {WORD} secret.")
    assert numbers(client.get("/en/search/", {"q": WORD, "format": "json"})) == before


def add_interview_heard_by_few(site_pages, access, embargo=None):
    """An interview whose title and summary do not match: only its transcript says the word."""
    page = InterviewPageFactory(
        parent=site_pages["oral_history"]["en"],
        locale=site_pages["oral_history"]["en"].locale,
        title="A quiet talk",
        access_level=access,
        embargo_until=embargo,
    )
    TranscriptCueFactory(interview=page, position=0, start=10, end=20, text=f"The {WORD} secret.")
    return page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "access, embargo",
    [(AccessLevel.REGISTERED, None), (AccessLevel.EMBARGOED, datetime.date(2090, 1, 1))],
)
def test_a_transcript_a_visitor_may_not_read_adds_no_result(client, site_pages, access, embargo):
    before = numbers(client.get("/en/search/", {"q": WORD, "format": "json"}))
    add_interview_heard_by_few(site_pages, access, embargo)
    assert numbers(client.get("/en/search/", {"q": WORD, "format": "json"})) == before


@pytest.mark.django_db
def test_approved_researchers_find_the_registered_transcript(client, site_pages, researcher):
    client.force_login(researcher)
    before = client.get("/en/search/", {"q": WORD, "format": "json"}).json()["total"]
    add_interview_heard_by_few(site_pages, AccessLevel.REGISTERED)
    assert client.get("/en/search/", {"q": WORD, "format": "json"}).json()["total"] == before + 1
