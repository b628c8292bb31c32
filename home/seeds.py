"""
What `load_la_clef` puts at the top of the page tree and in the history section: a home page per
language (`home.content.site`), the history section page, its sources, one chapter page per era
in each language, and the chapters' dated events (`home.content.history`).
"""

from wagtail.models import Locale, Page, Site

from base import seeding
from base.dates import PartialDate
from base.seeding import LANGUAGES, is_stock_welcome_page, load_section
from home.content.history import CHAPTERS, SOURCES
from home.content.site import HOME, SECTION
from home.models import HistoryChapterPage, HistoryEvent, HistoryIndexPage, HomePage, Source

HOME_SLUGS = {"fr": "accueil", "en": "home"}


@seeding.loader(seeding.HOME_PAGES)
def load_home_pages(seeder, sections):
    """The home page of each language, the English translating the French."""
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
    sections["home"] = homes


@seeding.loader(seeding.SECTION_PAGES)
def load_history_section(seeder, sections):
    load_section(seeder, sections, "history", HistoryIndexPage, SECTION)


@seeding.loader(seeding.CONTENT + 2)
def load_history(seeder, sections):
    """Load the sources and chapters under each language's history page."""
    history_pages = sections.get("history", {})
    for code in LANGUAGES:
        index = history_pages.get(code)
        if index is None:
            continue
        sources = _load_sources(seeder, code, index.locale)
        for chapter in CHAPTERS:
            seeder.page(
                f"chapter:{chapter['key']}:{code}",
                parent=index,
                page_class=HistoryChapterPage,
                slug=chapter["slug"][code],
                locale=index.locale,
                translation_of=_french_chapter(chapter) if code != "fr" else None,
                fields=_chapter_fields(chapter, code, sources),
            )


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


def _load_sources(seeder, code, locale):
    """{source key: Source in this language}; the English ones translate the French ones."""
    loaded = {}
    for source in SOURCES:
        french = seeder.existing_object(f"source:{source['key']}:fr", Source)
        date = PartialDate.parse(source["date"]) if source["date"] else None
        fields = {
            "locale": locale,
            "title": source["title"],
            "publisher": source["publisher"][code],
            "date": date.date if date else None,
            "date_precision": date.precision if date else "year",
            "url": source["url"],
            "note": source["note"][code],
        }
        if code != "fr" and french is not None:
            fields["translation_key"] = french.translation_key
        loaded[source["key"]] = seeder.record(
            f"source:{source['key']}:{code}", model=Source, fields=fields
        )
    return {key: value for key, value in loaded.items() if value is not None}


def _french_chapter(chapter):
    return HistoryChapterPage.objects.filter(
        locale__language_code="fr", slug=chapter["slug"]["fr"]
    ).first()


def _chapter_fields(chapter, code, sources):
    return {
        "title": chapter["title"][code],
        "summary": chapter["summary"][code],
        "period_start": chapter["period"][0],
        "period_end": chapter["period"][1],
        "body": [_block(block, sources) for block in chapter["body"][code]],
        "sources": [sources[key] for key in chapter["sources"] if key in sources],
        "events": [
            _event(event, code, sources, order) for order, event in enumerate(chapter["events"])
        ],
    }


def _event(event, code, sources, order):
    date = PartialDate.parse(event["date"])
    item = HistoryEvent(
        date=date.date,
        date_precision=date.precision,
        title=event["title"][code],
        text=event["text"][code],
        sort_order=order,
    )
    item.sources = [sources[key] for key in event["sources"] if key in sources]
    return item


def _block(block, sources):
    """Seed blocks name sources by key; the stream stores the Source's id."""

    def source_id(key):
        return sources[key].pk if key in sources else None

    value = block["value"]
    if block["type"] == "quote":
        value = {**value, "source": source_id(value["source"])}
    elif block["type"] == "key_figures":
        value = [{**figure, "source": source_id(figure["source"])} for figure in value]
    elif block["type"] == "disagreement":
        value = {**value, "sources": [source_id(key) for key in value["sources"]]}
    return {"type": block["type"], "value": value}
