"""
Which archive event a suggested row is, matched as the programme import matches a row without
an identifier: the same film (`FilmIndex`, the importer's own title-and-year rule) shown on the
same day; an event without a film matches on its day and title.
"""

from collections import defaultdict

from archive.programme.importing import FilmIndex
from archive.programme.models import Screening
from leaflets.parsing import fold


def events_on(dates):
    """{day: [events that day, with their films]} in one query and its prefetch."""
    by_day = defaultdict(list)
    if dates:
        for screening in Screening.objects.filter(date__in=set(dates)).prefetch_related(
            "film_links__film"
        ):
            by_day[screening.date].append(screening)
    return by_day


def match(row_date, title, film_year, by_day, films):
    """The event of `by_day` that a row (its day, title and film year) is, or None."""
    if row_date is None or not title:
        return None
    film_id = films.find(title, film_year)
    for screening in by_day.get(row_date, ()):
        film_ids = {link.film_id for link in screening.film_links.all()}
        if film_id is not None and film_id in film_ids:
            return screening
        if not film_ids and fold(screening.title) == fold(title):
            return screening
    return None


def find_existing(rows):
    """{position of a parser `Row`: the existing event it is}."""
    by_day = events_on([row.date for row in rows if row.date])
    if not by_day:
        return {}
    films = FilmIndex()
    matches = {}
    for position, row in enumerate(rows):
        screening = match(row.date, row.title, row.film_year, by_day, films)
        if screening is not None:
            matches[position] = screening
    return matches
