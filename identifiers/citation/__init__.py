"""
Citations of the archive's records as CSL-JSON items (https://citeproc-js.readthedocs.io/en/
latest/csl-json/markup.html), from which every format is made: the formatted references
(`styles`), BibTeX (`bibtex`) and RIS (`ris`), so that they all say the same thing.

Each domain has its module (`programme`, `media`, `oral_history`, `pages`) building its kinds'
items in the visitor's language; `csl_item` picks the builder by the record's identifier kind.
Only records a visitor may know are cited: the caller checks (`Kind.is_known_to`) first.
"""

from identifiers import kind_of
from identifiers.citation import media, oral_history, pages, programme

BUILDERS = {
    "event": programme.event,
    "film": programme.film,
    "person": programme.person,
    "series": programme.series,
    "venue": programme.venue,
    "image": media.item,
    "media": media.item,
    "document": media.item,
    "interview": oral_history.interview,
    "page": pages.page,
}


def csl_item(record, passage=None, participants=None):
    """
    The CSL-JSON item of a record in the active language; for an interview, `passage` is a
    (start, end) in seconds, and `participants` its participants when the caller has them.
    """
    kind = kind_of(record)
    if kind == "interview":
        return oral_history.interview(record, passage, participants)
    return BUILDERS[kind](record)
