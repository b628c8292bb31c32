"""
A transcript as a PDF, for reading and printing: a title block (the title, who speaks, the date,
the rights, how to cite it and its permanent address), then each line with its timecode and its
speaker. An interview's downloads (`oral_history`) and a recording's transcript (the media
library) both make theirs here, from what their plain-text version gives: this module writes
what it is given, so a restricted passage its caller left out never reaches it.

fpdf2 typesets it in Debian's DejaVu fonts (package fonts-dejavu-core), which hold every
character French text needs (accents, « », the no-break spaces of `base.typography`); a French
PDF gets French typography as a French page does. The document is in the page's language and
says so (`/Lang`), for screen readers.

The citation line is the identifiers app's, which sits above the domains: it registers how a
record is cited (`register_reference`) from its `AppConfig.ready`. A PDF of what anyone may read
is kept in the cache under a digest of everything it holds, so that it is typeset once for all
its readers, and a change (a passage that opens, a corrected line, the next day's access date in
the citation) makes another one; a PDF of restricted material is typeset for each request and
never stored.
"""

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from base.typography import french

FONTS = Path("/usr/share/fonts/truetype/dejavu")
FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
CACHE_SECONDS = 60 * 60 * 24
GREY = (90, 90, 90)  # 7:1 on white
_references = []


def register_reference(function):
    """
    `function(record, participants=None)`: (the reference as plain text, the permanent address)
    of a record the public may know, None for any other.
    """
    _references[:] = [function]


def reference_of(record, participants=None):
    """The registered citation of a record: (reference, address), or ("", "") without one."""
    found = _references[0](record, participants=participants) if _references else None
    return found or ("", "")


@dataclass(frozen=True)
class Line:
    clock: str  # "" for an untimed line
    speaker: str
    text: str


@dataclass(frozen=True)
class Transcript:
    """What a PDF holds, in `language`: each detail a (label, value) pair of the title block."""

    title: str
    language: str
    details: tuple = ()
    lines: tuple = ()
    reference: str = ""
    permanent_url: str = ""

    def digest(self):
        encoded = json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(encoded.encode()).hexdigest()


class _Document(FPDF):
    def __init__(self, title):
        super().__init__(format="A4")
        self.running_title = title

    def footer(self):
        self.set_y(-15)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        page = _("Page %(number)s of %(total)s") % {"number": self.page_no(), "total": "{nb}"}
        self.cell(0, 10, f"{self.running_title} — {page}", align="C")


def typeset(transcript):
    """The PDF of a transcript, as bytes."""
    with translation.override(transcript.language):
        typographic = french if transcript.language == "fr" else str
        document = _Document(typographic(transcript.title))
        for style, filename in FONT_FILES.items():
            document.add_font(FONT, style, str(FONTS / filename))
        document.set_title(transcript.title)
        document.set_lang(transcript.language)
        document.set_creator(_("La Clef Archive"))
        document.set_margins(20, 20, 20)
        document.set_auto_page_break(True, margin=20)
        document.add_page()
        _title_block(document, transcript, typographic)
        _lines(document, transcript.lines, typographic)
        return bytes(document.output())


def _title_block(document, transcript, typographic):
    document.set_font(FONT, "B", 16)
    document.multi_cell(0, 8, typographic(transcript.title))
    document.ln(3)
    details = list(transcript.details)
    if transcript.reference:
        details.append((_("Cite as"), transcript.reference))
    for label, value in details:
        _labelled(document, label, value, typographic)
    if transcript.permanent_url:
        _labelled(document, _("Permanent address"), "", typographic)
        document.set_font(FONT, "", 10)
        document.write(5, transcript.permanent_url, link=transcript.permanent_url)
        document.ln(6)
    document.ln(2)
    y = document.get_y()
    document.line(document.l_margin, y, document.w - document.r_margin, y)
    document.ln(4)


def _labelled(document, label, value, typographic):
    document.set_font(FONT, "B", 10)
    document.write(5, typographic(_("%(label)s: ") % {"label": label}))
    document.set_font(FONT, "", 10)
    if value:
        document.write(5, typographic(value))
        document.ln(6)


def _lines(document, lines, typographic):
    for line in lines:
        if line.clock:
            document.set_font(FONT, "", 9)
            document.set_text_color(*GREY)
            document.write(5.5, f"[{line.clock}] ")
            document.set_text_color(0, 0, 0)
        if line.speaker:
            document.set_font(FONT, "B", 11)
            document.write(5.5, typographic(_("%(label)s: ") % {"label": line.speaker}))
        document.set_font(FONT, "", 11)
        document.write(5.5, typographic(line.text))
        document.ln(8)


def pdf(transcript, shareable):
    """
    The PDF, from the cache when it may be shared (`shareable`: anyone may read all it holds),
    typeset and stored there if it is not yet; typeset afresh otherwise.
    """
    if not shareable:
        return typeset(transcript)
    key = f"transcript-pdf:{transcript.digest()}"
    content = cache.get(key)
    if content is None:
        content = typeset(transcript)
        cache.set(key, content, CACHE_SECONDS)
    return content
