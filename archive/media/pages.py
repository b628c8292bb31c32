"""The media library's section page: every image, recording and document, each at its address."""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from archive.media import views
from archive.media.models import ArchiveDocument, ArchiveImage
from base.access import listed_q
from base.models import SectionPage


class MediaIndexPage(RoutablePageMixin, SectionPage):
    """
    Photographs, posters, recordings, leaflets: every image, media item and document, filtered
    and counted, with a page of its own below this one (/en/media/images/12/, /en/media/av/3/,
    /en/media/documents/5/). Restricted items follow the oral history's access rules
    (`base.access`).
    """

    class Meta:
        verbose_name = _("media index page")

    @path("")
    def listing(self, request):
        return views.listing(self, request)

    @path("images/<int:pk>/", name="image")
    def image(self, request, pk):
        return views.image_detail(self, request, pk)

    @path("av/<int:pk>/", name="av")
    def av(self, request, pk):
        return views.media_detail(self, request, pk)

    @path("documents/<int:pk>/", name="document")
    def document(self, request, pk):
        return views.document_detail(self, request, pk)

    # Wagtail serves only addresses made of words and ending with a slash (`wagtail_serve`).
    @path("av/<int:pk>/captions/", name="captions")
    def captions(self, request, pk):
        return views.attached_file(self, request, pk, "captions")

    @path("av/<int:pk>/transcript/", name="transcript")
    def transcript(self, request, pk):
        return views.attached_file(self, request, pk, "transcript_file")

    @path("av/<int:pk>/transcript/pdf/", name="transcript_pdf")
    def transcript_pdf(self, request, pk):
        return views.transcript_pdf(self, request, pk)

    def get_sitemap_urls(self, request=None):
        """The section, then the page of every item that is not closed."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        anonymous = AnonymousUser()
        images = ArchiveImage.objects.filter(listed_q(anonymous))
        for pk in images.values_list("pk", flat=True):
            urls.append({"location": base + self.reverse_subpage("image", kwargs={"pk": pk})})
        for pk in views.listed_media(anonymous).values_list("pk", flat=True):
            urls.append({"location": base + self.reverse_subpage("av", kwargs={"pk": pk})})
        documents = ArchiveDocument.objects.filter(listed_q(anonymous))
        for pk in documents.values_list("pk", flat=True):
            urls.append({"location": base + self.reverse_subpage("document", kwargs={"pk": pk})})
        return urls
