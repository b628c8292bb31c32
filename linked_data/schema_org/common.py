"""
What every schema.org description shares: absolute addresses, dates at their precision, the
page's language, and the site's own entity that each page is part of.

`@id` is the record's page address for now; the permanent address (`identifiers.permanent_url`)
replaces it in `record_id` once that app exists.
"""

from django.urls import reverse
from django.utils.translation import get_language

from identifiers import permanent_url

CONTEXT = "https://schema.org"
SITE_NAME = "La Clef Archive"
PUBLISHER = {"@type": "Organization", "name": "La Clef Revival"}


def absolute(request, url):
    """An address as a machine outside the site reads it (the host of the request)."""
    return request.build_absolute_uri(url) if url else None


def record_id(record):
    """
    The `@id` of a record or page: its permanent address (`/id/<kind>/<key>`), which survives
    a change of slug, title or place, so that what a harvester links to stays the same thing;
    the page address is its `url`.
    """
    return permanent_url(record)


def language():
    return (get_language() or "fr").split("-")[0]


def website_id(request):
    """The WebSite entity of the current language's home page (no query: a reversed path)."""
    return absolute(request, reverse("wagtail_serve", args=[""])) + "#website"


def partial(partial_date):
    """'1995', '1995-03' or '1995-03-04': a date no more precise than the sources give."""
    return partial_date.isoformat() if partial_date else None


def iso_duration(seconds):
    """Seconds as an ISO 8601 duration ('PT41.5S'), as schema.org's `duration` expects."""
    if not seconds:
        return None
    minutes, rest = divmod(float(seconds), 60)
    hours, minutes = divmod(int(minutes), 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if rest or text == "PT":
        text += f"{rest:g}S"
    return text


def split_list(text):
    """'français; English' → ['français', 'English'] (the archive's semicolon lists)."""
    return [part.strip() for part in (text or "").split(";") if part.strip()]
