from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentifiersConfig(AppConfig):
    name = "identifiers"
    verbose_name = _("Permanent identifiers and citations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from archive.media import transcript_pdf
        from identifiers import issuing, references

        issuing.connect()
        transcript_pdf.register_reference(references.reference)
