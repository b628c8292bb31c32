"""
A search result as the page and the JSON show it: its address, highlighted title and excerpt.

Records have no address of their own: they are shown by the archive and media pages of the
visitor's language, whose addresses are looked up once per request.
"""

import html

from django.utils.functional import cached_property
from django.utils.html import strip_tags
from wagtail.models import Locale

from base.dates import DatePrecision, PartialDate
from oral_history.formats.base import format_clock
from search.highlight import excerpt, first_match, highlight
from search.models import DocumentType


class SectionPages:
    """The archive and media section pages of one language, fetched when first needed."""

    def __init__(self, language):
        self.language = language

    @cached_property
    def locale(self):
        return Locale.objects.filter(language_code=self.language).first()

    def _page(self, model):
        return model.objects.live().filter(locale=self.locale).first()

    @cached_property
    def archive(self):
        from archive.programme.pages import ArchiveIndexPage

        return self._page(ArchiveIndexPage)

    @cached_property
    def media(self):
        from archive.media.pages import MediaIndexPage

        return self._page(MediaIndexPage)

    def url(self, reference):
        """'@archive:film:attica' -> '/en/archive/films/attica/'; page addresses pass through."""
        if not reference.startswith("@"):
            return reference
        section, name, value = reference[1:].split(":", 2)
        page = getattr(self, section)
        if page is None:
            return ""
        argument = (
            int(value) if value.isdigit() and name not in ("film", "person", "series") else value
        )
        return page.url + page.reverse_subpage(name, args=[argument])


def present(document, terms, sections):
    """The plain dict a template or `format=json` shows for a result."""
    english = sections.language == "en" and document.title_en
    title = document.title_en if english else document.title
    text, position = excerpt(document.body, terms)
    url = sections.url(document.url)
    start = document.start
    if document.type == DocumentType.PASSAGE and document.timings:
        start = _time_of(document, terms, position)
        if start is not None:
            url = f"{url}?t={int(start)}"
    date = None
    if document.date:
        precision = document.date_precision or DatePrecision.DAY
        date = PartialDate(document.date, precision)
    return {
        "type": document.type,
        "type_label": DocumentType(document.type).label,
        "title": title,
        "title_html": highlight(title, terms),
        "context": document.context,
        "url": url,
        "excerpt": html.unescape(strip_tags(text)),
        "excerpt_html": text,
        "date": date.isoformat() if date else None,
        "date_display": date.display() if date else "",
        "start": int(start) if start is not None else None,
        "clock": format_clock(start) if start is not None else "",
        "speaker": document.speaker,
    }


def _time_of(document, terms, position):
    """The start of the cue holding the first matched word, so the link lands on it."""
    if position is None:
        position = first_match(document.body.split(), terms) or 0
    start = document.start
    for word_index, seconds in document.timings:
        if word_index > position:
            break
        if seconds is not None:
            start = seconds
    return start
