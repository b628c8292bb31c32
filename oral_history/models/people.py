"""Who speaks in an interview, who asks, what they consented to, and the recordings."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtailmedia.edit_handlers import MediaChooserPanel


class ParticipantRole(models.TextChoices):
    NARRATOR = "narrator", _("Narrator")
    INTERVIEWER = "interviewer", _("Interviewer")


class InterviewParticipant(Orderable):
    """A person (one record, shared with the programme archive) and their part in the interview."""

    interview = ParentalKey(
        "oral_history.InterviewPage", on_delete=models.CASCADE, related_name="participants"
    )
    person = models.ForeignKey(
        "archive.Person", verbose_name=_("person"), on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(
        _("role"), max_length=12, choices=ParticipantRole.choices, default=ParticipantRole.NARRATOR
    )
    release_on_file = models.BooleanField(
        _("release form on file"),
        default=False,
        help_text=_("A signed release form is kept by the collective."),
    )
    consent_scope = models.CharField(
        _("consent scope"),
        max_length=255,
        blank=True,
        help_text=_("What the narrator agreed to, e.g. 'online publication, research use'."),
    )
    consent_date = models.DateField(_("consent date"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("role")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("release_on_file"), FieldPanel("consent_date")]),
                FieldPanel("consent_scope"),
            ],
            heading=_("Consent"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("participant")

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"


class InterviewRecording(Orderable):
    """An audio or video file of the interview, from the media library."""

    interview = ParentalKey(
        "oral_history.InterviewPage", on_delete=models.CASCADE, related_name="recordings"
    )
    media = models.ForeignKey(
        settings.WAGTAILMEDIA["MEDIA_MODEL"],
        verbose_name=_("recording"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [MediaChooserPanel("media")]

    class Meta(Orderable.Meta):
        verbose_name = _("recording")


class InterviewTag(TaggedItemBase):
    content_object = ParentalKey(
        "oral_history.InterviewPage", on_delete=models.CASCADE, related_name="tagged_items"
    )
