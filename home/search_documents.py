"""
How the history is searched: a chapter is a page like any other (`search.documents`), found also
by the events of its timeline, which are not among its fields.
"""

from home.models import HistoryChapterPage
from search import registry
from search.documents import plain


def chapter_events(chapter):
    return [plain(f"{event.title}. {event.text}") for event in chapter.events.all()]


registry.register_page_text(HistoryChapterPage, chapter_events)
