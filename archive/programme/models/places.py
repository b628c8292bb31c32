"""Where and in which programme strand an event took place."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import RevisionMixin

from base.i18n import localized

from .base import SluggedRecord


class Series(RevisionMixin, SluggedRecord):
    """A programme strand: Images d'Ailleurs, the occupation's nightly screenings, Studio 34."""

    title = models.CharField(
        _("title"), max_length=255, help_text=_("In French, as La Clef named it.")
    )
    title_en = models.CharField(
        _("English title"),
        max_length=255,
        blank=True,
        help_text=_("Shown on English pages; leave empty when the name is not translated."),
    )
    description = models.TextField(_("description"), blank=True, help_text=_("In French."))
    description_en = models.TextField(
        _("English description"), blank=True, help_text=_("Shown on English pages.")
    )
    start_year = models.PositiveSmallIntegerField(
        _("first year"), null=True, blank=True, help_text=_("Empty when the sources do not say.")
    )
    end_year = models.PositiveSmallIntegerField(
        _("last year"),
        null=True,
        blank=True,
        help_text=_("Empty when the strand continues or the sources do not say."),
    )

    class Meta:
        verbose_name = _("series")
        verbose_name_plural = _("series")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def display_title(self):
        return localized(self.title, self.title_en)

    @property
    def display_description(self):
        return localized(self.description, self.description_en)

    @property
    def years(self):
        """'1990–', '2019–2022', '2022' or '' when undated."""
        if self.start_year and self.end_year and self.start_year != self.end_year:
            return f"{self.start_year}–{self.end_year}"
        if self.start_year and self.end_year:
            return str(self.start_year)
        if self.start_year:
            return f"{self.start_year}–"
        if self.end_year:
            return f"–{self.end_year}"
        return ""


class Venue(RevisionMixin, SluggedRecord):
    """A place where La Clef's programme took place: the cinema, its outside wall, elsewhere."""

    name = models.CharField(_("name"), max_length=255, help_text=_("In French."))
    name_en = models.CharField(
        _("English name"),
        max_length=255,
        blank=True,
        help_text=_("Shown on English pages; leave empty when the name is not translated."),
    )
    address = models.CharField(
        _("address"), max_length=255, blank=True, help_text=_("Street address, if known.")
    )
    description = models.TextField(_("description"), blank=True, help_text=_("In French."))
    description_en = models.TextField(
        _("English description"), blank=True, help_text=_("Shown on English pages.")
    )

    slug_source_field = "name"

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return localized(self.name, self.name_en)

    @property
    def display_description(self):
        return localized(self.description, self.description_en)
