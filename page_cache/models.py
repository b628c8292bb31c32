"""The number that dates every cached page (see `page_cache.versions`)."""

from base.models.versions import VersionRow


class PageCacheVersion(VersionRow):
    """Changes with every save or delete of a page or a record the public pages show."""
