"""The permanent addresses and the citation downloads, included outside the language prefix."""

from django.urls import path, re_path

from identifiers import views

urlpatterns = [
    path(
        "id/interview/<str:key>/<int:start>-<int:end>",
        views.resolve_passage,
        name="permanent_passage",
    ),
    path("id/<slug:kind>/<str:key>", views.resolve, name="permanent_identifier"),
    re_path(
        r"^cite/(?P<kind>[a-z]+)/(?P<key>[^/]+?)\.(?P<extension>csl\.json|bib|ris)$",
        views.cite,
        name="citation_download",
    ),
]
