"""
`load_la_clef`'s programme: the venues, series, films, people and events of La Clef's three
source documents (`archive.programme.seed_data`, where each fact cites its source), and the
archive section page.

Every record goes through the `Seeder`, so that running the loader again changes nothing and
never overwrites an editor's change; an object an earlier version of the loader wrote, and no
editor touched since, is brought up to date (`archive.programme.seed_history`).
"""

from django.utils.text import slugify
from taggit.models import Tag

from archive.programme.models import (
    Film,
    Person,
    Role,
    Screening,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
    Series,
    Venue,
)
from archive.programme.models.people import default_sort_name
from archive.programme.pages import ArchiveIndexPage
from archive.programme.seed_data import (  # the citations, also read by exhibitions' seeds
    DEBATE_DIRECTORS,
    ENCYCLOPEDIA,
    FESTIVAL_SUPPORTERS,
    FILMS,
    FUNDRAISING,
    MADMOIZELLE,
    PALAIS_DE_TOKYO_ARTISTS,
    SCREENINGS,
    SERIES,
    SORT_NAMES,
    VENUES,
)
from archive.programme.seed_history import earlier
from base import seeding
from base.seeding import load_section

__all__ = [
    "ENCYCLOPEDIA",
    "FUNDRAISING",
    "MADMOIZELLE",
    "PALAIS_DE_TOKYO_ARTISTS",
    "SECTION",
    "load_archive_section",
    "load_programme",
]


def _slug(name):
    return slugify(name)


@seeding.loader(seeding.CONTENT + 0)
def load_programme(seeder, sections):
    """Load the venues, series, films, people and events of the sources."""
    venues = {
        slug: seeder.record(
            f"archive:venue:{slug}",
            model=Venue,
            fields={"slug": slug, **fields},
            lookup={"slug": slug},
            earlier=earlier(f"archive:venue:{slug}"),
        )
        for slug, fields in VENUES.items()
    }
    series = {
        slug: seeder.record(
            f"archive:series:{slug}",
            model=Series,
            fields={"slug": slug, **fields},
            lookup={"slug": slug},
            earlier=earlier(f"archive:series:{slug}"),
        )
        for slug, fields in SERIES.items()
    }
    films = {
        slug: seeder.record(
            f"archive:film:{slug}",
            model=Film,
            fields={"slug": slug, **fields},
            lookup={"slug": slug},
            earlier=earlier(f"archive:film:{slug}"),
        )
        for slug, fields in FILMS.items()
    }
    people = {}
    for name, source in DEBATE_DIRECTORS:
        people[name] = _person(seeder, name, [Role.DIRECTOR, Role.GUEST], source)
    for name in FESTIVAL_SUPPORTERS:
        people[name] = _person(seeder, name, [Role.GUEST], ENCYCLOPEDIA)
    for name in PALAIS_DE_TOKYO_ARTISTS:
        people[name] = _person(seeder, name, [Role.ARTIST], ENCYCLOPEDIA)
    tag_names = sorted({name for spec in SCREENINGS.values() for name in spec["tags"]})
    tags = {
        name: seeder.record(
            f"archive:tag:{name}",
            model=Tag,
            fields={"name": name, "slug": name},
            lookup={"slug": name},
        )
        for name in tag_names
    }
    for external_id, spec in SCREENINGS.items():
        _screening(seeder, external_id, spec, venues, series, films, people, tags)


def _person(seeder, name, roles, source):
    slug = _slug(name)
    return seeder.record(
        f"archive:person:{slug}",
        model=Person,
        fields={
            "slug": slug,
            "name": name,
            "sort_name": SORT_NAMES.get(name) or default_sort_name(name),
            "roles": [role.value for role in roles],
            "source": source,
        },
        lookup={"slug": slug},
    )


EVENT_FIELDS = (
    "date",
    "date_precision",
    "date_end",
    "date_end_precision",
    "event_type",
    "title",
    "title_en",
    "notes",
    "notes_en",
    "source",
)


def _screening(seeder, external_id, spec, venues, series, films, people, tags):
    key = f"archive:screening:{external_id}"
    screening = seeder.record(
        key,
        model=Screening,
        fields={
            "external_id": external_id,
            **{name: spec[name] for name in EVENT_FIELDS},
            "series": series.get(spec["series"]),
            "venue": venues.get(spec["venue"]),
        },
        lookup={"external_id": external_id},
        earlier=earlier(key),
    )
    if screening is None:
        return
    for order, slug in enumerate(spec["films"]):
        if films.get(slug) is None:
            continue
        seeder.record(
            f"archive:screening:{external_id}:film:{slug}",
            model=ScreeningFilm,
            fields={"screening": screening, "film": films[slug], "sort_order": order},
            lookup={"screening": screening, "film": films[slug]},
        )
    for order, (name, role) in enumerate(spec["guests"]):
        if people.get(name) is None:
            continue
        seeder.record(
            f"archive:screening:{external_id}:guest:{_slug(name)}",
            model=ScreeningGuest,
            fields={
                "screening": screening,
                "person": people[name],
                "role": role.value,
                "sort_order": order,
            },
            lookup={"screening": screening, "person": people[name]},
        )
    for name in spec["tags"]:
        if tags.get(name) is None:
            continue
        seeder.record(
            f"archive:screening:{external_id}:tag:{name}",
            model=ScreeningTag,
            fields={"content_object": screening, "tag": tags[name]},
            lookup={"content_object": screening, "tag": tags[name]},
        )


SECTION = {
    "en": {
        "title": "Archive",
        "slug": "archive",
        "intro": (
            "<p>This section is where records of La Clef's programmes are catalogued: the "
            "films shown, the screenings and the documents that go with them. Records are "
            "added as they are described.</p>"
        ),
    },
    "fr": {
        "title": "Archives",
        "slug": "archives",
        "intro": (
            "<p>Cette rubrique accueille les traces de la programmation de La Clef : films "
            "projetés, séances et documents qui les accompagnent. Les fiches y sont ajoutées "
            "au fil de leur description.</p>"
        ),
    },
}


@seeding.loader(seeding.SECTION_PAGES + 1)
def load_archive_section(seeder, sections):
    load_section(seeder, sections, "archive", ArchiveIndexPage, SECTION)
