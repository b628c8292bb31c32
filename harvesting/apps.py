from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HarvestingConfig(AppConfig):
    """What machines read: the OAI-PMH repository at /oai/ and the read API at /api/v1/."""

    name = "harvesting"
    verbose_name = _("Harvesting")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from harvesting import signals

        signals.connect()
