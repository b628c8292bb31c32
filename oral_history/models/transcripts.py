"""
What an interview's recording contains, second by second: its transcript (time-coded cues), its
index (segments in the OHMS manner) and the passages withheld from the public (redactions).

Cues are plain rows, not part of the page's revisions: a transcript has thousands of them and is
replaced whole by an import. Segments and redactions are few and edited with the page, so they
are inline children of it (previewed, revised and published with the interview).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from base import access
from oral_history.formats.base import format_clock


class TranscriptCue(models.Model):
    """A stretch of speech: start and end in seconds (empty when the transcript is untimed)."""

    interview = models.ForeignKey(
        "oral_history.InterviewPage", on_delete=models.CASCADE, related_name="cues"
    )
    position = models.PositiveIntegerField(_("position"))
    start = models.FloatField(_("start (seconds)"), null=True, blank=True)
    end = models.FloatField(_("end (seconds)"), null=True, blank=True)
    speaker = models.CharField(_("speaker"), max_length=100, blank=True)
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["interview", "position"]
        indexes = [models.Index(fields=["interview", "start"])]
        constraints = [
            models.UniqueConstraint(fields=["interview", "position"], name="unique_cue_position")
        ]
        verbose_name = _("transcript cue")

    def __str__(self):
        return f"{self.clock} {self.speaker}: {self.text[:60]}"

    @property
    def clock(self):
        return format_clock(self.start) if self.start is not None else ""

    @property
    def second(self):
        return int(self.start) if self.start is not None else None

    @property
    def speaker_label(self):
        """
        The speaker as the reader may read it, given by `oral_history.naming` to the cues a
        reader is shown (`InterviewPage.passages_for`); the transcript's own until then.
        """
        return self.__dict__.get("_speaker_label", self.speaker)

    @speaker_label.setter
    def speaker_label(self, label):
        self._speaker_label = label

    is_restricted = False


class IndexSegment(Orderable):
    """A titled moment of the recording, with its synopsis, keywords and subjects (OHMS index)."""

    interview = ParentalKey(
        "oral_history.InterviewPage", on_delete=models.CASCADE, related_name="segments"
    )
    start = models.FloatField(_("start (seconds)"))
    title = models.CharField(_("title"), max_length=255)
    partial_transcript = models.TextField(_("partial transcript"), blank=True)
    synopsis = models.TextField(_("synopsis"), blank=True)
    keywords = models.TextField(_("keywords"), blank=True, help_text=_("Separated by semicolons."))
    subjects = models.TextField(_("subjects"), blank=True, help_text=_("Separated by semicolons."))
    title_alt = models.CharField(_("title (translation)"), max_length=255, blank=True)
    synopsis_alt = models.TextField(_("synopsis (translation)"), blank=True)
    partial_transcript_alt = models.TextField(_("partial transcript (translation)"), blank=True)
    keywords_alt = models.TextField(_("keywords (translation)"), blank=True)
    subjects_alt = models.TextField(_("subjects (translation)"), blank=True)
    hyperlinks = models.JSONField(_("links"), default=list, blank=True)
    gps_points = models.JSONField(_("places (GPS)"), default=list, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("title")]),
        FieldPanel("synopsis"),
        FieldPanel("partial_transcript"),
        FieldRowPanel([FieldPanel("keywords"), FieldPanel("subjects")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("index segment")

    def __str__(self):
        return f"{self.clock} {self.title}"

    @property
    def clock(self):
        return format_clock(self.start)

    @property
    def second(self):
        return int(self.start)

    @property
    def keyword_list(self):
        return [term.strip() for term in self.keywords.split(";") if term.strip()]

    @property
    def subject_list(self):
        return [term.strip() for term in self.subjects.split(";") if term.strip()]


class Redaction(Orderable, ClusterableModel):
    """
    A passage withheld from the public, from one second to another, until a date or for good.

    Withheld from the transcript, the captions, the index, the search index and every export; the
    page shows a notice in its place; visitors hear a public version of the recording, silent
    there (`oral_history.public_recordings`, docs/oral-history.md).

    The people named or heard in it are a link to them (`oral_history.public_links`) only once it
    has opened in an interview open to the public: while it is withheld, it makes nobody public.
    A clusterable model, so that its people are revised and published with the page.
    """

    interview = ParentalKey(
        "oral_history.InterviewPage", on_delete=models.CASCADE, related_name="redactions"
    )
    start = models.FloatField(_("from (seconds)"))
    end = models.FloatField(_("to (seconds)"))
    until = models.DateField(
        _("restricted until"),
        null=True,
        blank=True,
        help_text=_("The passage opens by itself on this date. Empty: restricted for good."),
    )
    reason = models.CharField(
        _("reason (editors only)"),
        max_length=255,
        blank=True,
        help_text=_("Why it is withheld, e.g. the narrator's request. Never shown publicly."),
    )
    people = ParentalManyToManyField(
        "archive.Person",
        blank=True,
        related_name="+",
        verbose_name=_("people named or heard in this passage"),
        help_text=_(
            "While the passage is withheld it gives them no public page; once it opens, in an "
            "interview open to the public, it does."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("until")]),
        FieldPanel("reason"),
        FieldPanel("people"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("restricted passage")
        verbose_name_plural = _("restricted passages")

    def __str__(self):
        return f"{format_clock(self.start)}–{format_clock(self.end)}"

    def clean(self):
        super().clean()
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValidationError({"end": _("A restricted passage ends after it starts.")})

    def is_active(self, on=None):
        return self.until is None or (on or access.today()) < self.until

    def covers(self, start, end=None):
        """Does the passage overlap the stretch from start to end (a point when end is None)?"""
        if start is None:
            return False
        end = start if end is None or end < start else end
        return start < self.end and end >= self.start

    @property
    def clock(self):
        return str(self)

    is_restricted = True
