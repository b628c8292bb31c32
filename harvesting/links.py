"""
The public address of each record, in French and in English.

Records of the programme and the media library are shown under their section page; the section
pages and the site's root paths are read once per response, so a page of a hundred records costs
the same queries as one. The record's permanent address (`/id/<kind>/<key>`) comes first: it is
the one a harvester should keep, as it survives a change of slug or title.
"""

from archive.media.pages import MediaIndexPage
from archive.programme.pages import ArchiveIndexPage
from identifiers import permanent_url

ROUTES = {
    "event": ("archive", "screening", "screening_id", "pk"),
    "film": ("archive", "film", "slug", "slug"),
    "person": ("archive", "person", "slug", "slug"),
    "series": ("archive", "series", "slug", "slug"),
    "image-": ("media", "image", "pk", "pk"),
    "av-": ("media", "av", "pk", "pk"),
    "document-": ("media", "document", "pk", "pk"),
}


# Routes are reversed once per response with this stand-in for the key (digits, which both an
# id's and a slug's converter accept), then filled in for each record: a page of a hundred
# records would otherwise reverse two hundred routes.
STAND_IN = "9876543210123"


class Links:
    def __init__(self, request):
        self.request = request
        self._sections = None
        self._templates = {}

    def template(self, section, language, name, argument):
        """The full address of a route of a section with `STAND_IN` for the key, or None."""
        key = (section, language, name)
        if key not in self._templates:
            page_and_url = self.sections().get((section, language))
            template = None
            if page_and_url:
                page, base = page_and_url
                template = base + page.reverse_subpage(name, kwargs={argument: STAND_IN})
            self._templates[key] = template
        return self._templates[key]

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
        """
        The record's permanent address, then its pages' addresses, the French first; none for a
        record without a page.
        """
        pages = self.page_urls(stream, record)
        return [permanent_url(record), *pages] if pages else []

    def page_urls(self, stream, record):
        if stream.kind in ("interview", "chapter"):
            url = record.get_full_url(self.request)
            return [url] if url else []
        route = ROUTES.get(stream.prefix or stream.kind)
        if route is None:
            return []
        section, name, argument, field = route
        value = str(getattr(record, field))
        templates = [self.template(section, language, name, argument) for language in ("fr", "en")]
        return [template.replace(STAND_IN, value) for template in templates if template]
