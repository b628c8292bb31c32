"""
The background job that makes one public version (django-tasks, the "archive" database queue;
docs/background-jobs.md).

django-tasks does not retry, so the job does: a failure is kept in the row (`error`), counted
(`attempts`) and queued again later (`run_after`), up to `MAX_ATTEMPTS`; then the row is
"failed" and the admin shows why. Publishing the interview again queues it afresh.
"""

import datetime
import hashlib
import tempfile
import time
from pathlib import Path

from django.core.files import File
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from oral_history.models import PublicRecording
from oral_history.public_recordings.silencing import SilencingError, silence

State = PublicRecording.State
MAX_ATTEMPTS = 3
PROGRESS_EVERY = 2.0


@task(backend="archive")
def make_public_recording(recording_id):
    make(recording_id)


def make(recording_id):
    """Make the version of row `recording_id` if it is still wanted and not made yet."""
    claimed = PublicRecording.objects.filter(
        pk=recording_id, state__in=[State.PENDING, State.FAILED]
    ).update(state=State.MAKING, attempts=F("attempts") + 1, progress=0)
    if not claimed:
        return
    row = PublicRecording.objects.select_related("media").get(pk=recording_id)
    began = time.monotonic()
    try:
        name, checksum = _write(row)
    except Exception as error:  # kept in the row and shown in the admin, then retried
        _failed(row, error)
        return
    done = PublicRecording.objects.filter(pk=row.pk, fingerprint=row.fingerprint).update(
        state=State.READY,
        file=name,
        checksum=checksum,
        error="",
        progress=1,
        made_in=round(time.monotonic() - began, 3),
    )
    if not done:  # the row was discarded while the file was being made
        row.file.storage.delete(name)


def _write(row):
    """Copy the original out of storage (checking it), silence it, store the result."""
    media = row.media
    extension = Path(media.file.name).suffix.lower()
    with tempfile.TemporaryDirectory(prefix="public-recording-") as folder:
        source = Path(folder) / f"original{extension}"
        target = Path(folder) / f"public{extension}"
        digest = hashlib.sha256()
        with media.file.open("rb") as handle, open(source, "wb") as copy:
            for chunk in iter(lambda: handle.read(1024 * 1024), b""):
                digest.update(chunk)
                copy.write(chunk)
        if media.checksum and digest.hexdigest() != media.checksum:
            raise SilencingError(
                _("The original does not match its SHA-256 checksum: run verify_fixity.")
            )
        duration = media.duration or 0
        last = [0.0]

        def report(seconds):
            now = time.monotonic()
            if duration and now - last[0] >= PROGRESS_EVERY:
                last[0] = now
                share = min(seconds / duration, 0.99)
                PublicRecording.objects.filter(pk=row.pk).update(progress=share)

        silence(
            source,
            target,
            [tuple(pair) for pair in row.ranges],
            kind=media.type,
            picture=row.picture,
            on_progress=report,
        )
        checksum = hashlib.sha256()
        with open(target, "rb") as handle:
            for chunk in iter(lambda: handle.read(1024 * 1024), b""):
                checksum.update(chunk)
            handle.seek(0)
            stem = f"media/public/{row.interview_id}-{media.pk}-{row.fingerprint[:12]}"
            name = row.file.storage.save(stem + extension, File(handle))
    return name, checksum.hexdigest()


def _failed(row, error):
    row.refresh_from_db(fields=["attempts"])
    text = str(error) or type(error).__name__
    again = row.attempts < MAX_ATTEMPTS
    PublicRecording.objects.filter(pk=row.pk).update(
        state=State.PENDING if again else State.FAILED, error=text
    )
    if again:
        delay = datetime.timedelta(minutes=2**row.attempts)
        make_public_recording.using(run_after=timezone.now() + delay).enqueue(row.pk)
