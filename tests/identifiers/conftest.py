"""Interviews for the identifier and citation tests: public, closed, embargoed, with a passage."""

import datetime

import pytest

from archive.factories import PersonFactory
from base.access import AccessLevel
from oral_history.factories import AudioFactory, InterviewPageFactory
from oral_history.models import (
    IndexSegment,
    InterviewParticipant,
    InterviewRecording,
    PublicName,
    Redaction,
)

SECRET = "SECRETWORD"
EMBARGO_END = datetime.date(2031, 1, 1)


@pytest.fixture
def make_interview(site_pages):
    """
    An interview with a narrator and an interviewer, a recording, an index of three segments
    (0, 25, 60 seconds; 90 in all) and, if asked, a restricted passage from 20 to 30 seconds.
    """

    def make(
        access=AccessLevel.PUBLIC,
        embargo=None,
        accession="",
        restricted=False,
        language="en",
        public_name=PublicName.FULL_NAME,
    ):
        page = InterviewPageFactory(
            parent=site_pages["oral_history"][language],
            locale=site_pages["oral_history"][language].locale,
            title="Memories of the projection booth",
            access_level=access,
            embargo_until=embargo,
            external_id=accession,
            date=datetime.date(2019, 5, 3),
            place="Paris",
        )
        media = AudioFactory(access_level=access, embargo_until=embargo, duration=90)
        page.recordings = [InterviewRecording(media=media)]
        page.participants = [
            InterviewParticipant(
                person=PersonFactory(name=f"Elsie {SECRET}", sort_name=f"{SECRET}, Elsie"),
                role="narrator",
                public_name=public_name,
            ),
            InterviewParticipant(
                person=PersonFactory(name="David Dunham", sort_name="Dunham, David"),
                role="interviewer",
            ),
        ]
        page.segments = [
            IndexSegment(start=0, title="Opening words"),
            IndexSegment(start=25, title="The booth"),
            IndexSegment(start=60, title="Closing"),
        ]
        if restricted:
            page.redactions = [Redaction(start=20, end=30)]
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make
