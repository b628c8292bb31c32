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

        # Who may be shown: the people each domain's public records link to.
        from archive.exhibitions import public_links as exhibition_links
        from archive.programme import public_links as programme_links
        from archive.programme import visibility

        for name, linked in {**programme_links.LINKS, **exhibition_links.LINKS}.items():
            visibility.register(name, linked)

        # Each domain registers its kinds of search documents and what makes them stale.
        from archive.exhibitions import search_documents as exhibition_documents  # noqa: F401
        from archive.media import search_documents as media_documents  # noqa: F401
        from archive.programme import search_documents as programme_documents  # noqa: F401
