"""
The IIIF manifest of an interview: one canvas per recording the reader may hear, the first one
supplemented by the captions and the chapters (WebVTT), the index as ranges, the plain text and
the PDF versions of the transcript as its `rendering`.

Built from `Passages` (`InterviewPage.passages_for`), so a restricted passage's cues and the
segments that start inside it never reach it; a `metadata` entry says how many segments each
active passage withholds, and when it opens, never what they hold, and another the stretches
silenced in the recording it paints (the public version, `oral_history.public_recordings`).
Participants appear under their public label (`oral_history.naming`), for editors too: a
manifest is meant to be passed on.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from linked_data.dicts import compact
from linked_data.iiif.common import (
    CONTEXT,
    both,
    canvas,
    entry,
    in_language,
    rights_uri,
    supplementing,
    text_annotation,
    transcript_renderings,
)
from linked_data.segments import spans, withheld
from oral_history.formats.base import format_clock
from oral_history.naming import Naming
from oral_history.public_recordings.states import merged

WITHHELD = ngettext_lazy(
    "%(count)s index segment in the restricted passage %(clock)s",
    "%(count)s index segments in the restricted passage %(clock)s",
    "count",
)
UNTIL = _("%(text)s, until %(date)s")
SILENCED = _("%(clock)s, silenced in the recording")


def _withheld_line(redaction, count):
    line = WITHHELD % {"count": count, "clock": redaction.clock}
    if redaction.until:
        line = UNTIL % {"text": line, "date": redaction.until.isoformat()}
    return line


def _withheld_entry(interview, passages):
    counts = withheld(list(interview.segments.all()), passages)
    if not counts:
        return None
    values = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            values[code] = [_withheld_line(redaction, count) for redaction, count in counts]
    return {"label": both(_("Withheld")), "value": values}


def _silenced_entry(passages):
    """The stretches the public version is silent in: those of the passages withheld today."""
    ranges = merged(passages.redactions)
    if not ranges:
        return None
    values = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            values[code] = [
                str(SILENCED) % {"clock": f"{format_clock(start)}–{format_clock(end)}"}
                for start, end in ranges
            ]
    return {"label": both(_("Silenced")), "value": values}


def _participants_entry(interview, language):
    public = Naming(interview.participants.select_related("person"))
    labels = public.labels()
    if not labels:
        return None
    return {"label": both(_("Participants")), "value": {language: [", ".join(labels)]}}


def _ranges(base, canvas_id, passages, duration, language):
    items = []
    for span in spans(passages, duration, language):
        # A media fragment: from the start to the end, or to the end of the recording.
        moment = f"{span.start:g},{span.end:g}" if span.end is not None else f"{span.start:g}"
        items.append(
            {
                "id": f"{base}/range/{span.segment.pk}",  # stable when a passage opens
                "type": "Range",
                "label": span.labels,
                "items": [{"id": f"{canvas_id}#t={moment}", "type": "Canvas"}],
            }
        )
    if not items:
        return []
    return [
        {"id": f"{base}/range/index", "type": "Range", "label": both(_("Index")), "items": items}
    ]


def manifest(interview, passages, urls, language):
    """
    `urls`: the absolute addresses of the manifest (`manifest`), the page (`page`), its
    `captions`, `chapters`, `text`, `pdf` and `json`, and `media` (a function of a media item).
    """
    base = urls["manifest"].removesuffix("/manifest.json")
    canvases = []
    for number, media in enumerate(passages.recordings, start=1):
        duration = media.duration or interview.duration
        if duration:
            canvases.append(canvas(base, number, media, urls["media"](media), duration, language))
    if canvases:
        annotations = []
        if passages.has_transcript:
            annotations.append(
                text_annotation(
                    canvases[0]["id"], "captions", urls["captions"], _("Captions"), language
                )
            )
        if passages.segments:
            annotations.append(
                text_annotation(
                    canvases[0]["id"], "chapters", urls["chapters"], _("Chapters"), language
                )
            )
        supplementing(canvases[0], annotations)
    duration = canvases[0]["duration"] if canvases else None
    metadata = [
        entry(_("Date"), language, interview.partial_date and interview.partial_date.isoformat()),
        entry(_("Place"), language, interview.place),
        entry(_("Languages"), language, ", ".join(interview.language_list())),
        _participants_entry(interview, language),
        _withheld_entry(interview, passages),
        _silenced_entry(passages),
    ]
    rendering = transcript_renderings(urls["text"], urls["pdf"]) if passages.has_transcript else []
    return compact(
        {
            "@context": CONTEXT,
            "id": urls["manifest"],
            "type": "Manifest",
            "label": in_language(language, interview.title),
            "summary": in_language(language, interview.summary),
            "metadata": [item for item in metadata if item],
            "requiredStatement": entry(_("Rights"), language, interview.rights),
            "rights": rights_uri(interview.rights),
            "homepage": [
                {
                    "id": urls["page"],
                    "type": "Text",
                    "label": in_language(language, interview.title),
                    "format": "text/html",
                    "language": [language],
                }
            ],
            "rendering": rendering,
            "seeAlso": [
                {
                    "id": urls["json"],
                    "type": "Dataset",
                    "format": "application/json",
                    "label": both(_("Transcript and index (JSON)")),
                }
            ],
            "items": canvases,
            "structures": _ranges(base, canvases[0]["id"], passages, duration, language)
            if canvases
            else [],
        }
    )
