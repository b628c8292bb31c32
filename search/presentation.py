"""
A search result as the page and the JSON show it: its address, highlighted title and excerpt.

Records have no address of their own: a document stores a reference to a route of a section page
("@archive:film:attica" is the "film" route of the "archive" section, `base.sections`), resolved
with the section pages of the visitor's language, each looked up once per request.
"""

import html

from django.utils.functional import cached_property
from django.utils.html import strip_tags
from wagtail.models import Locale

from base.dates import DatePrecision, PartialDate
from base.i18n import FALLBACK_NOTICES
from base.sections import section_page
from search import registry
from search.highlight import excerpt, first_match, highlight
from search.models.documents import DocumentType


class SectionPages:
    """The section pages of one language, each fetched when first needed."""

    def __init__(self, language):
        self.language = language
        self._pages = {}

    @cached_property
    def locale(self):
        return Locale.objects.filter(language_code=self.language).first()

    def page(self, section):
        if section not in self._pages:
            locale_id = self.locale.pk if self.locale else None
            self._pages[section] = section_page(section, locale_id)
        return self._pages[section]

    def url(self, reference):
        """'@archive:film:attica' -> '/en/archive/films/attica/'; page addresses pass through."""
        if not reference.startswith("@"):
            return reference
        section, name, value = reference[1:].split(":", 2)
        page = self.page(section)
        if page is None:
            return ""
        return page.url + page.reverse_subpage(name, args=[value])


def present(document, terms, sections):
    """The plain dict a template or `format=json` shows for a result."""
    english = sections.language == "en" and document.title_en
    title = document.title_en if english else document.title
    written = document.title_language
    fallback = not english and written not in ("", sections.language)
    text, position = excerpt(document.body, terms)
    url = sections.url(document.url)
    start = document.start
    kind = registry.kind_of_source(document.source)
    if document.type == DocumentType.PASSAGE and document.timings:
        start = _time_of(document, terms, position)
        if start is not None and kind and kind.url_at:
            url = kind.url_at(url, start)
    date = None
    if document.date:
        precision = document.date_precision or DatePrecision.DAY
        date = PartialDate(document.date, precision)
    return {
        "type": document.type,
        "type_label": DocumentType(document.type).label,
        "title": title,
        "title_html": highlight(title, terms),
        # The title's language when it is not the visitor's (its lang attribute), and the notice.
        "title_language": written if fallback else "",
        "title_notice": str(FALLBACK_NOTICES[written]) if fallback else "",
        "context": document.context,
        "url": url,
        "excerpt": html.unescape(strip_tags(text)),
        "excerpt_html": text,
        "date": date.isoformat() if date else None,
        "date_display": date.display() if date else "",
        "start": int(start) if start is not None else None,
        "clock": kind.clock(start) if start is not None and kind and kind.clock else "",
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
