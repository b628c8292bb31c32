"""
What an upload of leaflets holds, checked before anything is saved: single files or the members
of a ZIP (a box of leaflets), each a JPEG, PNG or TIFF image or a PDF. A ZIP member whose path
is absolute or climbs out of its folder ("zip slip"), a file that is none of those kinds, an
encrypted PDF, one with more pages than `LEAFLETS_MAX_PAGES` or a blank image refuses the whole
upload with a message naming the file, so that nothing is half-imported.
"""

import io
import posixpath
import re
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from PIL import Image, ImageStat, UnidentifiedImageError

IMAGE_FORMATS = {"JPEG", "PNG", "TIFF"}
DEFAULT_MAX_PAGES = 50
DEFAULT_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
# Below this spread of grey levels an image holds no marks at all.
BLANK_SPREAD = 2.0
PDFINFO_TIMEOUT = 30


class ScanError(Exception):
    """An upload refused: every problem found, one message a file."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class Scan:
    """One file to be read: its name, its bytes, "image" or "pdf", and its number of pages."""

    name: str
    data: bytes
    kind: str
    pages: int


def max_pages():
    return getattr(settings, "LEAFLETS_MAX_PAGES", DEFAULT_MAX_PAGES)


def max_upload_size():
    return getattr(settings, "LEAFLETS_MAX_UPLOAD_SIZE", DEFAULT_MAX_UPLOAD_SIZE)


def unsafe_member(name):
    """Is a ZIP member's path absolute, or does it climb out of the archive's folder?"""
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return True
    parts = name.replace("\\", "/").split("/")
    return ".." in parts or posixpath.normpath(name.replace("\\", "/")).startswith("..")


def _zip_members(name, data, problems):
    """The files of a ZIP (folders and the macOS resource forks skipped), or none on a problem."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        problems.append(_("%(name)s: this ZIP file cannot be opened.") % {"name": name})
        return []
    members = []
    with archive:
        infos = archive.infolist()
        for info in infos:
            if unsafe_member(info.filename):
                problems.append(
                    _("%(name)s: the member %(member)s has a path outside the ZIP's folder.")
                    % {"name": name, "member": info.filename}
                )
        if sum(info.file_size for info in infos) > max_upload_size():
            problems.append(_("%(name)s: the ZIP's files are too large together.") % {"name": name})
        if problems:
            return []
        for info in infos:
            base = posixpath.basename(info.filename)
            if info.is_dir() or info.filename.startswith("__MACOSX/") or base.startswith("."):
                continue
            members.append((f"{name}/{info.filename}", archive.read(info)))
    return members


def pdf_pages(data):
    """(number of pages, encrypted?) as `pdfinfo` (poppler) reads them; ScanError if it cannot."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        result = subprocess.run(  # noqa: S603 - a fixed program on a file we wrote
            ["pdfinfo", handle.name],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=PDFINFO_TIMEOUT,
            check=False,
        )
    output = result.stdout + result.stderr
    if "Incorrect password" in output or re.search(r"^Encrypted:\s+yes", output, re.M):
        return 0, True
    match = re.search(r"^Pages:\s+(\d+)", output, re.M)
    if result.returncode != 0 or not match:
        raise ValueError(output.strip()[:200])
    return int(match[1]), False


def _check_pdf(name, data, problems):
    try:
        pages, encrypted = pdf_pages(data)
    except ValueError:
        problems.append(_("%(name)s: this PDF cannot be read.") % {"name": name})
        return None
    if encrypted:
        problems.append(
            _("%(name)s: this PDF is encrypted; save it without a password.") % {"name": name}
        )
        return None
    if pages > max_pages():
        problems.append(
            _("%(name)s: this PDF has %(pages)s pages; at most %(limit)s are read at once.")
            % {"name": name, "pages": pages, "limit": max_pages()}
        )
        return None
    return Scan(name, data, "pdf", pages)


def is_blank(image):
    """An image with no marks on it: its grey levels hardly spread at all."""
    grey = image.convert("L")
    grey.thumbnail((400, 400))
    return ImageStat.Stat(grey).stddev[0] < BLANK_SPREAD


def _check_image(name, data, problems):
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            frames = getattr(image, "n_frames", 1)
            image.load()
            blank = is_blank(image)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        kind = None
    if kind not in IMAGE_FORMATS:
        problems.append(
            _("%(name)s: not a scan this can read (JPEG, PNG, TIFF or PDF).") % {"name": name}
        )
        return None
    if blank:
        problems.append(_("%(name)s: no text found (the scan is blank).") % {"name": name})
        return None
    if frames > max_pages():
        problems.append(
            _("%(name)s: this image has %(pages)s pages; at most %(limit)s are read at once.")
            % {"name": name, "pages": frames, "limit": max_pages()}
        )
        return None
    return Scan(name, data, "image", frames)


def check(name, data, problems):
    """The Scan(s) a file holds, appending what is wrong with it to `problems`."""
    if data[:2] == b"PK" and zipfile.is_zipfile(io.BytesIO(data)):
        scans = []
        for member, content in _zip_members(name, data, problems):
            scans += check(member, content, problems)
        return scans
    scan = (_check_pdf if data[:5] == b"%PDF-" else _check_image)(name, data, problems)
    return [scan] if scan else []


def collect(files):
    """
    Every scan in `files` ((name, bytes) pairs), or ScanError naming every problem: an upload is
    taken whole or not at all.
    """
    problems = []
    if sum(len(data) for _name, data in files) > max_upload_size():
        problems.append(_("The upload is too large."))
    scans = []
    for name, data in files:
        scans += check(name, data, problems)
    if not scans and not problems:
        problems.append(_("There is no scan in this upload."))
    if problems:
        raise ScanError(problems)
    return scans


def read_files(paths):
    """(name, bytes) for files on disk, as `collect` takes them."""
    return [(Path(path).name, Path(path).read_bytes()) for path in paths]
