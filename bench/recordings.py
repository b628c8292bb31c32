"""
`make bench` (recordings part): the time to make the public version of a 90-minute recording
with five restricted passages, and the time the editor's publish takes (it only plans and
queues the job).

The recording is generated here with ffmpeg (a tone over pink noise, MP3), not stored. Builds
its own SQLite database under var/bench/ (migrated, no content loaded). docs/benchmarks.md
records a run.

    .venv/bin/python bench/recordings.py [--minutes 90] [--reuse]
"""

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.start("recordings.sqlite3")

from django.core.files import File
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from archive.media.models import ArchiveMedia
from oral_history.models import InterviewPage, InterviewRecording, PublicRecording, Redaction
from oral_history.public_recordings.tasks import make

PASSAGES = 5


def generate(target, minutes):
    seconds = minutes * 60
    subprocess.run(  # noqa: S603
        ["ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i",  # noqa: S607
         f"sine=frequency=220:duration={seconds}", "-f", "lavfi", "-i",
         f"anoisesrc=color=pink:amplitude=0.1:duration={seconds}", "-filter_complex",
         "amix=inputs=2", "-ac", "1", "-c:a", "libmp3lame", "-b:a", "96k", str(target)],
        check=True,
    )  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--minutes", type=int, default=90)
    parser.add_argument("--reuse", action="store_true", help="keep the database and recording")
    options = parser.parse_args()
    if not options.reuse:
        environment.start_afresh()
    folder = environment.BENCH_DIR

    call_command("migrate", verbosity=0)
    source = folder / f"recording-{options.minutes}min.mp3"
    if not (options.reuse and source.exists()):
        started = time.perf_counter()
        generate(source, options.minutes)
        print(f"generated {options.minutes} min of sound in {time.perf_counter() - started:.1f} s")
    with open(source, "rb") as handle:
        media = ArchiveMedia.objects.create(
            title="Bench recording", type="audio", file=File(handle, name=source.name)
        )
    root = Page.get_first_root_node()
    page = root.add_child(
        instance=InterviewPage(title=f"Bench {media.pk}", slug=f"bench-{media.pk}")
    )
    length = options.minutes * 60
    page.recordings = [InterviewRecording(media=media)]
    page.redactions = [
        Redaction(
            start=length * (n + 1) / (PASSAGES + 1), end=length * (n + 1) / (PASSAGES + 1) + 40
        )
        for n in range(PASSAGES)
    ]
    revision = page.save_revision()
    queued_before = DBTaskResult.objects.count()
    started = time.perf_counter()
    with transaction.atomic():
        revision.publish()
    saved = time.perf_counter() - started
    queued = DBTaskResult.objects.count() - queued_before
    print(f"editor's publish (plans and queues {queued} job): {saved * 1000:.0f} ms")
    version = PublicRecording.objects.get(interview=page)
    started = time.perf_counter()
    make(version.pk)
    made = time.perf_counter() - started
    version.refresh_from_db()
    if version.state != "ready":
        sys.exit(f"The public version failed: {version.error}")
    print(
        f"public version of {options.minutes} min with {PASSAGES} passages silenced: "
        f"{made:.1f} s ({length / made:.0f}x real time)"
    )


if __name__ == "__main__":
    main()
