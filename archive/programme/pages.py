"""
The programme's section page. Records are shown through it, not as pages of their own.

`ArchiveIndexPage` is a routable page (https://docs.wagtail.org/en/stable/reference/contrib/
routablepage.html): it lists and filters the programme at its own URL and shows each record at a
stable address below it, in both languages, e.g. /en/archive/films/attica/ and
/fr/archives/films/attica/.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from archive.programme import views
from base.models import SectionPage


class ArchiveIndexPage(RoutablePageMixin, SectionPage):
    """Fifty years of programmes: screenings, films, people and series, browsed and filtered."""

    class Meta:
        verbose_name = _("archive index page")

    @path("")
    def listing(self, request):
        return views.listing(self, request)

    @path("screenings/<int:screening_id>/", name="screening")
    def screening(self, request, screening_id):
        return views.screening_detail(self, request, screening_id)

    @path("films/<slug:slug>/", name="film")
    def film(self, request, slug):
        return views.film_detail(self, request, slug)

    @path("people/<slug:slug>/", name="person")
    def person(self, request, slug):
        return views.person_detail(self, request, slug)

    @path("series/<slug:slug>/", name="series")
    def series(self, request, slug):
        return views.series_detail(self, request, slug)
