"""
The read API, /api/v1/: a list and a detail endpoint per kind of record, and the pages.

It serves what the public pages show to anyone (no sign-in is read, so a researcher's session
changes nothing): the public people only, never a closed interview, no transcript. Lists are cut
by cursor (`?cursor=`, `?limit=` up to 100), which reads on from the last item by the order's
index and never counts or skips rows, so page 2,000 costs what page 1 costs. Events take the
programme listing's filters (`archive.programme.listing.filters`), with the same parameters and
meaning; a value the listing would ignore is refused here (400), so a client knows.
"""

from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, pagination, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.models import Page

from archive.programme.listing.filters import FILTER_NAMES, ProgrammeFilter
from base.access import AccessLevel
from harvesting import kinds
from harvesting.links import Links
from oral_history.models import InterviewPage

from . import serializers

LANGUAGES = ("fr", "en")
LARGEST_KEY = 2**63 - 1
LANG = OpenApiParameter(
    "lang", OpenApiTypes.STR, enum=list(LANGUAGES), description="Language of translated fields."
)


class Cursor(pagination.CursorPagination):
    page_size = 50
    page_size_query_param = "limit"
    max_page_size = 100
    ordering = ("pk",)


class NewestFirst(Cursor):
    """Events in the listing's order and by its index: newest first, then by time and id."""

    ordering = ("-date", "-time", "-id")


class ReadOnly(viewsets.ReadOnlyModelViewSet):
    """The common part: public rows, no authentication read, JSON only, `?lang=`."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    pagination_class = Cursor
    # Any key reaches the view, whose 404 is JSON; a key of the wrong type is simply not found.
    lookup_value_regex = "[^/]+"
    rows = None  # callable: the kind's public rows (harvesting.kinds)

    def dispatch(self, request, *args, **kwargs):
        language = request.GET.get("lang")
        with translation.override(language if language in LANGUAGES else "fr"):
            return super().dispatch(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.GET.get("lang", "fr") not in LANGUAGES:
            raise exceptions.ValidationError({"lang": ["Choose fr or en."]})

    def get_queryset(self):
        return type(self).rows()

    def get_object(self):
        """A key that is not a primary key the database could hold names nothing (not a 500)."""
        key = self.kwargs[self.lookup_field]
        if self.lookup_field == "pk" and not (key.isdigit() and int(key) <= LARGEST_KEY):
            raise exceptions.NotFound()
        return super().get_object()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "links": Links(self.request)}


def described(name, parameters=(), key=OpenApiTypes.INT, lookup="id"):
    """The OpenAPI description of a kind's two endpoints."""
    path_key = OpenApiParameter(lookup, key, OpenApiParameter.PATH)
    return extend_schema_view(
        list=extend_schema(summary=f"List {name}", parameters=[LANG, *parameters]),
        retrieve=extend_schema(summary=f"One of the {name}", parameters=[LANG, path_key]),
    )


EVENT_FILTERS = [
    OpenApiParameter("q", OpenApiTypes.STR, description="Words, as in the listing's search."),
    OpenApiParameter("year", OpenApiTypes.INT, description="A year, e.g. 1990."),
    OpenApiParameter("from", OpenApiTypes.STR, description="From 1990, 1990-06 or 1990-06-21."),
    OpenApiParameter("to", OpenApiTypes.STR, description="Until 1990, 1990-06 or 1990-06-21."),
    OpenApiParameter("type", OpenApiTypes.STR, description="An event type, e.g. talk."),
    OpenApiParameter("series", OpenApiTypes.STR, description="A series' slug."),
    OpenApiParameter("venue", OpenApiTypes.STR, description="A venue's slug."),
    OpenApiParameter("person", OpenApiTypes.STR, description="A person's slug (public people)."),
    OpenApiParameter("film", OpenApiTypes.STR, description="A film's slug."),
    OpenApiParameter("tag", OpenApiTypes.STR, description="A tag's slug."),
]


@described("events", EVENT_FILTERS, key=OpenApiTypes.STR, lookup="external_id")
class EventViewSet(ReadOnly):
    serializer_class = serializers.EventSerializer
    pagination_class = NewestFirst
    lookup_field = "external_id"
    rows = kinds.events

    def get_queryset(self):
        rows = kinds.events()
        if self.action != "list":
            return rows
        given = {name: self.request.GET[name] for name in FILTER_NAMES if name in self.request.GET}
        programme = ProgrammeFilter(given)
        if programme.errors:
            raise exceptions.ValidationError(programme.errors)
        return rows.filter(programme.conditions())


@described("films")
class FilmViewSet(ReadOnly):
    serializer_class = serializers.FilmSerializer
    rows = kinds.films


@described("people")
class PersonViewSet(ReadOnly):
    serializer_class = serializers.PersonSerializer
    rows = kinds.people


@described("series")
class SeriesViewSet(ReadOnly):
    serializer_class = serializers.SeriesSerializer
    rows = kinds.series


@described("venues")
class VenueViewSet(ReadOnly):
    serializer_class = serializers.VenueSerializer
    rows = kinds.venues


@described("interviews")
class InterviewViewSet(ReadOnly):
    serializer_class = serializers.InterviewSerializer
    rows = kinds.interviews


@described("images")
class ImageViewSet(ReadOnly):
    serializer_class = serializers.ImageSerializer
    rows = kinds.images


@described("recordings")
class RecordingViewSet(ReadOnly):
    serializer_class = serializers.RecordingSerializer
    rows = kinds.recordings


@described("documents")
class DocumentViewSet(ReadOnly):
    serializer_class = serializers.DocumentSerializer
    rows = kinds.documents


def public_pages():
    """Live pages without page privacy, but never a closed interview."""
    closed = InterviewPage.objects.filter(access_level=AccessLevel.CLOSED).values("pk")
    return (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .exclude(pk__in=closed)
        .select_related("locale", "content_type")
    )


@described("pages")
class PageViewSet(ReadOnly):
    serializer_class = serializers.PageSerializer
    rows = public_pages
