"""
Make a public version with ffmpeg: the sound silenced during each range, with a short fade on
both sides, and, for a video, the picture kept or blacked out there.

The gain is one `volume` expression evaluated per audio frame (at `t`, the frame's start): the
product, over the ranges, of a ramp down to zero before the range and back up after it. Frames
are cut to at most `FRAME_SAMPLES` samples and the silence begins `GUARD` seconds before the
range, longer than such a frame, so that no frame that overlaps a range keeps any of its sound,
and the fades lie wholly outside the ranges. Subtitles, data streams, chapters and metadata
(which may quote the passage) are left out; a cover picture in an audio file too.
"""

import os
import shutil
import subprocess
from pathlib import Path

from django.utils.translation import gettext as _

FADE = 0.25
FRAME_SAMPLES = 256
GUARD = 0.05
TIMEOUT = 6 * 60 * 60

AUDIO_CODECS = {
    ".mp3": ["-c:a", "libmp3lame", "-q:a", "2"],
    ".m4a": ["-c:a", "aac", "-b:a", "192k"],
    ".aac": ["-c:a", "aac", "-b:a", "192k"],
    ".mp4": ["-c:a", "aac", "-b:a", "192k"],
    ".m4v": ["-c:a", "aac", "-b:a", "192k"],
    ".mov": ["-c:a", "aac", "-b:a", "192k"],
    ".ogg": ["-c:a", "libvorbis", "-q:a", "6"],
    ".oga": ["-c:a", "libvorbis", "-q:a", "6"],
    ".opus": ["-c:a", "libopus", "-b:a", "128k"],
    ".webm": ["-c:a", "libopus", "-b:a", "128k"],
    ".wav": ["-c:a", "pcm_s16le"],
    ".flac": ["-c:a", "flac"],
}
VIDEO_CODECS = {
    ".mp4": ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p"],
    ".m4v": ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p"],
    ".mov": ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p"],
    ".webm": ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-crf", "32", "-b:v", "0"],
}


class SilencingError(Exception):
    """Why a public version could not be made, in words an editor can act on."""


def ffmpeg_path():
    path = shutil.which("ffmpeg")
    if not path:
        raise SilencingError(
            _("ffmpeg is not installed on the server (Debian: apt-get install ffmpeg).")
        )
    return path


def gain(ranges, fade=FADE):
    """The `volume` expression: 1 away from the ranges, 0 from GUARD before each to its end."""
    terms = [
        f"max(clip(({start - GUARD:.3f}-t)/{fade},0,1),clip((t-{end:.3f})/{fade},0,1))"
        for start, end in ranges
    ]
    return "*".join(terms) or "1"


def blackout(ranges, fade=FADE):
    """The drawbox filter that blacks out the picture over the ranges and their fades."""
    spans = "+".join(
        f"between(t,{max(start - GUARD - fade, 0):.3f},{end + fade:.3f})" for start, end in ranges
    )
    return f"drawbox=x=0:y=0:w=iw:h=ih:color=black:t=fill:enable='{spans}'"


def command(source, target, ranges, *, kind, picture):
    """The ffmpeg arguments; `picture` is "kept" or "black" (only read for a video)."""
    extension = Path(target).suffix.lower()
    if extension not in AUDIO_CODECS:
        raise SilencingError(
            _("A public version cannot be made of a “%(extension)s” file.")
            % {"extension": extension}
        )
    arguments = [ffmpeg_path(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
    arguments += ["-i", str(source), "-map", "0:a", "-sn", "-dn"]
    arguments += ["-map_metadata", "-1", "-map_chapters", "-1"]
    audio_filter = f"asetnsamples=n={FRAME_SAMPLES}:p=0,volume='{gain(ranges)}':eval=frame"
    arguments += ["-af", audio_filter, *AUDIO_CODECS[extension]]
    if kind == "video":
        if extension not in VIDEO_CODECS:
            raise SilencingError(
                _("A public version cannot be made of a “%(extension)s” video.")
                % {"extension": extension}
            )
        arguments += ["-map", "0:v:0"]
        if picture == "black":
            arguments += ["-vf", blackout(ranges), *VIDEO_CODECS[extension]]
        else:
            arguments += ["-c:v", "copy"]
    if extension in (".mp4", ".m4a", ".m4v", ".mov"):
        arguments += ["-movflags", "+faststart"]
    return [*arguments, "-progress", "pipe:1", "-nostats", str(target)]


def silence(source, target, ranges, *, kind="audio", picture="kept", on_progress=None):
    """
    Write the public version of `source` to `target` (same extension). `on_progress(seconds)`
    is called as ffmpeg reports how far it has gone. Raises SilencingError.
    """
    arguments = command(source, target, ranges, kind=kind, picture=picture)
    process = subprocess.Popen(  # noqa: S603 - fixed arguments, files named by the site
        arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        for line in process.stdout:
            key, _sep, value = line.strip().partition("=")
            if key == "out_time_us" and value.isdigit() and on_progress:
                on_progress(int(value) / 1_000_000)
        errors = process.stderr.read()
        code = process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired as error:
        process.kill()
        raise SilencingError(_("ffmpeg took longer than six hours.")) from error
    if code != 0 or not os.path.exists(target) or os.path.getsize(target) == 0:
        detail = errors.strip().splitlines()[-3:] if errors.strip() else [f"exit status {code}"]
        raise SilencingError(_("ffmpeg failed: %(detail)s") % {"detail": " / ".join(detail)})
