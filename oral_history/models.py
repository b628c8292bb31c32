"""Interviews and recorded talks: the collective's memory in its members' voices."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class OralHistoryIndexPage(SectionPage):
    """Lists the interviews and the recorded talks that followed screenings."""

    class Meta:
        verbose_name = _("oral history index page")
