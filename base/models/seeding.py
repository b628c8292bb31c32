from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SeedRecord(models.Model):
    """
    What the loader `load_la_clef` created, and what it looked like when the loader last wrote it.

    The loader compares an object's current fingerprint with the one stored here: if they differ,
    an editor has changed the object since, and the loader leaves it alone. If the object is gone,
    an editor deleted it, and the loader does not bring it back. See `base.seeding`.
    """

    key = models.CharField(max_length=200, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    fingerprint = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "home_seedrecord"  # its table from before it moved here (migration base 0001)
        verbose_name = _("loader record")

    def __str__(self):
        return self.key
