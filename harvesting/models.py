"""
Tombstones: the records a harvester saw and may no longer see.

OAI-PMH promises `deletedRecord=persistent`: a record once harvested and then deleted (or an
interview closed or unpublished) is reported as deleted, with the day it went, for good. The
record itself is gone or hidden, so only its kind, its key and that day are kept: nothing of what
it said.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Tombstone(models.Model):
    kind = models.CharField(_("kind"), max_length=20)
    key = models.CharField(_("key"), max_length=255)
    datestamp = models.DateTimeField(_("deleted at"), db_index=True)

    class Meta:
        verbose_name = _("deleted record")
        verbose_name_plural = _("deleted records")
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="harvesting_tombstone_kind_key")
        ]
        indexes = [models.Index(fields=["kind", "datestamp", "id"], name="harvesting_tomb_kind")]

    def __str__(self):
        return f"{self.kind}/{self.key}"
