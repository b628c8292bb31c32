"""
Which site and which page a request is for, from what the process remembers of the page tree
(`base.page_tree`) rather than from the database at every request.

Wagtail finds the site with a query, then walks the tree from the home page, two queries a
level (the child by its slug, then its specific type), before a page shows anything of its own.
Here the site of a host, the address of every page under each home page and the page a route
ends on are remembered, so a request asks the tree nothing but its version. What is found is
handed to Wagtail where it caches its own answers for the request (`request._wagtail_site`,
`request._wagtail_route_for_request`, named in the docstrings of `Site.find_for_request` and
`Page.route_for_request`), and Wagtail's own view then serves the page, its hooks and view
restrictions included. An address the remembered pages cannot answer goes through Wagtail's
walk, whose answer is then the same as ever.
"""

import copy
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from base import page_tree

REMEMBERED_HOSTS = 64  # at most, so that made-up Host headers cannot fill the memory


def site_for(request):
    """The request's Wagtail site, remembered for its host and port."""
    if not hasattr(request, "_wagtail_site"):
        sites = page_tree.remembered("sites", dict)
        host = (split_domain_port(request.get_host())[0], request.get_port())
        if host not in sites:
            site = Site._find_for_request(request)
            if len(sites) >= REMEMBERED_HOSTS:
                request._wagtail_site = site
                return site
            sites[host] = site
        request._wagtail_site = sites[host]
    return request._wagtail_site


def serve(request, path):
    """Wagtail's page view, with the site and the page found as above."""
    site = site_for(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        route = _remembered_route(request, site, path)
        if route is not False:
            request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)


def _remembered_route(request, site, path):
    """
    Wagtail's route (page, args, kwargs), or None for a 404, walking the remembered addresses as
    Wagtail walks the tree: from the home page down, each component the slug of a child, until
    the path ends or a routable page takes the rest as its sub-path. False when the remembered
    pages cannot say (the home page of this language unknown, the page gone): Wagtail's own walk
    then decides.
    """
    root_path, pages = page_tree.remembered(
        ("pages", site.pk, get_language()), lambda: _pages_below(site)
    )
    components = [component for component in path.split("/") if component]
    if root_path not in pages:
        return False
    address, depth = root_path, 0
    while not pages[address].routable and depth < len(components):
        address += f"{components[depth]}/"
        depth += 1
        if address not in pages:
            return None
    page = page_tree.remembered(("page", pages[address].pk), lambda: _specific(pages[address]))
    if page is None:
        return False
    try:
        # A copy of its own for each request: the remembered page is never handed out.
        return copy.copy(page).route(request, components[depth:])
    except Http404:
        return None


def _specific(known):
    model = ContentType.objects.get_for_id(known.content_type_id).model_class()
    return model.objects.filter(pk=known.pk).first() if model is not None else None


class KnownPage(NamedTuple):
    content_type_id: int
    pk: int
    routable: bool


def _pages_below(site):
    """The url_path of the site's home page in this language, and {url_path: KnownPage}."""
    root = site.root_page.localized
    rows = Page.objects.filter(path__startswith=root.path).values_list(
        "url_path", "content_type_id", "pk"
    )
    pages = {
        url_path: KnownPage(content_type, pk, _is_routable(content_type))
        for url_path, content_type, pk in rows
    }
    return root.url_path, pages


def _is_routable(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model is not None and issubclass(model, RoutablePageMixin)
