"""
Anonymous visitors' pages from the cache (`settings.PAGE_CACHE_ENABLED`).

Placed just inside WhiteNoise, before the session and authentication middlewares, so that a
cached page is answered without them. A request is a candidate only if it is a GET or HEAD from
someone who is not signed in: no session cookie and no Authorization header. A signed-in user
(who always carries the session cookie) never reads nor fills the cache, and gets
`Cache-Control: private` so that no CDN keeps their page.

A candidate's response is stored only if it is a complete 200 HTML page that sets no cookie,
stored nothing in the session, used no CSRF token (a form's token is the visitor's own), varies
on nothing but the language, the cookie (there is none) and the encoding, holds no restricted
material (`page_cache.restrictions`), and was not marked private by its view.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import get_conditional_response, patch_cache_control

from page_cache import access_dates, entries, keys, restrictions, versions

STATUS_HEADER = "X-Page-Cache"
VARY_ALLOWED = {"accept-language", "cookie", "accept-encoding"}
NOT_CACHED_DIRECTIVES = ("private", "no-cache", "no-store")


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        if not is_candidate(request):
            return keep_private(self.get_response(request))
        version = versions.current()
        key = keys.page_key(request, version)
        entry = cache.get(key)
        if entry is not None and entries.fresh(entry):
            response = entries.to_response(entry)
            response[STATUS_HEADER] = "hit"
        else:
            request.page_cache_candidate = True
            response = self.get_response(request)
            entry = self.store(request, response, key, version)
        if entry is None:
            return keep_private(response)
        return get_conditional_response(
            request, etag=entry["etag"], last_modified=entry["made"], response=response
        )

    def store(self, request, response, key, version):
        if not storable(request, response):
            response[STATUS_HEADER] = "pass"
            return None
        entry = entries.make(response, access_dates.next_change(version))
        cache.set(key, entry, entries.remaining(entry) or 1)
        entries.describe(response, entry)
        response[STATUS_HEADER] = "miss"
        return entry

    def process_template_response(self, request, response):
        """Mark a response whose context shows restricted material (read before rendering)."""
        candidate = getattr(request, "page_cache_candidate", False)
        if candidate and restrictions.holds_restricted_material(response.context_data):
            request.page_cache_refused = True
        return response


def is_candidate(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
    )


def storable(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not getattr(request, "page_cache_refused", False)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not _session_used(request)
        and _varies_only_on_what_the_key_holds(response)
        and not any(word in response.get("Cache-Control", "") for word in NOT_CACHED_DIRECTIVES)
    )


def _session_used(request):
    session = getattr(request, "session", None)
    if session is not None and (session.modified or not session.is_empty()):
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def _varies_only_on_what_the_key_holds(response):
    varied = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return varied <= VARY_ALLOWED


def keep_private(response):
    """An HTML page the cache does not keep is no CDN's to keep either."""
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html") and not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)
    return response
