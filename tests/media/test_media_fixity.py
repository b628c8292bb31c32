"""`verify_fixity` recomputes every file's checksum and reports what changed or went missing."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.factories import ArchiveImageFactory, ArchiveMediaFactory


def run():
    out = io.StringIO()
    call_command("verify_fixity", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
class TestFixity:
    def test_an_unchanged_archive_passes(self):
        ArchiveImageFactory()
        ArchiveMediaFactory()
        output = run()
        assert "2 files checked: 2 intact, 0 changed, 0 missing" in output

    def test_a_changed_file_is_reported_and_fails(self):
        ArchiveImageFactory()
        media = ArchiveMediaFactory(title="Tampered")
        storage = media.file.storage
        name = media.file.name
        storage.delete(name)
        storage.save(name, io.BytesIO(b"something else"))
        out = io.StringIO()
        with pytest.raises(CommandError) as caught:
            call_command("verify_fixity", stdout=out)
        assert caught.value.returncode == 1
        assert f"CHANGED media {media.pk} “Tampered”: {name}" in out.getvalue()
        assert "1 changed, 0 missing" in out.getvalue()

    def test_a_missing_file_is_reported_and_fails(self):
        image = ArchiveImageFactory(title="Lost")
        image.file.storage.delete(image.file.name)
        out = io.StringIO()
        with pytest.raises(CommandError):
            call_command("verify_fixity", stdout=out)
        assert f"MISSING image {image.pk} “Lost”" in out.getvalue()
