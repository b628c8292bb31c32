"""Factories for the programme records, used by the tests and nothing else."""

import datetime
import io
from pathlib import Path

import factory
from django.core.files.base import ContentFile
from PIL import Image

from archive.programme.models import (
    EventType,
    Film,
    FilmDirector,
    Person,
    Screening,
    ScreeningFilm,
    ScreeningGuest,
    Series,
    Venue,
)
from base.dates import DatePrecision
from search.signals import batch


class IndexedOnce:
    """
    A factory whose record, links and tags are all saved before the search index is written,
    once (`search.signals.batch`), instead of after each of those saves.
    """

    @classmethod
    def _generate(cls, strategy, params):
        with batch():
            return super()._generate(strategy, params)


class PersonFactory(IndexedOnce, factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    roles = factory.LazyFunction(lambda: ["guest"])

    class Meta:
        model = Person
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True


class FilmFactory(IndexedOnce, factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Film {n}")
    slug = factory.Sequence(lambda n: f"film-{n}")
    year = 1974

    class Meta:
        model = Film
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    @factory.post_generation
    def directors(self, create, extracted, **kwargs):
        for order, person in enumerate(extracted or []):
            FilmDirector.objects.create(film=self, person=person, sort_order=order)


class SeriesFactory(IndexedOnce, factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Série {n}")
    slug = factory.Sequence(lambda n: f"series-{n}")

    class Meta:
        model = Series
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True


class VenueFactory(IndexedOnce, factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Salle {n}")
    slug = factory.Sequence(lambda n: f"venue-{n}")

    class Meta:
        model = Venue
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True


class ScreeningFactory(IndexedOnce, factory.django.DjangoModelFactory):
    external_id = factory.Sequence(lambda n: f"test-{n:04d}")
    date = factory.Sequence(lambda n: datetime.date(2000, 1, 1) + datetime.timedelta(days=n))
    date_precision = DatePrecision.DAY
    event_type = EventType.SCREENING

    class Meta:
        model = Screening
        skip_postgeneration_save = True

    @factory.post_generation
    def films(self, create, extracted, **kwargs):
        for order, film in enumerate(extracted or []):
            ScreeningFilm.objects.create(screening=self, film=film, sort_order=order)

    @factory.post_generation
    def guests(self, create, extracted, **kwargs):
        for order, item in enumerate(extracted or []):
            person, role = item if isinstance(item, tuple) else (item, "guest")
            ScreeningGuest.objects.create(
                screening=self, person=person, role=role, sort_order=order
            )

    @factory.post_generation
    def tag_names(self, create, extracted, **kwargs):
        if extracted:
            self.tags.add(*extracted)
            self.save()


def png_file(name="photo.png", size=(64, 48), color=(158, 27, 44)):
    """A real PNG, small enough for tests."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=name)


SAMPLE_DIR = Path(__file__).resolve().parents[1] / "oral_history" / "sample_data"
SAMPLE_MP3 = SAMPLE_DIR / "demonstration.mp3"


def mp3_file(name="recording.mp3"):
    """A real, short MP3 (the oral history's demonstration file)."""
    return ContentFile(SAMPLE_MP3.read_bytes(), name=name)


class ArchiveImageFactory(IndexedOnce, factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Photograph {n}")
    file = factory.LazyFunction(png_file)

    class Meta:
        model = "archive.ArchiveImage"
        skip_postgeneration_save = True


class ArchiveMediaFactory(IndexedOnce, factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Recording {n}")
    type = "audio"
    file = factory.LazyFunction(mp3_file)

    class Meta:
        model = "archive.ArchiveMedia"
        skip_postgeneration_save = True


def pdf_file(name="programme.pdf"):
    """A small but well-formed PDF (one empty page)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return ContentFile(body, name=name)


class ArchiveDocumentFactory(IndexedOnce, factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Leaflet {n}")
    file = factory.LazyFunction(pdf_file)

    class Meta:
        model = "archive.ArchiveDocument"
        skip_postgeneration_save = True


class ArtworkFactory(IndexedOnce, factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Work {n}")
    artist = factory.SubFactory(PersonFactory)

    class Meta:
        model = "archive.Artwork"
        skip_postgeneration_save = True
