"""Who speaks in an interview, who asks, what they consented to, and the recordings."""

from django.conf import settings
from django.core.exceptions import ValidationError
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


class PublicName(models.TextChoices):
    """How a participant's consent lets the site name them to visitors (`oral_history.naming`)."""

    FULL_NAME = "full", _("Full name")
    INITIALS = "initials", _("Initials")
    PSEUDONYM = "pseudonym", _("Pseudonym")
    NOT_NAMED = "unnamed", _("Not named")


class ConsentedAccess(models.TextChoices):
    """
    The most open access a participant's consent allows; the codes are those of the access
    levels (`base.access.AccessLevel`) that each choice allows at most (`oral_history.consent`).
    """

    PUBLIC = "public", _("Public")
    REGISTERED = "registered", _("Approved researchers only")
    ARCHIVE_ONLY = "closed", _("No access (archive only)")


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
    public_name = models.CharField(
        _("public name"),
        max_length=10,
        choices=PublicName.choices,
        default=PublicName.FULL_NAME,
        help_text=_(
            "How the site names this person to visitors, as their consent says: on the page, "
            "the transcript's speakers, the downloads and the search. Editors always see the "
            "full name. Full name, the default, is how every interview named people before."
        ),
    )
    pseudonym = models.CharField(
        _("pseudonym"),
        max_length=100,
        blank=True,
        help_text=_("The name shown instead of theirs, when their consent asks for a pseudonym."),
    )
    consented_access = models.CharField(
        _("access their consent allows"),
        max_length=10,
        choices=ConsentedAccess.choices,
        default=ConsentedAccess.PUBLIC,
        help_text=_(
            "The most open access this person's consent allows: the interview cannot be saved "
            "more open than this. Public, the default, is what every interview allowed before."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("role")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("release_on_file"), FieldPanel("consent_date")]),
                FieldPanel("consent_scope"),
                FieldRowPanel([FieldPanel("public_name"), FieldPanel("pseudonym")]),
                FieldPanel("consented_access"),
            ],
            heading=_("Consent"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("participant")

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"

    def clean(self):
        super().clean()
        self.pseudonym = self.pseudonym.strip()
        if self.public_name == PublicName.PSEUDONYM and not self.pseudonym:
            raise ValidationError({"pseudonym": _("Give the pseudonym their consent asks for.")})

    @property
    def is_named_in_full(self):
        return self.public_name == PublicName.FULL_NAME


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
