"""
Recordings made in the test, and the sound measured in them, with Debian's espeak-ng and ffmpeg
(which `.ci/run`, `make test` and `make run` install): speech over a steady tone, so that every
stretch has sound to silence, as an MP3 and as a short MP4 video with a test picture.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

SPEECH = (
    "Bonjour. Je suis projectionniste au cinéma La Clef depuis dix ans. "
    "Nous avons occupé la salle pendant trois ans, et nous l'avons rachetée."
)
SECONDS = 12


def tools():
    for program in ("ffmpeg", "espeak-ng"):
        if not shutil.which(program):
            pytest.skip(f"{program} is not installed (apt-get install ffmpeg espeak-ng).")


def run(*arguments):
    return subprocess.run(arguments, check=True, capture_output=True, text=True)


def speech_and_tones(folder, *, video=False):
    """An MP3 (or an MP4 with a test picture) of speech over a 440 Hz tone, SECONDS long."""
    tools()
    folder = Path(folder)
    speech = folder / "speech.wav"
    run("espeak-ng", "-v", "fr", "-w", str(speech), SPEECH)
    mix = (
        f"[0:a]aresample=44100,apad=whole_dur={SECONDS}[speech];[1:a]volume=0.2[tone];"
        "[speech][tone]amix=inputs=2:normalize=0[sound]"
    )
    inputs = ["-i", str(speech), "-f", "lavfi", "-i", f"sine=frequency=440:duration={SECONDS}"]
    if video:
        target = folder / "interview.mp4"
        inputs += ["-f", "lavfi", "-i", f"testsrc=size=160x120:rate=10:duration={SECONDS}"]
        outputs = ["-map", "[sound]", "-map", "2:v", "-c:v", "libx264", "-pix_fmt", "yuv420p"]
        outputs += ["-c:a", "aac", "-b:a", "192k"]
    else:
        target = folder / "interview.mp3"
        outputs = ["-map", "[sound]", "-c:a", "libmp3lame", "-q:a", "2"]
    run("ffmpeg", "-y", "-loglevel", "error", *inputs, "-filter_complex", mix, *outputs,
        "-t", str(SECONDS), str(target))  # fmt: skip
    return target


def rms(path, start, end):
    """The RMS level in dBFS of the sound from `start` to `end` (seconds); -inf is -200."""
    result = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostats", "-ss", f"{start}", "-t", f"{end - start}", "-i",
         str(path), "-map", "0:a", "-af", "volumedetect", "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = re.search(r"mean_volume: (-?[\d.]+|-inf) dB", result.stderr)
    assert found, result.stderr
    return -200.0 if found.group(1) == "-inf" else float(found.group(1))


def brightness(path, second):
    """The mean luma (0–255) of the video's picture at `second`."""
    result = subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-ss", f"{second}", "-i", str(path), "-frames:v", "1",
         "-f", "rawvideo", "-pix_fmt", "gray", "-"],
        capture_output=True, check=True,
    )  # fmt: skip
    pixels = result.stdout
    return sum(pixels) / len(pixels)


def stored_copy(field, folder, name):
    """A stored file (private storage) written out to `folder`, to be measured."""
    target = Path(folder) / name
    with field.open("rb") as handle:
        target.write_bytes(handle.read())
    return target
