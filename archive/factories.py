"""Factories for the programme records, used by the tests and nothing else."""

import datetime

import factory

from archive.dates import DatePrecision
from archive.models import (
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


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    roles = factory.LazyFunction(lambda: ["guest"])

    class Meta:
        model = Person
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True


class FilmFactory(factory.django.DjangoModelFactory):
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


class SeriesFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Série {n}")
    slug = factory.Sequence(lambda n: f"series-{n}")

    class Meta:
        model = Series
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True


class VenueFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Salle {n}")
    slug = factory.Sequence(lambda n: f"venue-{n}")

    class Meta:
        model = Venue
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True


class ScreeningFactory(factory.django.DjangoModelFactory):
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
