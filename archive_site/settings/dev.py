"""Settings for a developer's machine: `make run` uses these."""

from .base import *  # noqa: F403
from .base import env_bool, env_str

DEBUG = env_bool("DEBUG", default=True)

# A fixed key is fine on a laptop and refused in production (see production.py).
SECRET_KEY = env_str("SECRET_KEY") or "dev-only-insecure-key-never-used-in-production"

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
