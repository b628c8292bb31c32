"""
The people the oral history shows to the public, registered with `archive.programme.visibility`
in `apps.py`:

- the participants of a live interview listed to the public (public, for approved researchers,
  or embargoed: its summary and people are listed, `base.access`) who appear in it under their
  full name (`InterviewParticipant.public_name`). A narrator known by initials, a pseudonym or
  nothing is not made public by it: their record would name them beside the interview;
- the people named or heard in a restricted passage that has opened (its `until` has come) of a
  live interview open to the public (public, or embargoed until a day that has come), unless they
  take part in that interview under another name than their own. Until then the passage makes
  nobody public; on its day it does, by itself: `passage_openings` tells the search on which day
  (`Person.objects.indexed`), and every other channel reads today's date in its query.

A person who speaks only in closed interviews, or is named only in withheld passages, is not
made public by them. Days are read from `base.access.today`, as the embargoes'.
"""

from django.db.models import Case, DateField, Exists, F, OuterRef, Q, Value, When

from base import access
from base.access import AccessLevel
from oral_history.models import InterviewParticipant, PublicName, Redaction


def participants():
    return (
        InterviewParticipant.objects.filter(interview__live=True, public_name=PublicName.FULL_NAME)
        .exclude(interview__access_level=AccessLevel.CLOSED)
        .values("person_id")
    )


def _passage_people():
    """A passage's people in a live interview, but not those it names otherwise than in full."""
    named_otherwise = InterviewParticipant.objects.filter(
        interview_id=OuterRef("redaction__interview_id"), person_id=OuterRef("person_id")
    ).exclude(public_name=PublicName.FULL_NAME)
    return (
        Redaction.people.through.objects.filter(
            redaction__interview__live=True, redaction__until__isnull=False
        )
        .filter(
            Q(redaction__interview__access_level=AccessLevel.PUBLIC)
            | Q(redaction__interview__access_level=AccessLevel.EMBARGOED)
        )
        .exclude(Exists(named_otherwise))
        .annotate(
            opens=Case(
                When(  # an embargo without its date never opens (refused when saved)
                    redaction__interview__access_level=AccessLevel.EMBARGOED,
                    redaction__interview__embargo_until__isnull=True,
                    then=Value(None, output_field=DateField()),
                ),
                When(
                    redaction__interview__access_level=AccessLevel.EMBARGOED,
                    redaction__interview__embargo_until__gt=F("redaction__until"),
                    then=F("redaction__interview__embargo_until"),
                ),
                default=F("redaction__until"),
            )
        )
    )


def passage_people():
    """The people of the passages open today."""
    return _passage_people().filter(opens__lte=access.today()).values("person_id")


def passage_openings():
    """("person_id", "opens"): the people of passages still withheld, and the day each opens."""
    return _passage_people().filter(opens__gt=access.today()).values("person_id", "opens")


LINKS = {
    "oral_history.participant": participants,
    "oral_history.passage": passage_people,
}
# The role the OHMS import gives a narrator: shown only while an interview listed to the public
# shows them (`archive.programme.visibility.register`).
ROLES = {"oral_history.participant": ("narrator",)}
# Links that open by themselves on a later day (`archive.programme.visibility.register`).
OPENINGS = {"oral_history.passage": passage_openings}
