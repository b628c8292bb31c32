"""The programme's records, re-exported for `archive.programme.models.X` imports."""

from .base import ArchiveRecord, SluggedRecord
from .calendar import ClosurePeriod, CompleteProgramme, SourceDocument
from .films import Film, FilmDirector, FilmTag
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
    event_name,
)
from .snapshots import ChartSnapshot
from .versions import ProgrammeVersion

__all__ = [
    "ArchiveRecord",
    "ChartSnapshot",
    "ClosurePeriod",
    "CompleteProgramme",
    "EventType",
    "Film",
    "FilmDirector",
    "FilmTag",
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
    "SourceDocument",
    "Venue",
    "event_name",
]
