"""
Admin registration: the programme records, and the programme import view; and the access check
on Wagtail's document downloads.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from archive.media.files import check_document_access
from archive.programme.admin_views import ImportGuideView, ImportProgrammeView
from archive.viewsets import ArtworkViewSet, ProgrammeArchiveGroup

register_snippet(ProgrammeArchiveGroup)
register_snippet(ArtworkViewSet)


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path("archive/import/", ImportProgrammeView.as_view(), name="archive_import"),
        path(
            "archive/import/<str:language>/<str:document>/",
            ImportGuideView.as_view(),
            name="archive_import_guide",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("archive.add_screening")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import a programme"), reverse("archive_import"), icon_name="upload", order=260
    )


hooks.register("before_serve_document", check_document_access)
