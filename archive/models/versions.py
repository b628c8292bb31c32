"""The number that dates the cached counts of the programme listing (see `archive.filters`)."""

from django.db import models


class ProgrammeVersion(models.Model):
    """
    One row whose number changes with every change to a programme record.

    It lives in the database, not in the cache: each web worker has a cache of its own, and a
    record saved through one worker must make every worker's counts stale. Written inside the
    editor's transaction, the new number is seen when the change commits, not before, so no
    worker can count the old records under the new number.
    """

    version = models.BigIntegerField(default=0)

    def __str__(self):
        return str(self.version)
