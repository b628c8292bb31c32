"""
A public version's address, `/recordings/<id>/<checksum start>.<extension>`, served with HTTP
Range as the originals are (`archive.media.files.ranged_response`).

It answers only to whoever may hear the recording in its interview, and only while the version
is the one for today's passages: a version made for a later day (with fewer passages silenced)
is a 404 until that day, and one made for an earlier state is a 404 once it is superseded.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from archive.media.files import is_first_request, ranged_response
from base.access import is_editor
from base.models import AccessLogEntry
from oral_history.models import PublicRecording
from oral_history.public_recordings import playing, states


def _privacy_allows(page, request):
    """Wagtail's page privacy (a password, a login, groups), as serving the page applies it."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


@require_GET
def serve_public_recording(request, pk, filename):
    version = get_object_or_404(
        PublicRecording.objects.select_related("interview", "media"),
        pk=pk,
        state=PublicRecording.State.READY,
    )
    interview, media, user = version.interview, version.media, request.user
    if filename != version.filename or not playing.may_hear(interview, media, user):
        raise Http404
    if not _privacy_allows(interview, request):
        raise Http404
    today = states.current(interview).fingerprint(media, interview.silenced_picture)
    if today != version.fingerprint:
        raise Http404
    public = playing.is_public(interview, media)
    if is_first_request(request) and user.is_authenticated and not public and not is_editor(user):
        AccessLogEntry.record(AccessLogEntry.Action.MEDIA_SERVED, user=user, media=media)
    response = ranged_response(request, version.file, media.sources[0]["type"])
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
