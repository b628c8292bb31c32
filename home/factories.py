"""Factories for the home app's pages, used by the tests and nothing else."""

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import HistoryIndexPage, HomePage


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
