"""
Checks made on every uploaded image, recording, captions file and document, before anything is
written.

They run in the models' `clean()`, which Wagtail's image and media forms call (and which any
import or API must call through `full_clean()`), so that a rejected file never reaches storage:
the content must be what the upload claims, within the size limits, and never SVG or HTML, which
a browser could run as a page. See docs/media-archive.md.
"""

import hashlib
import os
import zipfile

import mutagen
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

CHUNK = 1024 * 1024
IMAGE_FORMATS = {"JPEG", "PNG", "GIF", "WEBP", "TIFF", "AVIF"}
MARKUP_SIGNS = (b"<svg", b"<html", b"<!doctype", b"<script", b"<?xml", b"<body", b"<head")
DEFAULT_IMAGE_MAX_SIZE = 10 * 1024 * 1024
WEBM_MAGIC = b"\x1a\x45\xdf\xa3"
TEXT_MAX_SIZE = 5 * 1024 * 1024
DEFAULT_DOCUMENT_MAX_SIZE = 100 * 1024 * 1024
ZIP_FORMATS = {"docx", "odt", "xlsx", "zip"}
TEXT_FORMATS = {"csv", "txt"}


def is_new_upload(file):
    """A file assigned in this request and not yet written to storage."""
    return bool(file) and not getattr(file, "_committed", True)


def original_name(file):
    upload = getattr(file, "file", None)
    return os.path.basename(getattr(upload, "name", "") or file.name or "")


def file_checksum(file):
    """SHA-256 of the file's bytes, read in chunks; the file is left at its start."""
    digest = hashlib.sha256()
    if not is_new_upload(file):
        file.open("rb")
    try:
        file.seek(0)
        for chunk in iter(lambda: file.read(CHUNK), b""):
            digest.update(chunk)
    finally:
        file.seek(0)
    return digest.hexdigest()


def storage_checksum(storage, name):
    digest = hashlib.sha256()
    with storage.open(name, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _head(file, size=2048):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head if isinstance(head, bytes) else head.encode()


def _check_size(file, limit, field="file"):
    if limit and file.size > limit:
        raise ValidationError(
            {
                field: _("This file is %(size)s; the largest allowed is %(limit)s.")
                % {"size": filesizeformat(file.size), "limit": filesizeformat(limit)}
            }
        )


def _refuse_markup(file, field="file"):
    head = _head(file).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if any(sign in head for sign in MARKUP_SIGNS):
        raise ValidationError(
            {field: _("SVG and HTML files cannot be uploaded here: they can contain scripts.")}
        )


def validate_image_upload(file):
    limit = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", DEFAULT_IMAGE_MAX_SIZE)
    _check_size(file, limit)
    _refuse_markup(file)
    try:
        file.seek(0)
        with Image.open(file) as image:
            kind = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            {"file": _("This file is not an image that can be read (JPEG, PNG, GIF or WebP).")}
        ) from error
    finally:
        file.seek(0)
    if kind not in IMAGE_FORMATS:
        raise ValidationError(
            {"file": _("Images in the %(format)s format are not accepted.") % {"format": kind}}
        )


def validate_media_upload(file, kind):
    _check_size(file, settings.MEDIA_MAX_UPLOAD_SIZE)
    _refuse_markup(file)
    try:
        file.seek(0)
        info = mutagen.File(file)
    except (mutagen.MutagenError, OSError, ValueError):
        info = None
    finally:
        file.seek(0)
    length = getattr(getattr(info, "info", None), "length", None)
    if kind == "video" and _head(file, 4) == WEBM_MAGIC:
        return
    if info is None or not length:
        if kind == "video":
            message = _(
                "This file is not a video that can be read: its content does not match its name."
            )
        else:
            message = _(
                "This file is not an audio recording that can be read: its content does not "
                "match its name."
            )
        raise ValidationError({"file": message})
    mimes = " ".join(getattr(info, "mime", []))
    if kind == "video" and "video" not in mimes and "mp4" not in mimes:
        raise ValidationError({"file": _("This file is an audio recording, not a video.")})


def validate_text_upload(file, field):
    _check_size(file, TEXT_MAX_SIZE, field)
    _refuse_markup(file, field)
    file.seek(0)
    try:
        file.read().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValidationError({field: _("This file is not UTF-8 text.")}) from error
    finally:
        file.seek(0)


def _starts_with_markup(file):
    head = _head(file).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return any(head.startswith(sign) for sign in MARKUP_SIGNS)


def validate_document_upload(file):
    """
    A document must be what its extension says: a PDF starts with `%PDF-`, an office document or
    an archive is a ZIP file, an RTF file starts with `{\\rtf`, a text file holds no binary; and
    it is never SVG or HTML, whatever its name (Wagtail's form only checks the extension).
    """
    limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", DEFAULT_DOCUMENT_MAX_SIZE)
    _check_size(file, limit)
    if _starts_with_markup(file):
        raise ValidationError(
            {"file": _("SVG and HTML files cannot be uploaded here: they can contain scripts.")}
        )
    extension = os.path.splitext(original_name(file))[1].lstrip(".").lower()
    if extension == "pdf":
        matches = _head(file, 5) == b"%PDF-"
    elif extension in ZIP_FORMATS:
        file.seek(0)
        try:
            matches = zipfile.is_zipfile(file)
        finally:
            file.seek(0)
    elif extension == "rtf":
        matches = _head(file, 5) == b"{\\rtf"
    elif extension in TEXT_FORMATS:
        matches = b"\x00" not in _head(file, 8192)
        if matches:
            _refuse_markup(file)
    else:
        matches = True
    if not matches:
        raise ValidationError(
            {
                "file": _(
                    "This file is not a %(format)s document: its content does not match its name."
                )
                % {"format": extension.upper()}
            }
        )
