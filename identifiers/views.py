"""
The permanent addresses and the citation downloads, outside the language prefix.

`/id/<kind>/<key>` answers 303 See Other to the record's current page in the visitor's language
(`?lang=`, else the language cookie and Accept-Language, as `/` does): the identifier names the
record, the page it leads to describes it and changes with the language and the slug, so the
redirect is neither permanent (301, 308) nor a temporary move of the same document (302). A
deleted record answers 410 Gone, a record the visitor may not know 404, as a key never issued.
"""

import json
from functools import wraps

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.vary import vary_on_headers
from wagtail.models import Page

from identifiers.citation import bibtex, csl_item, ris
from identifiers.issuing import lookup, target
from identifiers.kinds import KINDS, in_language
from identifiers.passages import citable_range
from oral_history import moments

FORMATS = {
    "csl.json": ("application/vnd.citationstyles.csl+json", lambda item: json.dumps([item])),
    "bib": ("application/x-bibtex", bibtex.dumps),
    "ris": ("application/x-research-info-systems", ris.dumps),
}


class Gone(Exception):
    """The record was deleted: its address answers 410."""


def visitor_language(request):
    requested = request.GET.get("lang", "")
    if requested in dict(settings.LANGUAGES):
        return requested
    return translation.get_language_from_request(request)


def known_record(request, kind, key):
    """The record of kind/key if this visitor may know it; Http404 or Gone otherwise."""
    row = lookup(kind, key) if kind in KINDS else None
    if row is None or (row.deleted_at and row.withheld):
        raise Http404
    if row.deleted_at:
        raise Gone
    record = target(row)
    if record is None or not KINDS[kind].is_known_to(record, request.user):
        raise Http404
    if isinstance(record, Page) and not all(
        restriction.accept_request(request) for restriction in record.get_view_restrictions()
    ):
        raise Http404  # a page behind a password or a login: its title is not ours to give
    return record


def not_found_here(view):
    """
    Answer a 404 at the address asked. These addresses are outside the language prefix, and
    `LocaleMiddleware` turns a 404 there into a redirect to the same path under /en/ or /fr/
    whenever that path would match a page's pattern (every path does, with Wagtail's catch-all):
    a visitor would be sent on to a second 404, and a closed record's address would not answer
    exactly as an unknown one. The middleware asks `request.urlconf` whether language prefixes
    are in use; this module's own URLs, which have none, say no for these requests only.
    """

    @wraps(view)
    def answered(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Http404:
            request.urlconf = "identifiers.urls"
            return render(request, "404.html", status=404)

    return answered


def gone(request):
    return render(request, "identifiers/gone.html", status=410)


@not_found_here
@vary_on_headers("Accept-Language", "Cookie")
def resolve(request, kind, key):
    try:
        record = known_record(request, kind, key)
    except Gone:
        return gone(request)
    language = visitor_language(request)
    with translation.override(language):
        url = KINDS[kind].url(record, request, language)
    if url is None:
        raise Http404
    return see_other(url)


def see_other(url):
    response = HttpResponse(status=303)
    response["Location"] = url
    return response


@not_found_here
@vary_on_headers("Accept-Language", "Cookie")
def resolve_passage(request, key, start, end):
    """A passage's address: the interview's page in the visitor's language, at its start."""
    try:
        interview = known_record(request, "interview", key)
    except Gone:
        return gone(request)
    if not citable_range(interview, request.user, start, end):
        raise Http404
    page = in_language(interview, visitor_language(request))
    return see_other(moments.url_at(page.get_url(request), start))


@not_found_here
def cite(request, kind, key, extension):
    """A record's citation as CSL-JSON, BibTeX or RIS; `?start=&end=` for an interview's passage."""
    content_type, dump = FORMATS[extension]
    try:
        record = known_record(request, kind, key)
    except Gone:
        return gone(request)
    language = visitor_language(request)
    record = in_language(record, language)
    passage = None
    if kind == "interview" and ("start" in request.GET or "end" in request.GET):
        passage = requested_range(request)
        if passage is None or not citable_range(record, request.user, *passage):
            raise Http404
    with translation.override(language):
        item = csl_item(record, passage)
    response = HttpResponse(dump(item), content_type=f"{content_type}; charset=utf-8")
    filename = f"{item['id']}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def requested_range(request):
    """(start, end) in whole seconds from `?start=&end=`, or None when they are not a range."""
    try:
        start, end = int(request.GET["start"]), int(request.GET["end"])
    except (KeyError, ValueError):
        return None
    return (start, end) if 0 <= start < end else None
