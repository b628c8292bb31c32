"""
Make the demonstration recording shipped in oral_history/sample_data/: a short French dialogue
read by espeak-ng's synthetic voices, encoded to MP3 by ffmpeg, with its WebVTT transcript timed
from the length of each spoken sentence. Run it again only to change the demonstration:

    apt-get install espeak-ng ffmpeg
    .venv/bin/python scripts/make_sample_recording.py
"""

import subprocess
import tempfile
import wave
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "oral_history" / "sample_data"
VOICES = {"ANIMATRICE": "fr+f3", "INVITÉ": "fr+m3"}
PAUSE = 0.6
LINES = [
    (
        "ANIMATRICE",
        "Bonsoir, et bienvenue. Ceci est un enregistrement de démonstration, "
        "lu par une voix de synthèse.",
    ),
    ("INVITÉ", "Ce n'est pas un témoignage : il sert seulement à montrer le lecteur des archives."),
    (
        "ANIMATRICE",
        "Pendant la lecture, la phrase prononcée est mise en évidence dans la transcription.",
    ),
    ("INVITÉ", "Cliquez sur un horodatage pour aller directement à ce moment de l'enregistrement."),
    (
        "ANIMATRICE",
        "La recherche dans la transcription surligne chaque mot trouvé, avec ou sans accents.",
    ),
    ("INVITÉ", "Cette phrase est masquée au public, pour montrer un passage restreint."),
    ("ANIMATRICE", "Chaque moment a un lien que l'on peut copier et partager."),
    ("INVITÉ", "Merci de votre écoute, et bonne exploration des archives de La Clef."),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        parts, cues, clock = [], [], 0.0
        for number, (speaker, text) in enumerate(LINES):
            part = work / f"{number:02d}.wav"
            subprocess.run(
                ["espeak-ng", "-v", VOICES[speaker], "-s", "150", "-w", str(part), text], check=True
            )
            with wave.open(str(part)) as audio:
                length = audio.getnframes() / audio.getframerate()
            cues.append((clock, clock + length, speaker, text))
            clock += length + PAUSE
            parts.append(part)
        inputs = []
        for part in parts:
            inputs += ["-i", str(part)]
        pads = "".join(f"[{i}:a]apad=pad_dur={PAUSE}[a{i}];" for i in range(len(parts)))
        joined = "".join(f"[a{i}]" for i in range(len(parts)))
        subprocess.run(
            [
                "ffmpeg",
                "-y",
                "-loglevel",
                "error",
                *inputs,
                "-filter_complex",
                f"{pads}{joined}concat=n={len(parts)}:v=0:a=1[out]",
                "-map",
                "[out]",
                "-ac",
                "1",
                "-ar",
                "22050",
                "-b:a",
                "48k",
                "-metadata",
                "title=Démonstration (voix de synthèse)",
                str(OUT / "demonstration.mp3"),
            ],
            check=True,
        )
    vtt = ["WEBVTT"]
    for start, end, speaker, text in cues:
        vtt.append(f"{format_timestamp(start)} --> {format_timestamp(end)}\n<v {speaker}>{text}")
    (OUT / "demonstration.vtt").write_text("\n\n".join(vtt) + "\n")
    print(f"{len(cues)} cues, {clock:.1f} s → {OUT}")


def format_timestamp(seconds):
    millis = round(seconds * 1000)
    hours, minutes = millis // 3_600_000, millis // 60_000 % 60
    return f"{hours:02d}:{minutes:02d}:{millis // 1000 % 60:02d}.{millis % 1000:03d}"


if __name__ == "__main__":
    main()
