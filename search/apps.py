from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        # `documents` registers the pages' kind; the domains register theirs in their own apps.
        from search import documents, signals, views  # noqa: F401
        from search.models import SearchPage

        SearchPage.search_views = views
        signals.connect()
