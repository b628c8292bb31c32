"""An interview with everything a manifest and a page describe, restricted passage included."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission

from archive.factories import ArchiveMediaFactory, PersonFactory
from base.access import RESEARCHER_GROUP, AccessLevel
from oral_history.factories import InterviewPageFactory, TranscriptCueFactory
from oral_history.models import (
    IndexSegment,
    InterviewParticipant,
    InterviewRecording,
    PublicRecording,
    Redaction,
)
from oral_history.public_recordings.planning import plan
from oral_history.public_recordings.tasks import make

SECRET = "SECRETWORD"
HIDDEN_NAME = "Hortense Dupanloup"
OPENS = datetime.date(2031, 1, 1)


@pytest.fixture
def make_interview(site_pages):
    def make_interview(access=AccessLevel.PUBLIC, embargo=None, title="Interview zanzibar"):
        page = InterviewPageFactory(
            parent=site_pages["oral_history"]["en"],
            title=title,
            slug="interview-zanzibar",
            locale=site_pages["oral_history"]["en"].locale,
            access_level=access,
            embargo_until=embargo,
            place="Paris",
            languages="English; français",
            rights="La Clef Revival. Reuse for research and teaching.",
        )
        media = ArchiveMediaFactory(
            title="Zanzibar tape", access_level=access, embargo_until=embargo
        )
        page.recordings = [InterviewRecording(media=media)]
        page.participants = [
            InterviewParticipant(person=PersonFactory(name="Agnès Varda", slug="agnes-varda")),
            InterviewParticipant(
                person=PersonFactory(name=HIDDEN_NAME, slug="hortense"),
                public_name="initials",
                role="interviewer",
            ),
        ]
        page.segments = [
            IndexSegment(start=0, title="Opening words", title_alt="Premiers mots"),
            IndexSegment(start=22, title=f"Segment {SECRET}", title_alt=f"Partie {SECRET}"),
            IndexSegment(start=31, title="Closing", title_alt="Fin"),
        ]
        page.redactions = [Redaction(start=20, end=30, until=OPENS)]
        page.save_revision().publish()
        page.refresh_from_db()
        for position, text in enumerate(["Hello everyone.", f"The {SECRET} words.", "Goodbye."]):
            TranscriptCueFactory(
                interview=page,
                position=position,
                start=position * 15.0,
                end=position * 15 + 10,
                speaker="VARDA",
                text=text,
            )
        page.media = media
        # The public version of the recording, silent in the passage, as the worker makes it.
        for pk in plan(page.pk):
            if PublicRecording.objects.get(pk=pk).from_date is None:
                make(pk)
        return page

    return make_interview


@pytest.fixture
def researcher(django_user_model):
    user = django_user_model.objects.create_user("researcher", password="x")
    group, _ = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    user.groups.add(group)
    return user
