"""
Permanent identifiers (`/id/<kind>/<key>`) and citations (`/cite/<kind>/<key>.<format>`).

`permanent_url(obj)` is the one way other parts build a record's permanent address: it reads the
kind and the key from the object alone (no query, no model import), so that it can be called
anywhere, from a template tag as from a serializer. The key is the one `PermanentIdentifier`
holds for that record (`identifiers.models`), issued when the record was created.
"""

from django.conf import settings
from django.urls import reverse

# The kind of each model's records, by model label; every other Wagtail page is a "page".
KINDS = {
    "archive.screening": "event",
    "archive.film": "film",
    "archive.person": "person",
    "archive.series": "series",
    "archive.venue": "venue",
    "archive.archiveimage": "image",
    "archive.archivemedia": "media",
    "archive.archivedocument": "document",
    "oral_history.interviewpage": "interview",
}
PAGE_KIND = "page"


def is_page(obj):
    ancestors = [obj._meta.label_lower] + [p._meta.label_lower for p in obj._meta.get_parent_list()]
    return "wagtailcore.page" in ancestors


def kind_of(obj):
    """The identifier kind of a record or page, or None for what has no permanent address."""
    kind = KINDS.get(obj._meta.label_lower)
    if kind is None and is_page(obj):
        kind = PAGE_KIND
    return kind


def key_of(obj):
    """
    The key of a record in its kind: an event's external identifier (the one of the programme's
    spreadsheets), an interview's OHMS accession or, without one, its page id; every other
    record's primary key, which the database never hands out twice.
    """
    kind = kind_of(obj)
    if kind == "event":
        return obj.external_id
    if kind == "interview" and obj.external_id:
        return obj.external_id
    return str(obj.pk)


def permanent_path(obj):
    return reverse("permanent_identifier", kwargs={"kind": kind_of(obj), "key": key_of(obj)})


def absolute(path):
    """A path of this site as an absolute address, on the site's public base URL."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def permanent_url(obj):
    """The absolute permanent address of a record or page: https://…/id/<kind>/<key>."""
    return absolute(permanent_path(obj))
