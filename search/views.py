"""The search page's context, its JSON twin, and the autocomplete endpoint."""

from django.http import JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from base.querystring import changed_query_string
from search import querylog
from search.presentation import SectionPages, present
from search.query import FACETS, PER_PAGE, ArchiveSearch, suggest

FACET_LABELS = {
    "type": _("Type"),
    "decade": _("Decade"),
    "year": _("Year"),
    "event": _("Event type"),
    "series": _("Series"),
    "person": _("Person"),
    "venue": _("Venue"),
    "country": _("Country"),
    "language": _("Language"),
    "tag": _("Tag"),
    "has": _("Has"),
}
HAS_LABELS = {"recording": _("a recording"), "transcript": _("a transcript")}
PARAMETERS = ("q", *FACETS, "from", "to", "sort")


def _query_string(request, **changes):
    return changed_query_string(request.GET, PARAMETERS, **changes)


def _facets(search, request):
    facets = []
    for name, options in search.facet_counts.items():
        selected = search.filters.get(name)
        facets.append(
            {
                "name": name,
                "label": FACET_LABELS[name],
                "options": [
                    {
                        "value": value,
                        "label": str(HAS_LABELS.get(value, label)) if name == "has" else label,
                        "count": count,
                        "selected": value == selected,
                        "query": _query_string(
                            request, **{name: None if value == selected else value, "page": None}
                        ),
                    }
                    for value, label, count in options
                ],
                "more": search.facet_more.get(name, 0),
            }
        )
    return facets


def _promotions(search):
    """Editors' promoted results for this query; a promoted page in the visitor's language."""
    if not search.query or search.page_number > 1:
        return []
    query_string = normalise_query_string(search.query)
    promotions = []
    for promotion in (
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page__locale")
        .order_by("sort_order")
    ):
        page = promotion.page
        if page is not None and page.locale.language_code != search.language:
            page = page.get_translation_or_none(Locale.objects.get(language_code=search.language))
        if promotion.page is not None and (page is None or not page.live):
            continue
        promotions.append(
            {
                "title": page.title if page else promotion.title,
                "url": page.url if page else promotion.link,
                "description": promotion.description,
            }
        )
    return promotions


def _run(request, language):
    search = ArchiveSearch(request.GET, user=request.user, language=language)
    sections = SectionPages(language)
    results = [present(result, search.terms, sections) for result in search.results]
    if search.query:
        querylog.record(search.query, search.total)
    return search, results


def search_context(request, language):
    search, results = _run(request, language)
    return {
        "search": search,
        "query": search.query,
        "results": results,
        "first_number": (min(search.page_number, search.page_count) - 1) * PER_PAGE + 1,
        "facets": _facets(search, request) if search.is_active else [],
        "promotions": _promotions(search),
        "previous_query": _query_string(request, page=search.page_number - 1)
        if search.page_number > 1
        else "",
        "next_query": _query_string(request, page=search.page_number + 1)
        if search.page_number < search.page_count
        else "",
        "sort_options": [
            ("relevance", _("Relevance")),
            ("-date", _("Newest first")),
            ("date", _("Oldest first")),
        ],
        "hidden_filters": [
            (name, value)
            for name, value in request.GET.items()
            if name in PARAMETERS and name not in ("q", "sort")
        ],
    }


def search_json(request):
    """The documented shape of docs/search.md; a change to it is a change to that document."""
    search, results = _run(request, get_language())
    return {
        "query": search.query,
        "total": search.total,
        "page": min(search.page_number, search.page_count),
        "pages": search.page_count if search.total else 0,
        "per_page": PER_PAGE,
        "sort": search.sort,
        "filters": {
            **search.filters,
            **{name: date.isoformat() for name, date in search.dates.items()},
        },
        "errors": search.errors,
        "promotions": _promotions(search),
        "facets": {
            facet["name"]: [
                {key: option[key] for key in ("value", "label", "count", "selected")}
                for option in facet["options"]
            ]
            for facet in _facets(search, request)
        }
        if search.is_active
        else {},
        "results": [
            {
                "type": result["type"],
                "title": result["title"],
                "title_language": result["title_language"] or None,
                "url": request.build_absolute_uri(result["url"]) if result["url"] else None,
                "excerpt": result["excerpt"],
                "date": result["date"],
                "start": result["start"],
                "speaker": result["speaker"] or None,
                "context": result["context"] or None,
            }
            for result in results
        ],
    }


@require_GET
def autocomplete(request):
    """`/search/autocomplete/?q=cel` -> the titles that start with it, for the search box."""
    language = request.GET.get("lang") or get_language()
    if language not in ("fr", "en"):
        language = "fr"
    sections = SectionPages(language)
    suggestions = [
        {
            "title": document.title_en
            if language == "en" and document.title_en
            else document.title,
            "type": document.type,
            "url": sections.url(document.url),
        }
        for document in suggest(request.GET.get("q", ""), request.user, language)
    ]
    response = JsonResponse({"query": request.GET.get("q", ""), "suggestions": suggestions})
    response["Cache-Control"] = "private, max-age=60"
    return response
