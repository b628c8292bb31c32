"""
The calendar's records in the admin, under "Programme archive": the closure periods the sources
give, and the periods an editor has checked the programme to be complete for.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from archive.programme.models import ClosurePeriod, CompleteProgramme


class ClosurePeriodViewSet(SnippetViewSet):
    model = ClosurePeriod
    icon = "lock"
    menu_label = _("Closure periods")
    list_display = ["__str__", "source_document", "updated_at"]
    ordering = ["start"]
    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("start_precision")]),
        FieldRowPanel([FieldPanel("end"), FieldPanel("end_precision")]),
        FieldRowPanel([FieldPanel("reason"), FieldPanel("reason_en")]),
        FieldPanel("source_document"),
        FieldPanel("source"),
    ]


class CompleteProgrammeViewSet(SnippetViewSet):
    model = CompleteProgramme
    icon = "tick"
    menu_label = _("Complete programme periods")
    list_display = ["__str__", "source", "updated_at"]
    ordering = ["start"]
    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("source"),
        FieldPanel("note"),
    ]
