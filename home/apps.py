from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and history")

    def ready(self):
        from home import search_documents  # noqa: F401 - a chapter's events are searched
