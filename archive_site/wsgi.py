"""WSGI entry point used by gunicorn (`make serve`) and any WSGI server in production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive_site.settings.production")

application = get_wsgi_application()
