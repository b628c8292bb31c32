"""
The site's own image and audio/video models.

They exist from the first migration so that archival metadata (credit, date, rights, and later
checksums and access levels) can be added to them without moving data between apps. See
https://docs.wagtail.org/en/stable/advanced_topics/images/custom_image_model.html and
wagtailmedia's `WAGTAILMEDIA["MEDIA_MODEL"]`.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtailmedia.models import AbstractMedia

from archive.access import AccessControlled
from archive.dates import DatePrecision, PartialDate
from archive.media_files import private_media_storage, read_duration


class ArchivalMetadata(models.Model):
    """Who made a file, when, and on what terms it may be shown."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Shown under the file wherever it appears, e.g. 'Photo: La Clef Revival'."),
    )
    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("When it was made. For a year or a month, give its first day and a precision."),
    )
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("How much of the date is known."),
    )
    rights = models.TextField(
        _("rights statement"),
        blank=True,
        help_text=_("Who holds the rights and what reuse is allowed."),
    )

    archival_form_fields = ("credit", "date", "date_precision", "rights")

    class Meta:
        abstract = True

    @property
    def partial_date(self):
        return PartialDate(self.date, self.date_precision) if self.date else None


class ArchiveImage(ArchivalMetadata, AbstractImage):  # noqa: DJ008 (__str__ from AbstractImage)
    admin_form_fields = Image.admin_form_fields + ArchivalMetadata.archival_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class ArchiveRendition(AbstractRendition):
    image = models.ForeignKey(ArchiveImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class ArchiveMedia(AccessControlled, ArchivalMetadata, AbstractMedia):  # noqa: DJ008 (__str__ from AbstractMedia)
    """
    Audio and video, kept in private storage and served through `archive.media_files`, so that
    a restricted recording has no public address to guess.
    """

    file = models.FileField(_("file"), upload_to="media", storage=private_media_storage)

    admin_form_fields = (
        *AbstractMedia.admin_form_fields,
        *ArchivalMetadata.archival_form_fields,
        "access_level",
        "embargo_until",
    )

    class Meta(AbstractMedia.Meta):
        verbose_name = _("media item")
        verbose_name_plural = _("media items")

    def save(self, *args, **kwargs):
        if self.file and not self.duration:
            self.duration = read_duration(self.file) or 0
        super().save(*args, **kwargs)

    @property
    def url(self):
        return reverse("media_file", args=[self.pk, self.filename])
