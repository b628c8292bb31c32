"""Models of the home app, re-exported for `home.models.X` imports."""

from .history import HistoryChapterPage, HistoryEvent, HistoryIndexPage
from .pages import BasePage, HomePage, SectionPage
from .seeding import SeedRecord
from .sources import Source
from .versions import VersionRow

__all__ = [
    "BasePage",
    "HistoryChapterPage",
    "HistoryEvent",
    "HistoryIndexPage",
    "HomePage",
    "SectionPage",
    "SeedRecord",
    "Source",
    "VersionRow",
]
