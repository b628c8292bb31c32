"""
Writers for what researchers take away: WebVTT captions (for the player's captions track),
WebVTT chapters (from the index), plain text, and JSON.

They write what they are given: the caller passes cues and segments that redaction has already
filtered, so that nothing restricted can reach a file.
"""

import json

from .base import format_clock, format_timestamp


def _vtt_text(text):
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("-->", "--&gt;")
    )


def to_webvtt_captions(cues):
    """WebVTT captions with the speaker as a voice tag; untimed cues cannot be captions."""
    blocks = ["WEBVTT"]
    for number, cue in enumerate((c for c in cues if c.start is not None), start=1):
        end = cue.end if cue.end is not None and cue.end > cue.start else cue.start + 1
        voice = f"<v {_vtt_text(cue.speaker)}>" if cue.speaker else ""
        blocks.append(
            f"{number}\n{format_timestamp(cue.start)} --> {format_timestamp(end)}\n"
            f"{voice}{_vtt_text(cue.text)}"
        )
    return "\n\n".join(blocks) + "\n"


def to_webvtt_chapters(segments, duration=None):
    """One chapter per index segment, each ending where the next begins."""
    blocks = ["WEBVTT"]
    ordered = sorted(segments, key=lambda segment: segment.start)
    for number, segment in enumerate(ordered, start=1):
        following = ordered[number] if number < len(ordered) else None
        end = following.start if following else (duration or segment.start + 60)
        end = max(end, segment.start + 1)
        blocks.append(
            f"chapter-{number}\n{format_timestamp(segment.start)} --> {format_timestamp(end)}\n"
            f"{_vtt_text(segment.title)}"
        )
    return "\n\n".join(blocks) + "\n"


def to_plain_text(cues, title=""):
    lines = [title, ""] if title else []
    for cue in cues:
        stamp = f"[{format_clock(cue.start)}] " if cue.start is not None else ""
        speaker = f"{cue.speaker}: " if cue.speaker else ""
        lines.append(f"{stamp}{speaker}{cue.text}")
        lines.append("")
    return "\n".join(lines)


def to_json(metadata, cues, segments):
    return json.dumps(
        {
            **metadata,
            "transcript": [
                {"start": cue.start, "end": cue.end, "speaker": cue.speaker, "text": cue.text}
                for cue in cues
            ],
            "index": [
                {
                    "start": segment.start,
                    "title": segment.title,
                    "partial_transcript": segment.partial_transcript,
                    "synopsis": segment.synopsis,
                    "keywords": segment.keywords,
                    "subjects": segment.subjects,
                }
                for segment in segments
            ],
        },
        ensure_ascii=False,
        indent=2,
    )
