"""
What the calendar knows beside the events: the periods the cinema was closed, and the periods an
editor has shown the programme to be complete for (so that a day without an event reads "no
screening" rather than "unknown"). Both cite their source; both are edited in the admin.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from base.dates import DatePrecision, PartialDate, date_precision_field, end_of
from base.i18n import in_language

from .base import ArchiveRecord

DAY = datetime.timedelta(days=1)


class SourceDocument(models.TextChoices):
    """The three documents the history of La Clef is written from (docs/history-content.md)."""

    ENCYCLOPEDIA = "encyclopedia", "“La Clef (cinema)”, encyclopedia article"
    FUNDRAISING = (
        "fundraising",
        "“Cinéma La Clef — Save the last volunteer-run movie theater in Paris!”, "
        "Film Independent fiscal sponsorship page",
    )
    MADMOIZELLE = (
        "madmoizelle",
        "“Paris: this associative cinema saved after a struggle supported by Scorsese, "
        "Tarantino and Sciamma”, Madmoizelle, 2024",
    )


class ClosurePeriod(ArchiveRecord):
    """
    A time the cinema was closed, as a source dates it: its start and its end each at the
    precision the source gives ("June 2009 – September 2010"). Only the days it certainly covers
    are shown as closed (`closed_days`): a closure that began "in June 2009" leaves June itself
    unknown, since the source does not say on which day.
    """

    start = models.DateField(
        _("start"), help_text=_("For a month or a year, give its first day and set the precision.")
    )
    start_precision = date_precision_field()
    end = models.DateField(
        _("end"),
        help_text=_(
            "The last day closed; for a month or a year (the reopening month), its first day "
            "with the precision set."
        ),
    )
    end_precision = date_precision_field()
    reason = models.TextField(_("French reason"), help_text=_("Why it was closed, in French."))
    reason_en = models.TextField(
        _("English reason"), blank=True, help_text=_("The same in English.")
    )
    source_document = models.CharField(
        _("source document"),
        max_length=20,
        choices=SourceDocument.choices,
        help_text=_("The document that gives this closure."),
    )

    class Meta:
        verbose_name = _("closure period")
        verbose_name_plural = _("closure periods")
        ordering = ["start"]

    def __str__(self):
        return f"{self.start_partial.isoformat()} – {self.end_partial.isoformat()}"

    @property
    def start_partial(self):
        return PartialDate(self.start, self.start_precision)

    @property
    def end_partial(self):
        return PartialDate(self.end, self.end_precision)

    @property
    def display_reason(self):
        return in_language(self.reason, self.reason_en)

    def closed_days(self):
        """(first, last) day certainly closed, or None when the imprecise ends leave none."""
        first = (
            self.start if self.start_precision == DatePrecision.DAY else end_of(self.start_partial)
        )
        last = self.end if self.end_precision == DatePrecision.DAY else self.end - DAY
        return (first, last) if first <= last else None

    def clean(self):
        super().clean()
        if self.start and self.end and end_of(self.end_partial) <= self.start:
            raise ValidationError({"end": _("The end comes before the start.")})


class CompleteProgramme(models.Model):
    """
    A period whose whole programme is in the archive, as a source shows: every day of it without
    an event is a day without a screening.
    """

    start = models.DateField(_("first day"))
    end = models.DateField(_("last day"))
    source = models.TextField(
        _("source"),
        help_text=_("The document that shows the programme is complete, e.g. a monthly leaflet."),
    )
    note = models.TextField(_("note"), blank=True, help_text=_("What an editor checked."))
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    class Meta:
        verbose_name = _("complete programme period")
        verbose_name_plural = _("complete programme periods")
        ordering = ["start"]

    def __str__(self):
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The last day comes before the first.")})
