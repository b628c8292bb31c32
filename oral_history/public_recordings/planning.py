"""
Which public versions an interview calls for, kept in step with its live state.

`plan(interview_id)` runs after a change commits (`signals`): it writes a pending row for each
version to make, deletes the rows (and files) no state needs any more, and queues one job per new
row. It runs no ffmpeg, so the editor's save returns at once; the worker makes the files.
"""

from django.db import transaction

from base.access import AccessLevel
from oral_history.models import InterviewPage, InterviewRecording, PublicRecording
from oral_history.public_recordings import states
from oral_history.public_recordings.tasks import make_public_recording

State = PublicRecording.State


def wanted(interview):
    """{(media id, fingerprint): (media, state)} for the interview's live state."""
    if not interview.live or interview.access_level == AccessLevel.CLOSED:
        return {}
    upcoming = states.upcoming(interview)
    versions = {}
    for link in interview.recordings.select_related("media"):
        media = link.media
        if not media.file:
            continue
        for state in upcoming:
            fingerprint = state.fingerprint(media, interview.silenced_picture)
            versions[(media.pk, fingerprint)] = (media, state)
    return versions


def plan(interview_id):
    """Bring the interview's rows in step with it; returns the ids of the rows queued."""
    interview = InterviewPage.objects.filter(pk=interview_id).first()
    if interview is None:
        return []
    with transaction.atomic():
        versions = wanted(interview)
        existing = {
            (row.media_id, row.fingerprint): row
            for row in PublicRecording.objects.select_for_update().filter(interview=interview)
        }
        for key, row in existing.items():
            if key not in versions:
                discard(row)
        queued = []
        for key, (media, state) in versions.items():
            row = existing.get(key)
            if row is None:
                row = PublicRecording.objects.create(
                    interview=interview,
                    media=media,
                    fingerprint=key[1],
                    ranges=[list(pair) for pair in state.ranges],
                    from_date=state.from_date,
                    picture=interview.silenced_picture if media.type == "video" else "kept",
                )
                queued.append(row.pk)
            elif row.state == State.FAILED:
                row.state, row.attempts = State.PENDING, 0
                row.save(update_fields=["state", "attempts", "updated_at"])
                queued.append(row.pk)
            if row.from_date != state.from_date:
                row.from_date = state.from_date
                row.save(update_fields=["from_date", "updated_at"])
        for pk in queued:
            transaction.on_commit(lambda pk=pk: make_public_recording.enqueue(pk))
    return queued


def discard(row):
    """Delete a row no state needs, and its file once the deletion is committed."""
    name, storage = row.file.name, row.file.storage
    row.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def plan_for_media(media_id):
    """A recording changed: every interview that uses it."""
    interviews = InterviewRecording.objects.filter(media_id=media_id).values_list(
        "interview_id", flat=True
    )
    for interview_id in set(interviews):
        plan(interview_id)
