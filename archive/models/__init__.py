"""Records, media and pages of the archive app, re-exported for `archive.models.X` imports."""

from .media import ArchiveImage, ArchiveMedia, ArchiveRendition
from .pages import ArchiveIndexPage, ExhibitionIndexPage

__all__ = [
    "ArchiveImage",
    "ArchiveIndexPage",
    "ArchiveMedia",
    "ArchiveRendition",
    "ExhibitionIndexPage",
]
