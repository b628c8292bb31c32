"""
What an import changes in an event, field by field, as the editor reads it before confirming.

The importer compares an event's state in the archive with the state a row asks for, both as
plain text (names rather than ids, the date at its precision, the event type's code), so that
the same comparison gives the "what will change" report and the fingerprint of the plan that the
confirmation checks: ids of records made during the check are not the ones the real run makes.
"""

from dataclasses import dataclass, field

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from archive.programme.format import format_guest, format_time, join_list
from archive.programme.models.screenings import event_type_labels
from base.dates import PartialDate

FIELD_LABELS = {
    "date": _("date"),
    "date_end": _("end date"),
    "time": _("time"),
    "event_type": _("event type"),
    "title": _("French title"),
    "title_en": _("English title"),
    "films": _("films"),
    "series": _("series"),
    "venue": _("venue"),
    "guests": _("guests"),
    "tags": _("Tags"),
    "notes": _("French notes"),
    "notes_en": _("English notes"),
    "source": _("source"),
}


@dataclass
class Labels:
    """The names of the records an event links to, by id, read once per import."""

    series: dict = field(default_factory=dict)
    venues: dict = field(default_factory=dict)
    films: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    tags: dict = field(default_factory=dict)


def plain_state(state, labels):
    """{field: text} of an event's state (`Writer.current` or `Writer.desired`)."""
    fields = state["fields"]
    date_end = fields["date_end"]
    return {
        "date": PartialDate(fields["date"], fields["date_precision"]).isoformat(),
        "date_end": PartialDate(date_end, fields["date_end_precision"]).isoformat()
        if date_end
        else "",
        "time": format_time(fields["time"]),
        "event_type": fields["event_type"],
        "title": fields["title"],
        "title_en": fields["title_en"],
        "films": " / ".join(labels.films[pk] for pk in state["films"]),
        "series": labels.series.get(fields["series_id"], ""),
        "venue": labels.venues.get(fields["venue_id"], ""),
        "guests": join_list(format_guest(labels.people[pk], role) for pk, role in state["guests"]),
        "tags": join_list(sorted(labels.tags[pk] for pk in state["tags"])),
        "notes": fields["notes"],
        "notes_en": fields["notes_en"],
        "source": fields["source"],
    }


@dataclass
class FieldChange:
    key: str
    before: str
    after: str

    @property
    def label(self):
        return FIELD_LABELS[self.key]

    def _shown(self, value):
        if self.key == "event_type":
            return event_type_labels(get_language()).get(value, value)
        return value

    @property
    def before_shown(self):
        return self._shown(self.before)

    @property
    def after_shown(self):
        return self._shown(self.after)


@dataclass
class RecordChange:
    """
    An existing event the file changes. `conflict`: it was saved in the archive after the file
    was exported (or, for a file without an export time, by a person in the admin), so its
    changes are applied only when the editor chooses to overwrite it (`applied`).
    """

    row: int
    external_id: str
    date: str
    name: str
    fields: list
    conflict: bool = False
    applied: bool = True


def compare(before, after):
    """The FieldChanges from one plain state to another, in the order of FIELD_LABELS."""
    return [
        FieldChange(key, before[key], after[key])
        for key in FIELD_LABELS
        if before[key] != after[key]
    ]


def record_change(row, screening, before, after, *, conflict, applied):
    name = before["title"] or before["title_en"] or before["films"] or before["event_type"]
    return RecordChange(
        row=row,
        external_id=screening.external_id,
        date=before["date"],
        name=name,
        fields=compare(before, after),
        conflict=conflict,
        applied=applied,
    )
