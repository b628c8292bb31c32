"""
Django's LocaleMiddleware answers a 404 outside the language prefix with a redirect to the same
path under /fr/ when that path exists; with Wagtail's catch-all under the prefix, every path
does, so an API's 404 ("no such event") would become a redirect to an HTML page. Machine
addresses (/oai/, /api/) keep their own answers: harvesters and clients do not follow a language
redirect, and a 404 must stay a 404.
"""

from django.middleware.locale import LocaleMiddleware

MACHINE_PREFIXES = ("/oai/", "/api/")


class LocaleMiddlewareExceptMachines(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(MACHINE_PREFIXES):
            return response
        return super().process_response(request, response)
