"""What `load_la_clef` puts in the page tree for the media section: its page in each language."""

from archive.media.pages import MediaIndexPage
from base import seeding
from base.seeding import load_section

SECTION = {
    "en": {
        "title": "Media",
        "slug": "media",
        "intro": (
            "<p>Photographs, posters, leaflets and recordings kept by the archive, each with "
            "its date, its author and the terms on which it may be shown. Some items are "
            "described here while their files stay open only to approved researchers.</p>"
        ),
    },
    "fr": {
        "title": "Médias",
        "slug": "medias",
        "intro": (
            "<p>Photographies, affiches, tracts et enregistrements conservés par les archives, "
            "chacun avec sa date, son auteur et les conditions de sa diffusion. Certains sont "
            "décrits ici alors que leurs fichiers restent réservés aux chercheurs "
            "autorisés.</p>"
        ),
    },
}


@seeding.loader(seeding.SECTION_PAGES + 4)
def load_media_section(seeder, sections):
    load_section(seeder, sections, "media", MediaIndexPage, SECTION)
