from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    """One app, three domains: the programme, the media library and the exhibitions."""

    name = "archive"
    verbose_name = _("Archive")

    def ready(self):
        from archive.media.pages import MediaIndexPage
        from archive.programme import signals
        from archive.programme.pages import ArchiveIndexPage
        from base import sections

        sections.register("archive", ArchiveIndexPage)
        sections.register("media", MediaIndexPage)
        signals.connect()
