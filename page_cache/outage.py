"""
While the database is away (restarted, failing over, or SQLite's lock held past its timeout),
every page answers 503 "come back in a moment" in the visitor's language instead of 500, with
Retry-After, and the site recovers by itself: Django opens a new connection for the next request
(`CONN_MAX_AGE` and its health checks), so nothing needs restarting.

Django calls the project's 500 handler from inside the failed request's exception handling, so
the error is at hand; the page's template reads nothing from the database.
"""

import sys

from django.db.utils import InterfaceError, OperationalError
from django.template.response import TemplateResponse
from django.utils import translation
from django.views import defaults

DATABASE_AWAY = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 15


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    if not isinstance(sys.exc_info()[1], DATABASE_AWAY):
        return defaults.server_error(request, template_name)
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        response = TemplateResponse(
            request, "503.html", {"language": language, "retry_after": RETRY_AFTER_SECONDS}
        )
        response.render()
    response.status_code = 503
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
