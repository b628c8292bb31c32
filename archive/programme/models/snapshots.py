"""
A chart frozen for citation: the numbers it showed, the filters it had and the day it was made,
under an address that never changes. Nothing recomputes a snapshot; its page compares its date
with the programme's `updated_at` to say how many records changed since.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    """A short, unguessable, permanent name for the snapshot's address."""
    return secrets.token_urlsafe(9)


class ChartSnapshot(models.Model):
    token = models.CharField(max_length=20, unique=True, default=new_token, editable=False)
    chart = models.CharField(_("chart"), max_length=40)
    filters = models.JSONField(_("filters"), default=dict, help_text=_("The listing's filters."))
    rows = models.JSONField(_("numbers"), help_text=_("The chart's table as it was computed."))
    created_at = models.DateTimeField(_("made"), auto_now_add=True)

    class Meta:
        verbose_name = _("chart snapshot")
        verbose_name_plural = _("chart snapshots")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.chart} · {self.created_at:%Y-%m-%d}"
