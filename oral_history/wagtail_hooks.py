from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from oral_history import admin_views


@hooks.register("register_admin_urls")
def register_upload_url():
    return [path("oral-history/import/", admin_views.upload, name="oral_history_import")]


@hooks.register("register_admin_menu_item")
def register_upload_menu_item():
    return MenuItem(
        _("Import interviews"),
        reverse("oral_history_import"),
        icon_name="media",
        order=310,
    )
