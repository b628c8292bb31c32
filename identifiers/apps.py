from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentifiersConfig(AppConfig):
    name = "identifiers"
    verbose_name = _("Permanent identifiers and citations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from identifiers import issuing

        issuing.connect()
