"""
The archive's section pages. Records are shown through them, not as pages of their own.

`ArchiveIndexPage` is a routable page (https://docs.wagtail.org/en/stable/reference/contrib/
routablepage.html): it lists and filters the programme at its own URL and shows each record at a
stable address below it, in both languages, e.g. /en/archive/films/attica/ and
/fr/archives/films/attica/.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models import SectionPage


class ArchiveIndexPage(RoutablePageMixin, SectionPage):
    """Fifty years of programmes: screenings, films, people and series, browsed and filtered."""

    class Meta:
        verbose_name = _("archive index page")

    @path("")
    def listing(self, request):
        from archive import views

        return views.listing(self, request)

    @path("screenings/<int:screening_id>/", name="screening")
    def screening(self, request, screening_id):
        from archive import views

        return views.screening_detail(self, request, screening_id)

    @path("films/<slug:slug>/", name="film")
    def film(self, request, slug):
        from archive import views

        return views.film_detail(self, request, slug)

    @path("people/<slug:slug>/", name="person")
    def person(self, request, slug):
        from archive import views

        return views.person_detail(self, request, slug)

    @path("series/<slug:slug>/", name="series")
    def series(self, request, slug):
        from archive import views

        return views.series_detail(self, request, slug)


class ExhibitionIndexPage(SectionPage):
    """Exhibitions, such as the Palais de Tokyo art sale of November 2023."""

    subpage_types = ["archive.ExhibitionPage"]

    class Meta:
        verbose_name = _("exhibition index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from archive.models import ExhibitionPage

        context["exhibitions"] = (
            ExhibitionPage.objects.child_of(self)
            .live()
            .public()
            .select_related("venue")
            .order_by("-date", "title")
        )
        return context


class MediaIndexPage(RoutablePageMixin, SectionPage):
    """
    Photographs, posters, recordings, leaflets: every image, media item and document, filtered
    and counted, with a page of its own below this one (/en/media/images/12/, /en/media/av/3/,
    /en/media/documents/5/). Restricted items follow the oral history's access rules
    (`archive.access`).
    """

    class Meta:
        verbose_name = _("media index page")

    @path("")
    def listing(self, request):
        from archive import media_views

        return media_views.listing(self, request)

    @path("images/<int:pk>/", name="image")
    def image(self, request, pk):
        from archive import media_views

        return media_views.image_detail(self, request, pk)

    @path("av/<int:pk>/", name="av")
    def av(self, request, pk):
        from archive import media_views

        return media_views.media_detail(self, request, pk)

    @path("documents/<int:pk>/", name="document")
    def document(self, request, pk):
        from archive import media_views

        return media_views.document_detail(self, request, pk)

    @path("av/<int:pk>/captions.vtt", name="captions")
    def captions(self, request, pk):
        from archive import media_views

        return media_views.attached_file(self, request, pk, "captions")

    @path("av/<int:pk>/transcript.txt", name="transcript")
    def transcript(self, request, pk):
        from archive import media_views

        return media_views.attached_file(self, request, pk, "transcript_file")

    def get_sitemap_urls(self, request=None):
        """The section, then the page of every item that is not closed."""
        from django.contrib.auth.models import AnonymousUser

        from archive.access import listed_q
        from archive.media_views import listed_media
        from archive.models import ArchiveDocument, ArchiveImage

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        anonymous = AnonymousUser()
        images = ArchiveImage.objects.filter(listed_q(anonymous))
        for pk in images.values_list("pk", flat=True):
            urls.append({"location": base + self.reverse_subpage("image", kwargs={"pk": pk})})
        for pk in listed_media(anonymous).values_list("pk", flat=True):
            urls.append({"location": base + self.reverse_subpage("av", kwargs={"pk": pk})})
        documents = ArchiveDocument.objects.filter(listed_q(anonymous))
        for pk in documents.values_list("pk", flat=True):
            urls.append({"location": base + self.reverse_subpage("document", kwargs={"pk": pk})})
        return urls
