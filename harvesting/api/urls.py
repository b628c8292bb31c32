"""/api/v1/: one router for the records and the pages, and the OpenAPI description."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("events", views.EventViewSet, basename="api-event")
router.register("films", views.FilmViewSet, basename="api-film")
router.register("people", views.PersonViewSet, basename="api-person")
router.register("series", views.SeriesViewSet, basename="api-series")
router.register("venues", views.VenueViewSet, basename="api-venue")
router.register("interviews", views.InterviewViewSet, basename="api-interview")
router.register("media/images", views.ImageViewSet, basename="api-image")
router.register("media/recordings", views.RecordingViewSet, basename="api-recording")
router.register("media/documents", views.DocumentViewSet, basename="api-document")
router.register("pages", views.PageViewSet, basename="api-page")

urlpatterns = [
    path(
        "openapi.json",
        SpectacularJSONAPIView.as_view(authentication_classes=[], permission_classes=[]),
        name="api-openapi",
    ),
    *router.urls,
]
