"""
/oai/: the repository's one address, outside the language prefix (harvesters do not follow a
redirect). GET and POST both, as the protocol allows; the answer is always 200 with XML, errors
included, as the protocol says.
"""

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from harvesting.links import Links

from . import protocol, xml


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def endpoint(request):
    arguments = request.POST if request.method == "POST" else request.GET
    context = protocol.Context(request.build_absolute_uri(request.path), Links(request))
    root = protocol.respond(dict(arguments.lists()), context)
    return HttpResponse(xml.serialize(root), content_type="text/xml; charset=utf-8")
