"""
The register of permanent identifiers: one row per key ever issued, kept after its record goes.

A key is issued once, when its record is created (`identifiers.issuing`), and never given to
another record: deleting the record marks the row deleted (its address answers 410 Gone), and a
record that comes back under the same key (an event re-imported with its external identifier)
takes its row back. `withheld` remembers that a deleted record was closed to the public, so that
its address answers 404, as for a key never issued, and does not reveal that it existed.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PermanentIdentifier(models.Model):
    kind = models.CharField(_("kind"), max_length=20)
    key = models.CharField(_("key"), max_length=255)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.CharField(_("object id"), max_length=64)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True)
    withheld = models.BooleanField(
        _("withheld"),
        default=False,
        help_text=_("The record was closed when it was deleted: its address answers 404."),
    )

    class Meta:
        verbose_name = _("permanent identifier")
        verbose_name_plural = _("permanent identifiers")
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="identifiers_kind_key"),
        ]
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="identifiers_record"),
        ]

    def __str__(self):
        return f"{self.kind}/{self.key}"
