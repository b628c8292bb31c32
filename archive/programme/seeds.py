"""
The programme facts that La Clef's three source documents give, loaded by `load_la_clef`.

Nothing here is invented: every venue, series, event and person is named in a source, and each
record cites it (titles as in the project's seed README). The sources give no dates or films for
the directors' talks during the occupation, so those directors are people without events. Every
record goes through the `Seeder`, so that running the loader again changes nothing and never
overwrites an editor's change.
"""

import datetime

from django.utils.text import slugify
from taggit.models import Tag

from archive.programme.models import (
    EventType,
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
from base import seeding
from base.dates import DatePrecision
from base.seeding import load_section

ENCYCLOPEDIA = "“La Clef (cinema)”, encyclopedia article"
FUNDRAISING = (
    "“Cinéma La Clef — Save the last volunteer-run movie theater in Paris!”, "
    "Film Independent fiscal sponsorship page"
)
MADMOIZELLE = (
    "“Paris: this associative cinema saved after a struggle supported by Scorsese, Tarantino "
    "and Sciamma”, Madmoizelle, 2024"
)

VENUES = {
    "la-clef": {
        "name": "La Clef",
        "name_en": "",
        "address": "34 rue Daubenton / 21 rue de la Clef, Paris",
        "description": "Le cinéma associatif du Quartier latin, fondé en 1973.",
        "description_en": "The associative cinema of the Latin Quarter, founded in 1973.",
        "source": ENCYCLOPEDIA,
    },
    "mur-exterieur-la-clef": {
        "name": "Le mur extérieur de La Clef",
        "name_en": "The outside wall of La Clef",
        "address": "",
        "description": (
            "Pendant le confinement lié au COVID-19, les occupants projetaient régulièrement des "
            "films sur le mur extérieur du cinéma."
        ),
        "description_en": (
            "During the COVID-19 lockdown the occupants regularly screened films on the "
            "cinema's outside wall."
        ),
        "source": ENCYCLOPEDIA,
    },
    "palais-de-tokyo": {
        "name": "Palais de Tokyo",
        "name_en": "",
        "address": "Paris",
        "description": (
            "Lieu de l'exposition-vente d'œuvres d'art organisée en novembre 2023 pour financer "
            "le rachat du cinéma."
        ),
        "description_en": (
            "Where an art exhibition and sale was held in November 2023 to raise money to buy "
            "the cinema."
        ),
        "source": ENCYCLOPEDIA,
    },
    "lieux-culturels-amis": {
        "name": "Lieux culturels amis",
        "name_en": "Friendly cultural venues",
        "address": "",
        "description": (
            "Après l'expulsion, le collectif a poursuivi ses projections dans divers lieux "
            "culturels amis, que les sources ne nomment pas."
        ),
        "description_en": (
            "After the eviction the collective went on screening films in various friendly "
            "cultural venues, which the sources do not name."
        ),
        "source": ENCYCLOPEDIA,
    },
}

SERIES = {
    "images-dailleurs": {
        "title": "Images d'Ailleurs",
        "title_en": "",
        "start_year": 1990,
        "end_year": None,
        "description": (
            "Projet fondé en 1990 à La Clef par le cinéaste Sanvi Panou pour montrer des films "
            "d'Afrique et d'Amérique du Sud."
        ),
        "description_en": (
            "A project founded at La Clef in 1990 by the filmmaker Sanvi Panou to show films "
            "from Africa and South America."
        ),
        "source": ENCYCLOPEDIA,
    },
    "seances-de-l-occupation": {
        "title": "Les séances du soir de l'occupation",
        "title_en": "The occupation's nightly screenings",
        "start_year": 2019,
        "end_year": 2022,
        "description": (
            "Pendant l'occupation, les bénévoles proposaient chaque soir une séance à prix "
            "libre, souvent suivie d'un débat avec le ou la cinéaste."
        ),
        "description_en": (
            "During the occupation the volunteers offered an open-price screening every "
            "evening, often followed by a discussion with the film's director."
        ),
        "source": f"{ENCYCLOPEDIA}; {FUNDRAISING}",
    },
    "festival-permanent-2022": {
        "title": "Le festival permanent de 2022",
        "title_en": "The permanent festival of 2022",
        "start_year": 2022,
        "end_year": 2022,
        "description": (
            "Après l'ordre de fermeture du 31 janvier 2022, le collectif a tenu un festival de "
            "cinéma permanent, de 6 h à 23 h chaque jour, pendant les semaines suivantes."
        ),
        "description_en": (
            "After the closure order of 31 January 2022 the collective held a permanent film "
            "festival, from 6 am to 11 pm every day, for the following weeks."
        ),
        "source": ENCYCLOPEDIA,
    },
    "projections-sur-le-mur": {
        "title": "Les projections sur le mur du confinement",
        "title_en": "The lockdown wall screenings",
        "start_year": None,
        "end_year": None,
        "description": (
            "Pendant le confinement lié au COVID-19, des films projetés régulièrement sur le mur "
            "extérieur du cinéma. Les sources ne les datent pas."
        ),
        "description_en": (
            "Films screened regularly on the cinema's outside wall during the COVID-19 "
            "lockdown. The sources do not date them."
        ),
        "source": ENCYCLOPEDIA,
    },
    "studio-34": {
        "title": "Studio 34",
        "title_en": "",
        "start_year": None,
        "end_year": None,
        "description": (
            "Programme lancé par le collectif pour aider de jeunes cinéastes à réaliser des "
            "courts métrages."
        ),
        "description_en": (
            "A programme launched by the collective to help young filmmakers make short films."
        ),
        "source": ENCYCLOPEDIA,
    },
}

DEBATE_DIRECTORS = [
    (name, ENCYCLOPEDIA)
    for name in (
        "Françoise Romand",
        "Yann Gonzalez",
        "Guillaume Massart",
        "Vincent Macaigne",
        "Maud Alpi",
        "Laurent Cantet",
        "Claire Denis",
        "Alain Cavalier",
    )
] + [
    (name, FUNDRAISING)
    for name in ("Céline Sciamma", "Léos Carax", "Jean-Luc Godard", "Sophie Calle")
]
PALAIS_DE_TOKYO_ARTISTS = [
    "David Lynch",
    "Alain Guiraudie",
    "Philippe Katerine",
    "Orlan",
    "Pierre Huyghe",
    "Zineb Sedira",
]

SCREENINGS = {
    "laclef-2019-occupation-first-night": {
        "date": datetime.date(2019, 1, 1),
        "date_precision": DatePrecision.YEAR,
        "event_type": EventType.SCREENING,
        "series": "seances-de-l-occupation",
        "venue": "la-clef",
        "notes": (
            "The first night of the occupation by the La Clef Revival collective: the film "
            "shown was Attica, about the Attica Prison riot."
        ),
        "source": ENCYCLOPEDIA,
        "films": ["attica"],
        "guests": [],
        "tags": ["occupation"],
    },
    "laclef-2019-swan-lake": {
        "date": datetime.date(2019, 1, 1),
        "date_precision": DatePrecision.YEAR,
        "event_type": EventType.PERFORMANCE,
        "series": None,
        "venue": "la-clef",
        "notes": (
            "Later in 2019, striking workers of the Paris Opera Ballet performed Swan Lake at "
            "the occupied cinema."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [],
        "tags": ["occupation"],
    },
    "laclef-2023-11-palais-de-tokyo": {
        "date": datetime.date(2023, 11, 1),
        "date_precision": DatePrecision.MONTH,
        "event_type": EventType.EXHIBITION,
        "series": None,
        "venue": "palais-de-tokyo",
        "notes": (
            "An art exhibition and sale to raise money for the purchase of the cinema. The "
            "artists in the exhibition included David Lynch, Alain Guiraudie, Philippe "
            "Katerine, Orlan, Pierre Huyghe and Zineb Sedira."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [(name, Role.ARTIST) for name in PALAIS_DE_TOKYO_ARTISTS],
        "tags": ["fundraiser"],
    },
}


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
        )
        for slug, fields in VENUES.items()
    }
    series = {
        slug: seeder.record(
            f"archive:series:{slug}",
            model=Series,
            fields={"slug": slug, **fields},
            lookup={"slug": slug},
        )
        for slug, fields in SERIES.items()
    }
    films = {
        "attica": seeder.record(
            "archive:film:attica",
            model=Film,
            fields={"slug": "attica", "title": "Attica", "source": ENCYCLOPEDIA},
            lookup={"slug": "attica"},
        )
    }
    people = {}
    for name, source in DEBATE_DIRECTORS:
        people[name] = _person(seeder, name, [Role.DIRECTOR, Role.GUEST], source)
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
            "sort_name": default_sort_name(name),
            "roles": [role.value for role in roles],
            "source": source,
        },
        lookup={"slug": slug},
    )


def _screening(seeder, external_id, spec, venues, series, films, people, tags):
    screening = seeder.record(
        f"archive:screening:{external_id}",
        model=Screening,
        fields={
            "external_id": external_id,
            "date": spec["date"],
            "date_precision": spec["date_precision"],
            "event_type": spec["event_type"],
            "series": series.get(spec["series"]),
            "venue": venues.get(spec["venue"]),
            "notes": spec["notes"],
            "source": spec["source"],
        },
        lookup={"external_id": external_id},
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
