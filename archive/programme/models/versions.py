"""The number that dates the cached counts of the programme listing (see `archive.filters`)."""

from base.models.versions import VersionRow


class ProgrammeVersion(VersionRow):
    """Changes with every change to a programme record."""
