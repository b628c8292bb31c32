"""
A scanned leaflet's reading: the scan (an archive image or document), the text Tesseract read on
each page with its word boxes, how far the reading has gone, and the programme rows suggested
from that text, each with the region of the page it was read from, until an editor confirms them.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from archive.media.files import private_media_storage


class Leaflet(models.Model):
    """One uploaded scan (one file: an image, or a PDF of several pages) and its reading."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting to be read")
        READING = "reading", _("Being read")
        READ = "read", _("Read, to be checked")
        FAILED = "failed", _("Could not be read")
        CONFIRMED = "confirmed", _("Confirmed")

    image = models.OneToOneField(
        "archive.ArchiveImage",
        verbose_name=_("scan (image)"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="leaflet",
    )
    document = models.OneToOneField(
        "archive.ArchiveDocument",
        verbose_name=_("scan (PDF)"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="leaflet",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.QUEUED, db_index=True
    )
    pages_total = models.PositiveSmallIntegerField(_("pages"), default=0)
    pages_read = models.PositiveSmallIntegerField(_("pages read"), default=0)
    error = models.TextField(_("problem"), blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("leaflet")
        verbose_name_plural = _("leaflets")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(image__isnull=True) ^ models.Q(document__isnull=True),
                name="leaflets_one_scan",
            )
        ]

    def __str__(self):
        return self.scan.title

    @property
    def scan(self):
        """The archive image or document this reading is of."""
        return self.image if self.image_id else self.document

    @property
    def text(self):
        return "\n\n".join(page.text for page in self.pages.all())

    @property
    def progress_percent(self):
        return round(100 * self.pages_read / self.pages_total) if self.pages_total else 0


class LeafletPage(models.Model):
    """
    One page as Tesseract read it: the picture it was given (kept, privately, so that the review
    screen and a public record can show a region of it), the text and every word's box.
    """

    leaflet = models.ForeignKey(Leaflet, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveSmallIntegerField(_("page"))
    picture = models.FileField(upload_to="leaflets", storage=private_media_storage)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    text = models.TextField(_("text"), blank=True)
    # [[text, left, top, width, height, confidence, line number], ...] in the picture's pixels.
    words = models.JSONField(default=list)

    class Meta:
        ordering = ["leaflet", "number"]
        constraints = [
            models.UniqueConstraint(fields=["leaflet", "number"], name="leaflets_page_number")
        ]

    def __str__(self):
        return f"{self.leaflet} p. {self.number}"


class Suggestion(models.Model):
    """A programme row read from a leaflet, with the region it came from, as the editor left it."""

    class Decision(models.TextChoices):
        ACCEPT = "accept", _("Accept: a new event")
        MERGE = "merge", _("Merge into an existing event")
        REJECT = "reject", _("Reject")

    page = models.ForeignKey(LeafletPage, on_delete=models.CASCADE, related_name="suggestions")
    order = models.PositiveSmallIntegerField(default=0)
    date = models.DateField(_("date"), null=True, blank=True)
    time = models.TimeField(_("time"), null=True, blank=True)
    title = models.CharField(_("film title"), max_length=255, blank=True)
    director = models.CharField(_("director"), max_length=255, blank=True)
    country = models.CharField(_("country"), max_length=255, blank=True)
    film_year = models.PositiveSmallIntegerField(_("film year"), null=True, blank=True)
    guests = models.CharField(
        _("guests"), max_length=500, blank=True, help_text=_("Names separated by semicolons.")
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    source_text = models.TextField(_("text read"), blank=True)
    # The union of the words' boxes, in the page picture's pixels.
    left = models.PositiveIntegerField(default=0)
    top = models.PositiveIntegerField(default=0)
    right = models.PositiveIntegerField(default=0)
    bottom = models.PositiveIntegerField(default=0)
    confidence = models.FloatField(_("confidence"), default=0)
    added_in_review = models.BooleanField(
        _("added in review"),
        default=False,
        editable=False,
        help_text=_("A row the reading missed, typed in by an editor on the review screen."),
    )
    decision = models.CharField(
        _("decision"), max_length=6, choices=Decision.choices, default=Decision.ACCEPT
    )
    merge_into = models.ForeignKey(
        "archive.Screening",
        verbose_name=_("existing event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    screening = models.ForeignKey(
        "archive.Screening",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="leaflet_sources",
        help_text=_("The event the confirmed row became or was merged into."),
    )

    class Meta:
        verbose_name = _("suggested row")
        verbose_name_plural = _("suggested rows")
        ordering = ["page", "order", "pk"]

    def __str__(self):
        return f"{self.date or '?'} {self.title}"

    @property
    def guest_names(self):
        return [name.strip() for name in self.guests.split(";") if name.strip()]

    @property
    def region_width(self):
        return max(self.right - self.left, 0)

    @property
    def region_height(self):
        return max(self.bottom - self.top, 0)
