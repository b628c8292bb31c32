from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BaseConfig(AppConfig):
    """What every domain builds on; it imports none of them."""

    name = "base"
    verbose_name = _("Shared base")

    def ready(self):
        from base import page_tree_signals

        page_tree_signals.connect()
