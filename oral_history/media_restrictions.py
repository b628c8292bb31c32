"""An interview's recordings are as restricted as the interview (registered in `apps.py`)."""

from base.access import AccessLevel
from oral_history.models import InterviewRecording


class InterviewRecordings:
    def unlisted(self, user):
        """Recordings of closed interviews appear in no listing."""
        closed = InterviewRecording.objects.filter(interview__access_level=AccessLevel.CLOSED)
        return closed.values("media_id")

    def closed(self, items, user):
        """Of `items`, those used by an interview this user may not hear (one query)."""
        return {
            link.media_id
            for link in InterviewRecording.objects.filter(media__in=items).select_related(
                "interview"
            )
            if not (link.interview.is_listed_for(user) and link.interview.is_open_to(user))
        }
