"""The search page: a page, so that its address is translated (/fr/recherche/, /en/search/)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from archive.access import listed_q
from home.models import SectionPage
from oral_history.models import InterviewPage

RESULTS_PER_PAGE = 20


class SearchPage(SectionPage):
    """
    Searches the published pages of the visitor's language through the configured backend.

    Programme records, media and transcript passages join the results as their apps arrive.
    """

    class Meta:
        verbose_name = _("search page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "").strip()
        context["query"] = query
        if not query:
            return context
        closed = InterviewPage.objects.exclude(listed_q(request.user)).values("pk")
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=1)
            .exclude(pk=self.pk)
            .exclude(pk__in=closed)
        )
        paginator = Paginator(pages.search(query), RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
        context["results"] = results
        # One query for the page of results, in the backend's order, as their specific types.
        specific = Page.objects.filter(pk__in=[page.pk for page in results]).specific()
        by_pk = {page.pk: page for page in specific}
        context["result_pages"] = [by_pk[page.pk] for page in results if page.pk in by_pk]
        return context
