"""
The programme's records as schema.org: an event (`ScreeningEvent` when films were shown, `Event`
otherwise), a `Movie`, a `Person`, an `EventSeries`, and a venue as a `MovieTheater` when it
is a cinema, a `Place` otherwise (a wall, a gallery).

Everything is read from what the detail view fetched already (its select_related and prefetches),
so a description costs no query. Each record's address is the one the page links it by.
"""

from archive.programme.models.places import VenueKind
from archive.templatetags.archive_tags import route_url
from base.i18n import in_language
from linked_data.dicts import compact
from linked_data.schema_org.common import absolute, partial, record_id, split_list

ROUTE_KEYS = {"screening": "pk", "film": "slug", "person": "slug", "series": "slug"}


def written_in_visitor_language(localized):
    """A description only in the page's own language: another language's would be mislabelled."""
    return None if localized.is_fallback else localized.text or None


def _url(context, name, record):
    path = route_url(context, name, getattr(record, ROUTE_KEYS[name]))
    return absolute(context["request"], path)


def person_reference(context, person):
    url = _url(context, "person", person)
    return {"@type": "Person", "@id": record_id(person), "url": url, "name": person.name}


def same_as(wikidata_id, imdb_id, imdb_kind):
    links = []
    if wikidata_id:
        links.append(f"https://www.wikidata.org/wiki/{wikidata_id}")
    if imdb_id:
        links.append(f"https://www.imdb.com/{imdb_kind}/{imdb_id}/")
    return links


def venue(venue_record):
    """A venue as a `MovieTheater` or a `Place`, with the street address its record gives."""
    if venue_record is None:
        return None
    address = None
    if venue_record.address:
        address = {"@type": "PostalAddress", "streetAddress": venue_record.address}
    kind = "MovieTheater" if venue_record.kind == VenueKind.CINEMA else "Place"
    return compact({"@type": kind, "name": venue_record.display_name, "address": address})


def movie(context, film, full=False):
    url = _url(context, "film", film)
    data = {
        "@type": "Movie",
        "@id": record_id(film),
        "url": url,
        "name": film.title,
        "alternateName": film.original_title,
        "dateCreated": str(film.year) if film.year else None,
        "director": [person_reference(context, link.person) for link in film.director_links.all()],
    }
    if full:
        data.update(
            {
                "description": written_in_visitor_language(
                    in_language(film.synopsis, film.synopsis_en)
                ),
                "countryOfOrigin": [
                    {"@type": "Country", "name": name} for name in split_list(film.countries)
                ],
                "inLanguage": split_list(film.languages),
                "duration": f"PT{film.runtime}M" if film.runtime else None,
                "keywords": [item.tag.name for item in film.tagged_items.all()],
                "sameAs": same_as(film.wikidata_id, film.imdb_id, "title"),
            }
        )
    return compact(data)


def series_reference(context, series):
    url = _url(context, "series", series)
    return compact(
        {
            "@type": "EventSeries",
            "@id": record_id(series),
            "url": url,
            "name": str(series.display_title),
            "startDate": str(series.start_year) if series.start_year else None,
            "endDate": str(series.end_year) if series.end_year else None,
        }
    )


def start_date(screening):
    """The date at its precision; with the time of day when the day and the time are known."""
    date = partial(screening.partial_date)
    if screening.time and screening.date_precision == "day":
        return f"{date}T{screening.time:%H:%M}"
    return date


def screening(screening_record, context):
    films = [link.film for link in screening_record.film_links.all()]
    url = _url(context, "screening", screening_record)
    return compact(
        {
            "@type": "ScreeningEvent" if films else "Event",
            "@id": record_id(screening_record),
            "url": url,
            "name": str(context.get("record_title") or screening_record),
            "startDate": start_date(screening_record),
            "location": venue(screening_record.venue),
            "workPresented": [movie(context, film) for film in films],
            "superEvent": (
                series_reference(context, screening_record.series)
                if screening_record.series
                else None
            ),
            "performer": [
                person_reference(context, link.person)
                for link in screening_record.guest_links.all()
            ],
            "keywords": [item.tag.name for item in screening_record.tagged_items.all()],
        }
    )


def film(film_record, context):
    return movie(context, film_record, full=True)


def person(person_record, context):
    url = _url(context, "person", person_record)
    return compact(
        {
            "@type": "Person",
            "@id": record_id(person_record),
            "url": url,
            "name": person_record.name,
            "description": written_in_visitor_language(
                in_language(person_record.biography, person_record.biography_en)
            ),
            "sameAs": same_as(person_record.wikidata_id, person_record.imdb_id, "name"),
        }
    )


def series(series_record, context):
    return compact(
        {
            **series_reference(context, series_record),
            "description": written_in_visitor_language(series_record.display_description),
        }
    )
