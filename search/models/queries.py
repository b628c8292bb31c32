"""What researchers search for, counted per day, for the editors' report."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchTermDay(models.Model):
    """
    How often a query was asked on a day, and how often it found nothing.

    Written in batches by a background thread (`search/querylog.py`), never while a search is
    being answered.
    """

    query_string = models.CharField(_("query"), max_length=255)
    day = models.DateField(_("day"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    empty_searches = models.PositiveIntegerField(_("searches that found nothing"), default=0)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "day"], name="search_term_day_unique")
        ]

    def __str__(self):
        return f"{self.query_string} ({self.day})"
