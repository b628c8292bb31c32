from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeafletsConfig(AppConfig):
    """Scanned leaflets read by Tesseract, turned into programme rows an editor checks."""

    name = "leaflets"
    verbose_name = _("Leaflets")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The OCR text of public scans is found by the site search.
        from leaflets import search_documents  # noqa: F401
