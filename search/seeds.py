"""What `load_la_clef` puts in the page tree for the search section: its page in each language."""

from base import seeding
from base.seeding import load_section
from search.models import SearchPage

SECTION = {
    "en": {
        "title": "Search",
        "slug": "search",
        "intro": (
            "<p>Search the whole site: the history pages, programme records, interviews and "
            "exhibitions.</p>"
        ),
    },
    "fr": {
        "title": "Recherche",
        "slug": "recherche",
        "intro": (
            "<p>Rechercher dans l'ensemble du site : pages d'histoire, fiches de "
            "programmation, entretiens et expositions.</p>"
        ),
    },
}


@seeding.loader(seeding.SECTION_PAGES + 5)
def load_search_section(seeder, sections):
    load_section(seeder, sections, "search", SearchPage, SECTION)
