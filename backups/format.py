"""
The bag's layout and what it holds (format version 1, docs/backup.md).

    bagit.txt, bag-info.txt (Archive-Format-Version), manifest-sha256.txt, tagmanifest-sha256.txt
    data/manifest.json          the format version, the models in order with their row counts,
                                the files' count and size, the schema (last migration of each app)
    data/records/<app>.<model>.jsonl   one row a line, Django's serialized form
    data/files/<storage>/<name>        every stored file, under its STORAGES alias and its name
    data/fixity.jsonl           each file's checksum recorded at upload and the one found at export

What is left out is what the site rebuilds from the rest quickly (search indexes, image
renditions), what migrations create (content types, permissions: rows point at them
by natural key; the version rows that date the workers' caches, `base.models.VersionRow`), and
what is only of the moment (sessions, editing sessions, queued jobs, half-finished uploads).
Wagtail's reference index is kept: rebuilding it reads every record one by one, which made
most of a large restore's time (docs/benchmarks.md).
"""

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import FileField

from base.models import VersionRow

FORMAT_VERSION = "1"
FORMAT_VERSION_TAG = "Archive-Format-Version"
MANIFEST = "manifest.json"
RECORDS = "records"
FILES = "files"
FIXITY = "fixity.jsonl"
REFERENCE_INDEX = "wagtailcore.ReferenceIndex"

# Rows the site rebuilds, migrations create, or that only matter for a moment.
LEFT_OUT = {
    "contenttypes.ContentType",
    "auth.Permission",
    "sessions.Session",
    "archive.ArchiveRendition",
    "wagtailimages.Rendition",
    "wagtailsearch.IndexEntry",
    "wagtailsearch.SQLiteFTSIndexEntry",
    "wagtailcore.UploadedFile",
    "wagtailadmin.EditingSession",
    "wagtailadmin.Admin",
    "django_tasks_database.DBTaskResult",
    "search.SearchDocument",
    "search.SearchEntry",
    "search.SearchFacet",
    "search.SearchFacetCode",
    "search.SearchFacetLabel",
    "search.SearchHotWord",
    "search.SearchHotPosting",
}
# Rows that point at these name them by natural key: the restored site has its own ids for them.
BY_NATURAL_KEY = (ContentType, Permission)
# The site's own apps: any row in one of them means the site is not empty.
SITE_APPS = ("base", "home", "archive", "oral_history", "access_requests", "identifiers")
# Checksum fields recorded at upload, per file field (archive/media/models.py).
CHECKSUM_FIELDS = {
    "file": "checksum",
    "captions": "captions_checksum",
    "transcript_file": "transcript_checksum",
}


def backed_up_models():
    """Every concrete model whose rows the bag holds, in a stable order."""
    models = [
        model
        for model in apps.get_models()
        if not model._meta.proxy
        and model._meta.managed
        and model._meta.label not in LEFT_OUT
        and not model._meta.auto_created
        and not issubclass(model, VersionRow)
    ]
    return sorted(models, key=lambda model: model._meta.label)


def records_path(label):
    return f"{RECORDS}/{label.lower()}.jsonl"


def file_fields(model):
    return [field for field in model._meta.local_fields if isinstance(field, FileField)]
