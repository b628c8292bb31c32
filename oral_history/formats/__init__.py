"""
Transcript and index formats, read into plain data and written back out.

Readers: WebVTT, SubRip (SRT), timestamped plain text and OHMS XML (versions 4 to 6). Writers:
WebVTT captions, WebVTT chapters, plain text and JSON. Nothing here touches the database: the
importers turn `Transcript` data into records, and the exporters receive records already
stripped of anything restricted.
"""

from .base import Cue, FormatError, Segment, Transcript
from .detect import read_transcript
from .ohms import OhmsInterview, read_ohms
from .writers import to_json, to_plain_text, to_webvtt_captions, to_webvtt_chapters

__all__ = [
    "Cue",
    "FormatError",
    "OhmsInterview",
    "Segment",
    "Transcript",
    "read_ohms",
    "read_transcript",
    "to_json",
    "to_plain_text",
    "to_webvtt_captions",
    "to_webvtt_chapters",
]
