"""
The search index of the public site: one row per thing a researcher can find.

Pages, programme records, media items, interviews and transcript passages are very different
models, but a researcher wants one ranked list with one set of facets. Each is therefore written
down, when it is saved, as a `SearchDocument` holding only what the public may see (`search/
documents.py` decides what that is: closed and embargoed material, redacted passages and drafts
are never written, registered-only material is marked), plus its facet values as `SearchFacet`
rows. The full-text index of the documents lives beside them (`search/engines/`): an FTS5 table
on SQLite, a weighted `tsvector` with a GIN index on PostgreSQL.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from base.models.versions import VersionRow


class DocumentType(models.TextChoices):
    PAGE = "page", _("Page")
    SCREENING = "screening", _("Event")
    FILM = "film", _("Film")
    PERSON = "person", _("Person")
    SERIES = "series", _("Series")
    MEDIA = "media", _("Media item")
    INTERVIEW = "interview", _("Interview")
    PASSAGE = "passage", _("Transcript passage")


class Audience(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    REGISTERED = "registered", _("Approved researchers")


class SearchDocument(models.Model):
    """What one search result shows, and what it is found and filtered by."""

    type = models.CharField(max_length=10, choices=DocumentType.choices)
    source = models.CharField(
        max_length=60,
        help_text="Its record, e.g. 'archive.film:12' (an interview's passages share it).",
    )
    object_id = models.PositiveIntegerField(null=True, help_text="The record's primary key.")
    locale = models.CharField(
        max_length=8, blank=True, help_text="A page's language; empty for bilingual records."
    )
    title = models.CharField(max_length=500)
    title_en = models.CharField(max_length=500, blank=True)
    title_language = models.CharField(
        max_length=2,
        blank=True,
        help_text="The only language the title is written in (fr, en), when it has one.",
    )
    context = models.CharField(
        max_length=500, blank=True, help_text="The interview of a passage, a film's director…"
    )
    body = models.TextField(blank=True)
    url = models.CharField(
        max_length=500, blank=True, help_text="A page's address; records are resolved per language."
    )
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    start = models.FloatField(null=True, blank=True, help_text="A passage's time, in seconds.")
    speaker = models.CharField(max_length=100, blank=True)
    timings = models.JSONField(
        default=list, blank=True, help_text="A passage's cues: [word index, seconds] pairs."
    )
    audience = models.CharField(max_length=10, choices=Audience.choices, default=Audience.PUBLIC)
    available_from = models.DateField(
        null=True, blank=True, help_text="An embargo or a redaction's end: hidden until then."
    )

    class Meta:
        indexes = [
            # Searches select and filter `SearchEntry` rows and fetch documents by id: the only
            # other lookup is by source, when records are reindexed.
            models.Index(fields=["source"], name="search_doc_source"),
        ]

    def __str__(self):
        return f"{self.type}: {self.title}"


class SearchEntry(models.Model):
    """
    The columns a search filters, sorts and counts on, for each document, in a narrow table of
    its own (same primary key as the document): a search touches every matching document, and
    reading 100,000 narrow rows costs a fraction of reading the documents with their text.
    """

    # An `integer` primary key is SQLite's rowid itself: a search joins every match to its
    # entry, and a `bigint` key meant a lookup in a separate index before each row (half the
    # time of joining 100,000 matches, measured in docs/benchmarks.md).
    id = models.IntegerField(primary_key=True, help_text="The SearchDocument's id.")
    type = models.CharField(max_length=10, choices=DocumentType.choices)
    object_id = models.PositiveIntegerField(null=True, help_text="The record's primary key.")
    locale = models.CharField(max_length=8, blank=True)
    audience = models.CharField(max_length=10, choices=Audience.choices, default=Audience.PUBLIC)
    available_from = models.DateField(null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    facet_codes = models.TextField(
        blank=True,
        help_text="Its facet values as codes (search/facet_codes.py), counted in one pass.",
    )

    class Meta:
        # A search by filters alone (a decade, a type) starts from these instead of every entry.
        indexes = [
            models.Index(fields=["year"], name="search_entry_year"),
            models.Index(fields=["type", "year"], name="search_entry_type_year"),
        ]

    def __str__(self):
        return f"entry {self.pk}"


class SearchFacet(models.Model):
    """
    One facet value of a document, ('person', 'claire-denis'), for the filters that collect a
    value's documents. Its name is in `SearchFacetLabel`, once per value. Years and decades are
    not written: they are filtered on the entry's `year` column (`search/query.py`).
    """

    document = models.ForeignKey(
        SearchDocument,
        on_delete=models.CASCADE,
        related_name="facets",
        db_index=False,  # search_facet_document begins with it
    )
    name = models.CharField(max_length=20)
    value = models.CharField(max_length=255)

    class Meta:
        indexes = [
            models.Index(fields=["name", "value", "document"], name="search_facet_value"),
            models.Index(fields=["document", "name", "value"], name="search_facet_document"),
        ]

    def __str__(self):
        return f"{self.name}={self.value}"


class SearchFacetCode(models.Model):
    """
    A number for each facet value ever indexed ('person', 'claire-denis') -> 812, so that the
    facets of 100,000 matches are counted as numbers (search/facet_codes.py). A code is never
    changed or deleted: a renamed value gets a new one, and entries that still name an old one
    keep counting under it.
    """

    name = models.CharField(max_length=20)
    value = models.CharField(max_length=255)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name", "value"], name="search_facet_code_unique")
        ]

    def __str__(self):
        return f"{self.name}={self.value}: {self.pk}"


class SearchFacetLabel(models.Model):
    """How a facet value reads: ('person', 'claire-denis') -> 'Claire Denis', in both languages."""

    name = models.CharField(max_length=20)
    value = models.CharField(max_length=255)
    label = models.CharField(max_length=255)
    label_en = models.CharField(max_length=255, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name", "value"], name="search_facet_label_unique")
        ]

    def __str__(self):
        return f"{self.name}={self.value}: {self.label}"


class SearchIndexVersion(VersionRow):
    """Changes with every write to the index: cached answers are keyed by it (`search.query`)."""
