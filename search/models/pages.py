"""The search page: a page, so that its address is translated (/fr/recherche/, /en/search/)."""

from django.http import JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from base.models import SectionPage


class SearchPage(SectionPage):
    """
    One ranked search across pages, programme records, media, interviews and transcript passages,
    with facets; `format=json` answers the same search as data (docs/search.md).

    The search itself (`search.views`) reads the index, whose models are this module's
    neighbours in `search.models`: rather than importing it here, which would make every import
    of an index model load the whole search, `SearchConfig.ready` hands it to the page as
    `search_views` once the models are loaded.
    """

    search_views = None

    class Meta:
        verbose_name = _("search page")

    def serve(self, request, *args, **kwargs):
        if request.GET.get("format") == "json":
            data = self.search_views.search_json(request)
            return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.search_views.search_context(request, get_language()))
        return context
