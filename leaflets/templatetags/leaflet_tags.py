"""What an event's public page says of the leaflets it was read from."""

from django import template

from leaflets.models import Leaflet, Suggestion
from leaflets.views import is_public

register = template.Library()


@register.simple_tag
def leaflet_sources(screening):
    """
    [(scan, suggestion, public?)] for the confirmed leaflets an event was read from; the region
    is shown only when the scan is public. Most events were not read from a leaflet: a narrow
    query finds out first, and the leaflets and their scans are read only for those that were.
    """
    confirmed = Suggestion.objects.filter(
        screening=screening, page__leaflet__state=Leaflet.State.CONFIRMED
    )
    found = list(confirmed.values_list("pk", flat=True))
    if not found:
        return []
    suggestions = Suggestion.objects.filter(pk__in=found).select_related(
        "page__leaflet__image", "page__leaflet__document"
    )
    return [(s.page.leaflet.scan, s, is_public(s.page.leaflet)) for s in suggestions.order_by("pk")]
