"""
The listing's cached counts are dated by the programme's version (`ProgrammeVersion`): any change
to a programme record bumps it (`archive/programme/signals.py`, the importer, the sample archive),
which makes every worker's cached counts stale at once, and the whole archive's options are
counted again when the change commits.
"""

from django.db import transaction

from archive.programme.listing.filters import ProgrammeFilter
from archive.programme.models import ProgrammeVersion


def bump_programme_version(**kwargs):
    """
    Make every worker's cached counts stale, and recount the whole archive's options when the
    transaction commits, so that the next visitor of the listing does not pay for it.
    """
    ProgrammeVersion.bump()
    transaction.on_commit(warm_counts)


def warm_counts():
    """
    Count the options of every filter over the whole archive (the unfiltered listing), unless
    an earlier callback of the same commit already did.
    """
    ProgrammeFilter({}).count_rows()
