"""
What the archive page shows at each of its routes: the filtered listing (or its download) and the
detail pages of screenings, films, people and series.

Every view costs a fixed number of SQL queries, whatever the number of records it shows: related
records are fetched with select_related / prefetch_related, long lists are cut to their newest
entries with a link to the full filtered listing, and counts are aggregate queries.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from archive.media.files import open_media
from archive.programme.addresses import address
from archive.programme.exporting import export_response
from archive.programme.listing.filters import ProgrammeFilter
from archive.programme.listing.rows import listing_queryset, person_event_ids, with_row_details
from archive.programme.models import (
    Film,
    FilmDirector,
    Person,
    Screening,
    ScreeningDocument,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningImage,
    ScreeningRecording,
    ScreeningTag,
    Series,
)
from base import page_tree
from base.access import listed_q
from base.i18n import visitor_language

PER_PAGE = 50
NEWEST_FIRST = ("-date", "-time", "-id")


class KeysetPaginator(Paginator):
    """
    Pages that stay fast deep into 100,000 events: the page's ids are read from the ordering
    index alone, then only those fifty events are fetched, by id (the filters are not applied
    twice), with their related records. The count is the one cached with the facets, if any.
    """

    ordered_ids = None  # the whole ordered list of ids, when the caller has it already

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if self.ordered_ids is not None:
            ids = list(self.ordered_ids[bottom : bottom + self.per_page])
        else:
            ids = list(
                self.object_list.values_list("id", flat=True)[bottom : bottom + self.per_page]
            )
        rows = listing_queryset(Screening.objects.filter(id__in=ids)).order_by(*NEWEST_FIRST)
        return self._get_page(with_row_details(rows), number, self)


RELATED_LIMIT = 50
EXPORT_FORMATS = ("csv", "json")


def listing(page, request):
    programme = ProgrammeFilter(request.GET)
    export_format = request.GET.get("format")
    if export_format in EXPORT_FORMATS:
        return export_response(programme.queryset, export_format)
    if export_format:
        raise Http404("Unknown format.")
    paginator = KeysetPaginator(programme.queryset, PER_PAGE)
    cached_total = programme.cached_total()
    if cached_total is not None:
        paginator.count = cached_total
        paginator.ordered_ids = programme.cached_ids()
    elif programme.is_text_only:
        # A new text search: its events are read once, for the total, the page and the counts.
        paginator.ordered_ids = programme.text_ids_newest_first()
        paginator.count = len(paginator.ordered_ids)
    else:
        paginator.count = programme.counted_total()
    page_of_results = paginator.get_page(request.GET.get("page"))
    total = paginator.count
    return page.render(
        request,
        context_overrides={
            "programme": programme,
            "results": page_of_results,
            "total": total,
            "facets": programme.facets(total),
            "archive_url": page.get_url(request),
            "has_sample": any(screening.is_sample for screening in page_of_results),
            "csv_query": programme.query_string(format="csv"),
            "json_query": programme.query_string(format="json"),
            "calendar_url": address(page, request, "calendar"),
            "charts_url": address(page, request, "charts"),
        },
    )


def _render(page, request, template, record, *, kind, title, **context):
    related = list(context.get("screenings", [])) + list(context.get("films", []))
    return page.render(
        request,
        template=f"archive/{template}.html",
        context_overrides={
            "record": record,
            "kind": kind,
            "record_title": title,
            "archive_url": page.get_url(request),
            "has_sample": record.is_sample or any(item.is_sample for item in related),
            **context,
        },
    )


def _newest(queryset):
    return with_row_details(listing_queryset(queryset.order_by(*NEWEST_FIRST))[:RELATED_LIMIT])


# The links most events have none of: the event's query says which it has, and only those are read.
ATTACHMENTS = {
    "images": (ScreeningImage, "image"),
    "documents": (ScreeningDocument, "document"),
    "recordings": (ScreeningRecording, "media"),
}


def screening_detail(page, request, screening_id):
    screening = get_object_or_404(
        Screening.objects.select_related("series", "venue")
        .annotate(
            **{
                f"has_{name}": Exists(model.objects.filter(screening=OuterRef("pk")))
                for name, (model, _) in ATTACHMENTS.items()
            }
        )
        .prefetch_related(
            Prefetch(
                "film_links",
                queryset=ScreeningFilm.objects.select_related("film").order_by("sort_order"),
            ),
            Prefetch(
                "film_links__film__director_links",
                queryset=FilmDirector.objects.select_related("person").order_by("sort_order"),
            ),
            Prefetch(
                "guest_links",
                queryset=ScreeningGuest.objects.select_related("person").order_by("sort_order"),
            ),
            Prefetch("tagged_items", queryset=ScreeningTag.objects.select_related("tag")),
        ),
        pk=screening_id,
    )
    films = [link.film.title for link in screening.film_links.all()]
    user = request.user
    images, documents, links = (_attached(screening, name) for name in ATTACHMENTS)
    hearable = {media.pk for media in open_media([link.media for link in links], user)}
    recordings = [link for link in links if link.media_id in hearable]
    talks = [(interview, interview.passages_for(user)) for interview in _talks(screening, user)]
    return _render(
        page,
        request,
        "screening_detail",
        screening,
        kind=screening.get_event_type_display(),
        title=screening.name_in(visitor_language(), films),
        screening=screening,
        images=images,
        documents=documents,
        recordings=recordings,
        talks=talks,
    )


def _attached(screening, name):
    """The event's links of one kind of ATTACHMENTS, with what they link to, in their order."""
    model, target = ATTACHMENTS[name]
    if not getattr(screening, f"has_{name}"):
        return []
    links = model.objects.filter(screening=screening).select_related(target)
    return list(links.order_by("sort_order"))


def _talks(screening, user):
    """
    The event's interviews the user may see. Which events have any is remembered with the page
    tree (interviews are pages), so that the page of an event without one asks nothing.
    """
    with_talks = page_tree.remembered(
        "events with talks",
        lambda: set(
            Screening.objects.filter(interviews__isnull=False).values_list("pk", flat=True)
        ),
    )
    if screening.pk not in with_talks:
        return []
    return screening.interviews.live().filter(listed_q(user)).order_by("pk")


def film_detail(page, request, slug):
    film = get_object_or_404(
        Film.objects.prefetch_related(
            Prefetch(
                "director_links",
                queryset=FilmDirector.objects.select_related("person").order_by("sort_order"),
            ),
            "tagged_items__tag",
        ),
        slug=slug,
    )
    screenings = Screening.objects.filter(film_links__film=film)
    return _render(
        page,
        request,
        "film_detail",
        film,
        kind=_("Film"),
        title=str(film),
        film=film,
        screenings=_newest(screenings),
        screening_count=screenings.count(),
    )


def person_detail(page, request, slug):
    people = Person.objects.visible_to(request.user)
    person = get_object_or_404(people.select_related("portrait"), slug=slug)
    films = (
        Film.objects.filter(director_links__person=person)
        .annotate(screening_count=Count("screenings", distinct=True))
        .order_by("year", "title")
    )
    appearances = Screening.objects.filter(id__in=person_event_ids(pk=person.pk))
    return _render(
        page,
        request,
        "person_detail",
        person,
        kind=_("Person"),
        title=person.name,
        person=person,
        films=list(films[:RELATED_LIMIT]),
        screenings=_newest(appearances),
        screening_count=appearances.count(),
    )


def series_detail(page, request, slug):
    series = get_object_or_404(Series, slug=slug)
    screenings = Screening.objects.filter(series=series)
    return _render(
        page,
        request,
        "series_detail",
        series,
        kind=_("Series"),
        title=series.display_title,
        series=series,
        screenings=_newest(screenings),
        screening_count=screenings.count(),
    )
