"""
An interview's recordings are as restricted as the interview, and open with it to a researcher
holding a grant for it (registered in `apps.py`).

A recording used by an interview with a passage withheld today is closed to everyone but editors
wherever the original would be served (its address, the media library's player and manifest,
its captions and transcript files): visitors hear the interview's public version instead, with
the passages silenced (`oral_history.public_recordings`).
"""

from django.db.models import Exists, OuterRef, Q

from base import access
from base.access import AccessLevel, granted_pages, is_editor
from oral_history.models import InterviewRecording, Redaction

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
        withheld = Redaction.objects.filter(
            Q(until__isnull=True) | Q(until__gt=access.today()), interview=OuterRef("interview")
        )
        links = (
            InterviewRecording.objects.filter(media__in=items)
            .select_related("interview")
            .annotate(silenced=Exists(withheld))
        )
        silenced = {link.media_id for link in links if link.silenced}
        if silenced and is_editor(user):
            silenced = set()
        shut = [
            link
            for link in links
            if link.media_id not in silenced
            and not (link.interview.is_listed_for(user) and link.interview.is_open_by_level(user))
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
        return {link.media_id for link in shut} | silenced

    def granted(self, items, user):
        """Of `items`, those used by a registered or embargoed interview this user was granted."""
        links = InterviewRecording.objects.filter(
            media__in=items,
            interview__in=granted_pages(user).values("pk"),
            interview__access_level__in=GRANTABLE,
        )
        return set(links.values_list("media_id", flat=True))
