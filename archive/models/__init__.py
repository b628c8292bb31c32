"""
Every model of the archive app, for Django to register: the app is three domains (the programme,
the media library, the exhibitions), each importing its own models from its own package. Nothing
of the project imports this module.
"""

from archive.exhibitions.models import Artwork, ExhibitionPage
from archive.exhibitions.pages import ExhibitionIndexPage
from archive.media.models import ArchiveDocument, ArchiveImage, ArchiveMedia, ArchiveRendition
from archive.media.pages import MediaIndexPage
from archive.programme.models import *  # noqa: F403
from archive.programme.models import __all__ as programme_models
from archive.programme.pages import ArchiveIndexPage

__all__ = [
    *programme_models,
    "ArchiveDocument",
    "ArchiveImage",
    "ArchiveIndexPage",
    "ArchiveMedia",
    "ArchiveRendition",
    "Artwork",
    "ExhibitionIndexPage",
    "ExhibitionPage",
    "MediaIndexPage",
]
