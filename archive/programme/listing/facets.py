"""
The options shown beside each filter of the programme listing (`Facet`, `Option`), and how they
are named: the records' slugs and labels, read for every filter in one query (`named_options`).
"""

from dataclasses import dataclass

from django.db import connection
from taggit.models import Tag

from archive.programme.models import Film, FilmDirector, Person, ScreeningGuest, Series, Venue
from base.i18n import localized

FACET_LIMIT = 30

# How each filter's options are named: the records' model, the two columns a label is made of
# (the second read as text, or none), and the label made of them.
OPTION_LABELS = {
    "series": (Series, "title", "title_en", localized),
    "venue": (Venue, "name", "name_en", localized),
    "person": (Person, "name", None, lambda name, _none: name),
    "film": (Film, "title", "year", Film.label),
    "tag": (Tag, "name", None, lambda name, _none: name),
}

# A person chosen in the query string is named only if the programme links to them (a guest, a
# director): the options counted are those people, who are public by these links
# (`archive.programme.visibility`), and the counts are cached until a programme record changes,
# which a link from another domain (an interview that closes) is not.
PROGRAMME_PEOPLE = (
    f"SELECT person_id FROM {ScreeningGuest._meta.db_table} "  # noqa: S608
    f"UNION SELECT person_id FROM {FilmDirector._meta.db_table}"
)


def named_options(wanted):
    """
    {filter: {id: (slug, label)}} of the records `wanted` names, {filter: (ids, selected slug)},
    read as plain values in one query: model instances are slow to build for a hundred options
    (films and people are clusterable), and a query per filter is five compilations by the ORM.
    """
    named = {name: {} for name in wanted}
    branches, params = [], []
    for name, (ids, selected) in wanted.items():
        model, first, second, _label = OPTION_LABELS[name]
        ids = list(ids)
        conditions = [f"id IN ({', '.join(['%s'] * len(ids))})"] if ids else []
        if selected:
            public = f" AND id IN ({PROGRAMME_PEOPLE})" if name == "person" else ""
            conditions.append(f"(slug = %s{public})")
        if not conditions:
            continue
        params += [*ids, selected] if selected else ids
        branches.append(
            f"SELECT '{name}', id, slug, {first}, CAST({second or 'NULL'} AS TEXT) "  # noqa: S608
            f"FROM {model._meta.db_table} WHERE {' OR '.join(conditions)}"
        )
    if branches:
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(branches), params)
            for name, pk, slug, first, second in cursor.fetchall():
                named[name][pk] = (slug, OPTION_LABELS[name][3](first, second))
    return named


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool = False

    def __post_init__(self):
        # Options are cached per language as plain text: a lazy translation is slow to unpickle
        # (a class is made for each), and a listing's facets hold up to two hundred labels.
        self.label = str(self.label)


@dataclass
class Facet:
    name: str
    label: str
    any_label: str
    options: list
    limited: bool = False

    def __post_init__(self):
        self.label, self.any_label = str(self.label), str(self.any_label)  # as Option's label
