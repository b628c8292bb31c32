"""
Downloads of an interview, built from `Passages`: restricted passages never reach a file, and
each cue's speaker is the one the reader may read (`cue.speaker_label`, `oral_history.naming`).
The PDF holds the plain text's lines, under a title block naming the participants as the reader
may read them (`archive.media.transcript_pdf`).
"""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from archive.media.transcript_pdf import Line, Transcript, pdf, reference_of
from oral_history.formats import Cue, Segment
from oral_history.formats.base import format_clock
from oral_history.formats.writers import (
    to_json,
    to_plain_text,
    to_webvtt_captions,
    to_webvtt_chapters,
)
from oral_history.public_recordings.states import merged


def _cues(passages):
    return [
        Cue(start=c.start, end=c.end, text=c.text, speaker=c.speaker_label) for c in passages.cues
    ]


def _segments(passages):
    return [
        Segment(
            start=s.start,
            title=s.title,
            partial_transcript=s.partial_transcript,
            synopsis=s.synopsis,
            keywords=s.keyword_list,
            subjects=s.subject_list,
        )
        for s in passages.segments
    ]


def captions(passages):
    return to_webvtt_captions(_cues(passages))


def chapters(passages, duration=None):
    return to_webvtt_chapters(_segments(passages), duration)


def plain_text(interview, passages):
    return to_plain_text(_cues(passages), title=interview.title)


def _details(interview, naming):
    """The title block: each role with its people, the date, the place, the rights."""
    roles = {}
    for named in naming.named:
        roles.setdefault(str(named.role_label), []).append(named.label)
    details = [(role, ", ".join(labels)) for role, labels in roles.items()]
    if interview.partial_date:
        details.append((_("Date"), interview.partial_date.display()))
    if interview.place:
        details.append((_("Place"), interview.place))
    if interview.rights:
        details.append((_("Rights"), interview.rights))
    return tuple(details)


def transcript(interview, passages, naming):
    """What the PDF holds, in the page's language (the active one)."""
    reference, url = reference_of(interview, [named.participant for named in naming.named])
    lines = tuple(
        Line(
            clock=format_clock(cue.start) if cue.start is not None else "",
            speaker=cue.speaker or "",
            text=cue.text,
        )
        for cue in _cues(passages)
    )
    return Transcript(
        title=interview.title,
        language=get_language(),
        details=_details(interview, naming),
        lines=lines,
        reference=reference,
        permanent_url=url,
    )


def transcript_pdf(interview, passages, naming):
    """
    The PDF. What anyone who may open the interview reads is the same for all but editors (who
    read the names in full), so it is shared when the interview is open to everyone.
    """
    shareable = not naming.reveal and interview.is_open_to(AnonymousUser())
    return pdf(transcript(interview, passages, naming), shareable)


def as_json(interview, passages, request, naming):
    metadata = {
        "title": interview.title,
        "participants": [
            {"name": named.label, "role": named.participant.role} for named in naming.named
        ],
        "url": interview.get_full_url(request),
        "date": interview.partial_date.isoformat() if interview.partial_date else None,
        "languages": interview.language_list(),
        "duration": interview.duration,
        "restricted_passages": [
            {"start": r.start, "end": r.end, "until": r.until.isoformat() if r.until else None}
            for r in passages.redactions
        ],
        # What the public version of the recording is silent in: the passages withheld today.
        "silenced": [{"start": start, "end": end} for start, end in merged(passages.redactions)],
    }
    return to_json(metadata, _cues(passages), _segments(passages))
