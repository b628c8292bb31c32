"""Factories for interviews and their transcripts, used by the tests."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.models import Locale

from archive.factories import IndexedOnce
from archive.media.models import ArchiveMedia
from oral_history.models import InterviewPage, TranscriptCue


class InterviewPageFactory(IndexedOnce, wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Interview {n}")
    slug = factory.Sequence(lambda n: f"interview-{n}")
    summary = "A conversation about La Clef."
    date = datetime.date(2021, 5, 1)
    languages = "français"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = InterviewPage


class TranscriptCueFactory(IndexedOnce, factory.django.DjangoModelFactory):
    interview = factory.SubFactory(InterviewPageFactory)
    position = factory.Sequence(int)
    start = factory.LazyAttribute(lambda cue: float(cue.position * 10))
    end = factory.LazyAttribute(lambda cue: float(cue.position * 10 + 10))
    speaker = "NARRATOR"
    text = factory.Sequence(lambda n: f"Sentence number {n}.")

    class Meta:
        model = TranscriptCue


class AudioFactory(IndexedOnce, factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Recording {n}")
    type = "audio"
    file = factory.LazyFunction(lambda: ContentFile(b"ID3" + b"\0" * 2048, name="talk.mp3"))

    class Meta:
        model = ArchiveMedia
