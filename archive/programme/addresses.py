"""
The addresses of the archive page's calendar and charts, in the visitor's language:
/fr/archives/calendrier/2022/03/01/ and /en/archive/calendar/2022/03/01/. The page answers both
words in both languages (`ArchiveIndexPage`) and sends a visitor to the one of their language.
"""

from django.http import HttpResponsePermanentRedirect

from base.i18n import visitor_language

SEGMENTS = {
    "calendar": {"fr": "calendrier", "en": "calendar"},
    "charts": {"fr": "graphiques", "en": "charts"},
}


def address(page, request, kind, *parts):
    """The address of `kind` ("calendar" or "charts") below `page`, then `parts` as folders."""
    base = getattr(request, "archive_page_url", None)
    if base is None:
        # A month links its thirty-one days: the page's own address is worked out once.
        base = request.archive_page_url = page.get_url(request)
    return f"{base}{SEGMENTS[kind][visitor_language()]}/" + "".join(f"{part}/" for part in parts)


def redirect_unless(request, canonical):
    """A permanent redirect to `canonical` (the query string kept) unless the visitor is there."""
    if request.path == canonical:
        return None
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
