"""
The public address of each record, in French and in English.

Records of the programme and the media library are shown under their section page; the section
pages and the site's root paths are read once per response, so a page of a hundred records costs
the same queries as one. When the `identifiers` app gives every record a permanent address,
`Links.urls` is where it belongs (first in the list).
"""

from archive.media.pages import MediaIndexPage
from archive.programme.pages import ArchiveIndexPage

ROUTES = {
    "event": ("archive", "screening", "screening_id", "pk"),
    "film": ("archive", "film", "slug", "slug"),
    "person": ("archive", "person", "slug", "slug"),
    "series": ("archive", "series", "slug", "slug"),
    "image-": ("media", "image", "pk", "pk"),
    "av-": ("media", "av", "pk", "pk"),
    "document-": ("media", "document", "pk", "pk"),
}


class Links:
    def __init__(self, request):
        self.request = request
        self._sections = None

    def sections(self):
        """{("archive" | "media", language code): (section page, its full URL)}, read once."""
        if self._sections is None:
            self._sections = {}
            for name, model in (("archive", ArchiveIndexPage), ("media", MediaIndexPage)):
                for page in model.objects.live().select_related("locale").order_by("pk"):
                    key = (name, page.locale.language_code)
                    url = page.get_full_url(self.request)
                    if url:
                        self._sections.setdefault(key, (page, url))
        return self._sections

    def urls(self, stream, record):
        """The record's public addresses, the French first; none for a record without a page."""
        if stream.kind in ("interview", "chapter"):
            url = record.get_full_url(self.request)
            return [url] if url else []
        route = ROUTES.get(stream.prefix or stream.kind)
        if route is None:
            return []
        section, name, argument, field = route
        found = []
        for language in ("fr", "en"):
            page_and_url = self.sections().get((section, language))
            if page_and_url:
                page, base = page_and_url
                path = page.reverse_subpage(name, kwargs={argument: getattr(record, field)})
                found.append(base + path)
        return found
