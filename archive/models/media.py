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
from archive.uploads import (
    file_checksum,
    is_new_upload,
    original_name,
    validate_image_upload,
    validate_media_upload,
    validate_text_upload,
)


class ArchivalMetadata(models.Model):
    """
    Who made a file, when, what it shows, on what terms it may be shown, and how to tell that it
    has not changed since it was received (the SHA-256 checksum, checked by `verify_fixity`).
    """

    creator = models.CharField(
        _("creator"),
        max_length=255,
        blank=True,
        help_text=_("Who made it: photographer, designer, sound recordist…"),
    )
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

    original_filename = models.CharField(
        _("original file name"),
        max_length=255,
        blank=True,
        editable=False,
        help_text=_("The name of the file as it was uploaded."),
    )
    checksum = models.CharField(
        _("SHA-256 checksum"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("Taken at upload; `verify_fixity` compares the file with it."),
    )
    related_people = models.ManyToManyField(
        "archive.Person",
        blank=True,
        related_name="+",
        verbose_name=_("related people"),
        help_text=_("People shown, heard or concerned."),
    )
    related_screenings = models.ManyToManyField(
        "archive.Screening",
        blank=True,
        related_name="+",
        verbose_name=_("related events"),
        help_text=_("Screenings and other events of the programme this file documents."),
    )
    related_series = models.ManyToManyField(
        "archive.Series",
        blank=True,
        related_name="+",
        verbose_name=_("related series"),
        help_text=_("Series of the programme this file belongs to."),
    )

    archival_form_fields = (
        "creator",
        "credit",
        "date",
        "date_precision",
        "rights",
        "related_people",
        "related_screenings",
        "related_series",
        "access_level",
        "embargo_until",
    )

    class Meta:
        abstract = True

    @property
    def partial_date(self):
        return PartialDate(self.date, self.date_precision) if self.date else None

    def take_checksum(self):
        """On a new upload: remember its name and fingerprint before it is written."""
        if self.file and (is_new_upload(self.file) or not self.checksum):
            self.original_filename = original_name(self.file)[:255]
            self.checksum = file_checksum(self.file)


class ArchiveImage(AccessControlled, ArchivalMetadata, AbstractImage):  # noqa: DJ008
    """
    A photograph, poster or leaflet. Wagtail keeps image files and renditions in public storage,
    so an image that is not public is never rendered for visitors (see docs/media-archive.md).
    """

    admin_form_fields = Image.admin_form_fields + ArchivalMetadata.archival_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def save(self, *args, **kwargs):
        self.take_checksum()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if is_new_upload(self.file):
            validate_image_upload(self.file)

    @property
    def alt_text(self):
        return self.description or self.title


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
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the recording is, who speaks, where.")
    )
    captions = models.FileField(
        _("captions"),
        upload_to="media/captions",
        storage=private_media_storage,
        blank=True,
        help_text=_("WebVTT captions, where they exist."),
    )
    captions_checksum = models.CharField(max_length=64, blank=True, editable=False)
    transcript_file = models.FileField(
        _("transcript file"),
        upload_to="media/transcripts",
        storage=private_media_storage,
        blank=True,
        help_text=_("A plain-text transcript, where one exists."),
    )
    transcript_checksum = models.CharField(max_length=64, blank=True, editable=False)

    admin_form_fields = (
        *AbstractMedia.admin_form_fields,
        "description",
        *ArchivalMetadata.archival_form_fields,
        "captions",
        "transcript_file",
    )

    class Meta(AbstractMedia.Meta):
        verbose_name = _("media item")
        verbose_name_plural = _("media items")

    def save(self, *args, **kwargs):
        if self.file and not self.duration:
            self.duration = read_duration(self.file) or 0
        self.take_checksum()
        for name in ("captions", "transcript_file"):
            attached = getattr(self, name)
            checksum_field = f"{name.removesuffix('_file')}_checksum"
            if attached and (is_new_upload(attached) or not getattr(self, checksum_field)):
                setattr(self, checksum_field, file_checksum(attached))
            elif not attached:
                setattr(self, checksum_field, "")
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if is_new_upload(self.file):
            validate_media_upload(self.file, self.type)
        for name in ("captions", "transcript_file"):
            if is_new_upload(getattr(self, name)):
                validate_text_upload(getattr(self, name), name)

    @property
    def alt_text(self):
        return self.description or self.title

    @property
    def url(self):
        return reverse("media_file", args=[self.pk, self.filename])
