"""
The admin: the requests (newest first, filtered by status, each leading to its decision page)
and the access log (read only, filtered by action), grouped under one menu item.
"""

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from access_requests.admin_views import DecideView
from access_requests.models import AccessRequest
from base.models import AccessLogEntry


class RequestIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page", "grant")

    def get_list_more_buttons(self, instance):
        """The edit button opens the decision page: named for what it does there."""
        buttons = super().get_list_more_buttons(instance)
        for button in buttons:
            if button.url == self.get_edit_url(instance):
                button.label = _("Decide") if instance.is_pending else _("Open")
        return buttons


class AccessRequestViewSet(ModelViewSet):
    model = AccessRequest
    name = "access_requests_admin"
    url_prefix = "access-requests"
    icon = "key"
    menu_label = _("Requests")
    index_view_class = RequestIndexView
    copy_view_enabled = False
    list_display = [
        "name",
        "email",
        "institution",
        Column("page", label=_("Interview"), accessor="page.title"),
        "status",
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    list_filter = ["status"]
    ordering = ["-created_at", "-pk"]
    search_fields = ["name", "email", "institution"]
    search_backend_name = None

    def get_urlpatterns(self):
        """
        No form to add or rewrite a request: its "edit" address is the decision page, and a
        superuser may delete it (a researcher who asks to be forgotten).
        """
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("edit/<int:pk>/", self.construct_view(DecideView), name="edit"),
            path("delete/<int:pk>/", self.delete_view, name="delete"),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.none()


class AccessLogViewSet(ModelViewSet):
    model = AccessLogEntry
    name = "access_log"
    url_prefix = "access-log"
    icon = "history"
    menu_label = _("Access log")
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = [
        DateColumn("created_at", label=_("When"), sort_key="created_at"),
        "action",
        Column("user", label=_("By"), accessor="user"),
        "email",
        "title",
        "detail",
    ]
    list_filter = ["action"]
    ordering = ["-created_at", "-pk"]
    search_fields = ["email", "title", "detail"]
    search_backend_name = None

    def get_urlpatterns(self):
        """A listing only: the log is written by what it records, never by hand."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.none()


class AccessViewSetGroup(ModelViewSetGroup):
    menu_label = _("Access requests")
    menu_icon = "key"
    menu_order = 320
    items = (AccessRequestViewSet, AccessLogViewSet)
