"""
Timestamped plain text, the common word-processor transcript:

    INTERVIEWEE: ...            (a header, ignored)
    [00:00:05]
    SMITH: First paragraph ...

    JONES: Second paragraph ...
    [00:01:10]
    ...

A `[hh:mm:ss]` line starts a new timed passage; each paragraph is a cue that starts at the latest
time stamp and ends where the next cue starts. A paragraph without a `SPEAKER:` label continues
the previous speaker's turn.
"""

import re

from .base import Cue, FormatError, Transcript, parse_timestamp

STAMP_RE = re.compile(r"^\[(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?)\]\s*(?P<rest>.*)$")
SPEAKER_RE = re.compile(r"^(?P<speaker>[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{0,40}):\s+(?P<text>.*)$")


def read_timestamped_text(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    cues = []
    current_time = None
    last_stamp = -1.0
    paragraph, speaker, paragraph_start = [], "", None

    def close_paragraph():
        nonlocal paragraph
        if paragraph and current_time is not None:
            cues.append(
                Cue(start=paragraph_start, end=None, text=" ".join(paragraph), speaker=speaker)
            )
        paragraph = []

    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        stamp = STAMP_RE.match(stripped)
        if stamp:
            close_paragraph()
            seconds = parse_timestamp(stamp.group("time"), number)
            if seconds < last_stamp:
                raise FormatError("this time stamp is earlier than the one before it.", number)
            current_time = last_stamp = seconds
            stripped = stamp.group("rest").strip()
            if not stripped:
                continue
        if not stripped:
            close_paragraph()
            continue
        if current_time is None:
            continue  # the header before the first time stamp
        said = SPEAKER_RE.match(stripped)
        if said:
            close_paragraph()
            speaker, stripped = said.group("speaker").strip(), said.group("text")
        if not paragraph:
            paragraph_start = current_time
        paragraph.append(stripped)
    close_paragraph()
    if not cues:
        raise FormatError("no [hh:mm:ss] time stamp followed by text was found.")
    for cue, following in zip(cues, cues[1:], strict=False):
        cue.end = max(cue.start, following.start)
    cues[-1].end = cues[-1].start
    return Transcript(cues=cues)
