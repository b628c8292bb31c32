"""Admin views for the home app's records: the sources that history pages cite."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Source


class SourceFilterSet(WagtailFilterSet):
    class Meta:
        model = Source
        fields = ["locale", "publisher"]


class SourceViewSet(SnippetViewSet):
    """Sources are chosen from chapters, events and quotations; here editors keep them right."""

    model = Source
    icon = "doc-full"
    menu_label = _("Sources")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "publisher", "partial_date", "locale"]
    list_filter = SourceFilterSet
    search_fields = ["title", "publisher"]
    inspect_view_enabled = True
    copy_view_enabled = False
