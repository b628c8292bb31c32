"""
Recompute the SHA-256 checksum of every image, recording, captions, transcript and document file,
and of the files derived from them (the public versions of recordings, `archive.media.fixity`),
and compare it with the one taken at upload, as digital archives do (docs/media-archive.md). Exits
with status 1 when a file changed or went missing, so that a scheduled run can alert someone.
"""

from django.core.management.base import BaseCommand, CommandError

from archive.media.fixity import derived_files
from archive.media.models import ArchiveDocument, ArchiveImage, ArchiveMedia
from archive.media.uploads import storage_checksum


def checked_files():
    """(label, FieldFile, expected checksum) for every stored file that has a checksum."""
    for image in ArchiveImage.objects.order_by("pk").iterator():
        yield f"image {image.pk} “{image.title}”", image.file, image.checksum
    for media in ArchiveMedia.objects.order_by("pk").iterator():
        label = f"media {media.pk} “{media.title}”"
        yield label, media.file, media.checksum
        if media.captions:
            yield f"{label} captions", media.captions, media.captions_checksum
        if media.transcript_file:
            yield f"{label} transcript", media.transcript_file, media.transcript_checksum
    for document in ArchiveDocument.objects.order_by("pk").iterator():
        yield f"document {document.pk} “{document.title}”", document.file, document.checksum
    yield from derived_files()


class Command(BaseCommand):
    help = (
        "Recompute the SHA-256 checksum of every image, media file and document (and captions, "
        "transcripts and public versions of recordings) and report any file that changed or is "
        "missing; exit 1 if any."
    )

    def handle(self, *args, verbosity=1, **options):
        changed, missing, unchecked, total = [], [], [], 0
        for label, file, expected in checked_files():
            total += 1
            if verbosity >= 2:
                self.stdout.write(f"{total}. {label}: {file.name}")
            elif total % 100 == 0:
                self.stdout.write(f"{total} files checked…")
            if not file.name or not file.storage.exists(file.name):
                missing.append((label, file.name))
                continue
            if not expected:
                unchecked.append((label, file.name))
                continue
            if storage_checksum(file.storage, file.name) != expected:
                changed.append((label, file.name))
        for label, name in changed:
            self.stdout.write(self.style.ERROR(f"CHANGED {label}: {name}"))
        for label, name in missing:
            self.stdout.write(self.style.ERROR(f"MISSING {label}: {name}"))
        for label, name in unchecked:
            self.stdout.write(self.style.WARNING(f"NO CHECKSUM {label}: {name}"))
        self.stdout.write(
            f"{total} files checked: {total - len(changed) - len(missing) - len(unchecked)} "
            f"intact, {len(changed)} changed, {len(missing)} missing, "
            f"{len(unchecked)} without a checksum."
        )
        if changed or missing:
            raise CommandError(
                f"Fixity check failed: {len(changed)} changed, {len(missing)} missing.",
                returncode=1,
            )
