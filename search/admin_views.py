"""
The editors' report of what researchers search for on the public site.

Two lists over the last 30 days, from the daily counts that `search/querylog.py` writes in the
background (`SearchTermDay`): the most frequent queries, to choose promoted results for; and the
queries that found nothing, which show what the archive lacks or what the search misses. Both
are Wagtail reports (https://docs.wagtail.org/en/stable/extending/adding_reports.html), so that
they sort, paginate and export to CSV or Excel like Wagtail's own.
"""

import datetime
from urllib.parse import urlencode

from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from search.models import SearchPage, SearchTermDay

PERIOD_DAYS = 30
PROMOTION_PERMISSIONS = (
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
)


def may_see_search_terms(user):
    """The editors who choose promoted results, and administrators."""
    return user.is_superuser or any(user.has_perm(name) for name in PROMOTION_PERMISSIONS)


class SearchTermsReportView(ReportView):
    """The most frequent queries of the last 30 days, and how often each found nothing."""

    template_name = "search/admin/search_terms_report.html"
    page_title = _("Searches on the site")
    page_subtitle = _("Last 30 days")
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    default_ordering = "-total"
    list_export = ["query_string", "total", "empty"]
    export_headings = {
        "query_string": _("Query"),
        "total": _("Searches"),
        "empty": _("Searches that found nothing"),
    }
    other_report = ("search_empty_terms_report", _("Searches that found nothing"))

    def dispatch(self, request, *args, **kwargs):
        if not may_see_search_terms(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def since(self):
        return timezone.localdate() - datetime.timedelta(days=PERIOD_DAYS - 1)

    def get_base_queryset(self):
        return (
            SearchTermDay.objects.filter(day__gte=self.since)
            .values("query_string")
            .annotate(total=Sum("searches"), empty=Sum("empty_searches"))
        )

    def order_queryset(self, queryset):
        return super().order_queryset(queryset).order_by(self.ordering, "query_string")

    @cached_property
    def search_page_url(self):
        page = SearchPage.objects.live().filter(locale=Locale.get_default()).first()
        return page.url if page else None

    def search_url(self, row):
        """The public search for this query, for the editor to see what researchers saw."""
        if self.search_page_url:
            return f"{self.search_page_url}?{urlencode({'q': row['query_string']})}"
        return None

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "query_string",
                label=_("Query"),
                sort_key="query_string",
                get_url=self.search_url,
            ),
            NumberColumn("total", label=_("Searches"), sort_key="total"),
            NumberColumn("empty", label=_("Found nothing"), sort_key="empty"),
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        url_name, label = self.other_report
        context.update(
            since=self.since,
            other_report_url=reverse(url_name),
            other_report_label=label,
        )
        return context


class EmptySearchTermsReportView(SearchTermsReportView):
    """The queries of the last 30 days that found nothing at least once, most frequent first."""

    page_title = _("Searches that found nothing")
    index_url_name = "search_empty_terms_report"
    index_results_url_name = "search_empty_terms_report_results"
    default_ordering = "-empty"
    other_report = ("search_terms_report", _("Searches on the site"))

    def get_base_queryset(self):
        return super().get_base_queryset().filter(empty__gt=0)
