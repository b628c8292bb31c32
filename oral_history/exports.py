"""
Downloads of an interview, built from `Passages`: restricted passages never reach a file, and
each cue's speaker is the one the reader may read (`cue.speaker_label`, `oral_history.naming`).
"""

from oral_history.formats import Cue, Segment
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
