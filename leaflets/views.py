"""
The region of a public scan that an event of the programme was read from, cut out of the page
as Tesseract read it, for the event's public page. Nothing is served for a scan that is not
public, whoever asks: the public page shows it only for public scans.
"""

import io

from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import cache_control
from PIL import Image

from leaflets.models import Leaflet, Suggestion

MARGIN = 12
MAX_WIDTH = 900
QUALITY = 80


def is_public(leaflet):
    """Open to anyone today (public, or an embargo that has ended)."""
    return leaflet.scan.is_open_by_level(AnonymousUser())


@cache_control(max_age=3600)
def region_picture(request, pk):
    suggestion = get_object_or_404(
        Suggestion.objects.select_related("page__leaflet__image", "page__leaflet__document"),
        pk=pk,
        screening__isnull=False,
        page__leaflet__state=Leaflet.State.CONFIRMED,
    )
    page = suggestion.page
    if not is_public(page.leaflet) or suggestion.right <= suggestion.left:
        raise Http404
    with page.picture.open("rb") as handle, Image.open(handle) as picture:
        box = (
            max(suggestion.left - MARGIN, 0),
            max(suggestion.top - MARGIN, 0),
            min(suggestion.right + MARGIN, picture.width),
            min(suggestion.bottom + MARGIN, picture.height),
        )
        region = picture.crop(box)
        region.thumbnail((MAX_WIDTH, MAX_WIDTH))
        buffer = io.BytesIO()
        region.save(buffer, "JPEG", quality=QUALITY)
    return HttpResponse(buffer.getvalue(), content_type="image/jpeg")
