"""The archive's section pages. Records are shown through them, not as pages of their own."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class ArchiveIndexPage(SectionPage):
    """Fifty years of programmes: screenings, films, people and series, browsed and filtered."""

    class Meta:
        verbose_name = _("archive index page")


class ExhibitionIndexPage(SectionPage):
    """Exhibitions, such as the Palais de Tokyo art sale of November 2023."""

    class Meta:
        verbose_name = _("exhibition index page")
