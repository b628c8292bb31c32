"""
Whether a page holds restricted material, in which case it is never cached, even in its
anonymous form: an interview, recording, image or document that is not public (its notice stands
where the material would be, and it opens by itself or to a researcher), an interview with a
passage still withheld, or a page behind a Wagtail view restriction.

Read from the context of the page's response, so that a record shown by a routable page (a
media item's page) is judged as its own page is, without the domains knowing of the cache.
"""

from django.db.models import Q
from wagtail.models import Page

from base import access
from base.access import AccessControlled, AccessLevel
from oral_history.models import InterviewPage, Redaction


def holds_restricted_material(context):
    return any(_restricted(value) for value in (context or {}).values())


def _restricted(value):
    if isinstance(value, AccessControlled) and value.access_level != AccessLevel.PUBLIC:
        return True
    if isinstance(value, InterviewPage) and _withholds_passages(value):
        return True
    return isinstance(value, Page) and value.get_view_restrictions().exists()


def _withholds_passages(interview):
    withheld = Q(until__isnull=True) | Q(until__gt=access.today())
    return Redaction.objects.filter(withheld, interview=interview).exists()
