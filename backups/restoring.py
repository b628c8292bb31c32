"""
`import_archive`: a validated bag restored onto an empty site, all or nothing.

The rows keep their primary keys, so every reference, every page's tree path and every URL comes
back as it was. The whole restore is one transaction; files are written inside it and removed
again if it fails, so that a refused or failed restore leaves the site as it found it. The
search index, which the bag leaves out, is rebuilt at the end in the same transaction; so is
Wagtail's reference index when the bag does not hold it (a bag made before it was kept).
"""

import io
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import ManyToManyField
from tqdm import tqdm
from wagtail.models import Page

from backups.files import storage_alias
from backups.format import (
    FILES,
    LEFT_OUT,
    REFERENCE_INDEX,
    SITE_APPS,
    backed_up_models,
    file_fields,
)
from backups.validation import validate

BATCH = 1000


class SiteNotEmpty(Exception):
    """The site already has content: a restore would mix two archives."""


def site_contents():
    """What makes this site not empty: users, pages beyond Wagtail's first, the site's own rows."""
    found = []
    users = get_user_model()._base_manager.count()
    if users:
        found.append(f"{users} user(s)")
    pages = Page._base_manager.filter(depth__gt=2).count()
    if pages:
        found.append(f"{pages} page(s)")
    for model in backed_up_models():
        if model._meta.app_label in SITE_APPS and model._base_manager.exists():
            found.append(f"rows of {model._meta.label}")
    return found


def import_archive(folder, progress=True):
    """Validate the bag, then restore it; returns the manifest. InvalidBag or SiteNotEmpty."""
    folder = Path(folder)
    manifest = validate(folder, progress)
    written = []
    try:
        with transaction.atomic():
            contents = site_contents()
            if contents:
                raise SiteNotEmpty(
                    "This site is not empty (" + ", ".join(contents) + "): a bag is restored "
                    "only onto an empty site, made with `manage.py migrate` and nothing else."
                )
            clear_rows()
            models = [apps.get_model(entry["model"]) for entry in manifest["models"]]
            total = sum(entry["count"] for entry in manifest["models"])
            with tqdm(total=total, desc="restoring", unit="row", disable=not progress) as bar:
                for entry, model in zip(manifest["models"], models, strict=True):
                    load_rows(folder / "data" / entry["file"], model, bar)
            connection.check_constraints()
            reset_sequences(models)
            restore_files(folder / "data" / FILES, models, written, progress)
            held = {model._meta.label for model in models}
            rebuild_indexes(progress, references=REFERENCE_INDEX not in held)
            # Whatever was cached belongs to the site that was there before (a shared cache
            # outlives a database): an empty cache costs a few slow first pages, nothing else.
            cache.clear()
    except BaseException:
        for storage, name in written:
            storage.delete(name)
        raise
    return manifest


def clear_rows():
    """
    Every row the bag restores or the site rebuilds, deleted: on an empty site, only what
    migrations made (Wagtail's first page, its site, locale, collection, groups…).
    """
    left_out = [apps.get_model(label) for label in LEFT_OUT if label_exists(label)]
    keep = {"contenttypes.ContentType", "auth.Permission"}
    for model in [*backed_up_models(), *left_out]:
        if model._meta.label not in keep:
            model._base_manager.all()._raw_delete(connection.alias)
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if through._meta.auto_created:
                through._base_manager.all()._raw_delete(connection.alias)


def label_exists(label):
    try:
        apps.get_model(label)
    except LookupError:
        return False
    return True


def load_rows(path, model, bar):
    """
    One model's rows, inserted raw in batches (as they were: `auto_now` dates are not renewed);
    a model with parents or many-to-many fields row by row, through Django's raw save.
    """
    single = bool(model._meta.parents) or any(
        isinstance(field, ManyToManyField) and field.remote_field.through._meta.auto_created
        for field in model._meta.local_many_to_many
    )
    fields = model._meta.local_concrete_fields
    size = max(connection.ops.bulk_batch_size(fields, [None] * BATCH), 1)
    batch = []
    with path.open(encoding="utf-8") as lines:
        for restored in serializers.deserialize("jsonl", lines):
            bar.update(1)
            if single:
                restored.save(force_insert=True)
                continue
            batch.append(restored.object)
            if len(batch) >= size:
                model._base_manager._insert(batch, fields=fields, raw=True)
                batch = []
    if batch:
        model._base_manager._insert(batch, fields=fields, raw=True)


def reset_sequences(models):
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def restore_files(folder, models, written, progress):
    """Every file a row names, put back under its own name in its own storage."""
    for model in models:
        for field in file_fields(model):
            names = (
                model._base_manager.exclude(**{field.attname: ""})
                .exclude(**{f"{field.attname}__isnull": True})
                .values_list(field.attname, flat=True)
            )
            label = f"{model._meta.label}.{field.name}"
            for name in tqdm(names.iterator(), desc=label, unit="file", disable=not progress):
                source = folder / storage_alias(field.storage, name) / name
                if not source.is_file():
                    continue  # missing at export already: data/fixity.jsonl says so
                with source.open("rb") as handle:
                    saved = field.storage.save(name, handle)
                written.append((field.storage, saved))
                if saved != name:
                    raise RuntimeError(f"{name} was stored as {saved}: the storage is not empty.")


def rebuild_indexes(progress, references):
    """The search index; the reference index too when the bag did not hold it."""
    quiet = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    call_command("update_index", verbosity=1 if progress else 0, **({} if progress else quiet))
    if references:
        call_command("rebuild_references_index", verbosity=0, **quiet)
