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

register = template.Library()


def _home_and_sections(request, page):
    """The home page of the visitor's language and its menu sections, in one query."""
    if isinstance(page, Page) and page.depth >= 2:
        home_path = page.path[: Page.steplen * 2]
    else:
        site = Site.find_for_request(request)
        if site is None:
            return None, []
        home_path = site.root_page.localized.path
    pages = list(
        Page.objects.live()
        .filter(path__startswith=home_path, depth__lte=3)
        .filter(Q(depth=2) | Q(show_in_menus=True))
        .order_by("path")
    )
    if not pages or pages[0].depth != 2:
        return None, []
    return pages[0], pages[1:]


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    current = context.get("page")
    home, sections = _home_and_sections(request, current)
    items = [
        {
            "title": section.title,
            "url": section.get_url(request),
            "current": isinstance(current, Page) and current.path.startswith(section.path),
        }
        for section in sections
    ]
    return {"home_url": home.get_url(request) if home else "/", "items": items}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """[{code, name, url, current}] for every language of the site, current one included."""
    request = context["request"]
    page = context.get("page")
    active = get_language()
    urls = {}
    if isinstance(page, Page):
        suffix = _suffix_below(page, request)
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            url = translation.get_url(request)
            if url:
                urls[translation.locale.language_code] = url + suffix
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


def _suffix_below(page, request):
    """The part of the requested path below the page (a routable page's sub-route), or ''."""
    page_url = page.get_url(request) or ""
    path = request.path
    if page_url and path.startswith(page_url):
        return path[len(page_url) :]
    return ""
