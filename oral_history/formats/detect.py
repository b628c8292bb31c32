"""Choose a reader from a file's name; decode its bytes, saying so when they are not text."""

from pathlib import PurePath

from .base import FormatError
from .ohms import read_ohms
from .subtitles import read_srt, read_webvtt_index, read_webvtt_transcript
from .text import read_timestamped_text

READERS = {
    ".vtt": read_webvtt_transcript,
    ".webvtt": read_webvtt_transcript,
    ".srt": read_srt,
    ".txt": read_timestamped_text,
}
FORMAT_NAMES = "WebVTT (.vtt), SubRip (.srt), timestamped text (.txt) or OHMS XML (.xml)"


def decode(data):
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FormatError(
            "the file is not UTF-8 text (save it as UTF-8 and try again).", line
        ) from error


def read_transcript(name, data, *, index=False):
    """
    A Transcript from a file's name and content. `index=True` reads a WebVTT file as an index
    (each cue a segment titled by its identifier) instead of a transcript.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix == ".xml":
        return read_ohms(data).transcript
    if suffix not in READERS:
        raise FormatError(f"{PurePath(name).name}: unknown kind of file; expected {FORMAT_NAMES}.")
    text = decode(data)
    if index:
        if suffix not in (".vtt", ".webvtt"):
            raise FormatError("an index can be read from WebVTT or OHMS XML only.")
        return read_webvtt_index(text)
    return READERS[suffix](text)
