from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OralHistoryConfig(AppConfig):
    name = "oral_history"
    verbose_name = _("Oral history")

    def ready(self):
        from archive.media import fixity as media_fixity
        from archive.media import restrictions
        from archive.programme import visibility
        from oral_history import (
            public_links,
            search_documents,  # noqa: F401 - registers the interviews' kind
        )
        from oral_history.media_restrictions import InterviewRecordings
        from oral_history.public_recordings import fixity, signals

        restrictions.register(InterviewRecordings())
        signals.connect()
        media_fixity.register(fixity.public_versions)
        for name, linked in public_links.LINKS.items():
            visibility.register(
                name,
                linked,
                roles=public_links.ROLES.get(name, ()),
                opening=public_links.OPENINGS.get(name),
            )
