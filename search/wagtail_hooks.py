"""
Admin registration of the search: the reports of what researchers search for.

Wagtail's own "Search terms" report counts the queries of Wagtail's search views, which the
public site does not use (it has its own search, `search/query.py`), so it would always be empty:
it is replaced in the Reports menu by the two reports of `search/admin_views.py`.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import (
    EmptySearchTermsReportView,
    SearchTermsReportView,
    may_see_search_terms,
)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path(
            "reports/site-searches/",
            SearchTermsReportView.as_view(),
            name="search_terms_report",
        ),
        path(
            "reports/site-searches/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
        path(
            "reports/site-searches-found-nothing/",
            EmptySearchTermsReportView.as_view(),
            name="search_empty_terms_report",
        ),
        path(
            "reports/site-searches-found-nothing/results/",
            EmptySearchTermsReportView.as_view(results_only=True),
            name="search_empty_terms_report_results",
        ),
    ]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_search_terms(request.user)


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Searches on the site"),
        reverse("search_terms_report"),
        name="site-searches",
        icon_name="search",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def register_empty_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Searches that found nothing"),
        reverse("search_empty_terms_report"),
        name="site-searches-found-nothing",
        icon_name="search",
        order=1301,
    )


@hooks.register("construct_reports_menu")
def hide_wagtails_empty_search_terms_report(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
