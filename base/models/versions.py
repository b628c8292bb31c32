"""A number that dates what the web workers cache, kept where every worker reads it."""

import time

from django.db import models


class VersionRow(models.Model):
    """
    One row whose number changes with every write to what it dates (the search index, the
    programme records).

    It lives in the database, not in the cache: each web worker has a cache of its own, and a
    change made through one worker must make every worker's cached answers stale. Written inside
    the writer's transaction, the new number is seen when the change commits, not before, so no
    worker can cache the old data under the new number.
    """

    version = models.BigIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self):
        return str(self.version)

    @classmethod
    def current(cls):
        return cls.objects.values_list("version", flat=True).first() or 0

    @classmethod
    def bump(cls):
        if not cls.objects.filter(pk=1).update(version=time.time_ns()):
            cls.objects.create(pk=1, version=time.time_ns())


class PageTreeVersion(VersionRow):
    """
    Changes with every change to what the frame of every page reads (`base.page_tree`): a page
    saved, published, unpublished, moved or deleted, a site, a locale or a view restriction.
    """
