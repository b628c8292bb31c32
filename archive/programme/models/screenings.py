"""
Screenings: every event of the programme, with the films shown and the guests who spoke.

A talk is a screening event whose guests spoke; its recording arrives with the oral-history
issue. Dates are partial (see `base.dates`): the date field holds the first day of the known
period and `date_precision` says how much of it is known; an event the sources give only as a
span (the nightly screenings of 2019 – 1 March 2022) holds that span's end too.
"""

import secrets
from functools import lru_cache

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.documents import get_document_model_string
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, RevisionMixin

from base.dates import PartialDateSpanMixin
from base.i18n import LANGUAGES, Localized, in_language

from .base import ArchiveRecord
from .people import Role


class EventType(models.TextChoices):
    SCREENING = "screening", _("Screening")
    TALK = "talk", _("Director talk / Q&A")
    OPEN_AIR = "open-air", _("Open-air screening")
    FESTIVAL = "festival", _("Festival day")
    WORKSHOP = "workshop", _("Workshop")
    PERFORMANCE = "performance", _("Performance")
    EXHIBITION = "exhibition", _("Exhibition event")
    FUNDRAISER = "fundraiser", _("Fundraiser")


@lru_cache(maxsize=len(LANGUAGES))
def event_type_labels(language):
    """{event type: its label in `language`}, translated once per language, not once per event."""
    with translation.override(language):
        return {value: str(label) for value, label in EventType.choices}


def event_name(title, title_en, film_titles, event_type, venue_names, language):
    """
    What an event is called in `language` (a `Localized`): its own title, or its title in the
    other language as a marked fallback; else the titles of the films shown ("Attica / Beau
    travail"), which have no language; else its type and venue (`venue_names`, French and
    English, or None): "Performance, La Clef". The one naming of events: the listing's rows and
    the event's page (`Screening.name_in`), its search document and the exports, which read
    plain values rather than model instances, all ask it.
    """
    own = in_language(title, title_en, language)
    if own:
        return own
    if film_titles:
        return Localized(" / ".join(film_titles))
    label = event_type_labels(language).get(event_type, event_type)
    if not venue_names:
        return Localized(label, language)
    return Localized(f"{label}, {in_language(*venue_names, language)}", language)


def new_external_id():
    """An identifier for an event entered by hand, so that every event can be exported."""
    return f"lc-{secrets.token_hex(6)}"


# Each link table is indexed both ways, and each index holds both ids: the listing reads an
# event's links (with_row_details, the counts of a text search) and a record's events (a filter)
# from the index alone, without visiting the table's rows (measured in docs/benchmarks.md,
# session 5). They replace the single-column
# indexes Django gives a foreign key, of which they are prefixes (taggit's tag key keeps its own).


class ScreeningTag(TaggedItemBase):
    content_object = ParentalKey("archive.Screening", related_name="tagged_items", db_index=False)

    class Meta:
        indexes = [
            models.Index(fields=["tag", "content_object"], name="archive_scrtag_tag"),
            models.Index(fields=["content_object", "tag"], name="archive_scrtag_event"),
        ]


class Screening(PartialDateSpanMixin, RevisionMixin, ArchiveRecord, ClusterableModel):
    """
    One event of La Clef's programme: a screening, a talk, a festival day, a performance...

    Not a page: screenings are shown through the archive page's routes and edited as snippets, so
    that a hundred thousand of them stay cheap to list, filter and import.
    """

    external_id = models.CharField(
        _("external identifier"),
        max_length=100,
        unique=True,
        default=new_external_id,
        help_text=_(
            "The identifier used in programme spreadsheets; imports match rows to events by it."
        ),
    )
    date = models.DateField(
        _("date"), help_text=_("For a month or a year, give its first day and set the precision.")
    )
    time = models.TimeField(_("time"), null=True, blank=True, help_text=_("Start time, if known."))
    title = models.CharField(
        _("French title"),
        max_length=255,
        blank=True,
        help_text=_(
            "The event's own name, in French, for an event the films do not name (a "
            "performance, a festival, a workshop). Empty: it is named by its films, or by its "
            "type and venue."
        ),
    )
    title_en = models.CharField(
        _("English title"),
        max_length=255,
        blank=True,
        help_text=_("The same name in English; empty, English pages show the French one."),
    )
    year = models.PositiveSmallIntegerField(_("year"), editable=False, db_index=True)
    event_type = models.CharField(
        _("event type"),
        max_length=12,
        choices=EventType.choices,
        default=EventType.SCREENING,
        help_text=_("A talk is a screening after which guests spoke."),
    )
    series = models.ForeignKey(
        "archive.Series",
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="screenings",
        help_text=_("The programme strand, if any."),
    )
    venue = models.ForeignKey(
        "archive.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="screenings",
        help_text=_("Where it took place."),
    )
    notes = models.TextField(
        _("French notes"), blank=True, help_text=_("What the sources say, in French.")
    )
    notes_en = models.TextField(
        _("English notes"),
        blank=True,
        help_text=_("What the sources say, in English; each language shows the other when empty."),
    )
    films = models.ManyToManyField(
        "archive.Film",
        through="archive.ScreeningFilm",
        related_name="screenings",
        blank=True,
        verbose_name=_("films"),
    )
    guests = models.ManyToManyField(
        "archive.Person",
        through="archive.ScreeningGuest",
        related_name="screenings",
        blank=True,
        verbose_name=_("guests"),
    )
    tags = ClusterTaggableManager(through=ScreeningTag, blank=True, help_text=_("Themes."))

    class Meta:
        verbose_name = _("screening")
        verbose_name_plural = _("screenings")
        ordering = ["-date", "-time", "-id"]
        indexes = [
            models.Index(fields=["-date", "-time", "-id"], name="archive_scr_newest"),
            models.Index(fields=["year", "event_type"], name="archive_scr_year_type"),
            models.Index(fields=["event_type", "-date"], name="archive_scr_type_date"),
            models.Index(fields=["series", "-date"], name="archive_scr_series_date"),
            models.Index(fields=["venue", "-date"], name="archive_scr_venue_date"),
            models.Index(fields=["date", "venue"], name="archive_scr_date_venue"),
            # Covering indexes for the listing's counts under a type, series or venue filter.
            models.Index(
                fields=["event_type", "series", "venue", "year"], name="archive_scr_type_facets"
            ),
            models.Index(
                fields=["series", "event_type", "venue", "year"], name="archive_scr_series_facets"
            ),
            models.Index(
                fields=["venue", "event_type", "series", "year"], name="archive_scr_venue_facets"
            ),
        ]

    def __str__(self):
        """'2019 · Swan Lake by…' in the admin and wherever another domain names the event."""
        name = in_language(self.title, self.title_en).text or self.get_event_type_display()
        return f"{self.dates.isoformat()} · {name}"

    def name_in(self, language, film_titles):
        """What the event is called in `language` (`event_name`), given the films' titles."""
        venue = self.venue
        return event_name(
            self.title,
            self.title_en,
            film_titles,
            self.event_type,
            venue and (venue.name, venue.name_en),
            language,
        )

    @property
    def display_notes(self):
        return in_language(self.notes, self.notes_en)

    def save(self, *args, **kwargs):
        self.sync_derived_fields()
        super().save(*args, **kwargs)

    def sync_derived_fields(self):
        """Keep `year` (filtered and counted by the listing) in step with the date."""
        self.year = self.date.year


class ScreeningFilm(Orderable):
    screening = ParentalKey(
        Screening, on_delete=models.CASCADE, related_name="film_links", db_index=False
    )
    film = models.ForeignKey(
        "archive.Film",
        verbose_name=_("film"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )

    class Meta(Orderable.Meta):
        verbose_name = _("film shown")
        verbose_name_plural = _("films shown")
        indexes = [
            models.Index(fields=["film", "screening"], name="archive_scrfilm_film"),
            models.Index(fields=["screening", "film"], name="archive_scrfilm_event"),
        ]

    def __str__(self):
        return str(self.film)


class ScreeningGuest(Orderable):
    screening = ParentalKey(
        Screening, on_delete=models.CASCADE, related_name="guest_links", db_index=False
    )
    person = models.ForeignKey(
        "archive.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=Role.choices,
        default=Role.GUEST,
        help_text=_("What they did at this event."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("guest")
        verbose_name_plural = _("guests")
        indexes = [
            models.Index(fields=["person", "screening"], name="archive_scrguest_person"),
            models.Index(fields=["screening", "person"], name="archive_scrguest_event"),
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"


class ScreeningImage(Orderable):
    screening = ParentalKey(Screening, on_delete=models.CASCADE, related_name="image_links")
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A poster, a programme, a photograph of the event."),
    )


class ScreeningDocument(Orderable):
    screening = ParentalKey(Screening, on_delete=models.CASCADE, related_name="document_links")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A programme sheet, a press cutting, a leaflet."),
    )


class ScreeningRecording(Orderable):
    screening = ParentalKey(Screening, on_delete=models.CASCADE, related_name="recording_links")
    media = models.ForeignKey(
        "archive.ArchiveMedia",
        verbose_name=_("recording"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An audio or video recording of the event or of the talk after it."),
    )
