"""Interviews at each level, with a recording, a transcript and an index, to ask access for."""

import pytest
from django.core.cache import caches

from base.access import AccessLevel
from oral_history.factories import AudioFactory, InterviewPageFactory, TranscriptCueFactory
from oral_history.models import IndexSegment, InterviewRecording

SECRET = "SECRETWORD"


@pytest.fixture(autouse=True)
def rate_limits_forgotten():
    """Each test starts with no submission counted against any address."""
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def make_interview(site_pages):
    def make(access=AccessLevel.REGISTERED, embargo=None, title="Interview", language="en"):
        page = InterviewPageFactory(
            parent=site_pages["oral_history"][language],
            title=title,
            access_level=access,
            embargo_until=embargo,
            locale=site_pages["oral_history"][language].locale,
        )
        # The recording itself is "registered": the grant on the interview opens it all the same.
        media = AudioFactory(access_level=AccessLevel.REGISTERED)
        page.recordings = [InterviewRecording(media=media)]
        page.segments = [IndexSegment(start=0, title=f"Chapter {SECRET}")]
        page.save_revision().publish()
        for position, text in enumerate(["Hello everyone.", f"The {SECRET} words."]):
            TranscriptCueFactory(
                interview=page,
                position=position,
                start=position * 20.0,
                end=position * 20 + 10,
                text=text,
            )
        page.media = media
        return page

    return make
