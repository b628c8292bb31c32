"""The public versions `verify_fixity` checks, as the originals (`archive.media.fixity`)."""

from oral_history.models import PublicRecording


def public_versions():
    ready = PublicRecording.objects.filter(state=PublicRecording.State.READY).exclude(file="")
    for version in ready.select_related("media").order_by("pk").iterator():
        label = f"public version {version.pk} of media {version.media_id} “{version.media.title}”"
        yield label, version.file, version.checksum
