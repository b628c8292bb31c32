"""The oral history listing and the interview page, as a visitor reads them, with or without JS."""

import datetime
import re

import pytest
from taggit.models import Tag

from archive.programme.models import Person
from oral_history.factories import AudioFactory, InterviewPageFactory, TranscriptCueFactory
from oral_history.models import IndexSegment, InterviewParticipant, InterviewRecording


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
    return re.findall(r'<h3 class="interview-card__title"><a href="[^"]+">([^<]+)</a>', html)


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
        html = client.get("/en/oral-history/").content.decode()
        assert '<option value="claire-denis">Claire Denis (1)</option>' in html
        assert '<option value="2021">2021 (1)</option>' in html
        assert '<option value="français">français (3)</option>' in html
        assert '<option value="yes">With a transcript (1)</option>' in html
        assert '<label for="filter-narrator">Narrator</label>' in html

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
        with django_assert_num_queries(LISTING_QUERIES):
            client.get("/en/oral-history/")


LISTING_QUERIES = 18


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
        assert '<a class="cue__time" href="?t=10" data-seek="10.0">0:00:10</a>' in html
        assert '<span class="cue__speaker">NARRATOR</span>' in html
        assert '<a class="segment__time" href="?t=60" data-seek="60.0">0:01:00</a>' in html
        assert "Nightly films." in html
        assert '<audio class="player__media" controls preload="metadata" data-player' in html

    def test_a_deep_link_starts_the_recording_at_that_second(self, client, interview):
        html = client.get(interview.url, {"t": "42"}).content.decode()
        assert re.search(r'<audio[^>]+src="/media-files/\d+/[^"]+#t=42"', html)

    def test_video_gets_captions_from_the_transcript(self, client, interview):
        link = interview.recordings.get()
        link.media.type = "video"
        link.media.save()
        html = client.get(interview.url).content.decode()
        assert f'<track kind="captions" src="{interview.url}captions/"' in html

    def test_downloads_are_offered(self, client, interview):
        html = client.get(interview.url).content.decode()
        for route in ("captions", "chapters", "text", "json"):
            assert f'href="{interview.url}{route}/"' in html

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


PAGE_QUERIES = 17


@pytest.mark.django_db
def test_tags_are_django_taggit_tags(interviews):
    assert Tag.objects.filter(name="occupation").exists()
