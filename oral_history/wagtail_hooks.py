from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from oral_history import admin_views
from oral_history.public_recordings import reports


@hooks.register("register_admin_urls")
def register_upload_url():
    return [
        path("oral-history/import/", admin_views.upload, name="oral_history_import"),
        path(
            "reports/public-recordings/",
            reports.report,
            name="oral_history_public_recordings",
        ),
        path(
            "reports/public-recordings/<int:pk>/retry/",
            reports.retry,
            name="oral_history_public_recording_retry",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_upload_menu_item():
    return MenuItem(
        _("Import interviews"),
        reverse("oral_history_import"),
        icon_name="media",
        order=310,
    )


@hooks.register("register_reports_menu_item")
def register_public_recordings_report():
    return MenuItem(
        _("Public recordings"),
        reverse("oral_history_public_recordings"),
        icon_name="media",
        order=700,
    )
