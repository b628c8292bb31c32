"""Factories for the home app's pages and records, used by the tests and nothing else."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from base.dates import DatePrecision
from home.models import HistoryChapterPage, HistoryEvent, HistoryIndexPage, HomePage, Source


class HomePageFactory(wagtail_factories.PageFactory):
    title = "La Clef Archive"
    slug = factory.Sequence(lambda n: f"home-{n}")
    introduction = "<p>An associative cinema in Paris.</p>"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = HomePage


class SectionPageFactory(wagtail_factories.PageFactory):
    introduction = "<p>A section of the archive.</p>"
    show_in_menus = True
    locale = factory.LazyFunction(Locale.get_default)


class HistoryIndexPageFactory(SectionPageFactory):
    title = "History"
    slug = "history"

    class Meta:
        model = HistoryIndexPage


class SourceFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Source {n}")
    publisher = "Encyclopedia article"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Source


class HistoryChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chapter {n}")
    slug = factory.Sequence(lambda n: f"chapter-{n}")
    period_start = 1973
    period_end = 1989
    summary = "An era of La Clef."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = HistoryChapterPage


class HistoryEventFactory(factory.django.DjangoModelFactory):
    chapter = factory.SubFactory(HistoryChapterPageFactory)
    date = datetime.date(1973, 1, 1)
    date_precision = DatePrecision.YEAR
    title = factory.Sequence(lambda n: f"Event {n}")
    text = "Something happened."

    class Meta:
        model = HistoryEvent
        skip_postgeneration_save = True

    @factory.post_generation
    def sources(self, create, extracted, **kwargs):
        if create and extracted:
            self.sources.set(extracted)
