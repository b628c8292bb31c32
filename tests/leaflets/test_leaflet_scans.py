"""What an upload of leaflets may hold: checked whole before anything is saved."""

import io

import pytest
from PIL import Image

from leaflets.scans import ScanError, collect, unsafe_member
from tests.leaflets.scan_files import (
    blank_png,
    encrypted_pdf,
    pdf,
    png,
    small_leaflet,
    zipped,
)


@pytest.fixture(scope="module")
def leaflet_png():
    return png(small_leaflet().image)


def problems(files):
    with pytest.raises(ScanError) as error:
        collect(files)
    return error.value.problems


def test_images_pdfs_and_zips_of_them_are_scans(leaflet_png):
    page = small_leaflet().image
    tiff = io.BytesIO()
    page.save(tiff, "TIFF")
    scans = collect(
        [
            ("a.png", leaflet_png),
            ("b.tif", tiff.getvalue()),
            ("c.pdf", pdf(page, page)),
            ("box.zip", zipped({"1995/mars.png": leaflet_png, "1995/avril.pdf": pdf(page)})),
        ]
    )
    assert [(scan.name, scan.kind, scan.pages) for scan in scans] == [
        ("a.png", "image", 1),
        ("b.tif", "image", 1),
        ("c.pdf", "pdf", 2),
        ("box.zip/1995/mars.png", "image", 1),
        ("box.zip/1995/avril.pdf", "pdf", 1),
    ]


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../evil.png", "box/../../evil.png", "C:/evil.png", "\\evil.png"]
)
def test_a_zip_member_outside_its_folder_refuses_the_whole_zip(leaflet_png, name):
    assert unsafe_member(name)
    found = problems([("box.zip", zipped({"good.png": leaflet_png, name: leaflet_png}))])
    assert found == [f"box.zip: the member {name} has a path outside the ZIP's folder."]


def test_a_file_that_is_not_a_scan_is_refused_with_the_others(leaflet_png):
    found = problems([("good.png", leaflet_png), ("notes.txt", b"hello"), ("page.gif", _gif())])
    assert found == [
        "notes.txt: not a scan this can read (JPEG, PNG, TIFF or PDF).",
        "page.gif: not a scan this can read (JPEG, PNG, TIFF or PDF).",
    ]


def _gif():
    buffer = io.BytesIO()
    Image.new("L", (20, 20), 0).save(buffer, "GIF")
    return buffer.getvalue()


def test_an_encrypted_pdf_is_refused():
    assert problems([("locked.pdf", encrypted_pdf())]) == [
        "locked.pdf: this PDF is encrypted; save it without a password."
    ]


def test_a_pdf_of_300_pages_is_refused_before_any_page_is_read():
    page = Image.new("L", (50, 50), 128)
    found = problems([("book.pdf", pdf(*[page] * 300))])
    assert found == ["book.pdf: this PDF has 300 pages; at most 50 are read at once."]


def test_a_broken_pdf_and_a_blank_scan_are_refused():
    assert problems([("broken.pdf", b"%PDF-1.4 nothing else")]) == [
        "broken.pdf: this PDF cannot be read."
    ]
    assert problems([("white.png", blank_png())]) == [
        "white.png: no text found (the scan is blank)."
    ]


def test_an_empty_zip_holds_no_scan():
    assert problems([("empty.zip", zipped({}))]) == ["There is no scan in this upload."]
