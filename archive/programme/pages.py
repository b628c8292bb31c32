"""
The programme's section page. Records are shown through it, not as pages of their own.

`ArchiveIndexPage` is a routable page (https://docs.wagtail.org/en/stable/reference/contrib/
routablepage.html): it lists and filters the programme at its own URL and shows each record at a
stable address below it, in both languages, e.g. /en/archive/films/attica/ and
/fr/archives/films/attica/. The calendar and the charts have a word of each language
(calendar/calendrier, charts/graphiques, `archive.programme.addresses`): both are answered, and a
visitor is sent to the one of the page's language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from archive.programme import views
from archive.programme.calendar import views as calendar
from archive.programme.charts import views as charts
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

    @path("calendrier/", name="calendrier")
    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendar.index(self, request)

    @path("calendrier/<int:year>/")
    @path("calendar/<int:year>/")
    def calendar_year(self, request, year):
        return calendar.year_view(self, request, year)

    @path("calendrier/<int:year>/<int:month>/")
    @path("calendar/<int:year>/<int:month>/")
    def calendar_month(self, request, year, month):
        return calendar.month_view(self, request, year, month)

    @path("calendrier/<int:year>/<int:month>/<int:day>/")
    @path("calendar/<int:year>/<int:month>/<int:day>/")
    def calendar_day(self, request, year, month, day):
        return calendar.day_view(self, request, year, month, day)

    @path("graphiques/", name="graphiques")
    @path("charts/", name="charts")
    def charts(self, request):
        return charts.index(self, request)

    @path("graphiques/snapshots/<slug:token>/")
    @path("charts/snapshots/<slug:token>/")
    def chart_snapshot(self, request, token):
        return charts.snapshot_view(self, request, token)

    @path("graphiques/<slug:key>/")
    @path("charts/<slug:key>/")
    def chart(self, request, key):
        return charts.chart_view(self, request, key)

    @path("graphiques/<slug:key>/snapshot/")
    @path("charts/<slug:key>/snapshot/")
    def take_chart_snapshot(self, request, key):
        return charts.take_snapshot(self, request, key)
