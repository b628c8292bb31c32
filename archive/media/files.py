"""
Where the archive's files live, and how they are read and served.

- Recordings, captions, transcripts and documents are kept in a private storage that no web
  server publishes: whatever their access level, they are served only by views that check who
  asks (`serve_media`, which answers HTTP Range requests so that players can seek, and
  `serve_document`, at Wagtail's document addresses).
- Images live where their access level puts them (`ImageFileStorage`): a public image's original
  and renditions in public storage, served by the web server; the files of any other image in the
  private storage under `restricted/`, served only by `serve_image_file`, which checks access.
  Saving an image whose access level changed moves its files (`ArchiveImage.save`).

In production every checking view can hand the transfer to the web server
(`MEDIA_ACCEL_REDIRECT_PREFIX`, for nginx's X-Accel-Redirect, pointing at `PRIVATE_MEDIA_ROOT`).
With object storage (`MEDIA_S3_BUCKET`, docs/backup.md) both storages are S3 buckets: private
files have no public ACL and are still read only by these views, a Range as a ranged GET.
"""

import mimetypes
import os
import re

import mutagen
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.files.storage import Storage, storages
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.deconstruct import deconstructible
from django.views.decorators.http import require_GET

from archive.media import restrictions
from base.access import AccessLevel, is_editor
from base.models import AccessLogEntry

RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024
RESTRICTED_PREFIX = "restricted/"
NAME_MAX_LENGTH = 100


def private_media_storage():
    return _private_media_storage


def is_restricted_name(name):
    return bool(name) and name.startswith(RESTRICTED_PREFIX)


def restricted_name(name):
    """`name` under `restricted/`, its stem shortened if needed to fit a file field."""
    if is_restricted_name(name):
        return name
    folder, filename = os.path.split(name)
    stem, extension = os.path.splitext(filename)
    overflow = len(RESTRICTED_PREFIX + name) - (NAME_MAX_LENGTH - 6)
    if overflow > 0:
        stem = stem[: max(len(stem) - overflow, 1)]
    return RESTRICTED_PREFIX + os.path.join(folder, stem + extension)


def public_name(name):
    return name.removeprefix(RESTRICTED_PREFIX)


@deconstructible(path="archive.media.files.ConfiguredStorage")
class ConfiguredStorage(Storage):
    """
    The storage `STORAGES` names under an alias, looked up on each call rather than once when
    the models load, so that the same field reads the local disk, an S3 bucket (settings
    `MEDIA_S3_BUCKET`…, docs/backup.md) or a test's storage, whichever is configured now.
    """

    def __init__(self, alias="private_media"):
        self.alias = alias

    def alias_for(self, name):
        """The `STORAGES` alias that keeps `name`."""
        return self.alias

    def backend(self, name):
        return storages[self.alias_for(name)]

    def _open(self, name, mode="rb"):
        return self.backend(name).open(name, mode)

    def _save(self, name, content):
        return self.backend(name).save(name, content, max_length=NAME_MAX_LENGTH)

    def delete(self, name):
        self.backend(name).delete(name)

    def exists(self, name):
        return self.backend(name).exists(name)

    def listdir(self, path):
        return self.backend(path).listdir(path)

    def size(self, name):
        return self.backend(name).size(name)

    def path(self, name):
        return self.backend(name).path(name)

    def url(self, name):
        return self.backend(name).url(name)

    def get_accessed_time(self, name):
        return self.backend(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self.backend(name).get_created_time(name)

    def get_modified_time(self, name):
        return self.backend(name).get_modified_time(name)


_private_media_storage = ConfiguredStorage("private_media")


@deconstructible(path="archive.media.files.ImageFileStorage")
class ImageFileStorage(ConfiguredStorage):
    """
    The storage of image originals and renditions: names under `restricted/` are kept in the
    private storage and their URL is the access-checking `serve_image_file`; every other name is
    kept in the default (public) storage and served by the web server (or the public bucket).
    """

    def __init__(self):
        super().__init__("default")

    def alias_for(self, name):
        return "private_media" if is_restricted_name(name) else "default"

    def url(self, name):
        if is_restricted_name(name):
            return reverse("image_file", kwargs={"name": public_name(name)})
        return self.backend(name).url(name)


_image_file_storage = ImageFileStorage()


def image_file_storage():
    return _image_file_storage


def relocate(file, restricted):
    """
    Copy a stored file to the private (`restricted=True`) or the public side of its storage and
    return the new name. The old copy is left for the caller to delete once the change is saved.
    """
    storage = file.storage
    target = restricted_name(file.name) if restricted else public_name(file.name)
    with storage.open(file.name, "rb") as handle:
        return storage.save(target, handle, max_length=NAME_MAX_LENGTH)


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
    The items this user may hear: each item's own access (or a grant on what uses it, for a
    registered or embargoed item), and that of every interview that uses it (the strictest
    wins). A fixed number of queries, whatever the number of items.
    """
    items = list(items)
    shut = [media for media in items if not media.is_open_to(user)]
    shut_ids = {media.pk for media in shut} - granted_media(shut, user)
    items = [media for media in items if media.pk not in shut_ids]
    if not items:
        return []
    closed = restrictions.closed(items, user)
    return [media for media in items if media.pk not in closed]


def granted_media(items, user):
    """
    The ids of those of `items` (registered or embargoed, never closed) that a grant this user
    holds opens, on what uses them; no query for an anonymous visitor or when `items` is empty.
    """
    return restrictions.granted(
        [media for media in items if media.access_level != AccessLevel.CLOSED], user
    )


def media_is_open_to(media, user):
    return bool(open_media([media], user))


@require_GET
def serve_media(request, pk, filename):
    media_model = apps.get_model(settings.WAGTAILMEDIA["MEDIA_MODEL"])
    media = get_object_or_404(media_model, pk=pk)
    if filename != media.filename or not media_is_open_to(media, request.user):
        raise Http404
    if is_first_request(request):
        _log_serving(request.user, media)
    response = ranged_response(request, media.file, media.sources[0]["type"])
    return _private(response, media)


def ranged_response(request, file, content_type):
    """
    A stored file, whole (200) or the byte range asked for (206; 416 past its end), so that
    players can seek; with `MEDIA_ACCEL_REDIRECT_PREFIX`, handed to the web server instead.
    The caller sets `Cache-Control`.
    """
    match = RANGE_RE.match(request.headers.get("Range", "").strip())
    prefix = getattr(settings, "MEDIA_ACCEL_REDIRECT_PREFIX", "")
    if prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = f"{prefix.rstrip('/')}/{file.name}"
        return response
    size = file.size
    start, end = 0, size - 1
    status = 200
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
        read_range(file.storage, file.name, start, end),
        status=status,
        content_type=content_type,
    )
    response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    if status == 206:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return response


def is_first_request(request):
    """No range, or one that starts at the first byte: a play or a download, not a seek."""
    return _from_first_byte(RANGE_RE.match(request.headers.get("Range", "").strip()))


def _from_first_byte(match):
    """No range, or one that starts at the first byte: a play or a download, not a seek."""
    if not match or not (match.group(1) or match.group(2)):
        return True
    return bool(match.group(1)) and int(match.group(1)) == 0


def _log_serving(user, media):
    """
    The access log's line for a restricted item served to someone who is not an editor:
    restricted meaning that an anonymous visitor would not get it today (its own level, or an
    interview that uses it). A player asks for the rest of the file as it plays and seeks; only
    a request from the first byte (a play or a download) is logged.
    """
    if not user.is_authenticated or is_editor(user):
        return
    if media_is_open_to(media, AnonymousUser()):
        return
    AccessLogEntry.record(AccessLogEntry.Action.MEDIA_SERVED, user=user, media=media)


def read_range(storage, name, start, end):
    """
    Bytes `start` to `end` (inclusive) of a stored file, in chunks. From an S3 bucket only that
    range is fetched (a ranged GET), so that seeking in a long recording does not download it.
    """
    handle = storage.open(name, "rb")
    s3_object = getattr(handle, "obj", None)
    if s3_object is not None:
        handle.close()
        body = s3_object.get(Range=f"bytes={start}-{end}")["Body"]
        yield from body.iter_chunks(CHUNK)
        return
    with handle:
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


@require_GET
def serve_image_file(request, name):
    """
    A restricted image's original or rendition, to whoever may see the image (editors, approved
    researchers for registered images, everyone once an embargo has ended); a 404 otherwise.
    """
    from wagtail.images import get_image_model

    stored = RESTRICTED_PREFIX + name
    image_model = get_image_model()
    rendition = (
        image_model.get_rendition_model()
        .objects.filter(file=stored)
        .select_related("image")
        .first()
    )
    image = rendition.image if rendition else image_model.objects.filter(file=stored).first()
    if image is None or not image.is_open_to(request.user):
        raise Http404
    content_type = mimetypes.guess_type(stored)[0] or "application/octet-stream"
    return _file_response(
        image.file.storage, stored, content_type, public=image.access_level == "public"
    )


def check_document_access(document, request):
    """
    Wagtail's `before_serve_document` hook (archive/wagtail_hooks.py): a 404 for whoever may not
    read the document, wherever Wagtail serves it from.
    """
    if not document.is_open_to(request.user):
        raise Http404


@require_GET
def serve_document(request, document_id, document_filename):
    """
    A document's file, from the private storage, at Wagtail's own address
    (`/documents/<id>/<file name>`, which archive_site/urls.py routes here first): Wagtail's
    `before_serve_document` hooks run as in Wagtail's view (collection restrictions, then
    `check_document_access`), and the file is streamed, or handed to the web server.
    """
    from wagtail import hooks
    from wagtail.documents import get_document_model
    from wagtail.documents.models import document_served

    document_model = get_document_model()
    document = get_object_or_404(document_model, pk=document_id)
    if document.filename != document_filename:
        raise Http404
    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponseBase):
            return result
    document_served.send(sender=document_model, instance=document, request=request)
    response = _file_response(
        document.file.storage,
        document.file.name,
        document.content_type,
        public=document.access_level == "public",
    )
    response["Content-Disposition"] = document.content_disposition
    # A document is never run as a page, whatever it contains (as in Wagtail's own view).
    response["Content-Security-Policy"] = "default-src 'none'"
    return response


def _file_response(storage, name, content_type, *, public):
    prefix = getattr(settings, "MEDIA_ACCEL_REDIRECT_PREFIX", "")
    if prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = f"{prefix.rstrip('/')}/{name}"
    else:
        try:
            handle = storage.open(name, "rb")
        except FileNotFoundError as error:
            raise Http404 from error
        response = FileResponse(handle, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response
