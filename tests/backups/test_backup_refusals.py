"""
`import_archive` validates the whole bag before it writes anything: a changed byte, a missing
file, a wrong format version, a truncated JSON line, a reference to a row that is not there or a
site that is not empty are each refused with what is wrong, and the site is left as it was.
"""

import io
import json
import shutil

import bagit
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from archive.factories import ArchiveDocumentFactory, ArchiveMediaFactory
from archive.programme.models import Screening
from backups.restoring import site_contents
from base.access import AccessLevel
from tests.backups.site_state import empty_the_site, stored_files


@pytest.fixture(scope="module")
def exported(loaded_site, django_db_blocker, tmp_path_factory):
    """A bag of the La Clef site with a closed recording and a document."""
    with django_db_blocker.unblock():
        ArchiveMediaFactory(title="Closed talk", access_level=AccessLevel.CLOSED)
        ArchiveDocumentFactory(title="Leaflet")
        bag = tmp_path_factory.mktemp("exported") / "bag"
        call_command("export_archive", str(bag), verbosity=0, stdout=io.StringIO())
    return bag


@pytest.fixture
def bag(exported, tmp_path):
    """A fresh copy of the bag, to damage."""
    copy = tmp_path / "bag"
    shutil.copytree(exported, copy)
    return copy


@pytest.fixture
def empty_site(db):
    empty_the_site()
    assert site_contents() == []


def refusal(bag):
    with pytest.raises(CommandError) as refused:
        call_command("import_archive", str(bag), verbosity=0, stdout=io.StringIO())
    return str(refused.value)


def assert_nothing_written():
    assert site_contents() == []
    assert Page.objects.count() == 0
    assert stored_files() == {}


def rewrite_manifests(bag):
    """Make the BagIt checksums match again, so that only the format checks can catch it."""
    bagit.Bag(str(bag)).save(manifests=True)


def records(bag, label):
    return bag / "data" / "records" / f"{label}.jsonl"


def test_an_intact_bag_is_restored(bag, empty_site):
    call_command("import_archive", str(bag), verbosity=0, stdout=io.StringIO())
    assert Screening.objects.exists()
    assert len(stored_files()) >= 2


def test_a_worker_that_served_the_empty_site_serves_the_restored_one(bag, empty_site, client):
    assert client.get("/en/").status_code == 404  # and remembers that there is no such page
    call_command("import_archive", str(bag), verbosity=0, stdout=io.StringIO())
    assert client.get("/en/").status_code == 200


def test_a_changed_byte_is_refused(bag, empty_site):
    path = records(bag, "archive.venue")
    data = bytearray(path.read_bytes())
    data[10] ^= 1
    path.write_bytes(bytes(data))
    message = refusal(bag)
    assert "nothing was written" in message
    assert "data/records/archive.venue.jsonl" in message
    assert "sha256 validation failed" in message
    assert_nothing_written()


def test_a_missing_file_is_refused(bag, empty_site):
    (document,) = (bag / "data" / "files" / "private_media" / "documents").iterdir()
    document.unlink()
    message = refusal(bag)
    assert f"documents/{document.name}" in message
    assert "not found" in message
    assert_nothing_written()


def test_a_file_missing_from_bag_and_manifest_is_refused(bag, empty_site):
    (document,) = (bag / "data" / "files" / "private_media" / "documents").iterdir()
    document.unlink()
    rewrite_manifests(bag)
    message = refusal(bag)
    assert f"its file private_media/documents/{document.name} is not in the bag" in message
    assert_nothing_written()


def test_a_wrong_format_version_is_refused(bag, empty_site):
    opened = bagit.Bag(str(bag))
    opened.info["Archive-Format-Version"] = "2"
    opened.save()
    message = refusal(bag)
    assert "Archive-Format-Version is '2'; this site reads format '1'" in message
    assert_nothing_written()


def test_a_truncated_json_line_is_refused(bag, empty_site):
    path = records(bag, "archive.screening")
    lines = path.read_text().splitlines(keepends=True)
    lines[-1] = lines[-1][: len(lines[-1]) // 2] + "\n"
    path.write_text("".join(lines))
    rewrite_manifests(bag)
    message = refusal(bag)
    assert f"data/records/archive.screening.jsonl line {len(lines)} is not a whole JSON row" in (
        message
    )
    assert_nothing_written()


def test_a_missing_row_is_refused(bag, empty_site):
    path = records(bag, "archive.venue")
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[1:]))
    rewrite_manifests(bag)
    message = refusal(bag)
    assert f"has {len(lines) - 1} rows; the manifest says {len(lines)}" in message
    assert_nothing_written()


def test_an_unresolvable_reference_is_refused(bag, empty_site):
    path = records(bag, "archive.screening")
    lines = path.read_text().splitlines()
    row = json.loads(lines[0])
    row["fields"]["venue"] = 987654
    lines[0] = json.dumps(row)
    path.write_text("\n".join(lines) + "\n")
    rewrite_manifests(bag)
    message = refusal(bag)
    assert "archive.Screening.venue refers to 1 row(s) of archive.Venue" in message
    assert "987654" in message
    assert_nothing_written()


def test_a_site_that_is_not_empty_is_refused(bag, db):
    pages = Page.objects.count()
    message = refusal(bag)
    assert "This site is not empty" in message
    assert "Nothing was written" in message
    assert Page.objects.count() == pages


def test_a_folder_that_is_not_a_bag_is_refused(tmp_path, empty_site):
    assert "is not a BagIt bag" in refusal(tmp_path)


def test_export_will_not_overwrite_a_folder(exported, db):
    with pytest.raises(CommandError, match="already exists"):
        call_command("export_archive", str(exported), verbosity=0)
