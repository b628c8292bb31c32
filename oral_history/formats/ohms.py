"""
OHMS XML (the Oral History Metadata Synchronizer's format), versions 4 to 6, parsed with
defusedxml so that a hostile file cannot expand entities or reach the network.

- v4 has no namespace and its date is the `<date>` element's text; v5+ is namespaced and the
  date sits in `value`. Elements are matched by local name, whatever the namespace.
- Legacy transcripts are plain text with a `<sync>` field `N:|L(W)|L(W)…`: the k-th entry marks
  k×N minutes at line L, word W. Both are counted from 1: with lines counted from 0, 7 of the 28
  sync points of a real file (duarte_OH0344) and 142 of 582 of another (smythe_OH0042) would fall
  on the blank lines between paragraphs; counted from 1, none does.
- v6 replaces both by `<vtt_transcript>`, WebVTT in CDATA, sometimes without its header.
- Index points carry `*_alt` translated fields; GPS points and hyperlinks sit in `<gpspoints>` /
  `<hyperlinks>` wrappers (which may repeat) in v5.4, directly in `<point>` in v5.1.
"""

import datetime
import html
import re
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from .base import Cue, FormatError, Segment, Transcript, parse_timestamp, split_terms
from .subtitles import read_webvtt

SPEAKER_RE = re.compile(r"^(?P<speaker>[A-Z][A-Z .'-]{0,40}):\s*(?P<text>.*)$")
FOOTNOTE_REF_RE = re.compile(r"\[\[footnote\]\](\d+)\[\[/footnote\]\]")
FOOTNOTES_RE = re.compile(r"\[\[footnotes\]\](.*?)\[\[/footnotes\]\]", re.S)
NOTE_RE = re.compile(r"\[\[note\]\](.*?)\[\[/note\]\]", re.S)
CURLY_STAMP_RE = re.compile(r"\{\d{1,2}:\d{2}:\d{2}\}")


@dataclass
class OhmsInterview:
    """What an OHMS record says about an interview, plus its transcript and index."""

    version: str = ""
    title: str = ""
    title_alt: str = ""
    date: datetime.date | None = None
    date_text: str = ""
    accession: str = ""
    repository: str = ""
    collection: str = ""
    series: str = ""
    summary: str = ""
    rights: str = ""
    usage: str = ""
    language: str = ""
    alt_language: str = ""
    interviewees: list[str] = field(default_factory=list)
    interviewers: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    duration: float | None = None
    media_url: str = ""
    media_host: str = ""
    media_kind: str = ""
    transcript: Transcript = field(default_factory=Transcript)


def read_ohms(data):
    """Read OHMS XML from bytes or text; FormatError names the line of a malformed file."""
    try:
        root = SafeElementTree.fromstring(data)
    except DefusedXmlException as error:
        raise FormatError(f"the file uses forbidden XML features ({error}).") from error
    except SafeElementTree.ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else None
        raise FormatError(f"this is not well-formed XML ({error.msg}).", line) from error
    if _local(root.tag) != "ROOT":
        raise FormatError(f"an OHMS file starts with <ROOT>, not <{_local(root.tag)}>.")
    record = _child(root, "record")
    if record is None:
        raise FormatError("the OHMS file has no <record>.")

    interview = OhmsInterview(
        version=_text(record, "version"),
        title=_text(record, "title"),
        title_alt=_text(record, "title_alt"),
        accession=_text(record, "accession"),
        repository=_text(record, "repository"),
        collection=_text(record, "collection_name"),
        series=_text(record, "series_name"),
        summary=_text(record, "description"),
        rights=_text(record, "rights"),
        usage=_text(record, "usage"),
        language=_text(record, "language"),
        alt_language=_text(record, "transcript_alt_lang"),
        interviewees=_texts(record, "interviewee"),
        interviewers=_texts(record, "interviewer"),
        subjects=_texts(record, "subject"),
        keywords=_texts(record, "keyword"),
        media_url=_text(record, "media_url"),
    )
    if not interview.title:
        raise FormatError("the OHMS record has no <title>.")
    interview.date, interview.date_text = _date(record)
    interview.duration = _duration(_text(record, "duration"))
    mediafile = _child(record, "mediafile")
    if mediafile is not None:
        interview.media_host = _text(mediafile, "host")
        interview.media_kind = _text(mediafile, "clip_format")

    vtt = _text(record, "vtt_transcript", strip=False)
    if vtt.strip():
        try:
            cues = read_webvtt(vtt.strip(), require_header=False, lenient_end=True)
        except FormatError as error:
            raise FormatError(f"in <vtt_transcript>: {error.message}", error.line) from error
        interview.transcript.cues = [cue for cue in cues if not _is_marker(cue)]
    else:
        cues, notes = _legacy_transcript(_text(record, "transcript", strip=False), record)
        interview.transcript.cues = cues
        interview.transcript.notes = notes
    index = _child(record, "index")
    if index is not None:
        interview.transcript.segments = [_segment(point) for point in _children(index, "point")]
    return interview


def _local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, name):
    return [child for child in element if _local(child.tag) == name]


def _child(element, name):
    found = _children(element, name)
    return found[0] if found else None


def _text(element, name, strip=True):
    child = _child(element, name)
    if child is None or child.text is None:
        return ""
    return child.text.strip() if strip else child.text


def _texts(element, name):
    return [child.text.strip() for child in _children(element, name) if (child.text or "").strip()]


def _date(record):
    element = _child(record, "date")
    free_text = _text(record, "date_nonpreferred_format")
    if element is None:
        return None, free_text
    value = (element.get("value") or element.text or "").strip()
    if not value:
        return None, free_text
    try:
        return datetime.date.fromisoformat(value), free_text or value
    except ValueError:
        return None, free_text or value


def _duration(text):
    if not text:
        return None
    try:
        seconds = parse_timestamp(text)
    except FormatError:
        parts = text.split(":")
        if len(parts) != 3 or not all(part.isdigit() for part in parts):
            raise FormatError(f"<duration> {text!r} is not a duration like 1:02:03.") from None
        hours, minutes, secs = (int(part) for part in parts)
        seconds = hours * 3600 + minutes * 60 + secs
    return seconds or None


def _is_marker(cue):
    """OHMS 6 wraps its cues in NOTE-like TRANSCRIPTION/ANNOTATIONS BEGIN/END markers."""
    return cue.text.strip().upper() in {
        "TRANSCRIPTION BEGIN",
        "TRANSCRIPTION END",
        "ANNOTATIONS BEGIN",
        "ANNOTATIONS END",
    }


def _legacy_transcript(text, record):
    """Cues from a plain transcript and its <sync> points; untimed paragraphs when there is none."""
    text = html.unescape(text or "").lstrip("\ufeff")
    notes = []
    footnotes = FOOTNOTES_RE.search(text)
    if footnotes:
        notes = [
            re.sub(r"\[\[/?link\]\]", "", note).strip()
            for note in NOTE_RE.findall(footnotes.group(1))
        ]
        text = text[: footnotes.start()]
    text = CURLY_STAMP_RE.sub("", FOOTNOTE_REF_RE.sub(r"[\1]", text))
    lines = text.split("\n")
    if not text.strip():
        return [], notes
    marks = _sync_marks(_text(record, "sync"), lines)
    return _cues_from_marks(lines, marks), notes


def _sync_marks(sync, lines):
    """[(seconds, line index, word index)] from `N:|L(W)|…` (lines and words counted from 1)."""
    if not sync or ":" not in sync:
        return []
    interval_text, entries = sync.split(":", 1)
    try:
        interval = int(interval_text) * 60
    except ValueError as error:
        raise FormatError(f"<sync> {sync[:20]!r}… does not start with minutes.") from error
    marks = []
    for position, entry in enumerate(entries.split("|")):
        match = re.fullmatch(r"(\d+)\((\d+)\)", entry.strip())
        if not match:
            continue
        line, word = int(match.group(1)) - 1, int(match.group(2)) - 1
        if 0 <= line < len(lines):
            word = min(max(word, 0), max(len(lines[line].split()) - 1, 0))
            marks.append((position * interval, line, word))
    return marks


def _cues_from_marks(lines, marks):
    """
    One cue per paragraph (a speaker's turn), split again at each sync point inside it; untimed
    paragraphs when there is no sync.
    """
    words = []  # (line index, word index, word, starts a paragraph, speaker)
    new_paragraph, speaker = True, ""
    for line_index, line in enumerate(lines):
        if not line.strip():
            new_paragraph = True
            continue
        said = SPEAKER_RE.match(line.strip())
        body = line.strip()
        if new_paragraph and said:
            speaker, body = said.group("speaker").strip(), said.group("text")
        offset = len(line.split()) - len(body.split())
        for word_index, word in enumerate(body.split()):
            words.append((line_index, word_index + offset, word, new_paragraph, speaker))
            new_paragraph = False
    if not words:
        return []
    timeline = _word_times(words, marks) if marks else None
    cues = []
    for position, (_line, _word, word, paragraph_start, speaker) in enumerate(words):
        if paragraph_start or (timeline and position in timeline.marked):
            start = timeline.at(position) if timeline else None
            cues.append(Cue(start=start, end=None, text=word, speaker=speaker))
        else:
            cues[-1].text += " " + word
    if timeline:
        for cue, following in zip(cues, cues[1:], strict=False):
            cue.end = following.start
        cues[-1].end = cues[-1].start
    return cues


class _WordTimes:
    """
    The second at which each word is spoken: exact at sync points, and in between interpolated
    by word position, so that a paragraph inside a minute starts near when it is said.
    """

    def __init__(self, anchors):
        self.anchors = anchors  # [(word position, seconds)], ascending
        self.marked = {position for position, _seconds in anchors}

    def at(self, position):
        before = [anchor for anchor in self.anchors if anchor[0] <= position]
        after = [anchor for anchor in self.anchors if anchor[0] > position]
        if not before:
            return 0.0
        start_position, start_seconds = before[-1]
        if not after:
            if len(self.anchors) < 2:
                return float(start_seconds)
            (p0, s0), (p1, s1) = self.anchors[-2], self.anchors[-1]
            rate = (s1 - s0) / max(p1 - p0, 1)
            return round(start_seconds + (position - start_position) * rate, 1)
        end_position, end_seconds = after[0]
        share = (position - start_position) / max(end_position - start_position, 1)
        return round(start_seconds + share * (end_seconds - start_seconds), 1)


def _word_times(words, marks):
    positions = {(line, word): index for index, (line, word, *_rest) in enumerate(words)}
    anchors = [(0, 0.0)]
    for seconds, line, word in marks:
        position = positions.get((line, word))
        if position is not None and position > anchors[-1][0]:
            anchors.append((position, float(seconds)))
    return _WordTimes(anchors)


def _segment(point):
    def terms(name):
        return split_terms(_text(point, name))

    start_text = _text(point, "time")
    try:
        start = float(start_text)
    except ValueError as error:
        raise FormatError(f"index point time {start_text!r} is not a number of seconds.") from error
    segment = Segment(
        start=start,
        title=_text(point, "title"),
        title_alt=_text(point, "title_alt"),
        partial_transcript=_text(point, "partial_transcript"),
        partial_transcript_alt=_text(point, "partial_transcript_alt"),
        synopsis=_text(point, "synopsis"),
        synopsis_alt=_text(point, "synopsis_alt"),
        keywords=terms("keywords"),
        keywords_alt=terms("keywords_alt"),
        subjects=terms("subjects"),
        subjects_alt=terms("subjects_alt"),
    )
    for holder in [point, *_children(point, "hyperlinks")]:
        url = _text(holder, "hyperlink")
        if url:
            segment.hyperlinks.append({"url": url, "text": _text(holder, "hyperlink_text")})
    for holder in [point, *_children(point, "gpspoints")]:
        gps = _text(holder, "gps")
        if gps:
            latitude, _, longitude = gps.partition(",")
            segment.gps_points.append(
                {
                    "latitude": float(latitude),
                    "longitude": float(longitude),
                    "zoom": _text(holder, "gps_zoom"),
                    "text": _text(holder, "gps_text"),
                }
            )
    return segment
