"""Records, media and pages of the archive app, re-exported for `archive.models.X` imports."""

from .base import ArchiveRecord, SluggedRecord
from .films import Film, FilmDirector, FilmTag
from .media import ArchiveImage, ArchiveMedia, ArchiveRendition
from .pages import ArchiveIndexPage, ExhibitionIndexPage
from .people import Person, Role
from .places import Series, Venue
from .screenings import (
    EventType,
    Screening,
    ScreeningDocument,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningImage,
    ScreeningRecording,
    ScreeningTag,
)

__all__ = [
    "ArchiveImage",
    "ArchiveIndexPage",
    "ArchiveMedia",
    "ArchiveRecord",
    "ArchiveRendition",
    "EventType",
    "ExhibitionIndexPage",
    "Film",
    "FilmDirector",
    "FilmTag",
    "Person",
    "Role",
    "Screening",
    "ScreeningDocument",
    "ScreeningFilm",
    "ScreeningGuest",
    "ScreeningImage",
    "ScreeningRecording",
    "ScreeningTag",
    "Series",
    "SluggedRecord",
    "Venue",
]
