"""The search page: a page, so that its address is translated (/fr/recherche/, /en/search/)."""

from django.http import JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from base.models import SectionPage


class SearchPage(SectionPage):
    """
    One ranked search across pages, programme records, media, interviews and transcript passages,
    with facets; `format=json` answers the same search as data (docs/search.md).
    """

    class Meta:
        verbose_name = _("search page")

    def serve(self, request, *args, **kwargs):
        if request.GET.get("format") == "json":
            from search.views import search_json

            return JsonResponse(search_json(request), json_dumps_params={"ensure_ascii": False})
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from search.views import search_context

        context = super().get_context(request, *args, **kwargs)
        context.update(search_context(request, get_language()))
        return context
