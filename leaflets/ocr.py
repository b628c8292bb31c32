"""
Reading a scan with Tesseract (Debian's `tesseract-ocr` with its French and English data,
through pytesseract): each page as a picture, then its words with their boxes, in the order a
reader takes them (column by column, `leaflets.layout`). PDFs are turned into pictures by
poppler's `pdftoppm`, one page at a time, so that progress can be counted.
"""

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytesseract
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from leaflets.layout import Block, line_pieces, reading_order
from leaflets.parsing import Line

LANGUAGES = "fra+eng"
# Fully automatic page segmentation: Tesseract finds the blocks (columns, headings) itself,
# rather than taking the page for one column (mode 4), which runs the columns' lines together.
PAGE_SEGMENTATION = 3
PDF_RESOLUTION = 200
RASTER_TIMEOUT = 120
PROGRAMS = {"tesseract": "tesseract-ocr", "pdftoppm": "poppler-utils"}


class MissingProgram(RuntimeError):
    pass


def check_programs():
    """Stop with the Debian package to install when Tesseract or poppler is missing."""
    for program, package in PROGRAMS.items():
        if shutil.which(program) is None:
            raise MissingProgram(
                _("%(program)s is not installed: apt-get install %(package)s")
                % {"program": program, "package": package}
            )


def page_pictures(scan_kind, data, pages):
    """Each page of a scan as a greyscale picture, one after the other."""
    if scan_kind == "pdf":
        yield from _pdf_pages(data, pages)
        return
    with Image.open(io.BytesIO(data)) as image:
        for frame in range(pages):
            image.seek(frame)
            yield ImageOps.exif_transpose(image).convert("L")


def _pdf_pages(data, pages):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "scan.pdf"
        source.write_bytes(data)
        for number in range(1, pages + 1):
            target = Path(folder) / f"page-{number}"
            subprocess.run(  # noqa: S603 - a fixed program on a file we wrote
                [  # noqa: S607
                    "pdftoppm",
                    "-r",
                    str(PDF_RESOLUTION),
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    "-singlefile",
                    "-gray",
                    "-png",
                    str(source),
                    str(target),
                ],
                check=True,
                capture_output=True,
                timeout=RASTER_TIMEOUT,
            )
            with Image.open(f"{target}.png") as picture:
                yield picture.convert("L")


def read_words(picture):
    """
    The words Tesseract reads on a picture: [text, left, top, width, height, confidence 0–100,
    line], the line being a running number of the line the word is on, in reading order: each
    line Tesseract read, cut where a column's gutter parts it, put where `layout.reading_order`
    says.
    """
    data = pytesseract.image_to_data(
        picture,
        lang=LANGUAGES,
        config=f"--psm {PAGE_SEGMENTATION}",
        output_type=pytesseract.Output.DICT,
    )
    lines = {}
    for index, text in enumerate(data["text"]):
        text = text.strip()
        if not text or float(data["conf"][index]) < 0:
            continue
        key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        lines.setdefault(key, []).append(
            [
                text,
                data["left"][index],
                data["top"][index],
                data["width"][index],
                data["height"][index],
                round(float(data["conf"][index]), 1),
            ]
        )
    pieces = [Block.around(piece) for words in lines.values() for piece in line_pieces(words)]
    return [
        [*word, number]
        for number, piece in enumerate(reading_order(pieces))
        for word in piece.items
    ]


def lines_of(words):
    """The words put back into lines (parser `Line`s), each with its box and confidence."""
    lines = {}
    for text, left, top, width, height, confidence, line in words:
        lines.setdefault(line, []).append((text, left, top, left + width, top + height, confidence))
    result = []
    for items in lines.values():
        result.append(
            Line(
                text=" ".join(item[0] for item in items),
                box=(
                    min(item[1] for item in items),
                    min(item[2] for item in items),
                    max(item[3] for item in items),
                    max(item[4] for item in items),
                ),
                confidence=sum(item[5] for item in items) / len(items) / 100,
            )
        )
    return result


def text_of(words):
    return "\n".join(line.text for line in lines_of(words))
