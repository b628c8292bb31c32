"""
CSL items of the media library's items: a photograph or a poster is a `graphic`, a sound
recording a `song` (CSL's type for any audio recording), a video a `motion_picture`, a programme
sheet or a leaflet a `document`; each with its creator and the date of the original, titled in
French as the archive catalogues it.
"""

from identifiers import kind_of
from identifiers.citation.common import RECORDS_LANGUAGE, base_item, name, partial

TYPES = {"image": "graphic", "document": "document", "audio": "song", "video": "motion_picture"}


def item(record):
    kind = kind_of(record)
    csl_type = TYPES[getattr(record, "type", kind) if kind == "media" else kind]
    return base_item(
        record,
        csl_type,
        record.title,
        author=[name(record.creator)] if record.creator else [],
        issued=partial(record),
        language=RECORDS_LANGUAGE,
    )
