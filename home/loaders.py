"""
What `load_la_clef` puts in the page tree: a home page per language and the section pages it
links to. The words come from `home.content`; the rules that keep editors' changes safe come from
`home.seeding`.
"""

from wagtail.models import Locale, Page, Site

from archive.models import ArchiveIndexPage, ExhibitionIndexPage, MediaIndexPage
from home.content.site import HOME, SECTIONS
from home.models import HistoryIndexPage, HomePage
from home.seeding import is_stock_welcome_page
from oral_history.models import OralHistoryIndexPage
from search.models import SearchPage

LANGUAGES = ("fr", "en")
HOME_SLUGS = {"fr": "accueil", "en": "home"}
SECTION_PAGE_CLASSES = {
    "history": HistoryIndexPage,
    "archive": ArchiveIndexPage,
    "oral_history": OralHistoryIndexPage,
    "exhibitions": ExhibitionIndexPage,
    "media": MediaIndexPage,
    "search": SearchPage,
}


def load_site_structure(seeder):
    """Create the home pages and the section pages; return {section: {language: page}}."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    root = Page.get_first_root_node()
    homes = {}
    for code in LANGUAGES:
        if code == "en":
            _remove_stock_welcome_pages(root)
        homes[code] = seeder.page(
            f"home:{code}",
            parent=root,
            page_class=HomePage,
            slug=HOME_SLUGS[code],
            locale=locales[code],
            translation_of=homes.get("fr"),
            fields={"title": HOME[code]["title"], "introduction": HOME[code]["intro"]},
        )
        if code == "fr":
            _point_default_site_at(homes["fr"])

    sections = {"home": homes}
    for name, page_class in SECTION_PAGE_CLASSES.items():
        sections[name] = {}
        for code in LANGUAGES:
            if homes[code] is None:
                continue
            content = SECTIONS[name][code]
            sections[name][code] = seeder.page(
                f"section:{name}:{code}",
                parent=homes[code],
                page_class=page_class,
                slug=content["slug"],
                locale=locales[code],
                translation_of=sections[name].get("fr"),
                fields={
                    "title": content["title"],
                    "introduction": content["intro"],
                    "show_in_menus": True,
                },
            )
    return sections


def _point_default_site_at(home):
    """Serve the French home at the site root, replacing Wagtail's placeholder page."""
    if home is None:
        return
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            root_page=home,
            is_default_site=True,
            site_name="La Clef Archive",
        )
    elif site.root_page_id != home.pk and is_stock_welcome_page(site.root_page):
        site.root_page = home
        site.site_name = "La Clef Archive"
        site.save()


def _remove_stock_welcome_pages(root):
    for page in root.get_children():
        if is_stock_welcome_page(page) and not Site.objects.filter(root_page=page).exists():
            page.delete()
