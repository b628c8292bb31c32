"""Files the leaflet tests upload: generated leaflets as PNG, TIFF, PDF or ZIP, and bad ones."""

import io
import zipfile
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django_tasks_db.management.commands import db_worker
from PIL import Image
from pypdf import PdfReader, PdfWriter

from leaflets import ocr, samples


def png(picture):
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def pdf(*pictures):
    buffer = io.BytesIO()
    pictures[0].save(buffer, "PDF", save_all=True, append_images=list(pictures[1:]), resolution=150)
    return buffer.getvalue()


def encrypted_pdf():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(Image.new("L", (200, 200), 255)))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def needs_ocr():
    """Skip, with what to install, where Tesseract or poppler is missing (not in CI: .ci/run
    installs them, and a skip there fails)."""
    try:
        ocr.check_programs()
    except ocr.MissingProgram as missing:
        pytest.skip(f"{missing} (make test installs it)")


def small_leaflet(seed=1, **options):
    """A generated leaflet of two events (quick to read), and its events."""
    needs_ocr()
    return samples.leaflet(seed, count=2, **options)


def blank_png():
    return png(Image.new("L", (600, 800), 255))


def scan_file(sample, name="mars-1995.png"):
    return SimpleUploadedFile(name, png(sample.image), "image/png")


def upload(client, capture, files, **fields):
    """Post scans to the admin's upload form, running what waits for the commit."""
    data = {
        "files": files,
        "date": "1995-03-01",
        "date_precision": "month",
        "access_level": "public",
        **fields,
    }
    with capture(execute=True):
        return client.post("/admin/leaflets/upload/", data)


def run_worker():
    """
    Run the queued jobs as `db_worker --batch` does. The worker closes old connections between
    jobs, which on PostgreSQL would close the test's own transaction: that is left out here.
    """
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        call_command("db_worker", "--backend", "archive", "--batch", "--no-startup-delay")
