"""The shared base's models: abstract pages, partial dates and rows the domains build on, the
loader's ledger, grants of access and their log."""

from base.access import ResearcherAccess
from base.dates import PartialDateMixin
from base.models.grants import AccessGrant, AccessLogEntry
from base.models.pages import BasePage, SectionPage
from base.models.seeding import SeedRecord
from base.models.versions import PageTreeVersion, VersionRow

__all__ = [
    "AccessGrant",
    "AccessLogEntry",
    "BasePage",
    "PageTreeVersion",
    "PartialDateMixin",
    "ResearcherAccess",
    "SectionPage",
    "SeedRecord",
    "VersionRow",
]
