"""
The IIIF manifest of a recording of the media library: one canvas as long as the recording,
supplemented by its WebVTT captions if it has some, its transcript in plain text and in PDF as
`rendering`, its rights as `requiredStatement`. A media item's texts say nothing
of their language, so they are given under IIIF's "none".
"""

from django.utils.translation import gettext_lazy as _

from linked_data.dicts import compact
from linked_data.iiif.common import (
    CONTEXT,
    NO_LANGUAGE,
    canvas,
    entry,
    in_language,
    rights_uri,
    supplementing,
    text_annotation,
    transcript_renderings,
)


def manifest(media, urls, page_language):
    """
    `urls`: absolute addresses of the manifest (`manifest`), the item's page (`page`, in
    `page_language`), its file (`file`), and its `captions`, and its `transcript` and
    `transcript_pdf`, if it has them.
    """
    language = NO_LANGUAGE
    base = urls["manifest"].removesuffix("/manifest.json")
    item = canvas(base, 1, media, urls["file"], media.duration, language)
    if urls.get("captions"):
        captions = text_annotation(
            item["id"], "captions", urls["captions"], _("Captions"), language
        )
        supplementing(item, [captions])
    rendering = []
    if urls.get("transcript"):
        rendering = transcript_renderings(urls["transcript"], urls["transcript_pdf"])
    metadata = [
        entry(_("Date"), language, media.partial_date and media.partial_date.isoformat()),
        entry(_("Creator"), language, media.creator),
        entry(_("Credit"), language, media.credit),
    ]
    return compact(
        {
            "@context": CONTEXT,
            "id": urls["manifest"],
            "type": "Manifest",
            "label": in_language(language, media.title),
            "summary": in_language(language, media.description),
            "metadata": [pair for pair in metadata if pair],
            "requiredStatement": entry(_("Rights"), language, media.rights),
            "rights": rights_uri(media.rights),
            "homepage": [
                {
                    "id": urls["page"],
                    "type": "Text",
                    "label": in_language(language, media.title),
                    "format": "text/html",
                    "language": [page_language],
                }
            ],
            "rendering": rendering,
            "items": [item],
        }
    )
