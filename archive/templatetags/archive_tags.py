"""Links to the archive's records, below the archive page that shows them."""

from functools import lru_cache

from django import template
from django.utils.http import urlencode

from archive.models import Film, Person, Screening, Series

register = template.Library()

ROUTES = {Film: "film", Person: "person", Series: "series", Screening: "screening"}
PLACEHOLDER = "0000000000"


@lru_cache(maxsize=64)
def _route_pattern(page_class, name):
    """The route's path with a placeholder for the record: reversed once, not once per link."""
    kwarg = "screening_id" if name == "screening" else "slug"
    return page_class.get_resolver().reverse(name, **{kwarg: PLACEHOLDER})


@register.simple_tag(takes_context=True)
def record_url(context, record):
    """The record's address below the current archive page, e.g. /en/archive/films/attica/."""
    name = ROUTES[type(record)]
    key = record.pk if name == "screening" else record.slug
    pattern = _route_pattern(type(context["page"]), name)
    return context["archive_url"] + pattern.replace(PLACEHOLDER, str(key))


@register.simple_tag(takes_context=True)
def listing_url(context, **params):
    """The archive listing filtered by `params`, e.g. {% listing_url film=film.slug %}."""
    return f"{context['archive_url']}?{urlencode(params)}"
