"""
The Palais de Tokyo exhibition of November 2023, loaded by `load_la_clef` in both languages.

Every fact comes from the project's sources (cited on the page). The body is an
`ExhibitionBodyBlock` stream (archive/blocks.py) of paragraphs and headings. The sources name the
artists but none of their works, so no `Artwork` is created: editors add them in the admin. The
artists are the Person records `archive.programme.seeds.load_programme` made; they are linked, never
duplicated.
"""

import datetime

from archive.exhibitions.models import ExhibitionPage
from archive.exhibitions.pages import ExhibitionIndexPage
from archive.programme.models import Person, Venue
from archive.programme.seeds import (
    ENCYCLOPEDIA,
    FUNDRAISING,
    MADMOIZELLE,
    PALAIS_DE_TOKYO_ARTISTS,
    _slug,
)
from base import seeding
from base.dates import DatePrecision
from base.seeding import load_section

LANGUAGES = ("fr", "en")
SLUG = "palais-de-tokyo-2023"
DATE = datetime.date(2023, 11, 1)


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text):
    return {"type": "heading", "value": text}


CONTENT = {
    "en": {
        "title": "Palais de Tokyo, November 2023: the art sale for La Clef",
        "summary": (
            "An exhibition and sale of works by artists including David Lynch and Pierre Huyghe, "
            "held to raise money for the purchase of the cinema."
        ),
        "body": [
            paragraph(
                "<p>In November 2023 the Palais de Tokyo in Paris hosted an exhibition and sale of "
                "artworks organised to help buy La Clef's building. Among the artists shown were "
                "David Lynch, Alain Guiraudie, Philippe Katerine, Orlan, Pierre Huyghe and Zineb "
                "Sedira.</p>"
            ),
            heading("In the campaign"),
            paragraph(
                "<p>After its eviction, the collective of volunteers kept screening films in "
                "friendly cultural venues while it negotiated with the building's owner. A sales "
                "agreement was reached on 26 April 2023. To raise the money, the collective held "
                "open-air screenings as well as this exhibition and sale; a crowdfunding campaign "
                "and patrons, among them Martin Scorsese and David Lynch, also gave their "
                "support.</p>"
            ),
            paragraph(
                "<p>On 19 June 2024 the building was sold for €2.7 million to Cinema Revival, the "
                "collective's endowment fund.</p>"
            ),
        ],
    },
    "fr": {
        "title": "Palais de Tokyo, novembre 2023 : la vente d'art pour La Clef",
        "summary": (
            "Une exposition-vente d'œuvres d'artistes, parmi lesquels David Lynch et Pierre "
            "Huyghe, organisée pour financer le rachat du cinéma."
        ),
        "body": [
            paragraph(
                "<p>En novembre 2023, le Palais de Tokyo, à Paris, a accueilli une "
                "exposition-vente d'œuvres d'art destinée à financer le rachat du bâtiment de La "
                "Clef. David Lynch, Alain Guiraudie, Philippe Katerine, Orlan, Pierre Huyghe et "
                "Zineb Sedira figuraient parmi les artistes exposés.</p>"
            ),
            heading("Dans la campagne"),
            paragraph(
                "<p>Après son expulsion, le collectif de bénévoles a poursuivi ses projections "
                "dans des lieux culturels amis tout en négociant avec le propriétaire du bâtiment. "
                "Un accord de vente a été conclu le 26 avril 2023. Pour réunir la somme, le "
                "collectif a organisé des projections en plein air ainsi que cette "
                "exposition-vente ; une campagne de financement participatif et des mécènes, dont "
                "Martin Scorsese et David Lynch, l'ont aussi soutenu.</p>"
            ),
            paragraph(
                "<p>Le 19 juin 2024, le bâtiment a été vendu 2,7 millions d'euros à Cinema "
                "Revival, le fonds de dotation du collectif.</p>"
            ),
        ],
    },
}
SOURCES = "\n".join([ENCYCLOPEDIA, MADMOIZELLE, FUNDRAISING])


@seeding.loader(seeding.CONTENT + 1)
def load_exhibitions(seeder, sections):
    """Create the exhibition page under each language's exhibitions page."""
    venue = seeder.existing_object("archive:venue:palais-de-tokyo", Venue)
    if venue is None:
        venue = Venue.objects.filter(slug="palais-de-tokyo").first()
    artists = _artists(seeder)
    french = None
    for code in LANGUAGES:
        index = sections.get("exhibitions", {}).get(code)
        if index is None:
            continue
        content = CONTENT[code]
        page = seeder.page(
            f"exhibition:{SLUG}:{code}",
            parent=index,
            page_class=ExhibitionPage,
            slug=SLUG,
            locale=index.locale,
            translation_of=french,
            fields={
                "title": content["title"],
                "summary": content["summary"],
                "body": content["body"],
                "date": DATE,
                "date_precision": DatePrecision.MONTH,
                "venue": venue,
                "artists": artists,
                "sources": SOURCES,
            },
        )
        if code == "fr":
            french = page


def _artists(seeder):
    found = []
    for name in PALAIS_DE_TOKYO_ARTISTS:
        slug = _slug(name)
        person = seeder.existing_object(f"archive:person:{slug}", Person)
        person = person or Person.objects.filter(slug=slug).first()
        if person is not None:
            found.append(person)
    return found


SECTION = {
    "en": {
        "title": "Exhibitions",
        "slug": "exhibitions",
        "intro": (
            "<p>Online exhibitions devoted to moments in La Clef's life, such as the art "
            "exhibition and sale held at the Palais de Tokyo in November 2023 to help buy the "
            "cinema.</p>"
        ),
    },
    "fr": {
        "title": "Expositions",
        "slug": "expositions",
        "intro": (
            "<p>Des expositions en ligne consacrées aux grands moments de La Clef, comme "
            "l'exposition-vente d'œuvres d'art organisée au Palais de Tokyo en novembre 2023 "
            "pour financer le rachat du cinéma.</p>"
        ),
    },
}


@seeding.loader(seeding.SECTION_PAGES + 3)
def load_exhibitions_section(seeder, sections):
    load_section(seeder, sections, "exhibitions", ExhibitionIndexPage, SECTION)
