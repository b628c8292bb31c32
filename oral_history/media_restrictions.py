"""
An interview's recordings are as restricted as the interview, and open with it to a researcher
holding a grant for it (registered in `apps.py`).
"""

from base.access import AccessLevel, granted_pages
from oral_history.models import InterviewRecording

GRANTABLE = [AccessLevel.REGISTERED, AccessLevel.EMBARGOED]


class InterviewRecordings:
    def unlisted(self, user):
        """Recordings of closed interviews appear in no listing."""
        closed = InterviewRecording.objects.filter(interview__access_level=AccessLevel.CLOSED)
        return closed.values("media_id")

    def closed(self, items, user):
        """
        Of `items`, those used by an interview this user may not hear: two queries at most, the
        second only for a signed-in user whom an interview's level alone keeps out.
        """
        links = InterviewRecording.objects.filter(media__in=items).select_related("interview")
        shut = [
            link
            for link in links
            if not (link.interview.is_listed_for(user) and link.interview.is_open_by_level(user))
        ]
        if shut and user and user.is_authenticated:
            keys = set(granted_pages(user).values_list("translation_key", flat=True))
            shut = [
                link
                for link in shut
                if not (
                    link.interview.access_level in GRANTABLE
                    and link.interview.translation_key in keys
                )
            ]
        return {link.media_id for link in shut}

    def granted(self, items, user):
        """Of `items`, those used by a registered or embargoed interview this user was granted."""
        links = InterviewRecording.objects.filter(
            media__in=items,
            interview__in=granted_pages(user).values("pk"),
            interview__access_level__in=GRANTABLE,
        )
        return set(links.values_list("media_id", flat=True))
