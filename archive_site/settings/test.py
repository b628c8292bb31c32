"""Settings for the test suite: fast hashing, memory cache, plain static storage."""

from .base import *  # noqa: F403
from .base import env_str

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rate"},
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private_media": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# Other tests change records behind the signals' back (queryset updates, a moved clock) and read
# the page again; the page cache's own tests turn it on (tests/production/).
PAGE_CACHE_ENABLED = False
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL") or "http://testserver"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Tests run inside transactions that never commit: index at once, and write search counts
# only when a test calls `search.querylog.flush()`.
SEARCH_INDEX_ON_COMMIT = False
SEARCH_QUERY_LOG_THREAD = False
