"""
Exhibitions and the artworks shown in them.

An `ExhibitionPage` exists once per language (translations of each other); its artworks are
records that editors add through the admin (`archive.viewsets.ArtworkViewSet`), attached to either
language's page and shown on both. The loader creates no artwork: the sources name none.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import RevisionMixin
from wagtail.search import index

from archive.exhibitions.blocks import ExhibitionBodyBlock
from archive.exhibitions.context import exhibition_context
from base.dates import PartialDateMixin
from base.models import BasePage
from home.models import HistoryEvent


class ExhibitionPage(PartialDateMixin, BasePage):
    """One exhibition: when and where, what it was for, its artists and their works."""

    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("When it opened. For a month known only, give its first day and a precision."),
    )
    venue = models.ForeignKey(
        "archive.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exhibitions",
        help_text=_("Where it was held."),
    )
    body = StreamField(
        ExhibitionBodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("What the exhibition was, and its place in La Clef's story."),
    )
    artists = ParentalManyToManyField(
        "archive.Person",
        blank=True,
        related_name="exhibitions",
        verbose_name=_("artists"),
        help_text=_("The artists the sources name as shown in the exhibition."),
    )
    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_("The documents the page's facts come from, one per line."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]), "venue"],
            heading=_("When and where"),
        ),
        FieldPanel("body"),
        FieldPanel("artists"),
        FieldPanel("sources"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.RelatedFields("artists", [index.SearchField("name")]),
    ]

    parent_page_types = ["archive.ExhibitionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("exhibition page")

    @property
    def source_list(self):
        return [line.strip() for line in self.sources.splitlines() if line.strip()]

    def timeline_event(self):
        """The history timeline's event of the same date, in this language, if there is one."""
        if not self.date:
            return None
        return (
            HistoryEvent.objects.filter(
                chapter__locale_id=self.locale_id,
                chapter__live=True,
                date=self.date,
                date_precision=self.date_precision,
            )
            .select_related("chapter")
            .first()
        )

    def artworks(self):
        """The works attached to this page or to any of its translations."""
        return (
            Artwork.objects.filter(exhibition__translation_key=self.translation_key)
            .select_related("artist", "image")
            .order_by("artist__sort_name", "year", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(exhibition_context(self, request))
        return context


class Artwork(RevisionMixin, models.Model):
    """A work shown in an exhibition, as editors describe it from the catalogue or the work."""

    exhibition = models.ForeignKey(
        ExhibitionPage,
        verbose_name=_("exhibition"),
        on_delete=models.CASCADE,
        related_name="artwork_records",
        help_text=_("The exhibition it was shown in (either language's page)."),
    )
    artist = models.ForeignKey(
        "archive.Person",
        verbose_name=_("artist"),
        on_delete=models.PROTECT,
        related_name="artworks",
        help_text=_("Who made it."),
    )
    title = models.CharField(_("title"), max_length=255, help_text=_("As the artist titled it."))
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("When it was made, if known.")
    )
    medium = models.CharField(
        _("medium"),
        max_length=255,
        blank=True,
        help_text=_("Materials and technique, e.g. 'Lithograph on paper'."),
    )
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A photograph of the work. Only a public image is shown."),
    )
    notes = models.TextField(
        _("notes"), blank=True, help_text=_("Dimensions, edition, sale, where it is now…")
    )

    panels = [
        FieldPanel("exhibition"),
        FieldPanel("artist"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("medium")]),
        FieldPanel("image"),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("artwork")
        verbose_name_plural = _("artworks")
        ordering = ["title"]

    def __str__(self):
        return f"{self.artist} — {self.title}"
