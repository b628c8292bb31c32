"""
WebVTT and SubRip readers.

Our own, rather than webvtt-py's: webvtt-py drops a malformed cue without a word, accepts a cue
that ends before it starts and names no line, and an archive must refuse such a file and say
where it is wrong. webvtt-py is used in the tests as an independent reader of what we write.
"""

import html
import json
import re

from .base import Cue, FormatError, Segment, Transcript, parse_timestamp

TIMING_RE = re.compile(r"^(?P<start>\S+)\s+-->\s+(?P<end>\S+)(?P<settings>.*)$")
VOICE_RE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>")
BLOCKS_TO_SKIP = ("NOTE", "STYLE", "REGION")


def read_webvtt(text, *, require_header=True, lenient_end=False):
    """
    Cues of a WebVTT file. `require_header=False` reads the WebVTT that OHMS 6 embeds, which may
    lack its header; `lenient_end` accepts OHMS's last cue that ends at 00:00:00.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    if lines and lines[0].startswith("WEBVTT"):
        lines[0] = ""
    elif require_header:
        raise FormatError("a WebVTT file must start with the word WEBVTT.", 1)
    cues = []
    for block in _blocks(lines):
        first_line, block_lines = block
        if block_lines[0].split(" ")[0].upper() in BLOCKS_TO_SKIP and "-->" not in block_lines[0]:
            continue
        identifier = ""
        timing_index = 0
        if "-->" not in block_lines[0]:
            if len(block_lines) < 2 or "-->" not in block_lines[1]:
                raise FormatError(
                    f"expected a timing line like '00:00:01.000 --> 00:00:04.000', found "
                    f"{block_lines[0]!r}.",
                    first_line,
                )
            identifier, timing_index = block_lines[0].strip(), 1
        line_number = first_line + timing_index
        start, end = _timing(block_lines[timing_index], line_number)
        if end < start:
            if not lenient_end:
                raise FormatError("this cue ends before it starts.", line_number)
            end = start
        body = block_lines[timing_index + 1 :]
        speaker, words = _cue_text(body)
        cues.append(Cue(start=start, end=end, text=words, speaker=speaker, identifier=identifier))
    return cues


def read_webvtt_transcript(text):
    return Transcript(cues=read_webvtt(text))


def read_webvtt_index(text):
    """
    An index exported as WebVTT (Aviary's form): each cue's identifier is a segment's title.
    Without annotations, the cue's text is the partial transcript; with OHMS fields given as JSON
    annotation lines (Keywords, Subjects, Partial Transcript, GPS…, Hyperlink…), its plain text
    is the synopsis.
    """
    segments = []
    for cue in read_webvtt(text):
        plain, fields = [], {}
        for number, line in enumerate(cue.text.split("\n")):
            stripped = line.strip()
            if stripped.startswith("{"):
                try:
                    annotation = json.loads(stripped)
                except ValueError as error:
                    raise FormatError(
                        f"annotation {number + 1} of cue {cue.identifier!r} is not valid JSON."
                    ) from error
                label = next(iter(annotation.get("label", {}).values()), [""])[0].lower()
                fields[label] = str(annotation.get("value", ""))
            elif stripped:
                plain.append(stripped)
        text_lines = " ".join(plain)
        segments.append(
            Segment(
                start=cue.start,
                title=cue.identifier or text_lines,
                partial_transcript=fields.get("partial transcript", "" if fields else text_lines),
                synopsis=text_lines if fields else "",
                keywords=_terms(fields.get("keywords", "")),
                subjects=_terms(fields.get("subjects", "")),
                hyperlinks=_links(fields),
                gps_points=_gps(fields),
            )
        )
    return Transcript(segments=segments)


def _links(fields):
    urls = _terms(fields.get("hyperlink", ""))
    texts = _terms(fields.get("hyperlink description", ""))
    return [{"url": url, "text": texts[i] if i < len(texts) else ""} for i, url in enumerate(urls)]


def _gps(fields):
    pairs = [pair for pair in fields.get("gps coordinates", "").split(";") if pair.strip()]
    texts = _terms(fields.get("gps description", ""))
    points = []
    for i, pair in enumerate(pairs):
        latitude, _, longitude = pair.partition(",")
        try:
            points.append(
                {
                    "latitude": float(latitude),
                    "longitude": float(longitude),
                    "zoom": "",
                    "text": texts[i] if i < len(texts) else "",
                }
            )
        except ValueError as error:
            raise FormatError(f"GPS coordinates {pair!r} are not 'latitude,longitude'.") from error
    return points


def read_srt(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    cues = []
    for first_line, block_lines in _blocks(lines):
        timing_index = 0
        if "-->" not in block_lines[0]:
            if not block_lines[0].strip().isdigit() or len(block_lines) < 2:
                raise FormatError(
                    f"expected a cue number then a timing line, found {block_lines[0]!r}.",
                    first_line,
                )
            timing_index = 1
        line_number = first_line + timing_index
        start, end = _timing(block_lines[timing_index], line_number)
        if end < start:
            raise FormatError("this cue ends before it starts.", line_number)
        speaker, words = _cue_text(block_lines[timing_index + 1 :])
        cues.append(Cue(start=start, end=end, text=words, speaker=speaker))
    if not cues:
        raise FormatError("no cues found: is this really a SubRip (.srt) file?")
    return Transcript(cues=cues)


def _blocks(lines):
    """(1-based number of the block's first line, its lines) for each blank-separated block."""
    block, start = [], None
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not block:
                start = number
            block.append(line)
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def _timing(line, line_number):
    match = TIMING_RE.match(line.strip())
    if not match:
        raise FormatError(f"{line.strip()!r} is not a timing line.", line_number)
    return (
        parse_timestamp(match.group("start"), line_number),
        parse_timestamp(match.group("end"), line_number),
    )


def _cue_text(lines):
    """The cue's speaker (from a <v NAME> voice tag, closed or not) and its plain text."""
    joined = "\n".join(line.rstrip() for line in lines)
    voice = VOICE_RE.search(joined)
    speaker = voice.group(1).strip() if voice else ""
    joined = re.sub(r"<br\s*/?>", "\n", joined)
    words = html.unescape(TAG_RE.sub("", joined))
    return speaker, "\n".join(part.strip() for part in words.split("\n")).strip()


def _terms(text):
    """Aviary separates several values with semicolons or commas."""
    return [term.strip() for term in re.split(r"[;,]", text) if term.strip()]
