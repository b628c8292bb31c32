"""
The text read on public leaflets, found by the site search: one document per leaflet, leading to
its scan in the media library. A scan that is not public (for researchers, embargoed or closed)
is never written, and a change of its access level rewrites or removes its document.

Registered with the search service (`search.registry`) when the leaflets app is ready.
"""

from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from base.access import AccessLevel
from leaflets.models import Leaflet, LeafletPage
from search import registry
from search.documents import Document
from search.models.documents import DocumentType
from search.signals import schedule

LABEL = "leaflets.leaflet"


def leaflet_documents(leaflets):
    documents = []
    for leaflet in leaflets:
        scan = leaflet.scan
        text = leaflet.text
        if scan is None or scan.access_level != AccessLevel.PUBLIC or not text.strip():
            continue
        route = "document" if leaflet.document_id else "image"
        document = Document(
            type=DocumentType.MEDIA,
            source=f"{LABEL}:{leaflet.pk}",
            title=str(_("Leaflet: %(title)s") % {"title": scan.title}),
            body=text,
            context=scan.creator,
            url=f"@media:{route}:{scan.pk}",
            date=scan.date,
            date_precision=scan.date_precision,
        )
        document.add_date_facets()
        documents.append(document)
    return documents


registry.register(
    registry.Kind(
        LABEL,
        lambda: Leaflet.objects.select_related("image", "document").prefetch_related("pages"),
        leaflet_documents,
        order=25,
        document_type=DocumentType.MEDIA,
    )
)


def leaflet_changed(sender, instance, **kwargs):
    schedule(LABEL, [instance.leaflet_id if sender is LeafletPage else instance.pk])


def scan_changed(sender, instance, **kwargs):
    field = "image" if sender is get_image_model() else "document"
    schedule(LABEL, Leaflet.objects.filter(**{field: instance.pk}).values_list("pk", flat=True))


for model, handler in ((Leaflet, leaflet_changed), (LeafletPage, leaflet_changed)):
    post_save.connect(handler, sender=model, dispatch_uid=f"search-leaflets-{model.__name__}")
    post_delete.connect(handler, sender=model, dispatch_uid=f"search-leaflets-{model.__name__}-del")
for model in (get_image_model(), get_document_model()):
    post_save.connect(scan_changed, sender=model, dispatch_uid=f"search-leaflets-{model.__name__}")
