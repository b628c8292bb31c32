"""
Settings for a public deployment.

`manage.py check --deploy` passes with no warning once SECRET_KEY and ALLOWED_HOSTS are given
real values (see docs/deployment.md). The site refuses to start without a secret key rather than
run with a guessable one.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import MEDIA_STORAGE, PRIVATE_MEDIA_STORAGE, SECRET_KEY, env_bool, env_int

DEBUG = False

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production needs a long random value, for example the output "
        'of: python -c "import secrets; print(secrets.token_urlsafe(50))"'
    )

STORAGES = {
    "default": MEDIA_STORAGE,
    "private_media": PRIVATE_MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS everywhere. Behind a proxy that terminates TLS, it must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=True)
# Wagtail's live preview shows the page in an iframe of the admin, on the same origin; DENY would
# blank it. SAMEORIGIN still refuses every other site, so Django's advice to use DENY is silenced.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
