"""Models of the oral history app, re-exported for `oral_history.models.X` imports."""

from .pages import InterviewKind, InterviewPage, OralHistoryIndexPage
from .people import InterviewParticipant, InterviewRecording, InterviewTag, ParticipantRole
from .transcripts import IndexSegment, Redaction, TranscriptCue

__all__ = [
    "IndexSegment",
    "InterviewKind",
    "InterviewPage",
    "InterviewParticipant",
    "InterviewRecording",
    "InterviewTag",
    "OralHistoryIndexPage",
    "ParticipantRole",
    "Redaction",
    "TranscriptCue",
]
