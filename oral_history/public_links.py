"""
The people the oral history shows to the public, registered with `archive.programme.visibility`
in `apps.py`: the narrators and interviewers of a live interview listed to the public (public,
for approved researchers, or embargoed: its summary and people are listed, `base.access`). A
person who speaks only in closed interviews is not made public by them.
"""

from base.access import AccessLevel
from oral_history.models import InterviewParticipant


def participants():
    return (
        InterviewParticipant.objects.filter(interview__live=True)
        .exclude(interview__access_level=AccessLevel.CLOSED)
        .values("person_id")
    )


LINKS = {"oral_history.participant": participants}
# The role the OHMS import gives a narrator: shown only while an interview listed to the public
# shows them (`archive.programme.visibility.register`).
ROLES = {"oral_history.participant": ("narrator",)}
