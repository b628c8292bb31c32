"""
How the media library is searched: images, audio/video and documents, each shown at a route of
the media section page ("@media:image:12"). Closed items are never written, nor the recordings
that a closed interview uses.

Registered with the search service (`search.registry`) when the archive app is ready.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtailmedia.models import get_media_model

from archive.media import restrictions
from base.access import AccessLevel
from search import registry
from search.documents import Document, plain
from search.models.documents import DocumentType
from search.signals import schedule


def media_documents(items, route):
    """
    Images, audio/video or documents, shown at the media page's `route` ("image", "av",
    "document"); closed items are not written, nor recordings another domain's restriction
    leaves out of every listing (`archive.media.restrictions`: a closed interview's).
    """
    items = list(items)
    unlisted = set()
    if route == "av" and items:
        ids = [item.pk for item in items]
        model = type(items[0])
        listed = restrictions.unlisted(model.objects.filter(pk__in=ids), None)
        unlisted = set(ids) - set(listed.values_list("pk", flat=True))
    documents = []
    for item in items:
        if getattr(item, "access_level", AccessLevel.PUBLIC) == AccessLevel.CLOSED:
            continue
        if item.pk in unlisted:
            continue
        document = Document(
            type=DocumentType.MEDIA,
            source=f"{item._meta.label_lower}:{item.pk}",
            title=item.title,
            body=plain(getattr(item, "description", "")),
            context=getattr(item, "creator", ""),
            url=f"@media:{route}:{item.pk}",
            date=getattr(item, "date", None),
            date_precision=getattr(item, "date_precision", ""),
        )
        document.add_date_facets()
        for person in item.related_people.all() if hasattr(item, "related_people") else ():
            document.add_facet("person", person.slug, person.name)
        for series in item.related_series.all() if hasattr(item, "related_series") else ():
            document.add_facet("series", series.slug, series.title, series.title_en)
        for tag in item.tags.all():
            document.add_facet("tag", tag.slug, tag.name)
        if route == "av":
            document.add_facet("has", "recording")
        documents.append(document)
    return documents


def media_kind(model, route, order):
    """Images, audio/video or documents, shown by the media page's `route`."""
    related = [name for name in ("related_people", "related_series") if hasattr(model, name)]
    return registry.Kind(
        model._meta.label_lower,
        lambda: model.objects.prefetch_related("tags", *related),
        lambda items: media_documents(items, route),
        order=order,
        document_type=DocumentType.MEDIA,
    )


def media_changed(sender, instance, **kwargs):
    schedule(sender._meta.label_lower, [instance.pk])


for order, (model, route) in enumerate(
    ((get_image_model(), "image"), (get_media_model(), "av"), (get_document_model(), "document")),
    start=20,
):
    registry.register(media_kind(model, route, order))
    uid = f"search-{model._meta.label_lower}"
    post_save.connect(media_changed, sender=model, dispatch_uid=f"{uid}-save")
    post_delete.connect(media_changed, sender=model, dispatch_uid=f"{uid}-delete")
