"""Files the leaflet tests upload: generated leaflets as PNG, TIFF, PDF or ZIP, and bad ones."""

import io
import zipfile

from PIL import Image
from pypdf import PdfReader, PdfWriter

from leaflets import samples


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


def small_leaflet(seed=1, **options):
    """A generated leaflet of two events (quick to read), and its events."""
    return samples.leaflet(seed, count=2, **options)


def blank_png():
    return png(Image.new("L", (600, 800), 255))
