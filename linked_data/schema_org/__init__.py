"""
schema.org descriptions of the site's pages and records, one module per kind; `describe` picks
the one for an object by its class (the most specific first), a page of any other kind being a
`WebPage`.
"""

from wagtail.models import Page

from archive.exhibitions.models import ExhibitionPage
from archive.media.models import ArchiveDocument, ArchiveImage, ArchiveMedia
from archive.programme.models import Film, Person, Screening, Series
from home.models import HistoryChapterPage, HomePage
from linked_data.schema_org import interviews, media, pages, programme
from linked_data.schema_org.common import CONTEXT
from oral_history.models import InterviewPage

BUILDERS = {
    Screening: programme.screening,
    Film: programme.film,
    Person: programme.person,
    Series: programme.series,
    ArchiveImage: media.media_item,
    ArchiveMedia: media.media_item,
    ArchiveDocument: media.media_item,
    InterviewPage: interviews.interview,
    ExhibitionPage: pages.exhibition,
    HistoryChapterPage: pages.chapter,
    HomePage: pages.website,
}


def describe(obj, context):
    """The JSON-LD dict of `obj` as the page in `context` shows it; None for anything else."""
    builder = BUILDERS.get(type(obj))
    if builder is None and isinstance(obj, Page):
        builder = pages.web_page
    if builder is None:
        return None
    return {"@context": CONTEXT, **builder(obj, context)}
