"""
The manifests' addresses, outside the language prefix: `/iiif/interview/<page id>/manifest.json`
and `/iiif/media/<id>/manifest.json`.

A manifest answers to whoever may hear the recording, by the rules of the captions and the
recording's own address (`AccessControlled.is_open_to`, `InterviewPage.passages_for`,
`archive.media.files.media_is_open_to`), and 404 to anyone else, as they do: a closed, registered
or embargoed interview has no manifest for an anonymous visitor. One that not everyone may fetch
is sent `Cache-Control: private, no-store`; one that everyone may is open to other sites' viewers
(`Access-Control-Allow-Origin: *`).
"""

import dataclasses
import json

from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from archive.media.files import media_is_open_to
from archive.media.views import listed_media
from base import sections
from base.access import AccessLevel
from linked_data.iiif import interviews, media
from linked_data.iiif.common import PROFILE
from oral_history.models import InterviewPage
from oral_history.public_recordings import playing


def _response(data, restricted):
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=1), content_type=PROFILE)
    if restricted:
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    else:
        response["Access-Control-Allow-Origin"] = "*"
    return response


def _privacy_allows(page, request):
    """Wagtail's page privacy (a password, a login, groups), as serving the page applies it."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


@require_GET
def interview_manifest(request, page_id):
    interview = get_object_or_404(InterviewPage.objects.live(), pk=page_id)
    if not interview.is_listed_for(request.user) or not _privacy_allows(interview, request):
        raise Http404
    passages = interview.passages_for(request.user)
    if passages is None or not passages.recordings:
        raise Http404
    # The canvases paint what the page plays: a public version while a passage is silenced,
    # and nothing for a recording whose public version is still being prepared.
    players = [p for p in playing.players(interview, passages, request.user) if not p.preparing]
    served = {player.media.pk: player.url for player in players}
    passages = dataclasses.replace(passages, recordings=[player.media for player in players])
    page = request.build_absolute_uri(interview.get_url(request))
    urls = {
        "manifest": request.build_absolute_uri(),
        "page": page,
        **{
            name: page + interview.reverse_subpage(name)
            for name in ("captions", "chapters", "text", "pdf", "json")
        },
        "media": lambda item: request.build_absolute_uri(served[item.pk]),
    }
    data = interviews.manifest(interview, passages, urls, interview.locale.language_code)
    if not data.get("items"):
        raise Http404  # no recording of a known duration: nothing to present
    restricted = interview.access_level != AccessLevel.PUBLIC or not all(
        playing.is_public(interview, player.media) for player in players
    )
    return _response(data, restricted)


@require_GET
def media_manifest(request, pk):
    item = get_object_or_404(listed_media(request.user), pk=pk)
    if not media_is_open_to(item, request.user) or not item.duration:
        raise Http404
    locale = Locale.get_active()
    section = sections.section_page("media", locale.pk)
    if section is None:
        raise Http404
    section_url = request.build_absolute_uri(section.get_url(request))

    def subpage(name):
        return section_url + section.reverse_subpage(name, kwargs={"pk": item.pk})

    urls = {
        "manifest": request.build_absolute_uri(),
        "page": subpage("av"),
        "file": request.build_absolute_uri(item.url),
        "captions": subpage("captions") if item.captions else None,
        "transcript": subpage("transcript") if item.transcript_file else None,
        "transcript_pdf": subpage("transcript_pdf") if item.transcript_file else None,
    }
    data = media.manifest(item, urls, locale.language_code)
    restricted = not media_is_open_to(item, AnonymousUser())
    return _response(data, restricted)
