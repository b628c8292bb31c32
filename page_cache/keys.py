"""
The cache key of an anonymous visitor's page: the host, the language, the path and the query
string (its parameters sorted, so that ?a=1&b=2 and ?b=2&a=1 share a page), under the versions
that date it (`page_cache.versions`). The language is read as Django's LocaleMiddleware reads it
(the path's prefix, else the browser's), so a page whose language comes from the browser is kept
once per language.
"""

import hashlib
from urllib.parse import urlencode

from django.utils.translation import get_language_from_request


def page_key(request, version):
    language = get_language_from_request(request, check_path=True)
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    identity = "\n".join((request.get_host(), language, request.path, query))
    digest = hashlib.sha256(identity.encode()).hexdigest()
    return f"page-cache:page:{version}:{digest}"
