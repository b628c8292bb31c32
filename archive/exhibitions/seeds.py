"""
The Palais de Tokyo exhibition of November 2023, loaded by `load_la_clef` in both languages.

Every fact is in one of the sources the page cites (`SOURCES`), in our own words
(tests/history/test_sources_guard.py), and what they do not say (who organised the exhibition,
which works it showed) is said not to be known. The body is an `ExhibitionBodyBlock` stream
(archive/blocks.py) of paragraphs and headings; its French carries its no-break spaces
(base/typography.py). The sources name the artists but none of their works, so no `Artwork` is
created: editors add them in the admin. The artists are the Person records
`archive.programme.seeds.load_programme` made; they are linked, never duplicated.
"""

import datetime

from archive.exhibitions.models import ExhibitionPage
from archive.exhibitions.pages import ExhibitionIndexPage
from archive.programme.models import Person, Venue
from archive.programme.seeds import PALAIS_DE_TOKYO_ARTISTS, _slug
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
            "one of the ways money was raised to buy the cinema."
        ),
        "body": [
            paragraph(
                "<p>In November 2023, according to the encyclopedia article, an art exhibition "
                "and sale at the Palais de Tokyo was one of the ways money was raised to buy La "
                "Clef's building. Among the artists shown were David Lynch, Alain Guiraudie, "
                "Philippe Katerine, Orlan, Pierre Huyghe and Zineb Sedira. The article says "
                "neither who organised it nor which works were shown.</p>"
            ),
            heading("In the campaign"),
            paragraph(
                "<p>After the eviction of March 2022, the volunteers of the collective went on "
                "screening films in friendly cultural venues, and talks began with the owner of "
                "the building; a sales agreement with the collective followed on 26 April 2023. "
                "Besides this exhibition, the encyclopedia article names open-air screenings "
                "among the fundraising activities; Madmoizelle adds crowdfunding campaigns and "
                "patrons, Martin Scorsese and David Lynch among them.</p>"
            ),
            paragraph(
                "<p>On 19 June 2024 Cinema Revival, the endowment fund the occupants had turned "
                "to for the purchase, became the owner of the building, for €2.7M.</p>"
            ),
        ],
    },
    "fr": {
        "title": "Palais de Tokyo, novembre 2023 : la vente d'art pour La Clef",
        "summary": (
            "Une exposition-vente d'œuvres d'artistes, parmi lesquels David Lynch et Pierre "
            "Huyghe, l'une des façons de réunir l'argent du rachat du cinéma."
        ),
        "body": [
            paragraph(
                "<p>En novembre 2023, selon l'article encyclopédique, une exposition-vente "
                "d'œuvres d'art au Palais de Tokyo a été l'une des façons de réunir l'argent du "
                "rachat du bâtiment de La Clef. Parmi les artistes exposés figuraient David "
                "Lynch, Alain Guiraudie, Philippe Katerine, Orlan, Pierre Huyghe et Zineb "
                "Sedira. L'article ne dit ni qui l'a organisée, ni quelles œuvres y étaient "
                "montrées.</p>"
            ),
            heading("Dans la campagne"),
            paragraph(
                "<p>Après l'expulsion de mars 2022, les bénévoles du collectif ont poursuivi "
                "leurs projections dans des lieux culturels amis, et des négociations se sont "
                "ouvertes avec le propriétaire du bâtiment ; un accord de vente avec le "
                "collectif a suivi, le 26 avril 2023. Outre cette exposition, l'article "
                "encyclopédique cite des projections en plein air parmi les actions de "
                "collecte ; Madmoizelle y ajoute des campagnes de financement participatif et "
                "des mécènes, dont Martin Scorsese et David Lynch.</p>"
            ),
            paragraph(
                "<p>Le 19 juin 2024, Cinema Revival, le fonds de dotation auquel les occupants "
                "avaient fait appel pour le rachat, est devenu propriétaire du bâtiment, pour "
                "2,7 M€.</p>"
            ),
        ],
    },
}
# The citations of the page, as the programme's records write them; the fundraising page is not
# among them, since the page says nothing that only it gives.
SOURCES = "\n".join(
    [
        "“La Clef (cinema)”, encyclopedia article",
        (
            "“Paris: this associative cinema saved after a struggle supported by Scorsese, "
            "Tarantino and Sciamma”, Madmoizelle (undated)"
        ),
    ]
)


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
            "exhibition and sale at the Palais de Tokyo in November 2023, one of the ways money "
            "was raised to buy the cinema.</p>"
        ),
    },
    "fr": {
        "title": "Expositions",
        "slug": "expositions",
        "intro": (
            "<p>Des expositions en ligne consacrées aux moments de la vie de La Clef, comme "
            "l'exposition-vente d'œuvres d'art du Palais de Tokyo, en novembre 2023, l'une des "
            "façons de réunir l'argent du rachat du cinéma.</p>"
        ),
    },
}


@seeding.loader(seeding.SECTION_PAGES + 3)
def load_exhibitions_section(seeder, sections):
    load_section(seeder, sections, "exhibitions", ExhibitionIndexPage, SECTION)
