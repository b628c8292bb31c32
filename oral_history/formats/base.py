import re
from dataclasses import dataclass, field

TIMESTAMP_RE = re.compile(r"^(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{2})(?:[.,](?P<ms>\d{1,3}))?$")


class FormatError(ValueError):
    """A file that cannot be read, with the line where the problem is, when there is one."""

    def __init__(self, message, line=None):
        self.message = message
        self.line = line
        super().__init__(f"line {line}: {message}" if line else message)


@dataclass
class Cue:
    """A stretch of speech: its start and end in seconds (None when untimed), speaker and words."""

    start: float | None
    end: float | None
    text: str
    speaker: str = ""
    identifier: str = ""


@dataclass
class Segment:
    """An index entry in the OHMS manner: a titled, described moment of the recording."""

    start: float
    title: str
    partial_transcript: str = ""
    synopsis: str = ""
    keywords: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    title_alt: str = ""
    partial_transcript_alt: str = ""
    synopsis_alt: str = ""
    keywords_alt: list[str] = field(default_factory=list)
    subjects_alt: list[str] = field(default_factory=list)
    hyperlinks: list[dict] = field(default_factory=list)
    gps_points: list[dict] = field(default_factory=list)


@dataclass
class Transcript:
    cues: list[Cue] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_timestamp(text, line=None):
    """'01:02:03.500', '02:03.5', '1:2:3' or '00:00:01,200' in seconds; FormatError if not."""
    match = TIMESTAMP_RE.match(text.strip())
    if not match:
        raise FormatError(f"{text.strip()!r} is not a time stamp like 00:01:02.500.", line)
    hours = int(match.group("h") or 0)
    minutes, seconds = int(match.group("m")), int(match.group("s"))
    if seconds > 59 or (match.group("h") is not None and minutes > 59):
        raise FormatError(f"{text.strip()!r} is not a real time.", line)
    millis = int((match.group("ms") or "0").ljust(3, "0"))
    return hours * 3600 + minutes * 60 + seconds + millis / 1000


def format_timestamp(seconds, separator="."):
    """Seconds as hh:mm:ss.mmm (WebVTT) or hh:mm:ss,mmm (SRT)."""
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def format_clock(seconds):
    """Seconds as h:mm:ss for people: 0:01:05, 1:02:03."""
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def split_terms(text):
    """OHMS keywords and subjects: separated by semicolons."""
    return [term.strip() for term in (text or "").split(";") if term.strip()]
