"""
The parts of a IIIF Presentation 3 manifest that recordings and interviews share: language maps,
the canvas of one recording with its painting annotation, and the rights.

Fixed labels are given in both languages of the site, whatever the language of the request,
since a manifest has one address for every reader.
"""

import re

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from linked_data.dicts import compact

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
PROFILE = f'application/ld+json;profile="{CONTEXT}"'
# IIIF's `rights` takes only Creative Commons and RightsStatements.org addresses; any other
# rights text goes to `requiredStatement` alone.
RIGHTS_URI = re.compile(
    r"^http://(creativecommons\.org/(licenses|publicdomain)/|rightsstatements\.org/vocab/)\S+$"
)
# IIIF's key for a text whose language is not known (a media item's title, its captions).
NO_LANGUAGE = "none"
BODY_TYPES = {"audio": "Sound", "video": "Video"}


def both(text, **values):
    """{'fr': [...], 'en': [...]}: a translatable text (lazy) in each language of the site."""
    labels = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            labels[code] = [str(text) % values if values else str(text)]
    return labels


def in_language(language, text):
    return {language: [text]} if text else None


def entry(label, language, value):
    """A `metadata` or `requiredStatement` pair; None when there is no value."""
    if not value:
        return None
    return {"label": both(label), "value": in_language(language, value)}


def rights_uri(text):
    text = (text or "").strip()
    return text if RIGHTS_URI.match(text) else None


def canvas(base, number, media, media_url, duration, language):
    """A canvas as long as the recording, painted with it (`media_url`, the served address)."""
    canvas_id = f"{base}/canvas/{number}"
    body = {
        "id": media_url,
        "type": BODY_TYPES.get(media.type, "Sound"),
        "format": media.sources[0]["type"],
        "duration": duration,
    }
    if media.type == "video" and media.width and media.height:
        body.update(width=media.width, height=media.height)
    data = {
        "id": canvas_id,
        "type": "Canvas",
        "label": in_language(language, media.title),
        "duration": duration,
        "items": [
            {
                "id": f"{canvas_id}/page",
                "type": "AnnotationPage",
                "items": [
                    {
                        "id": f"{canvas_id}/painting",
                        "type": "Annotation",
                        "motivation": "painting",
                        "body": body,
                        "target": canvas_id,
                    }
                ],
            }
        ],
    }
    if media.type == "video" and media.width and media.height:
        data.update(width=media.width, height=media.height)
    return data


def text_annotation(canvas_id, name, url, label, language):
    """A `supplementing` annotation of the whole canvas by a WebVTT file."""
    return {
        "id": f"{canvas_id}/{name}",
        "type": "Annotation",
        "motivation": "supplementing",
        "body": compact(
            {
                "id": url,
                "type": "Text",
                "format": "text/vtt",
                "label": both(label),
                "language": language if language != NO_LANGUAGE else None,
            }
        ),
        "target": canvas_id,
    }


def supplementing(canvas_data, annotations):
    if annotations:
        canvas_data["annotations"] = [
            {
                "id": f"{canvas_data['id']}/supplementing",
                "type": "AnnotationPage",
                "items": annotations,
            }
        ]
    return canvas_data


def transcript_renderings(text_url, pdf_url):
    """The `rendering` of a transcript: its plain-text and its PDF versions."""
    return [
        {
            "id": text_url,
            "type": "Text",
            "label": both(_("Transcript (text)")),
            "format": "text/plain",
        },
        {
            "id": pdf_url,
            "type": "Text",
            "label": both(_("Transcript (PDF)")),
            "format": "application/pdf",
        },
    ]
