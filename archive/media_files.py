"""
Where audio and video files live, and how they are read and served.

Recordings are kept in a private storage that no web server publishes: whatever their access
level, they are served only by `serve_media`, which checks who asks, answers HTTP Range requests
(so that players can seek), and in production can hand the transfer to the web server
(`MEDIA_ACCEL_REDIRECT_PREFIX`, for nginx's X-Accel-Redirect).
"""

import re

import mutagen
from django.apps import apps
from django.conf import settings
from django.core.files.storage import storages
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def private_media_storage():
    return storages["private_media"]


def read_duration(file):
    """Seconds of audio or video, read from the file itself; None when it cannot be read."""
    try:
        file.seek(0)
        info = mutagen.File(file)
    except (mutagen.MutagenError, OSError, ValueError):
        return None
    finally:
        file.seek(0)
    length = getattr(getattr(info, "info", None), "length", None)
    return round(length, 3) if length else None


def open_media(items, user):
    """
    The items this user may hear: each item's own access, and that of every interview that uses
    it (the strictest wins). One query, whatever the number of items.
    """
    items = [media for media in items if media.is_open_to(user)]
    if not items:
        return []
    recording_model = apps.get_model("oral_history", "InterviewRecording")
    closed = {
        link.media_id
        for link in recording_model.objects.filter(media__in=items).select_related("interview")
        if not (link.interview.is_listed_for(user) and link.interview.is_open_to(user))
    }
    return [media for media in items if media.pk not in closed]


def media_is_open_to(media, user):
    return bool(open_media([media], user))


@require_GET
def serve_media(request, pk, filename):
    media_model = apps.get_model(settings.WAGTAILMEDIA["MEDIA_MODEL"])
    media = get_object_or_404(media_model, pk=pk)
    if filename != media.filename or not media_is_open_to(media, request.user):
        raise Http404
    content_type = media.sources[0]["type"]
    prefix = getattr(settings, "MEDIA_ACCEL_REDIRECT_PREFIX", "")
    if prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = f"{prefix.rstrip('/')}/{media.file.name}"
        return _private(response, media)
    size = media.file.size
    start, end = 0, size - 1
    status = 200
    match = RANGE_RE.match(request.headers.get("Range", "").strip())
    if match and (match.group(1) or match.group(2)):
        if match.group(1):
            start = int(match.group(1))
            end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
        else:
            start = max(size - int(match.group(2)), 0)
        if start > end or start >= size:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        status = 206
    response = StreamingHttpResponse(
        _read(media.file, start, end), status=status, content_type=content_type
    )
    response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    if status == 206:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return _private(response, media)


def _read(file, start, end):
    with file.open("rb") as handle:
        handle.seek(start)
        remaining = end - start + 1
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk


def _private(response, media):
    public = media.access_level == "public"
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response
