"""The machine-facing addresses: /oai/ and /api/v1/, both without a language prefix."""

from django.urls import include, path

from harvesting.oai.views import endpoint

urlpatterns = [
    path("oai/", endpoint, name="oai"),
    path("api/v1/", include("harvesting.api.urls")),
]
