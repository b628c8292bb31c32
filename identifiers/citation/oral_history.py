"""
CSL items of interviews and of passages of them.

An interview is CSL's `interview`: its narrators are the authors and its interviewers the
`interviewer`s, each named as the public may read them (`oral_history.naming`, never the names
their consent withholds, whoever asks); the recording date is `event-date` (and `issued`, which
the styles date a reference by). A passage is the same item with its time range in the title and
its own permanent address, `/id/interview/<key>/<start>-<end>`.
"""

from django.urls import reverse
from django.utils.translation import gettext as _

from identifiers import absolute, key_of
from identifiers.citation.common import base_item, name, partial
from oral_history.formats.base import format_clock
from oral_history.models import ParticipantRole
from oral_history.naming import naming_for


def passage_url(interview, start, end):
    kwargs = {"key": key_of(interview), "start": start, "end": end}
    return absolute(reverse("permanent_passage", kwargs=kwargs))


def interview(page, passage=None, participants=None):
    naming = naming_for(page, None, participants)
    narrators = [name(named.label) for named in naming.of_role(ParticipantRole.NARRATOR)]
    interviewers = [name(named.label) for named in naming.of_role(ParticipantRole.INTERVIEWER)]
    date = partial(page)
    title = page.title
    fields = {}
    if passage is not None:
        start, end = passage
        title = _("%(title)s, from %(start)s to %(end)s") % {
            "title": page.title,
            "start": format_clock(start),
            "end": format_clock(end),
        }
        fields["URL"] = passage_url(page, start, end)
    item = base_item(
        page,
        "interview",
        title,
        author=narrators,
        interviewer=interviewers,
        issued=date,
        **{"event-date": date, "event-place": page.place},
        medium=_("Audio recording"),
        archive=_("La Clef Archive, oral history"),
        **{"archive_location": page.external_id},
    )
    if passage is not None:
        item["id"] = f"{item['id']}-{passage[0]}-{passage[1]}"
    return {**item, **fields}
