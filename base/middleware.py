"""
The French pages' typography, set once for the whole page (see `base.typography`).

A middleware rather than a filter in every template: it reaches the text of every template,
gettext's interface strings and what editors type, in one place, and cannot be forgotten in a
new template. It reads only HTML responses served under the French prefix (``/fr/…``): the admin,
JSON, CSV and files are left alone. It is the innermost middleware, so that the length the
common middleware writes is that of the typeset page.
"""

from django.utils.translation import get_language_from_path

from base.typography import french_html


class FrenchTypographyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _is_french_page(request, response):
            charset = response.charset
            response.content = french_html(response.content.decode(charset)).encode(charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response


def _is_french_page(request, response):
    return (
        not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.has_header("Content-Encoding")
        and get_language_from_path(request.path_info) == "fr"
    )
