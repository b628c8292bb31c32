"""The oral history listing and the interview page, as a visitor reads them, with or without JS."""

import datetime
import re

import pytest
from taggit.models import Tag

from archive.programme.models import Person
from oral_history.factories import AudioFactory, InterviewPageFactory, TranscriptCueFactory
from oral_history.models import IndexSegment, InterviewParticipant, InterviewRecording
from tests.html import soup


@pytest.fixture
def interviews(site_pages):
    parent = site_pages["oral_history"]["en"]
    denis, _ = Person.objects.get_or_create(name="Claire Denis")
    made = []
    for number in range(3):
        page = InterviewPageFactory(
            parent=parent,
            title=f"Talk {number}",
            date=datetime.date(2019 + number, 3, 1),
            languages="français; English" if number == 0 else "français",
        )
        if number == 0:
            page.participants = [InterviewParticipant(person=denis, role="narrator")]
            page.tags.add("occupation")
            page.save_revision().publish()
            TranscriptCueFactory(interview=page, position=0)
        made.append(page)
    return made


def titles(html):
    """The interview cards' titles, in order: the link that opens each card's heading."""
    links = [heading.find(True) for heading in soup(html).select("h3.interview-card__title")]
    return [link.get_text() for link in links if link and link.name == "a" and link.get("href")]


@pytest.mark.django_db
class TestListing:
    def test_newest_first(self, client, interviews):
        html = client.get("/en/oral-history/").content.decode()
        assert titles(html) == ["Talk 2", "Talk 1", "Talk 0"]

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ({"narrator": "claire-denis"}, ["Talk 0"]),
            ({"year": "2020"}, ["Talk 1"]),
            ({"language": "English"}, ["Talk 0"]),
            ({"tag": "occupation"}, ["Talk 0"]),
            ({"transcript": "yes"}, ["Talk 0"]),
        ],
    )
    def test_each_filter(self, client, interviews, query, expected):
        assert titles(client.get("/en/oral-history/", query).content.decode()) == expected

    def test_filters_show_their_options_with_counts(self, client, interviews):
        page = soup(client.get("/en/oral-history/"))
        options = [
            (option.get("value"), option.has_attr("selected"), option.get_text())
            for option in page.select("option")
        ]
        assert ("claire-denis", False, "Claire Denis (1)") in options
        assert ("2021", False, "2021 (1)") in options
        assert ("français", False, "français (3)") in options
        assert ("yes", False, "With a transcript (1)") in options
        labels = [label.get_text() for label in page.select('label[for="filter-narrator"]')]
        assert "Narrator" in labels

    def test_costs_the_same_with_more_interviews(
        self, client, interviews, site_pages, django_assert_num_queries
    ):
        client.get("/en/oral-history/")
        with django_assert_num_queries(LISTING_QUERIES):
            client.get("/en/oral-history/")
        for number in range(5):
            page = InterviewPageFactory(parent=site_pages["oral_history"]["en"])
            page.tags.add(f"theme-{number}")
            page.save()
        client.get("/en/oral-history/")  # new pages: the page tree is read again, once
        with django_assert_num_queries(LISTING_QUERIES):
            client.get("/en/oral-history/")


# The page tree's version (routing and the page's frame are remembered, base/page_tree.py),
# then the interviews, their people, tags and facets.
LISTING_QUERIES = 1 + 8


@pytest.fixture
def interview(site_pages):
    page = InterviewPageFactory(parent=site_pages["oral_history"]["en"], slug="talk")
    page.recordings = [InterviewRecording(media=AudioFactory())]
    page.segments = [IndexSegment(start=60, title="The occupation", synopsis="Nightly films.")]
    page.save_revision().publish()
    for position in range(3):
        TranscriptCueFactory(interview=page, position=position)
    return page


@pytest.mark.django_db
class TestInterviewPage:
    def test_transcript_and_index_are_readable_with_their_times_without_javascript(
        self, client, interview
    ):
        html = client.get(interview.url).content.decode()
        page = soup(html)
        times = [
            (link.get("class"), link.get("href"), link.get("data-seek"), link.get_text())
            for link in page.select("a.cue__time, a.segment__time")
        ]
        assert (["cue__time"], "?t=10", "10.0", "0:00:10") in times
        assert "NARRATOR" in [speaker.get_text() for speaker in page.select("span.cue__speaker")]
        assert (["segment__time"], "?t=60", "60.0", "0:01:00") in times
        assert "Nightly films." in html
        players = [
            (
                audio.get("class"),
                audio.get("controls"),
                audio.get("preload"),
                audio.get("data-player"),
            )
            for audio in page.select("audio")
        ]
        assert (["player__media"], "", "metadata", "") in players

    def test_a_deep_link_starts_the_recording_at_that_second(self, client, interview):
        sources = [
            audio.get("src", "")
            for audio in soup(client.get(interview.url, {"t": "42"})).select("audio")
        ]
        assert any(re.fullmatch(r"/media-files/\d+/[^\"]+#t=42", src) for src in sources)

    def test_video_gets_captions_from_the_transcript(self, client, interview):
        link = interview.recordings.get()
        link.media.type = "video"
        link.media.save()
        tracks = soup(client.get(interview.url)).select('track[kind="captions"]')
        assert f"{interview.url}captions/" in [track.get("src") for track in tracks]

    def test_downloads_are_offered(self, client, interview):
        page = soup(client.get(interview.url))
        for route in ("captions", "chapters", "text", "json"):
            assert page.select(f'[href="{interview.url}{route}/"]')

    def test_json_export(self, client, interview):
        data = client.get(f"{interview.url}json/").json()
        assert data["title"] == interview.title
        assert [cue["start"] for cue in data["transcript"]] == [0.0, 10.0, 20.0]
        assert data["index"][0]["title"] == "The occupation"

    def test_costs_the_same_with_a_longer_transcript(
        self, client, interview, django_assert_num_queries
    ):
        client.get(interview.url)
        with django_assert_num_queries(PAGE_QUERIES):
            client.get(interview.url)
        for position in range(3, 40):
            TranscriptCueFactory(interview=interview, position=position)
        with django_assert_num_queries(PAGE_QUERIES):
            client.get(interview.url)


# The page tree's version (routing and the frame are remembered, base/page_tree.py), the
# interview's own rows, and 1 for the page's schema.org description: may anyone fetch the
# recording? (linked_data).
PAGE_QUERIES = 1 + 7


@pytest.mark.django_db
def test_tags_are_django_taggit_tags(interviews):
    assert Tag.objects.filter(name="occupation").exists()
