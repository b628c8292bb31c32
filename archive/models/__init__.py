"""Records, media and pages of the archive app, re-exported for `archive.models.X` imports."""

from .base import ArchiveRecord, SluggedRecord
from .exhibitions import Artwork, ExhibitionPage
from .films import Film, FilmDirector, FilmTag
from .media import ArchiveDocument, ArchiveImage, ArchiveMedia, ArchiveRendition
from .pages import ArchiveIndexPage, ExhibitionIndexPage, MediaIndexPage
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
from .versions import ProgrammeVersion

__all__ = [
    "ArchiveDocument",
    "ArchiveImage",
    "ArchiveIndexPage",
    "ArchiveMedia",
    "ArchiveRecord",
    "ArchiveRendition",
    "Artwork",
    "EventType",
    "ExhibitionIndexPage",
    "ExhibitionPage",
    "Film",
    "FilmDirector",
    "FilmTag",
    "MediaIndexPage",
    "Person",
    "ProgrammeVersion",
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
