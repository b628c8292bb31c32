"""
CSL items of the programme's records.

An event (a screening, a talk, a festival day) is CSL 1.0.2's `event` type, with its date as both
`issued` and `event-date`, and its venue as `event-place`: what is cited is what happened that
evening, not a film or a web page (`performance` is kept for performances, which CSL names so).
A film is a `motion_picture` with its directors as its authors (CSL 1.0.2's `director` is
unknown to citeproc-py, and Zotero reads either); a person, a series and a venue are the archive's
`entry` about them, the type CSL gives an article of a reference work.

The records are named as La Clef named them, in French: their items say so (`language`), so that
the styles do not title-case them as English titles; a series or a venue with an English name
shown on English pages is cited by it, in English.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from archive.programme.models import EventType
from identifiers.citation.common import RECORDS_LANGUAGE, base_item, name, partial

# Who put the event on: named as its author, so that the styles do not put its title in the
# author's place and repeat it ("Attica. 2019. Attica.").
ORGANISER = "La Clef"


def event(screening):
    films = [link.film.title for link in screening.film_links.all()]
    venue = screening.venue.display_name if screening.venue else ""
    title = str(screening.name_in(get_language(), films))
    csl_type = "performance" if screening.event_type == EventType.PERFORMANCE else "event"
    date = partial(screening)
    return base_item(
        screening,
        csl_type,
        title,
        author=[{"literal": ORGANISER}],
        genre=str(screening.get_event_type_display()),
        issued=date,
        **{"event-date": date, "event-place": venue},
        archive=_("La Clef programme"),
        language=RECORDS_LANGUAGE,
    )


def film(film):
    directors = [
        name(link.person.name, link.person.sort_name) for link in film.director_links.all()
    ]
    return base_item(
        film,
        "motion_picture",
        film.title,
        author=directors,
        **{"original-title": film.original_title},
        issued={"date-parts": [[film.year]]} if film.year else None,
        language=RECORDS_LANGUAGE,
    )


def entry(record, title, note="", translated=False):
    return base_item(
        record,
        "entry",
        title,
        **{"container-title": _("La Clef Archive: the programme")},
        note=note,
        language=get_language() if translated else RECORDS_LANGUAGE,
    )


def person(person):
    return entry(person, person.name)


def series(series):
    return entry(series, str(series.display_title), series.years, translated=bool(series.title_en))


def venue(venue):
    return entry(venue, venue.display_name, venue.address, translated=bool(venue.name_en))
