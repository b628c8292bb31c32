"""
The site's editorial pages as schema.org: the home page is the `WebSite` with its `SearchAction`,
a history chapter an `Article`, an exhibition an `ExhibitionEvent` with its `VisualArtwork`s, and
any other page (section, listing, search) a `WebPage` of the site.
"""

from linked_data.dicts import compact
from linked_data.schema_org.common import (
    PUBLISHER,
    SITE_NAME,
    absolute,
    language,
    partial,
    record_id,
    website_id,
)
from linked_data.schema_org.programme import venue
from search.models import SearchPage


def _page_url(page, context):
    return absolute(context["request"], page.get_url(context["request"]))


def website(page, context):
    """
    The site of this language, with its search: the search page is one of the sections the
    home page lists (read once, for the page and for this); a query only if it is not.
    """
    request = context["request"]
    sections = context.get("sections") or []
    search = next((section for section in sections if isinstance(section, SearchPage)), None)
    if search is None:
        search = SearchPage.objects.live().filter(locale_id=page.locale_id).first()
    action = None
    if search is not None:
        target = absolute(request, search.get_url(request)) + "?q={search_term_string}"
        action = {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": target},
            "query-input": "required name=search_term_string",
        }
    return compact(
        {
            "@type": "WebSite",
            "@id": website_id(request),
            "url": _page_url(page, context),
            "name": SITE_NAME,
            "description": page.search_description or page.summary,
            "inLanguage": language(),
            "publisher": PUBLISHER,
            "potentialAction": action,
        }
    )


def chapter(page, context):
    url = _page_url(page, context)
    return compact(
        {
            "@type": "Article",
            "@id": record_id(page),
            "url": url,
            "headline": page.title,
            "description": page.summary,
            "temporalCoverage": f"{page.period_start}/{page.period_end}",
            "inLanguage": language(),
            "publisher": PUBLISHER,
            "isPartOf": {"@id": website_id(context["request"])},
        }
    )


def _artist(artist, urls, request):
    person = {"@type": "Person", "name": artist.name}
    if urls.get(artist.pk):
        person["@id"] = record_id(artist)
        person["url"] = absolute(request, urls[artist.pk])
    return person


def exhibition(page, context):
    """The exhibition with the works the page shows (`artworks`, `artist_links` of its view)."""
    request = context["request"]
    urls = {artist.pk: url for artist, url in context.get("artist_links", [])}
    url = _page_url(page, context)
    works = [
        compact(
            {
                "@type": "VisualArtwork",
                "name": artwork.title,
                "dateCreated": str(artwork.year) if artwork.year else None,
                "artMedium": artwork.medium,
                "creator": _artist(artwork.artist, urls, request),
            }
        )
        for artwork in context.get("artworks", [])
    ]
    return compact(
        {
            "@type": "ExhibitionEvent",
            "@id": record_id(page),
            "url": url,
            "name": page.title,
            "description": page.summary,
            "startDate": partial(page.partial_date),
            "location": venue(page.venue),
            "inLanguage": language(),
            "contributor": [
                _artist(artist, urls, request) for artist, _url in context.get("artist_links", [])
            ],
            "workFeatured": works,
            "isPartOf": {"@id": website_id(request)},
        }
    )


def web_page(page, context):
    url = _page_url(page, context)
    return compact(
        {
            "@type": "WebPage",
            "@id": record_id(page),
            "url": url,
            "name": page.title,
            "description": getattr(page, "summary", "") or page.search_description,
            "inLanguage": language(),
            "isPartOf": {"@id": website_id(context["request"])},
        }
    )
