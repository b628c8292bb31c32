"""
The site's own image, audio/video and document models.

They exist so that archival metadata (credit, date, rights, checksums and access levels) lives on
the files themselves. See
https://docs.wagtail.org/en/stable/advanced_topics/images/custom_image_model.html,
https://docs.wagtail.org/en/stable/advanced_topics/documents/custom_document_model.html and
wagtailmedia's `WAGTAILMEDIA["MEDIA_MODEL"]`.
"""

from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Image,
    WagtailImageField,
    get_rendition_upload_to,
    get_upload_to,
)
from wagtail.search import index
from wagtailmedia.models import AbstractMedia

from archive.media.files import (
    NAME_MAX_LENGTH,
    image_file_storage,
    is_restricted_name,
    private_media_storage,
    read_duration,
    relocate,
    restricted_name,
)
from archive.media.uploads import (
    file_checksum,
    is_new_upload,
    original_name,
    validate_document_upload,
    validate_image_upload,
    validate_media_upload,
    validate_text_upload,
)
from base.access import AccessControlled, AccessLevel
from base.dates import PartialDateMixin


class ArchivalMetadata(PartialDateMixin, models.Model):
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
    # The OAI-PMH datestamp of the item (harvesting/): the time of its last change, indexed.
    updated_at = models.DateTimeField(
        _("last modified"), auto_now=True, db_index=True, help_text=_("Set on every save.")
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

    def take_checksum(self):
        """On a new upload: remember its name and fingerprint before it is written."""
        if self.file and (is_new_upload(self.file) or not self.checksum):
            self.original_filename = original_name(self.file)[:255]
            self.checksum = file_checksum(self.file)


class ArchiveImage(AccessControlled, ArchivalMetadata, AbstractImage):  # noqa: DJ008
    """
    A photograph, poster or leaflet.

    A public image's original and renditions are in public storage, served by the web server. The
    files of any other image are in the private storage (`archive.media.files.ImageFileStorage`,
    names under `restricted/`) and served only to those who may see it; saving an image whose
    access level changed moves its original and drops its renditions, which are made again on
    the right side. Templates still render a restricted image only for those who may see it
    (`open_to`), so that visitors get no broken image. See docs/media-archive.md.
    """

    file = WagtailImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        storage=image_file_storage,
        max_length=NAME_MAX_LENGTH,
        width_field="width",
        height_field="height",
        db_index=True,
    )

    admin_form_fields = Image.admin_form_fields + ArchivalMetadata.archival_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def save(self, *args, **kwargs):
        self.take_checksum()
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            self.place_file()
        elif "access_level" in update_fields and self.place_file():
            kwargs["update_fields"] = {*update_fields, "file"}
        super().save(*args, **kwargs)

    @property
    def stored_privately(self):
        return self.access_level != AccessLevel.PUBLIC

    def get_upload_to(self, filename):
        name = super().get_upload_to(filename)
        return restricted_name(name) if self.stored_privately else name

    def place_file(self):
        """
        Move the original to the side of storage its access level calls for, if it is not there.

        The old copy is deleted once the transaction commits (a rollback keeps it where the
        database still points), and the renditions are deleted: their files go with them and they
        are made again, on the right side, when next shown.
        """
        if not self.file or is_new_upload(self.file):
            return False
        if is_restricted_name(self.file.name) == self.stored_privately:
            return False
        if not self.file.storage.exists(self.file.name):
            return False  # a lost file: `verify_fixity` reports it
        old_name, storage = self.file.name, self.file.storage
        self.file = relocate(self.file, restricted=self.stored_privately)
        transaction.on_commit(lambda: storage.delete(old_name))
        if self.pk:
            for rendition in self.renditions.all():
                rendition.image = self
                rendition.delete()
        return True

    def clean(self):
        super().clean()
        if is_new_upload(self.file):
            validate_image_upload(self.file)

    @property
    def alt_text(self):
        return self.description or self.title


class ArchiveRendition(AbstractRendition):
    """A resized image, stored on the same side (public or private) as its image's original."""

    image = models.ForeignKey(ArchiveImage, on_delete=models.CASCADE, related_name="renditions")
    file = WagtailImageField(
        upload_to=get_rendition_upload_to,
        storage=image_file_storage,
        max_length=NAME_MAX_LENGTH,
        width_field="width",
        height_field="height",
        db_index=True,
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename):
        name = super().get_upload_to(filename)
        return restricted_name(name) if self.image.stored_privately else name


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


class ArchiveDocument(AccessControlled, ArchivalMetadata, AbstractDocument):  # noqa: DJ008 (__str__ from AbstractDocument)
    """
    A leaflet, a programme sheet, a press cutting: Wagtail's document with the archive's metadata
    (WAGTAILDOCS_DOCUMENT_MODEL). Every document file is kept in the private storage and served
    by Wagtail's document view only after `archive.media.files.serve_document` has checked
    access, so that a restricted document has no public address to guess. Permissions stay those
    of Wagtail's `wagtaildocs.Document` (its permission policy's `auth_model`).
    """

    file = models.FileField(
        _("file"), upload_to="documents", storage=private_media_storage, max_length=255
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the document is, what it announces or reports, and where it comes from."),
    )

    admin_form_fields = (
        *Document.admin_form_fields,
        "description",
        *ArchivalMetadata.archival_form_fields,
    )
    search_fields = [*AbstractDocument.search_fields, index.SearchField("description")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def save(self, *args, **kwargs):
        if is_new_upload(self.file):
            self.file_size = self.file.size
        self.take_checksum()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if is_new_upload(self.file):
            validate_document_upload(self.file)

    @property
    def alt_text(self):
        return self.description or self.title
