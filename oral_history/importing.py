"""
Importing interviews (OHMS XML) and transcripts or indexes (WebVTT, SRT, timestamped text, OHMS)
into the archive. Shared by the management commands and the admin's upload views.

A file is read and checked whole before anything is written; then everything is written in one
transaction. A bad file changes nothing and its error names the line.
"""

import datetime

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from archive.programme.models import Person
from archive.programme.models.people import person_name_key
from base.access import AccessLevel
from oral_history.formats import FormatError, read_ohms, read_transcript
from oral_history.models import (
    IndexSegment,
    InterviewPage,
    InterviewParticipant,
    OralHistoryIndexPage,
    ParticipantRole,
    TranscriptCue,
)
from search import signals as search_index


class OralHistoryImportError(Exception):
    """A file or a request that cannot be imported, with a message for the person importing."""


def parse_access(text):
    """'public', 'registered', 'closed' or 'embargoed:YYYY-MM-DD' → (level, embargo date)."""
    level, _sep, date = text.partition(":")
    if level not in AccessLevel.values:
        raise OralHistoryImportError(
            f"unknown access {text!r}: use public, registered, closed or embargoed:YYYY-MM-DD."
        )
    if level == AccessLevel.EMBARGOED:
        try:
            return level, datetime.date.fromisoformat(date)
        except ValueError as error:
            raise OralHistoryImportError(
                "an embargo needs its end date: embargoed:YYYY-MM-DD."
            ) from error
    if date:
        raise OralHistoryImportError(f"only an embargo takes a date, not {level!r}.")
    return level, None


def oral_history_index(language):
    index = OralHistoryIndexPage.objects.filter(locale__language_code=language).first()
    if index is None:
        raise OralHistoryImportError(
            f"there is no oral history page in {language!r}: run manage.py load_la_clef first."
        )
    return index


def import_ohms(data, *, language="fr", access="public", embargo_until=None):
    """Create an interview from an OHMS file; return the published page."""
    try:
        record = read_ohms(data)
    except FormatError as error:
        raise OralHistoryImportError(str(error)) from error
    index = oral_history_index(language)
    identifier = record.accession or record.title
    existing = InterviewPage.objects.filter(external_id=identifier).first()
    if existing is not None:
        raise OralHistoryImportError(
            f"this interview was imported already, as {existing.full_url or existing.url}; "
            f"nothing was changed."
        )
    with transaction.atomic():
        page = InterviewPage(
            title=record.title[:255],
            slug=_free_slug(index, record.title),
            external_id=identifier,
            date=record.date,
            summary=record.summary[:400],
            languages="; ".join(filter(None, [record.language, record.alt_language])),
            rights="\n\n".join(filter(None, [record.rights, record.usage])),
            access_level=access,
            embargo_until=embargo_until,
        )
        people = Person.objects.by_name_key()
        page.participants = [
            InterviewParticipant(
                person=_person(people, name, "narrator"), role=ParticipantRole.NARRATOR
            )
            for name in record.interviewees
        ] + [
            InterviewParticipant(
                person=_person(people, name, "interviewer"), role=ParticipantRole.INTERVIEWER
            )
            for name in record.interviewers
        ]
        page.segments = [_segment(segment) for segment in record.transcript.segments]
        index.add_child(instance=page)
        page.save_revision().publish()
        replace_cues(page, record.transcript.cues)
    return page


def attach_transcript(page, name, data, *, index=False):
    """Replace the interview's transcript (or its index) with the file's; return a summary."""
    try:
        transcript = read_transcript(name, data, index=index)
    except FormatError as error:
        raise OralHistoryImportError(str(error)) from error
    with transaction.atomic():
        if index or (name.lower().endswith(".xml") and transcript.segments):
            if not transcript.segments:
                raise OralHistoryImportError(_("the file has no index segments."))
            _replace_segments(page, transcript.segments)
        if not index:
            if not transcript.cues:
                raise OralHistoryImportError(_("the file has no transcript."))
            replace_cues(page, transcript.cues)
    return transcript


def replace_cues(page, cues):
    """The interview's transcript becomes these cues, in their order."""
    TranscriptCue.objects.filter(interview=page).delete()
    TranscriptCue.objects.bulk_create(
        TranscriptCue(
            interview=page,
            position=position,
            start=cue.start,
            end=cue.end,
            speaker=cue.speaker[:100],
            text=cue.text,
        )
        for position, cue in enumerate(cues)
    )
    search_index.schedule("oral_history.interview", [page.pk])


def _replace_segments(page, segments):
    """Segments belong to the page's revisions: replace them in a new revision, and publish it
    only if the page had no unpublished draft, so that an editor's draft is never pushed live."""
    had_draft = page.has_unpublished_changes
    latest = page.get_latest_revision_as_object()
    latest.segments = [_segment(segment) for segment in segments]
    revision = latest.save_revision()
    if page.live and not had_draft:
        revision.publish()


def _segment(segment):
    return IndexSegment(
        start=segment.start,
        title=segment.title[:255] or "—",
        partial_transcript=segment.partial_transcript,
        synopsis=segment.synopsis,
        keywords="; ".join(segment.keywords),
        subjects="; ".join(segment.subjects),
        title_alt=segment.title_alt[:255],
        synopsis_alt=segment.synopsis_alt,
        partial_transcript_alt=segment.partial_transcript_alt,
        keywords_alt="; ".join(segment.keywords_alt),
        subjects_alt="; ".join(segment.subjects_alt),
        hyperlinks=segment.hyperlinks,
        gps_points=segment.gps_points,
    )


def _person(people, name, role):
    """
    The person `name` is (`person_name_key`, the rule of every importer), or a new one; `people`
    is `Person.objects.by_name_key()`, and learns the people created.
    """
    key = person_name_key(name)
    person = Person.objects.get(pk=people[key][0]) if key in people else Person(name=name, roles=[])
    if role not in (person.roles or []):
        person.roles = [*(person.roles or []), role]
        person.save()
    people[key] = (person.pk,)
    return person


def _free_slug(index, title):
    base = slugify(title)[:70].strip("-") or "interview"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug
