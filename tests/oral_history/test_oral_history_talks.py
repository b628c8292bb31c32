"""A talk after a screening: the screening's page plays its recording with its transcript."""

import pytest

from archive.factories import ScreeningFactory
from archive.programme.models.screenings import EventType
from base.access import AccessLevel
from oral_history.factories import AudioFactory, InterviewPageFactory, TranscriptCueFactory
from oral_history.models import InterviewRecording
from tests.html import links


@pytest.fixture
def talk(site_pages):
    screening = ScreeningFactory(event_type=EventType.TALK)
    interview = InterviewPageFactory(
        parent=site_pages["oral_history"]["en"], kind="talk", screening=screening
    )
    interview.recordings = [InterviewRecording(media=AudioFactory())]
    interview.save_revision().publish()
    TranscriptCueFactory(interview=interview, position=0, text="Thank you for coming tonight.")
    return screening, interview


@pytest.mark.django_db
def test_the_screening_page_shows_the_talks_player_and_transcript(client, talk):
    screening, interview = talk
    html = client.get(f"/en/archive/screenings/{screening.pk}/").content.decode()
    assert (interview.url, interview.title) in links(html)
    assert "<audio" in html
    assert "Thank you for coming tonight." in html
    assert f'href="{interview.url}captions/"' in html


@pytest.mark.django_db
def test_a_restricted_talk_shows_only_a_notice(client, talk):
    screening, interview = talk
    interview.access_level = AccessLevel.REGISTERED
    interview.save_revision().publish()
    html = client.get(f"/en/archive/screenings/{screening.pk}/").content.decode()
    assert "Thank you for coming tonight." not in html
    assert "<audio" not in html
    assert "not open to the public" in html


@pytest.mark.django_db
def test_a_closed_talk_does_not_appear(client, talk):
    screening, interview = talk
    interview.access_level = AccessLevel.CLOSED
    interview.save_revision().publish()
    html = client.get(f"/en/archive/screenings/{screening.pk}/").content.decode()
    assert interview.title not in html
    assert interview.recordings.get().media.url not in html
