"""Pages every part of the site shares: the abstract base and the section base."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from base import page_tree

INTRODUCTION_FEATURES = ["bold", "italic", "link"]


class BasePage(Page):
    """
    Fields and panels that every public page carries.

    The summary is what listings, search results and link previews show, so that no template has
    to cut a body into a teaser. See https://docs.wagtail.org/en/stable/topics/pages.html
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    teaser_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("teaser image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown beside the summary in listings and link previews."),
    )

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("summary"),
        FieldPanel("teaser_image"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """
        Wagtail's view restrictions on this page and its ancestors, as a query set. Which ones
        apply is remembered with the page tree (`base.page_tree`), so that a page without any
        (almost every page) costs no query to serve.
        """
        if self.pk is None:
            return super().get_view_restrictions()
        key = ("view restrictions", self.pk)
        restriction_ids = page_tree.remembered(key, self._restriction_ids)
        if not restriction_ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=restriction_ids)

    def _restriction_ids(self):
        return list(super().get_view_restrictions().values_list("pk", flat=True))


class SectionPage(BasePage):
    """
    One of the site's sections (history, archive, oral history, exhibitions, search).

    Each home page has at most one of each, in each language; the section's own content comes from
    the records and child pages it lists.
    """

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRODUCTION_FEATURES,
        help_text=_("A short paragraph under the section's title."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True
