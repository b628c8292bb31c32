"""Links to the archive's records, below the archive page that shows them."""

from functools import lru_cache

from django import template
from django.utils.html import conditional_escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from archive.programme.models import EventType, Film, Person, Role, Screening, Series
from base.i18n import visitor_language

register = template.Library()

ROUTES = {Film: "film", Person: "person", Series: "series", Screening: "screening"}
PLACEHOLDER = "0000000000"
EVENT_TYPE_LABELS = dict(EventType.choices)
ROLE_LABELS = dict(Role.choices)


@lru_cache(maxsize=64)
def _route_pattern(page_class, name):
    """The route's path with a placeholder for the record: reversed once, not once per link."""
    kwarg = "screening_id" if name == "screening" else "slug"
    return page_class.get_resolver().reverse(name, **{kwarg: PLACEHOLDER})


def _url_maker(context, name):
    """A function giving a record's address from its key, with the route reversed once."""
    prefix, _placeholder, suffix = conditional_escape(
        context["archive_url"] + _route_pattern(type(context["page"]), name)
    ).partition(PLACEHOLDER)
    return lambda key: f"{prefix}{conditional_escape(key)}{suffix}"


@register.simple_tag(takes_context=True)
def record_url(context, record):
    """The record's address below the current archive page, e.g. /en/archive/films/attica/."""
    name = ROUTES[type(record)]
    return route_url(context, name, record.pk if name == "screening" else record.slug)


@register.simple_tag(takes_context=True)
def route_url(context, name, key):
    """A record's address from its route and key, e.g. {% route_url "film" slug %}."""
    pattern = _route_pattern(type(context["page"]), name)
    return context["archive_url"] + pattern.replace(PLACEHOLDER, str(key))


@register.filter
def event_type_label(event_type):
    """
    An event type's name: what `get_event_type_display` gives, without hashing every label of
    the choices (each one a translation) for each row of the programme table.
    """
    return str(EVENT_TYPE_LABELS.get(event_type) or event_type)


@register.filter
def event_name(screening):
    """What a row of the programme table calls its event (`Screening.name_in`), in its films."""
    return screening.name_in(visitor_language(), [film[1] for film in screening.row_films])


def text_html(text):
    """
    A `Localized` name as includes/archive_text.html writes it (without `prose`): a fallback in
    its `lang`, with its notice.
    """
    esc = conditional_escape
    if not text.is_fallback:
        return esc(text.text)
    return (
        f'<span lang="{text.language}">{esc(text.text)}</span> '
        f'<span class="archive-fallback">({esc(text.notice)})</span>'
    )


@register.filter
def role_label(role):
    """A guest's role as shown in a row of the programme table: "guest", "moderator"."""
    return str(ROLE_LABELS.get(role) or role).lower()


@register.simple_tag(takes_context=True)
def listing_url(context, **params):
    """The archive listing filtered by `params`, e.g. {% listing_url film=film.slug %}."""
    return f"{context['archive_url']}?{urlencode(params)}"


@register.simple_tag(takes_context=True)
def screening_rows(context, screenings, **labels):
    """
    The rows of the programme table (events given by
    `archive.programme.listing.rows.with_row_details`), built in Python: the markup of
    includes/archive_screening_rows.html, several times faster than that template renders it
    (bench/programme_table.py; tests/programme/test_archive_table.py checks both give the same
    rows). `labels` are the translated column names and words, given by the template.
    """
    esc = conditional_escape
    screening_url = _url_maker(context, "screening")
    film_url = _url_maker(context, "film")
    person_url = _url_maker(context, "person")
    series_url = _url_maker(context, "series")
    date_label = esc(labels["date"])
    event_label = esc(labels["event"])
    films_label = esc(labels["films"])
    guests_label = esc(labels["guests"])
    place_label = esc(labels["place"])
    sample_badge = f' <span class="archive-badge">{esc(labels["sample"])}</span>'
    no_film = f'<span class="programme__none">{esc(labels["no_film"])}</span>'
    none = '<span class="programme__none">—</span>'
    event_types = {value: esc(label) for value, label in EventType.choices}
    roles = {value: esc(str(label).lower()) for value, label in Role.choices}
    language = visitor_language()
    rows = []
    for screening in screenings:
        time = (
            f'<br><span class="programme__time">{screening.time.strftime("%H:%M")}</span>'
            if screening.time
            else ""
        )
        films, titles = [], []
        for slug, title, year, directors in screening.row_films:
            titles.append(title)
            year = f" ({year})" if year else ""
            names = ", ".join(esc(name) for name in directors)
            by = f'<span class="programme__by"> — {names}</span>' if directors else ""
            films.append(
                f'<span class="programme__film"><a href="{film_url(slug)}"><cite>'
                f"{esc(title)}</cite></a>{year}{by}</span>"
            )
        guests = []
        for slug, name, role in screening.row_guests:
            role = roles.get(role) or esc(role.lower())
            guests.append(
                f'<a href="{person_url(slug)}">{esc(name)}</a> '
                f'<span class="programme__role">({role})</span>'
            )
        series, venue = screening.series, screening.venue
        place = []
        if series:
            title = text_html(series.display_title)
            place.append(f'<a href="{series_url(series.slug)}">{title}</a>')
        if series and venue:
            place.append("<br>")
        if venue:
            place.append(f'<span class="programme__venue">{esc(venue.display_name)}</span>')
        badge = sample_badge if screening.is_sample else ""
        kind = event_types.get(screening.event_type) or esc(screening.event_type)
        name = text_html(screening.name_in(language, titles))
        rows.append(
            "<tr>"
            f'<td class="programme__date" data-label="{date_label}">'
            f"{esc(screening.dates.display())}{time}</td>"
            f'<td class="programme__event" data-label="{event_label}">'
            f'<a href="{screening_url(screening.pk)}">{name}</a><br>'
            f'<span class="programme__type">{kind}</span>{badge}</td>'
            f'<td data-label="{films_label}">{"".join(films) or no_film}</td>'
            f'<td data-label="{guests_label}">{", ".join(guests) or none}</td>'
            f'<td data-label="{place_label}">{"".join(place) or none}</td>'
            "</tr>"
        )
    return mark_safe("\n".join(rows))  # noqa: S308 -- every value above is escaped


@register.simple_tag
def facet_options(facet):
    """
    A filter's `<option>`s, built in Python: the markup of includes/archive_facet_options.html,
    several times faster than that template renders the (up to two hundred) options of a listing.
    """
    esc = conditional_escape
    return mark_safe(  # noqa: S308 -- every value is escaped
        "".join(
            f'<option value="{esc(option.value)}"{" selected" if option.selected else ""}>'
            f"{esc(option.label)} ({option.count})</option>"
            for option in facet.options
        )
    )
