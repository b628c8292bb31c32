"""Films, their directors and their tags."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.models import Orderable, RevisionMixin

from base.i18n import in_language

from .base import SluggedRecord


class FilmTag(TaggedItemBase):
    content_object = ParentalKey("archive.Film", related_name="tagged_items")


class Film(RevisionMixin, SluggedRecord, ClusterableModel):
    """A film as the archive knows it: enough to find it again, not a filmography."""

    title = models.CharField(
        _("title"), max_length=255, db_index=True, help_text=_("The title La Clef used.")
    )
    original_title = models.CharField(
        _("original title"),
        max_length=255,
        blank=True,
        help_text=_("Only when different from the title."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("Year of release.")
    )
    countries = models.CharField(
        _("countries"),
        max_length=255,
        blank=True,
        help_text=_("Countries of production, separated by semicolons."),
    )
    languages = models.CharField(
        _("languages"),
        max_length=255,
        blank=True,
        help_text=_("Spoken languages, separated by semicolons."),
    )
    runtime = models.PositiveSmallIntegerField(
        _("runtime"), null=True, blank=True, help_text=_("In minutes.")
    )
    synopsis = models.TextField(
        _("French synopsis"), blank=True, help_text=_("A few sentences, in French.")
    )
    synopsis_en = models.TextField(
        _("English synopsis"),
        blank=True,
        help_text=_("The same in English; each language shows the other when empty."),
    )
    wikidata_id = models.CharField(
        _("Wikidata identifier"), max_length=20, blank=True, help_text=_("e.g. Q4818147")
    )
    imdb_id = models.CharField(
        _("IMDb identifier"), max_length=20, blank=True, help_text=_("e.g. tt0071160")
    )
    directors = models.ManyToManyField(
        "archive.Person",
        through="archive.FilmDirector",
        related_name="films_directed",
        blank=True,
        verbose_name=_("directors"),
    )
    tags = ClusterTaggableManager(
        through=FilmTag, blank=True, help_text=_("Themes, movements, formats.")
    )

    class Meta:
        verbose_name = _("film")
        verbose_name_plural = _("films")
        ordering = ["title", "year"]
        indexes = [models.Index(fields=["title", "year"], name="archive_film_title_year")]

    def __str__(self):
        return self.label(self.title, self.year)

    @property
    def display_synopsis(self):
        return in_language(self.synopsis, self.synopsis_en)

    @staticmethod
    def label(title, year):
        """How a film is named in lists: "Attica (1974)"."""
        return f"{title} ({year})" if year else title


class FilmDirector(Orderable):
    film = ParentalKey(Film, on_delete=models.CASCADE, related_name="director_links")
    person = models.ForeignKey(
        "archive.Person",
        verbose_name=_("director"),
        on_delete=models.CASCADE,
        related_name="director_links",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("director")
        verbose_name_plural = _("directors")

    def __str__(self):
        return str(self.person)
