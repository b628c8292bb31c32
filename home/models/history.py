"""
The history of La Clef: chapters (eras) as pages, their dated events as inline rows.

Events live inside their chapter (an orderable inline), so that an event is previewed, revised,
published and translated together with the chapter that tells its story; the timeline on the
history page gathers the events of every published chapter. See docs/history-content.md.
"""

from itertools import groupby

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from base.dates import PartialDateMixin
from base.models import BasePage, SectionPage
from home.blocks import ChapterBodyBlock
from home.forms import ChapterPageForm


class HistoryIndexPage(SectionPage):
    """The history section: a timeline of every dated event, grouped into chapters."""

    subpage_types = ["home.HistoryChapterPage"]

    class Meta:
        verbose_name = _("history index page")

    def chapters(self):
        """Published chapters in story order, each with its events and their sources."""
        events = HistoryEvent.objects.prefetch_related("sources").order_by("sort_order")
        return (
            HistoryChapterPage.objects.live()
            .child_of(self)
            .order_by("period_start", "path")
            .prefetch_related(Prefetch("events", queryset=events))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chapters = list(self.chapters())
        context["chapters"] = chapters
        context["decades"] = timeline_decades(chapters)
        return context


def timeline_decades(chapters):
    """[(decade, anchor id of its first event)] for the timeline's decade navigation."""
    events = sorted(
        (event for chapter in chapters for event in chapter.events.all()),
        key=lambda event: event.partial_date.sort_key,
    )
    return [
        (decade, f"event-{next(group).pk}")
        for decade, group in groupby(events, key=lambda event: event.date.year // 10 * 10)
    ]


class HistoryChapterPage(BasePage):
    """One era of La Clef's story, with its text, its dated events and the sources it rests on."""

    period_start = models.PositiveSmallIntegerField(
        _("first year"), help_text=_("The first year this chapter covers, e.g. 1973.")
    )
    period_end = models.PositiveSmallIntegerField(
        _("last year"), help_text=_("The last year this chapter covers, e.g. 1989.")
    )
    body = StreamField(ChapterBodyBlock(), blank=True, verbose_name=_("body"))
    sources = ParentalManyToManyField(
        "home.Source",
        blank=True,
        related_name="chapters",
        verbose_name=_("sources"),
        help_text=_("Every document this chapter's text rests on; listed at the end of the page."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Period")),
        FieldPanel("body"),
        InlinePanel("events", heading=_("Dated events"), label=_("event")),
        FieldPanel("sources", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HistoryIndexPage"]
    subpage_types = []
    base_form_class = ChapterPageForm

    class Meta:
        verbose_name = _("history chapter")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The last year comes before the first.")})

    @property
    def period(self):
        if self.period_start == self.period_end:
            return str(self.period_start)
        return f"{self.period_start}–{self.period_end}"

    def timeline_events(self):
        """The chapter's events in date order (prefetched events are reused)."""
        return sorted(
            self.events.all(),
            key=lambda event: (event.partial_date.sort_key, event.sort_order or 0),
        )

    def cited_sources(self, events):
        """The chapter's sources, then any other source its events cite, without repeats."""
        cited = {source.pk: source for source in self.sources.all()}
        for event in events:
            for source in event.sources.all():
                cited.setdefault(source.pk, source)
        return sorted(cited.values(), key=lambda source: source.title.lower())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = list(
            HistoryChapterPage.objects.live()
            .sibling_of(self)
            .order_by("period_start", "path")
            .only("id", "title", "url_path", "path", "depth", "period_start", "period_end")
        )
        # A preview of a chapter not yet published is not among its live siblings.
        position = next((i for i, page in enumerate(siblings) if page.pk == self.pk), None)
        events = self.timeline_events()
        if not getattr(request, "is_preview", False):
            # A preview shows the editor's unsaved events; a published page fetches their
            # sources in one query.
            prefetch_related_objects(events, "sources")
        context["events"] = events
        context["sources"] = self.cited_sources(events)
        known = position is not None
        context["previous_chapter"] = siblings[position - 1] if known and position > 0 else None
        last = known and position + 1 < len(siblings)
        context["next_chapter"] = siblings[position + 1] if last else None
        return context


class HistoryEvent(PartialDateMixin, Orderable, ClusterableModel):
    """A dated fact of the story, at the precision its sources give, with its citation."""

    chapter = ParentalKey(HistoryChapterPage, on_delete=models.CASCADE, related_name="events")
    date = models.DateField(
        _("date"),
        help_text=_("For a year or a month known only, give its first day and set the precision."),
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), help_text=_("One to three sentences."))
    sources = ParentalManyToManyField(
        "home.Source",
        related_name="events",
        verbose_name=_("sources"),
        help_text=_("The documents that give this fact. At least one."),
    )

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")])],
            heading=_("When"),
        ),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("sources", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return f"{self.partial_date.isoformat()} {self.title}"
