"""
`export_archive`: the whole site written as a BagIt bag (layout in backups/format.py).

Rows are read with `.iterator()` and written one line at a time, files are copied in chunks, so
that memory stays flat whatever the size of the archive. The bag is built in a folder beside the
target and renamed into place once complete: an interrupted export leaves no half-bag.
"""

import json
import os
import shutil
from pathlib import Path

import bagit
from django.conf import settings
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import ManyToManyField
from django.utils import timezone
from tqdm import tqdm

from backups.files import copy_out, storage_alias
from backups.format import (
    CHECKSUM_FIELDS,
    FILES,
    FIXITY,
    FORMAT_VERSION,
    FORMAT_VERSION_TAG,
    MANIFEST,
    backed_up_models,
    file_fields,
    records_path,
)
from backups.serializer import Serializer

BATCH = 2000


def schema():
    """The last migration applied of each app: a bag restores only onto the same schema."""
    applied = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        applied[app] = max(applied.get(app, ""), name)
    return dict(sorted(applied.items()))


def export_archive(target, progress=True):
    """Write the bag to the folder `target` (which must not exist); returns the manifest."""
    target = Path(target)
    if target.exists():
        raise FileExistsError(f"{target} already exists: give a new folder for the bag.")
    building = target.with_name(f".{target.name}.partial")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    try:
        manifest = write_payload(building, progress)
        bag_info = {
            FORMAT_VERSION_TAG: FORMAT_VERSION,
            "Source-Organization": "La Clef Archive",
            "External-Description": "Every record, page and file of the La Clef Archive site.",
            "External-Identifier": settings.WAGTAILADMIN_BASE_URL,
            "Bagging-Date": timezone.now().date().isoformat(),
        }
        bagit.make_bag(str(building), bag_info, processes=1, checksums=["sha256"])
        os.replace(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return manifest


def write_payload(folder, progress):
    models = backed_up_models()
    entries, files, size = [], 0, 0
    for model in tqdm(models, desc="records", unit="model", disable=not progress):
        count = write_records(folder, model)
        entries.append(
            {"model": model._meta.label, "file": records_path(model._meta.label), "count": count}
        )
    with (folder / FIXITY).open("w", encoding="utf-8") as fixity:
        for model in models:
            for field in file_fields(model):
                copied, copied_size = write_files(folder, model, field, fixity, progress)
                files += copied
                size += copied_size
    manifest = {
        "format_version": FORMAT_VERSION,
        "exported_at": timezone.now().isoformat(),
        "models": entries,
        "files": {"count": files, "bytes": size},
        "schema": schema(),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def write_records(folder, model):
    path = folder / records_path(model._meta.label)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = model._base_manager.order_by("pk")
    many = [
        field.name
        for field in model._meta.local_many_to_many
        if isinstance(field, ManyToManyField) and field.remote_field.through._meta.auto_created
    ]
    if many:
        rows = rows.prefetch_related(*many)
    with path.open("w", encoding="utf-8") as out:
        counter = Counted(out)
        Serializer().serialize(rows.iterator(chunk_size=BATCH), stream=counter)
    return counter.lines


class Counted:
    """A text stream that counts the lines written through it."""

    def __init__(self, stream):
        self.stream, self.lines = stream, 0

    def write(self, text):
        self.lines += text.count("\n")
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


def write_files(folder, model, field, fixity, progress):
    """Copy every file of one field; write each one's fixity line. (count, bytes) copied."""
    checksum_field = CHECKSUM_FIELDS.get(field.name)
    if checksum_field and not any(f.name == checksum_field for f in model._meta.fields):
        checksum_field = None
    columns = ["pk", field.attname] + ([checksum_field] if checksum_field else [])
    rows = (
        model._base_manager.exclude(**{field.attname: ""})
        .exclude(**{f"{field.attname}__isnull": True})
        .order_by("pk")
        .values_list(*columns)
    )
    count, size = 0, 0
    label = f"{model._meta.label}.{field.name}"
    for row in tqdm(rows.iterator(chunk_size=BATCH), desc=label, unit="file", disable=not progress):
        pk, name, recorded = row[0], row[1], row[2] if checksum_field else ""
        alias = storage_alias(field.storage, name)
        path = folder / FILES / alias / name
        found = copy_out(field.storage, name, path)
        if found is None:
            status = "missing"
        else:
            count += 1
            size += path.stat().st_size
            status = "unchecked" if not recorded else ("intact" if found == recorded else "changed")
        line = {
            "model": model._meta.label,
            "pk": pk,
            "field": field.name,
            "storage": alias,
            "name": name,
            "recorded_sha256": recorded,
            "sha256_at_export": found,
            "status": status,
        }
        fixity.write(json.dumps(line) + "\n")
    return count, size
