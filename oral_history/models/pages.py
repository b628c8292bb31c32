"""The oral history section and its interviews, each a page with its recording and transcript."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from base import sections
from base.access import AccessControlled, AccessLevel
from base.dates import PartialDateMixin
from base.models import BasePage, SectionPage
from oral_history import consent, exports, moments
from oral_history.formats.base import format_clock
from oral_history.forms import InterviewPageForm
from oral_history.listing import InterviewListing
from oral_history.models.public_recordings import SilencedPicture
from oral_history.naming import naming_for
from oral_history.passages import visible_passages
from oral_history.public_recordings.panels import PublicRecordingsPanel


class OralHistoryIndexPage(SectionPage):
    """Lists the interviews and the recorded talks that followed screenings, with filters."""

    subpage_types = ["oral_history.InterviewPage"]

    class Meta:
        verbose_name = _("oral history index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = InterviewListing(self, request, InterviewPage.objects)
        return context


class InterviewKind(models.TextChoices):
    INTERVIEW = "interview", _("Oral history interview")
    TALK = "talk", _("Talk after a screening")


class InterviewPage(RoutablePageMixin, PartialDateMixin, AccessControlled, BasePage):
    """
    An interview or a recorded talk: its narrative and context are editorial, so it is a page;
    its transcript, index and restricted passages hang from it (see transcripts.py).
    """

    kind = models.CharField(
        _("kind"), max_length=10, choices=InterviewKind.choices, default=InterviewKind.INTERVIEW
    )
    date = models.DateField(_("date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=100,
        blank=True,
        help_text=_("Languages spoken, separated by semicolons, e.g. 'français; English'."),
    )
    duration = models.FloatField(
        _("duration (seconds)"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Read from the recordings' files."),
    )
    screening = models.ForeignKey(
        "archive.Screening",
        verbose_name=_("screening"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interviews",
        help_text=_("For a talk: the screening it followed."),
    )
    body = RichTextField(
        _("narrative and context"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Who is speaking, when and why; what the recording covers."),
    )
    rights = models.TextField(
        _("rights statement"),
        blank=True,
        help_text=_("Who holds the rights and what reuse is allowed."),
    )
    external_id = models.CharField(
        _("source identifier"),
        max_length=255,
        blank=True,
        db_index=True,
        help_text=_("The identifier of the file it was imported from (OHMS accession)."),
    )
    is_demonstration = models.BooleanField(
        _("demonstration"),
        default=False,
        help_text=_("A made-up example for trying the site; labelled as such on every page."),
    )
    tags = ClusterTaggableManager(through="oral_history.InterviewTag", blank=True)
    silenced_picture = models.CharField(
        _("picture of a video during a silenced passage"),
        max_length=5,
        choices=SilencedPicture.choices,
        default=SilencedPicture.KEPT,
        help_text=_(
            "The public version of a video is silent during each restricted passage; its "
            "picture is kept or blacked out there."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("screening")]),
        FieldRowPanel(
            [FieldPanel("date"), FieldPanel("date_precision"), FieldPanel("place")],
            heading=_("When and where"),
        ),
        FieldPanel("languages"),
        FieldPanel("body"),
        InlinePanel("participants", heading=_("Narrators and interviewers"), label=_("person")),
        InlinePanel("recordings", heading=_("Recordings"), label=_("recording")),
        InlinePanel("segments", heading=_("Index"), label=_("segment")),
        FieldPanel("tags"),
        FieldPanel("is_demonstration"),
    ]
    access_panels = [
        MultiFieldPanel(
            [FieldPanel("access_level"), FieldPanel("embargo_until")], heading=_("Access")
        ),
        InlinePanel("redactions", heading=_("Restricted passages"), label=_("passage")),
        FieldPanel("silenced_picture"),
        PublicRecordingsPanel(heading=_("Public versions of the recordings")),
        FieldPanel("rights"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(access_panels, heading=_("Access")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings"), classname="settings"),
        ]
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("access_level"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["oral_history.OralHistoryIndexPage"]
    subpage_types = []
    base_form_class = InterviewPageForm
    # The participants the admin form is about to save (`oral_history.forms`); None elsewhere.
    participants_under_review = None

    class Meta:
        verbose_name = _("interview")

    def clean(self):
        """The access level's and the embargo's rules, then the participants' consent."""
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        participants = self.participants_under_review
        if participants is None:
            participants = self.participants.select_related("person")
        for field, messages in consent.problems(self, participants).items():
            errors.setdefault(field, []).extend(messages)
        if errors:
            raise ValidationError(errors)

    def url_at(self, seconds):
        """This interview's address with its recording starting at `seconds` (`?t=`)."""
        return moments.url_at(self.url, seconds)

    @property
    def duration_clock(self):
        return format_clock(self.duration) if self.duration else ""

    def language_list(self):
        return [language.strip() for language in self.languages.split(";") if language.strip()]

    def refresh_duration(self):
        """The longest of the recordings' durations, as read from their files."""
        durations = [link.media.duration for link in self.recordings.all() if link.media.duration]
        self.duration = max(durations) if durations else None

    def save(self, *args, **kwargs):
        self.refresh_duration()
        super().save(*args, **kwargs)

    # Access -------------------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        if not self.is_listed_for(request.user):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        if self.access_level == AccessLevel.CLOSED:
            return []
        return super().get_sitemap_urls(request)

    def passages_for(self, user, naming=None):
        """
        What this user may hear and read, with restricted passages withheld, each cue with the
        speaker this user may read (`oral_history.naming`); None if nothing.
        """
        if not self.is_open_to(user):
            return None
        passages = visible_passages(self, user)
        (naming or naming_for(self, user)).label_speakers(passages.cues)
        return passages

    def named_participants(self, request, naming):
        """The participants as this reader reads them, those named in full linked to their page."""
        named = naming.named
        archive = None
        if any(entry.in_full for entry in named):
            archive = sections.section_page("archive", self.locale_id)
        for entry in named:
            if entry.in_full and archive is not None:
                slug = entry.participant.person.slug
                entry.url = archive.get_url(request) + archive.reverse_subpage(
                    "person", kwargs={"slug": slug}
                )
        return named

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        naming = naming_for(self, request.user)
        context["passages"] = self.passages_for(request.user, naming)
        context["start_at"] = moments.seconds_in(request.GET)
        context["participants"] = self.named_participants(request, naming)
        return context

    # Downloads ----------------------------------------------------------------------------

    def _passages_or_404(self, request, naming=None):
        if not self.is_listed_for(request.user):
            raise Http404
        passages = self.passages_for(request.user, naming)
        if passages is None:
            raise Http404
        return passages

    @path("captions/", name="captions")
    def captions(self, request):
        passages = self._passages_or_404(request)
        return self._download(exports.captions(passages), "text/vtt", f"{self.slug}.vtt")

    @path("chapters/", name="chapters")
    def chapters(self, request):
        passages = self._passages_or_404(request)
        text = exports.chapters(passages, self.duration)
        return self._download(text, "text/vtt", f"{self.slug}-chapters.vtt")

    @path("text/", name="text")
    def text(self, request):
        passages = self._passages_or_404(request)
        text = exports.plain_text(self, passages)
        return self._download(text, "text/plain", f"{self.slug}.txt")

    @path("pdf/", name="pdf")
    def pdf(self, request):
        naming = naming_for(self, request.user)
        passages = self._passages_or_404(request, naming)
        content = exports.transcript_pdf(self, passages, naming)
        return self._download(content, "application/pdf", f"{self.slug}.pdf")

    @path("json/", name="json")
    def json(self, request):
        naming = naming_for(self, request.user)
        passages = self._passages_or_404(request, naming)
        data = exports.as_json(self, passages, request, naming)
        return self._download(data, "application/json", f"{self.slug}.json")

    def _download(self, content, content_type, filename):
        """A text (str, in UTF-8) or a binary file, with the same cache rules for every one."""
        if isinstance(content, str):
            content_type = f"{content_type}; charset=utf-8"
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        if self.access_level != AccessLevel.PUBLIC:
            response["Cache-Control"] = "private, no-store"
            response["X-Robots-Tag"] = "noindex"
        return response
