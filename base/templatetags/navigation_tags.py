"""
Site-wide navigation: the section menu and the language switcher.

The switcher leads to the same page in the other language. For a page it follows Wagtail's
translations; below a routable page (a film or a person under the archive page) it keeps the
sub-path, so /fr/archives/films/attica/ switches to /en/archive/films/attica/.
"""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from base import page_tree

register = template.Library()


def _menu(request, page):
    """
    (home page's URL, [(title, URL, path)] of its menu sections) in the visitor's language,
    read in one query and remembered with the page tree (`base.page_tree`).
    """
    site = Site.find_for_request(request)
    if site is None:
        return "/", []
    if isinstance(page, Page) and page.depth >= 2:
        home_path = page.path[: Page.steplen * 2]
    else:
        home_path = page_tree.remembered(
            ("home path", site.pk, get_language()), lambda: site.root_page.localized.path
        )
    return page_tree.remembered(
        ("menu", site.pk, home_path), lambda: _home_and_sections(request, home_path)
    )


def _home_and_sections(request, home_path):
    pages = list(
        Page.objects.live()
        .filter(path__startswith=home_path, depth__lte=3)
        .filter(Q(depth=2) | Q(show_in_menus=True))
        .order_by("path")
    )
    if not pages or pages[0].depth != 2:
        return "/", []
    sections = [(section.title, section.get_url(request), section.path) for section in pages[1:]]
    return pages[0].get_url(request), sections


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    current = context.get("page")
    home_url, sections = _menu(request, current)
    items = [
        {
            "title": title,
            "url": url,
            "current": isinstance(current, Page) and current.path.startswith(path),
        }
        for title, url, path in sections
    ]
    return {"home_url": home_url, "items": items}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """[{code, name, url, current}] for every language of the site, current one included."""
    request = context["request"]
    page = context.get("page")
    active = get_language()
    urls = {}
    if isinstance(page, Page) and page.pk is not None:
        translations = _translations(request, page)
        suffix = _suffix_below(translations.get(page.locale_id), page, request)
        urls = {code: url + suffix for code, url in translations.values()}
    versions = []
    for code, name in settings.LANGUAGES:
        if code in urls:
            url = urls[code]
        elif isinstance(page, Page):
            url = f"/{code}/"  # not translated yet: that language's home page
        else:
            url = translate_url(request.get_full_path(), code)
        versions.append({"code": code, "name": name, "url": url, "current": code == active})
    return versions


def _translations(request, page):
    """{locale id: (language code, URL)} of the page's live versions, itself included."""
    site = Site.find_for_request(request)

    def read():
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        urls = ((translation, translation.get_url(request)) for translation in translations)
        return {t.locale_id: (t.locale.language_code, url) for t, url in urls if url}

    return page_tree.remembered(("translations", site.pk if site else None, page.pk), read)


def _suffix_below(translation, page, request):
    """The part of the requested path below the page (a routable page's sub-route), or ''."""
    page_url = translation[1] if translation else page.get_url(request) or ""
    path = request.path
    if page_url and path.startswith(page_url):
        return path[len(page_url) :]
    return ""
