"""The whole state of a site, read so that two sites can be compared, and a site emptied."""

import hashlib

from backups.files import storage_alias
from backups.format import backed_up_models, file_fields
from backups.restoring import clear_rows


def rows():
    """{model label: every row's values, by primary key}, many-to-many tables included."""
    state = {}
    for model in backed_up_models():
        state[model._meta.label] = list(model._base_manager.order_by("pk").values_list())
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if through._meta.auto_created:
                columns = [f.attname for f in through._meta.local_fields if not f.primary_key]
                state[through._meta.label] = sorted(through._base_manager.values_list(*columns))
    return state


def stored_files():
    """{(storage alias, name): SHA-256 of the bytes} of every file a row names."""
    found = {}
    for model in backed_up_models():
        for field in file_fields(model):
            for name in model._base_manager.exclude(**{field.attname: ""}).values_list(
                field.attname, flat=True
            ):
                with field.storage.open(name, "rb") as handle:
                    digest = hashlib.sha256(handle.read()).hexdigest()
                found[(storage_alias(field.storage, name), name)] = digest
    return found


def empty_the_site():
    """Every row and file gone, as on a database made by `migrate` once its defaults are gone."""
    for model in backed_up_models():
        for field in file_fields(model):
            for name in model._base_manager.exclude(**{field.attname: ""}).values_list(
                field.attname, flat=True
            ):
                field.storage.delete(name)
    clear_rows()
