"""Where a stored file lives (its STORAGES alias) and how it is copied in chunks."""

import hashlib

from django.core.files.storage import default_storage, storages

from archive.media.files import CHUNK, ConfiguredStorage

ALIASES = ("default", "private_media")


def storage_alias(storage, name):
    """The `STORAGES` alias of the storage that keeps `name` for a file field's `storage`."""
    if isinstance(storage, ConfiguredStorage):
        return storage.alias_for(name)
    if storage is default_storage or storage is storages["default"]:
        return "default"
    for alias in ALIASES:
        if storage is storages[alias]:
            return alias
    raise ValueError(f"{name}: its storage is none of {', '.join(ALIASES)}.")


def copy_out(storage, name, target):
    """Copy a stored file to the path `target` in chunks; its SHA-256, or None if it is missing."""
    digest = hashlib.sha256()
    try:
        source = storage.open(name, "rb")
    except (FileNotFoundError, OSError):
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    with source, target.open("wb") as out:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()
