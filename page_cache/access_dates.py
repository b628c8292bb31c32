"""
The next day the public may see more than today: an embargo that ends or a restricted passage
that opens. A cached page must not outlive it, since on that day an anonymous visitor's page
changes by itself, with no save to bump the version (`base.access.today` is the access clock).

The day is the earliest one across the whole archive, not the page's own: a listing, a person's
page or the search show what several records open, and a page that expires earlier than it had to
is only computed again. It is kept in the cache under the version and today's date, so that it
is looked up once per change and per day, not per page.
"""

import datetime

from django.apps import apps
from django.core.cache import cache
from django.db.models import Min
from django.utils import timezone

from base import access
from base.access import AccessControlled, AccessLevel
from oral_history.models import Redaction

NEVER = "never"


def _embargoed_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, AccessControlled) and not model._meta.proxy
    ]


def compute_next_change(on):
    """The first day after `on` on which an embargo ends or a withheld passage opens, or None."""
    days = [
        model.objects.filter(access_level=AccessLevel.EMBARGOED, embargo_until__gt=on).aggregate(
            day=Min("embargo_until")
        )["day"]
        for model in _embargoed_models()
    ]
    days.append(Redaction.objects.filter(until__gt=on).aggregate(day=Min("until"))["day"])
    days = [day for day in days if day]
    return min(days) if days else None


def next_change(version):
    """`compute_next_change(today())`, cached for this version of the archive and this day."""
    on = access.today()
    key = f"page-cache:next-access-change:{version}:{on.isoformat()}"
    stored = cache.get(key)
    if stored is None:
        day = compute_next_change(on)
        cache.set(key, day.isoformat() if day else NEVER, 60 * 60 * 24)
        return day
    return None if stored == NEVER else datetime.date.fromisoformat(stored)


def seconds_until(day):
    """Seconds from now to the start of `day` in the site's time zone (at least 1)."""
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return max(1, int((start - timezone.now()).total_seconds()))
