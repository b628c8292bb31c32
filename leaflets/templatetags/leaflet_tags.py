"""What an event's public page says of the leaflets it was read from."""

from django import template

from leaflets.models import Leaflet, Suggestion
from leaflets.views import is_public

register = template.Library()


@register.simple_tag
def leaflet_sources(screening):
    """
    [(scan, suggestion, public?)] for the confirmed leaflets an event was read from, in one
    query; the region is shown only when the scan is public.
    """
    suggestions = Suggestion.objects.filter(
        screening=screening, page__leaflet__state=Leaflet.State.CONFIRMED
    ).select_related("page__leaflet__image", "page__leaflet__document")
    return [(s.page.leaflet.scan, s, is_public(s.page.leaflet)) for s in suggestions.order_by("pk")]
