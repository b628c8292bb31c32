"""Where and in which programme strand an event took place."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import RevisionMixin

from base.i18n import in_language, localized

from .base import SluggedRecord


class Series(RevisionMixin, SluggedRecord):
    """
    A programme strand: Images d'Ailleurs, Studio 34, or a grouping the archive makes of events
    no source names as a series (the occupation's nightly screenings), which says so.
    """

    title = models.CharField(
        _("French title"),
        max_length=255,
        help_text=_("In French, as La Clef named it, or as the archive names its grouping."),
    )
    title_en = models.CharField(
        _("English title"),
        max_length=255,
        blank=True,
        help_text=_(
            "Shown on English pages: the same as the French when the name is not translated. "
            "Empty, English pages show the French title, marked as French."
        ),
    )
    is_archive_grouping = models.BooleanField(
        _("grouping made by the archive"),
        default=False,
        help_text=_(
            "Checked when no source names this series: the archive grouped the events and "
            "gave the title, and the series page says so."
        ),
    )
    description = models.TextField(_("French description"), blank=True)
    description_en = models.TextField(
        _("English description"),
        blank=True,
        help_text=_("Each language shows the other's description when its own is empty."),
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
        return in_language(self.title, self.title_en)

    @property
    def display_description(self):
        return in_language(self.description, self.description_en)

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


class VenueKind(models.TextChoices):
    """Whether a venue is a cinema: machines reading the archive describe it accordingly."""

    CINEMA = "cinema", _("Cinema")
    OTHER = "other", _("Other place")


class Venue(RevisionMixin, SluggedRecord):
    """A place where La Clef's programme took place: the cinema, its outside wall, elsewhere."""

    name = models.CharField(_("name"), max_length=255, help_text=_("In French."))
    name_en = models.CharField(
        _("English name"),
        max_length=255,
        blank=True,
        help_text=_("Shown on English pages; leave empty when the name is not translated."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=VenueKind.choices,
        default=VenueKind.CINEMA,
        help_text=_(
            "A cinema, or another place: a wall, a gallery, venues the sources do not name."
        ),
    )
    address = models.CharField(
        _("address"), max_length=255, blank=True, help_text=_("Street address, if known.")
    )
    description = models.TextField(_("French description"), blank=True)
    description_en = models.TextField(
        _("English description"),
        blank=True,
        help_text=_("Each language shows the other's description when its own is empty."),
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
        return in_language(self.description, self.description_en)
