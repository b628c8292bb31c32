"""The home page of each language, at the top of the page tree: it lists the site's sections."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from base.models import BasePage
from base.models.pages import INTRODUCTION_FEATURES


class HomePage(BasePage):
    """The home page of one language: `/fr/` and `/en/` are translations of each other."""

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRODUCTION_FEATURES,
        help_text=_("What the site is, in two or three sentences."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.HistoryIndexPage",
        "archive.ArchiveIndexPage",
        "oral_history.OralHistoryIndexPage",
        "archive.ExhibitionIndexPage",
        "archive.MediaIndexPage",
        "search.SearchPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().in_menu().specific()
        return context
