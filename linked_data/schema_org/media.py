"""
An item of the media library as schema.org: `ImageObject`, `AudioObject`, `VideoObject` or
`DigitalDocument`. The file's address (`contentUrl`) is given only when an anonymous visitor may
have the file: a description in a page is read by everyone, whoever asked for the page.
"""

from django.contrib.auth.models import AnonymousUser

from archive.media.files import media_is_open_to
from archive.media.views import ROUTES
from linked_data.dicts import compact
from linked_data.schema_org.common import absolute, iso_duration, partial, record_id

TYPES = {
    "image": "ImageObject",
    "audio": "AudioObject",
    "video": "VideoObject",
    "document": "DigitalDocument",
}


def page_url(context, item, kind):
    """The item's page below the media section, as the media page links it."""
    path = context["page"].reverse_subpage(ROUTES[kind], kwargs={"pk": item.pk})
    return absolute(context["request"], context["media_url"] + path)


def file_url(request, item, kind):
    """The file's address, for an item open to anyone (one query for a recording, else none)."""
    anonymous = AnonymousUser()
    if kind == "image":
        return None  # shown as renditions only; the page is the image's address
    if kind == "document":
        return absolute(request, item.url) if item.is_open_to(anonymous) else None
    return absolute(request, item.url) if media_is_open_to(item, anonymous) else None


def media_item(item, context):
    request = context["request"]
    kind = context["kind"]
    url = page_url(context, item, kind)
    return compact(
        {
            "@type": TYPES[kind],
            "@id": record_id(item),
            "url": url,
            "name": item.title,
            "description": item.description,
            "dateCreated": partial(item.partial_date),
            "creator": item.creator,
            "creditText": item.credit,
            "copyrightNotice": item.rights,
            "duration": iso_duration(getattr(item, "duration", None)),
            "contentUrl": file_url(request, item, kind),
            "keywords": [tag.name for tag in item.tags.all()],
        }
    )
