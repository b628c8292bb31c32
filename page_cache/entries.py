"""
A cached page as stored: its bytes, headers, ETag, when it was made, and until when it may be
served (the earlier of its lifetime and the next day the public may see more, see
`page_cache.access_dates`). Plain values, so that any cache backend can hold it.
"""

import datetime
import hashlib
import time

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

from base import access
from page_cache import access_dates

# Headers that are the request's own, not the page's.
NOT_STORED = {"date", "set-cookie", "x-page-cache"}


def make(response, opens_on):
    """The entry for `response`, or None if the next access change is too close to keep it."""
    lifetime = settings.PAGE_CACHE_SECONDS
    if opens_on is not None:
        lifetime = min(lifetime, access_dates.seconds_until(opens_on))
    content = response.content
    return {
        "status": response.status_code,
        "content": content,
        "headers": [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED],
        "etag": f'"{hashlib.sha256(content).hexdigest()[:32]}"',
        "made": int(time.time()),
        "expires": time.time() + lifetime,
        "opens_on": opens_on.isoformat() if opens_on else None,
    }


def fresh(entry):
    """Still servable: its lifetime not run out, and the access clock before the next change."""
    if time.time() >= entry["expires"]:
        return False
    opens_on = entry["opens_on"]
    return opens_on is None or access.today() < datetime.date.fromisoformat(opens_on)


def remaining(entry):
    return max(0, int(entry["expires"] - time.time()))


def to_response(entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    describe(response, entry)
    return response


def describe(response, entry):
    """Cache-Control for browsers and a CDN, capped by what is left of the entry's life."""
    left = remaining(entry)
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["made"])
    patch_cache_control(
        response,
        public=True,
        max_age=min(settings.PAGE_CACHE_BROWSER_SECONDS, left),
        s_maxage=min(settings.PAGE_CACHE_CDN_SECONDS, left),
    )
