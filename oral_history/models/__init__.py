"""Models of the oral history app, re-exported for `oral_history.models.X` imports."""

from .pages import InterviewKind, InterviewPage, OralHistoryIndexPage
from .people import (
    ConsentedAccess,
    InterviewParticipant,
    InterviewRecording,
    InterviewTag,
    ParticipantRole,
    PublicName,
)
from .public_recordings import PublicRecording, SilencedPicture
from .transcripts import IndexSegment, Redaction, TranscriptCue

__all__ = [
    "ConsentedAccess",
    "IndexSegment",
    "InterviewKind",
    "InterviewPage",
    "InterviewParticipant",
    "InterviewRecording",
    "InterviewTag",
    "OralHistoryIndexPage",
    "ParticipantRole",
    "PublicName",
    "PublicRecording",
    "Redaction",
    "SilencedPicture",
    "TranscriptCue",
]
