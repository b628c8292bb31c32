"""
What the media page shows: every image, recording and document, filtered and counted, and a page
per item.

Images, recordings and documents live in three tables. The listing reads the matching ids and
dates of each (three small queries), sorts them together, and fetches only the thirty items of the
page, so that the number of queries stays the same whatever the number of items. Access follows
the oral history's rules (`archive.access`): a closed item is a 404 and is never counted; a
registered or embargoed item shows its description, not its file.
"""

import datetime

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from archive.media import restrictions
from archive.media.files import media_is_open_to, open_media
from archive.media.models import ArchiveDocument, ArchiveImage, ArchiveMedia
from archive.media.transcript_pdf import Line, Transcript, pdf, reference_of
from base import sections
from base.access import is_editor, listed_q
from base.i18n import localized

PER_PAGE = 30
THUMBNAIL = "fill-400x300"
KINDS = {
    "image": gettext_lazy("Images"),
    "audio": gettext_lazy("Audio"),
    "video": gettext_lazy("Video"),
    "document": gettext_lazy("Documents"),
}
KIND_NAMES = {
    "image": gettext_lazy("Image"),
    "audio": gettext_lazy("Audio"),
    "video": gettext_lazy("Video"),
    "document": gettext_lazy("Document"),
}
ROUTES = {"image": "image", "audio": "av", "video": "av", "document": "document"}
FILTERS = ("kind", "year", "person", "series", "tag")
FACET_LABELS = {
    "kind": gettext_lazy("Kind"),
    "year": gettext_lazy("Year"),
    "person": gettext_lazy("Person"),
    "series": gettext_lazy("Series"),
    "tag": gettext_lazy("Tag"),
}


def listed_media(user):
    """Recordings a listing may show: not closed, and not closed by another domain's rule."""
    media = ArchiveMedia.objects.filter(listed_q(user))
    if is_editor(user):
        return media
    return restrictions.unlisted(media, user)


class MediaFilter:
    """The filters of the listing, read from the query string, and the counts beside them."""

    def __init__(self, params, user):
        self.user = user
        self.values = {name: params.get(name, "").strip() for name in FILTERS}
        if self.values["kind"] not in KINDS:
            self.values["kind"] = ""
        if not self.values["year"].isdigit():
            self.values["year"] = ""

    @property
    def active(self):
        return {name: value for name, value in self.values.items() if value}

    def querysets(self, without=None):
        """(images, recordings, documents) matching every filter but `without`."""
        images = ArchiveImage.objects.filter(listed_q(self.user))
        media = listed_media(self.user)
        documents = ArchiveDocument.objects.filter(listed_q(self.user))
        values = {name: value for name, value in self.active.items() if name != without}
        kind = values.get("kind")
        if kind:
            if kind != "image":
                images = images.none()
            media = media.filter(type=kind) if kind in ("audio", "video") else media.none()
            if kind != "document":
                documents = documents.none()
        lookups = {
            "year": "date__year",
            "person": "related_people__slug",
            "series": "related_series__slug",
            "tag": "tags__slug",
        }
        for name, lookup in lookups.items():
            if name in values:
                images = images.filter(**{lookup: values[name]})
                media = media.filter(**{lookup: values[name]})
                documents = documents.filter(**{lookup: values[name]})
        return images, media, documents

    def rows(self):
        """[(kind, pk)] of every match, newest first, undated last."""
        images, media, documents = self.querysets()
        rows = [("image", *row) for row in images.values_list("pk", "date", "title")]
        rows += media.values_list("type", "pk", "date", "title")
        rows += [("document", *row) for row in documents.values_list("pk", "date", "title")]
        rows.sort(
            key=lambda row: (
                row[2] is None,
                -(row[2] or datetime.date.min).toordinal(),
                row[3].lower(),
                row[1],
            )
        )
        return [(kind, pk) for kind, pk, _date, _title in rows]

    def facets(self):
        """{filter: [(value, label, count, selected)]}, each counted under the other filters."""
        facets = {}
        images, media, documents = self.querysets(without="kind")
        counts = {"image": images.count(), "document": documents.count()}
        counts.update(media.values_list("type").annotate(n=Count("pk")).order_by())
        facets["kind"] = [(value, label, counts.get(value, 0)) for value, label in KINDS.items()]
        facets["year"] = self._merged(
            "year", ("date__year",), lambda row: (str(row[0]), str(row[0])), reverse=True
        )
        facets["person"] = self._merged(
            "person",
            ("related_people__slug", "related_people__name", "related_people__sort_name"),
            lambda row: (row[0], row[1], row[2]),
        )
        facets["series"] = self._merged(
            "series",
            ("related_series__slug", "related_series__title", "related_series__title_en"),
            lambda row: (row[0], localized(row[1], row[2])),
        )
        facets["tag"] = self._merged("tag", ("tags__slug", "tags__name"), lambda row: row[:2])
        return [
            {
                "name": name,
                "label": FACET_LABELS[name],
                "options": [
                    {
                        "value": value,
                        "label": label,
                        "count": count,
                        "selected": value == self.values[name],
                    }
                    for value, label, count in options
                    if count
                ],
            }
            for name, options in facets.items()
        ]

    def _merged(self, name, fields, key, reverse=False):
        counts, labels, sort = {}, {}, {}
        for queryset in self.querysets(without=name):
            rows = (
                queryset.exclude(**{f"{fields[0]}__isnull": True})
                .values_list(*fields)
                .annotate(n=Count("pk", distinct=True))
                .order_by()
            )
            for row in rows:
                value, label, *rest = key(row[:-1])
                counts[value] = counts.get(value, 0) + row[-1]
                labels[value] = label
                sort[value] = (rest[0] if rest else label).lower()
        ordered = sorted(counts, key=lambda value: sort[value], reverse=reverse)
        return [(value, labels[value], counts[value]) for value in ordered]

    def query_string(self, **changes):
        values = {**self.active, **changes}
        return urlencode({name: value for name, value in values.items() if value})


def listing(page, request):
    media_filter = MediaFilter(request.GET, request.user)
    paginator = Paginator(media_filter.rows(), PER_PAGE)
    page_of_rows = paginator.get_page(request.GET.get("page"))
    image_ids = [pk for kind, pk in page_of_rows if kind == "image"]
    media_ids = [pk for kind, pk in page_of_rows if ROUTES[kind] == "av"]
    document_ids = [pk for kind, pk in page_of_rows if kind == "document"]
    found = {"image": {}, "av": {}, "document": {}}
    if image_ids:
        found["image"] = {
            image.pk: image
            for image in ArchiveImage.objects.filter(pk__in=image_ids).prefetch_renditions(
                THUMBNAIL
            )
        }
    playable = set()
    if media_ids:
        found["av"] = {item.pk: item for item in ArchiveMedia.objects.filter(pk__in=media_ids)}
        playable = {item.pk for item in open_media(found["av"].values(), request.user)}
    if document_ids:
        found["document"] = {
            item.pk: item for item in ArchiveDocument.objects.filter(pk__in=document_ids)
        }
    base = page.get_url(request)
    items = []
    for kind, pk in page_of_rows:
        route = ROUTES[kind]
        item = found[route][pk]
        is_open = pk in playable if route == "av" else item.is_open_to(request.user)
        items.append(
            {
                "kind": kind,
                "label": KIND_NAMES[kind],
                "item": item,
                "is_open": is_open,
                "url": base + page.reverse_subpage(route, kwargs={"pk": pk}),
            }
        )
    return page.render(
        request,
        context_overrides={
            "media_filter": media_filter,
            "facets": media_filter.facets(),
            "results": page_of_rows,
            "items": items,
            "total": paginator.count,
            "media_url": base,
        },
    )


def _related(page, request, item):
    """Links to the archive's records this item relates to, on the archive page of its language."""
    people = list(item.related_people.all())
    screenings = list(item.related_screenings.all())
    series = list(item.related_series.all())
    if not (people or screenings or series):
        return []
    archive = sections.section_page("archive", page.locale_id)
    if archive is None:
        return []
    base = archive.get_url(request)

    def url(name, **kwargs):
        return base + archive.reverse_subpage(name, kwargs=kwargs)

    links = [(_("Person"), person.name, url("person", slug=person.slug)) for person in people]
    links += [
        (_("Event"), str(screening), url("screening", screening_id=screening.pk))
        for screening in screenings
    ]
    links += [
        (_("Series"), strand.display_title, url("series", slug=strand.slug)) for strand in series
    ]
    return links


RELATED = ("related_people", "related_screenings", "related_series", "tags")


def image_detail(page, request, pk):
    image = get_object_or_404(
        ArchiveImage.objects.filter(listed_q(request.user)).prefetch_related(*RELATED), pk=pk
    )
    return _render_detail(page, request, image, "image", image.is_open_to(request.user))


def media_detail(page, request, pk):
    media = get_object_or_404(listed_media(request.user).prefetch_related(*RELATED), pk=pk)
    return _render_detail(page, request, media, media.type, media_is_open_to(media, request.user))


def document_detail(page, request, pk):
    document = get_object_or_404(
        ArchiveDocument.objects.filter(listed_q(request.user)).prefetch_related(*RELATED), pk=pk
    )
    return _render_detail(page, request, document, "document", document.is_open_to(request.user))


def _render_detail(page, request, item, kind, is_open):
    return page.render(
        request,
        template="archive/media_item.html",
        context_overrides={
            "item": item,
            "kind": kind,
            "kind_label": KIND_NAMES[kind],
            "is_open": is_open,
            "related": _related(page, request, item),
            "media_url": page.get_url(request),
        },
    )


def attached_file(page, request, pk, field):
    """The captions or transcript of a recording, to whoever may hear the recording."""
    media = get_object_or_404(listed_media(request.user), pk=pk)
    attached = getattr(media, field)
    if not attached or not media_is_open_to(media, request.user):
        raise Http404
    content_type = "text/vtt" if field == "captions" else "text/plain"
    response = FileResponse(attached.open("rb"), content_type=f"{content_type}; charset=utf-8")
    return _attached_cache_rules(response, media)


def transcript_pdf(page, request, pk):
    """The transcript of a recording as a PDF, to whoever may read its plain text, as it is."""
    media = get_object_or_404(listed_media(request.user), pk=pk)
    if not media.transcript_file or not media_is_open_to(media, request.user):
        raise Http404
    response = HttpResponse(_transcript_pdf(media), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="transcript-{media.pk}.pdf"'
    return _attached_cache_rules(response, media)


def _attached_cache_rules(response, media):
    public = media.access_level == "public"
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response


def _transcript_pdf(media):
    """The plain-text transcript's lines under a title block, in the page's language."""
    with media.transcript_file.open("rb") as attached:
        text = attached.read().decode("utf-8", errors="replace")
    details = [
        (_("Creator"), media.creator),
        (_("Credit"), media.credit),
        (_("Date"), media.partial_date.display() if media.partial_date else ""),
        (_("Rights"), media.rights),
    ]
    reference, url = reference_of(media)
    transcript = Transcript(
        title=media.title,
        language=get_language(),
        details=tuple((label, value) for label, value in details if value),
        lines=tuple(Line("", "", line.strip()) for line in text.splitlines() if line.strip()),
        reference=reference,
        permanent_url=url,
    )
    return pdf(transcript, shareable=media_is_open_to(media, AnonymousUser()))
