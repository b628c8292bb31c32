"""The leaflets' screens in Wagtail's admin and their menu item."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from leaflets import admin_views


@hooks.register("register_admin_urls")
def register_leaflet_urls():
    return [
        path("leaflets/", admin_views.LeafletIndexView.as_view(), name="leaflets_index"),
        path("leaflets/upload/", admin_views.UploadView.as_view(), name="leaflets_upload"),
        path("leaflets/<int:pk>/", admin_views.ReviewView.as_view(), name="leaflets_review"),
        path(
            "leaflets/pages/<int:pk>.jpg",
            admin_views.PagePictureView.as_view(),
            name="leaflets_page_picture",
        ),
    ]


class LeafletsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_edit(request.user)


@hooks.register("register_admin_menu_item")
def register_leaflets_menu_item():
    return LeafletsMenuItem(
        _("Leaflets"), reverse("leaflets_index"), icon_name="doc-full", order=261
    )
