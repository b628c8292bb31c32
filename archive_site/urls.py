"""
URL layout: the admin and machine-facing URLs are language-neutral; every public page lives under
a language prefix (/fr/…, /en/…), and `/` redirects to the visitor's language.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from archive.media.files import serve_document, serve_image_file, serve_media
from base.routing import serve
from base.sitemaps import MultilingualSitemap
from linked_data.iiif.views import interview_manifest, media_manifest
from oral_history.public_recordings.views import serve_public_recording
from search.views import autocomplete

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    # Documents are served by the archive's access-checking view, at Wagtail's own addresses.
    path("documents/<int:document_id>/<path:document_filename>", serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("media-files/<int:pk>/<str:filename>", serve_media, name="media_file"),
    path("recordings/<int:pk>/<str:filename>", serve_public_recording, name="public_recording"),
    path("media-files/images/<path:name>", serve_image_file, name="image_file"),
    path("iiif/interview/<int:page_id>/manifest.json", interview_manifest, name="iiif_interview"),
    path("iiif/media/<int:pk>/manifest.json", media_manifest, name="iiif_media"),
    path("search/autocomplete/", autocomplete, name="search_autocomplete"),
    path("", include("leaflets.urls")),
    path("", include("harvesting.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    # Permanent addresses and citations: /id/<kind>/<key>, /cite/<kind>/<key>.<format>.
    path("", include("identifiers.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("access/", include("access_requests.urls")),
    # Wagtail's pages, found from what the process remembers of the page tree (base/routing.py).
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
handler500 = "page_cache.outage.server_error"
