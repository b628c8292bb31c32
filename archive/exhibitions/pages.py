"""The exhibitions' section page, which lists them newest first."""

from django.utils.translation import gettext_lazy as _

from archive.exhibitions.models import ExhibitionPage
from base.models import SectionPage


class ExhibitionIndexPage(SectionPage):
    """Exhibitions, such as the Palais de Tokyo art sale of November 2023."""

    subpage_types = ["archive.ExhibitionPage"]

    class Meta:
        verbose_name = _("exhibition index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["exhibitions"] = (
            ExhibitionPage.objects.child_of(self)
            .live()
            .public()
            .select_related("venue")
            .order_by("-date", "title")
        )
        return context
