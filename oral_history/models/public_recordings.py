"""
The public version of a recording: the original with the interview's restricted passages
silenced, made in the background (`oral_history.public_recordings`) and kept beside the original
in the private storage, with its own SHA-256 checksum.

One row per recording of an interview and per state of its passages: the state of today and,
for each passage that opens on a later day, the state from that day on, so that a passage opening
brings the next version without waiting for a job. The `fingerprint` names what the file was made
from (the original's checksum, the silenced ranges, the choice for the picture): a change of any
of them makes a new row and the old one is deleted.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from archive.media.files import private_media_storage


class SilencedPicture(models.TextChoices):
    """What a video shows while its sound is silenced."""

    KEPT = "kept", _("Keep the picture")
    BLACK = "black", _("Black out the picture")


class PublicRecording(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be made")
        MAKING = "making", _("Being made")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    interview = models.ForeignKey(
        "oral_history.InterviewPage", on_delete=models.CASCADE, related_name="public_recordings"
    )
    media = models.ForeignKey(
        settings.WAGTAILMEDIA["MEDIA_MODEL"], on_delete=models.CASCADE, related_name="+"
    )
    fingerprint = models.CharField(_("fingerprint of the inputs"), max_length=64)
    ranges = models.JSONField(_("silenced ranges (seconds)"), default=list)
    from_date = models.DateField(
        _("from"), null=True, blank=True, help_text=_("Empty: the version for today.")
    )
    picture = models.CharField(
        _("picture"), max_length=5, choices=SilencedPicture.choices, default=SilencedPicture.KEPT
    )
    state = models.CharField(
        _("state"), max_length=7, choices=State.choices, default=State.PENDING, db_index=True
    )
    progress = models.FloatField(_("progress"), default=0)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("last error"), blank=True)
    file = models.FileField(
        _("file"), upload_to="media/public", storage=private_media_storage, blank=True
    )
    checksum = models.CharField(_("SHA-256 checksum"), max_length=64, blank=True)
    made_in = models.FloatField(_("seconds to make"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last change"), auto_now=True)

    class Meta:
        ordering = ["interview", "media", "from_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "media", "fingerprint"], name="unique_public_recording"
            )
        ]
        verbose_name = _("public version of a recording")
        verbose_name_plural = _("public versions of recordings")

    def __str__(self):
        return f"{self.media} ({self.get_state_display()})"

    @property
    def is_ready(self):
        return self.state == self.State.READY and bool(self.file)

    @property
    def filename(self):
        """The served name: the checksum's start, so that a new version has a new address."""
        extension = self.file.name.rsplit(".", 1)[-1] if "." in self.file.name else "bin"
        return f"{self.checksum[:16]}.{extension}"
