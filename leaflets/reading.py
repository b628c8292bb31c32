"""
From upload to suggested rows. `receive` saves each scan as an archive image (JPEG, PNG, TIFF)
or document (PDF) with the editor's metadata and access level, with a `Leaflet` waiting to be
read, all in one transaction, and queues the reading for after the commit, so that the upload
returns at once. `read_leaflet` (the background job) reads the pages one by one, counting them
for the progress bar, then suggests the rows and matches them to the archive's events.
"""

import io
import logging
from pathlib import PurePosixPath

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils.translation import gettext as _
from django_tasks import task
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from base.dates import DatePrecision
from leaflets import ocr
from leaflets.matching import find_existing
from leaflets.models import Leaflet, LeafletPage, Suggestion
from leaflets.parsing import parse_lines

logger = logging.getLogger(__name__)
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff"}
PICTURE_QUALITY = 80
METADATA_FIELDS = ("date", "date_precision", "creator", "credit", "rights", "access_level")


def _archive_item(scan, metadata):
    """An unsaved, checked archive image or document holding the scan's file."""
    title = PurePosixPath(scan.name).stem.replace("_", " ")
    name = PurePosixPath(scan.name).name
    if scan.kind == "pdf":
        upload = SimpleUploadedFile(name, scan.data, "application/pdf")
        item = get_document_model()(title=title, file=upload)
    else:
        with Image.open(io.BytesIO(scan.data)) as image:
            content_type = CONTENT_TYPES[image.format]
        upload = SimpleUploadedFile(name, scan.data, content_type)
        item = get_image_model()(title=title, file=upload)
    for field in METADATA_FIELDS:
        if metadata.get(field) not in (None, ""):
            setattr(item, field, metadata[field])
    if metadata.get("embargo_until"):
        item.embargo_until = metadata["embargo_until"]
    item.description = metadata.get("description") or _("Leaflet scanned for the archive.")
    item.full_clean(exclude=["collection"] if not getattr(item, "collection_id", None) else None)
    return item


def receive(scans, metadata, user=None):
    """Save the scans and their waiting readings (all or none); queue the readings."""
    items = [(scan, _archive_item(scan, metadata)) for scan in scans]  # all checked first
    leaflets = []
    with transaction.atomic():
        for scan, item in items:
            item.uploaded_by_user = user
            item.save()
            field = "document" if scan.kind == "pdf" else "image"
            leaflets.append(
                Leaflet.objects.create(**{field: item}, pages_total=scan.pages, uploaded_by=user)
            )
        for leaflet in leaflets:
            transaction.on_commit(lambda pk=leaflet.pk: read_leaflet_job.enqueue(pk))
    return leaflets


@task(backend="archive")
def read_leaflet_job(leaflet_id):
    leaflet = Leaflet.objects.select_related("image", "document").get(pk=leaflet_id)
    read_leaflet(leaflet)


def document_calendar(scan):
    """(year, month) of the scan's own date, as far as it is known."""
    if not scan.date:
        return None, None
    if scan.date_precision == DatePrecision.YEAR:
        return scan.date.year, None
    return scan.date.year, scan.date.month


def scan_bytes(leaflet):
    scan = leaflet.scan
    with scan.file.open("rb") as handle:
        return handle.read()


def read_pages(kind, data, pages, on_page=None):
    """[(picture, words)] of every page; `on_page(number)` after each one."""
    results = []
    for number, picture in enumerate(ocr.page_pictures(kind, data, pages), start=1):
        results.append((picture, ocr.read_words(picture)))
        if on_page:
            on_page(number)
    return results


def suggest(pages, year, month):
    """The rows read from pages' words, each with the number of the page it starts on."""
    lines = []
    for number, (_picture, words) in enumerate(pages, start=1):
        for line in ocr.lines_of(words):
            line.page = number
            lines.append(line)
    return parse_lines(lines, year=year, month=month)


def read_leaflet(leaflet):
    """Read a waiting leaflet, store its pages and suggested rows; a failure is kept on it."""
    Leaflet.objects.filter(pk=leaflet.pk).update(state=Leaflet.State.READING, pages_read=0)
    kind = "pdf" if leaflet.document_id else "image"

    def counted(number):
        Leaflet.objects.filter(pk=leaflet.pk).update(pages_read=number)

    try:
        ocr.check_programs()
        pages = read_pages(kind, scan_bytes(leaflet), leaflet.pages_total, counted)
    except Exception as error:
        logger.exception("Leaflet %s could not be read", leaflet.pk)
        _fail(leaflet, _("The scan could not be read: %(error)s") % {"error": error})
        return
    if not any(words for _picture, words in pages):
        _fail(leaflet, _("No text found: the scan is blank or cannot be read."))
        return
    rows = suggest(pages, *document_calendar(leaflet.scan))
    with transaction.atomic():
        leaflet.pages.all().delete()
        saved = [_save_page(leaflet, number, *page) for number, page in enumerate(pages, 1)]
        matches = find_existing(rows)
        Suggestion.objects.bulk_create(
            [
                _suggestion(saved[row.lines[0].page - 1], order, row, matches.get(order))
                for order, row in enumerate(rows)
            ]
        )
        leaflet.state = Leaflet.State.READ
        leaflet.pages_read = len(pages)
        leaflet.error = ""
        leaflet.save(update_fields=["state", "pages_read", "error"])


def _fail(leaflet, message):
    Leaflet.objects.filter(pk=leaflet.pk).update(state=Leaflet.State.FAILED, error=message)
    leaflet.state, leaflet.error = Leaflet.State.FAILED, message


def _save_page(leaflet, number, picture, words):
    buffer = io.BytesIO()
    picture.convert("L").save(buffer, "JPEG", quality=PICTURE_QUALITY)
    page = LeafletPage(
        leaflet=leaflet,
        number=number,
        width=picture.width,
        height=picture.height,
        text=ocr.text_of(words),
        words=words,
    )
    page.picture.save(f"leaflet-{leaflet.pk}-{number}.jpg", io.BytesIO(buffer.getvalue()), False)
    page.save()
    return page


def _suggestion(page, order, row, existing):
    left, top, right, bottom = row.region
    return Suggestion(
        page=page,
        order=order,
        date=row.date,
        time=row.time,
        title=row.title[:255],
        director=row.director[:255],
        country=row.country[:255],
        film_year=row.film_year,
        guests="; ".join(row.guests)[:500],
        venue=row.venue[:255],
        source_text=row.source_text,
        left=left,
        top=top,
        right=right,
        bottom=bottom,
        confidence=row.confidence,
        decision=Suggestion.Decision.MERGE if existing else Suggestion.Decision.ACCEPT,
        merge_into=existing,
    )
