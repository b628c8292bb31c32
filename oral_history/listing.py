"""
The interview listing: filters as query parameters (narrator, year, language, tag, transcript),
each with its options and counts, 20 interviews a page. A fixed number of queries, whatever the
number of interviews; closed interviews are left out for everyone but editors.

Narrators are named as their consent says (`oral_history.naming`): a card shows their public
label, and only a narrator named in full is a narrator option, or a filter that finds the
interview, for anyone but editors, so that no one finds a pseudonymous narrator by their name.
"""

from collections import Counter
from functools import cached_property

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch
from django.utils.translation import gettext_lazy as _

from base.access import is_editor, listed_q
from oral_history.models.people import InterviewParticipant, InterviewTag, PublicName
from oral_history.models.transcripts import TranscriptCue
from oral_history.naming import Naming

PER_PAGE = 20


class InterviewListing:
    """
    The interviews below `index_page` that `request`'s visitor may see, filtered and counted.
    `interviews` is `InterviewPage.objects`, given by the index page: the pages' module builds
    the listing, so the listing does not import it back.
    """

    def __init__(self, index_page, request, interviews):
        self.index_page = index_page
        self.interviews = interviews
        self.request = request
        self.params = request.GET
        self.selected = {
            name: self.params.get(name, "").strip()
            for name in ("narrator", "year", "language", "tag", "transcript")
        }
        self.reveal = is_editor(request.user)

    def named(self, prefix=""):
        """The narrators this visitor may find by name: everyone for editors, else named in full."""
        return {} if self.reveal else {f"{prefix}public_name": PublicName.FULL_NAME}

    @cached_property
    def base(self):
        return (
            self.interviews.live()
            .child_of(self.index_page)
            .filter(listed_q(self.request.user))
            .annotate(has_cues=Exists(TranscriptCue.objects.filter(interview=OuterRef("pk"))))
        )

    @cached_property
    def filtered(self):
        queryset = self.base
        chosen = self.selected
        if chosen["narrator"]:
            queryset = queryset.filter(
                participants__person__slug=chosen["narrator"],
                participants__role="narrator",
                **self.named("participants__"),
            )
        if chosen["year"].isdigit():
            queryset = queryset.filter(date__year=int(chosen["year"]))
        if chosen["language"]:
            queryset = queryset.filter(languages__icontains=chosen["language"])
        if chosen["tag"]:
            queryset = queryset.filter(tags__slug=chosen["tag"])
        if chosen["transcript"] == "yes":
            queryset = queryset.filter(has_cues=True)
        return queryset.distinct()

    @cached_property
    def page(self):
        ordered = self.filtered.order_by("-date", "title").prefetch_related(
            Prefetch(
                "participants",
                queryset=InterviewParticipant.objects.filter(role="narrator").select_related(
                    "person"
                ),
                to_attr="narrators",
            ),
        )
        paginator = Paginator(ordered, PER_PAGE)
        try:
            page = paginator.page(self.params.get("page", 1))
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
        page.object_list = list(page.object_list)
        for interview in page.object_list:
            interview.narrator_labels = Naming(interview.narrators, reveal=self.reveal).labels()
        return page

    @cached_property
    def facets(self):
        """[(name, label, [(value, label, count)], selected value)] for the filter form."""
        narrators = (
            InterviewParticipant.objects.filter(
                interview__in=self.base, role="narrator", **self.named()
            )
            .values("person__slug", "person__name")
            .annotate(count=Count("interview", distinct=True))
            .order_by("person__name")
        )
        years = (
            self.base.exclude(date=None)
            .values("date__year")
            .annotate(count=Count("pk"))
            .order_by("-date__year")
        )
        languages = Counter(
            language.strip()
            for value in self.base.values_list("languages", flat=True)
            for language in value.split(";")
            if language.strip()
        )
        tags = (
            InterviewTag.objects.filter(content_object__in=self.base)
            .values("tag__slug", "tag__name")
            .annotate(count=Count("content_object", distinct=True))
            .order_by("tag__name")
        )
        with_transcript = self.base.filter(has_cues=True).count()
        options = {
            "narrator": [(n["person__slug"], n["person__name"], n["count"]) for n in narrators],
            "year": [(str(y["date__year"]), str(y["date__year"]), y["count"]) for y in years],
            "language": [(name, name, count) for name, count in sorted(languages.items())],
            "tag": [(t["tag__slug"], t["tag__name"], t["count"]) for t in tags],
            "transcript": [("yes", _("With a transcript"), with_transcript)],
        }
        labels = {
            "narrator": _("Narrator"),
            "year": _("Year"),
            "language": _("Language"),
            "tag": _("Theme"),
            "transcript": _("Transcript"),
        }
        return [(name, labels[name], options[name], self.selected[name]) for name in labels]

    @property
    def is_filtered(self):
        return any(self.selected.values())

    def query_without_page(self):
        params = self.params.copy()
        params.pop("page", None)
        return params.urlencode()
