"""
Every save or delete of a page or a record that a public page may show bumps the page cache's
version (`page_cache.versions`), inside the writer's transaction, so that the change makes every
cached page stale when it commits and not before; publishing, unpublishing and moving a page too.

The apps are listed rather than the models: a record another engineer adds to one of them is
watched without a line here. Left out are the rows a visit itself writes (image renditions made
while a page renders, the access log, the search's query log and index, sessions, background
jobs), drafts and revisions that the public does not see until they are published, and the
version rows themselves.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.images.models import AbstractRendition
from wagtail.signals import page_published, page_unpublished, post_page_move

from base.models.versions import VersionRow
from page_cache import versions

WATCHED_APPS = {
    "base",
    "home",
    "archive",
    "oral_history",
    "identifiers",
    "taggit",
    "wagtailsearchpromotions",
}
WATCHED_MODELS = {
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
}
UNWATCHED_MODELS = {"base.accesslogentry"}


def watched_models():
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in UNWATCHED_MODELS or issubclass(model, AbstractRendition | VersionRow):
            continue
        if model._meta.app_label in WATCHED_APPS or label in WATCHED_MODELS:
            yield model


def record_changed(sender, **kwargs):
    versions.bump()


def connect():
    for model in watched_models():
        uid = f"page-cache-{model._meta.label_lower}"
        post_save.connect(record_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(record_changed, sender=model, dispatch_uid=f"{uid}-delete")
        through_models = (field.remote_field.through for field in model._meta.local_many_to_many)
        for through in through_models:
            m2m_changed.connect(record_changed, sender=through, dispatch_uid=f"{uid}-{through}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(record_changed, dispatch_uid=f"page-cache-{signal}")
