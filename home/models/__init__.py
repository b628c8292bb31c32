"""Models of the home app (the home page and the history), re-exported for `home.models.X`."""

from .history import HistoryChapterPage, HistoryEvent, HistoryIndexPage
from .pages import HomePage
from .sources import Source

__all__ = [
    "HistoryChapterPage",
    "HistoryEvent",
    "HistoryIndexPage",
    "HomePage",
    "Source",
]
