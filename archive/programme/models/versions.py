"""
The number that dates the cached counts of the programme listing
(see `archive.programme.listing.cache`).
"""

from base.models.versions import VersionRow


class ProgrammeVersion(VersionRow):
    """Changes with every change to a programme record."""
