"""
How a document that travels on its own (a transcript's PDF) cites the record it comes from: the
Chicago reference, as plain text, and the permanent address. Given only for what the public may
know, as "Cite this" is (`identifiers.templatetags.citation_tags`), so that a copy made by an
editor or a granted researcher names nothing the public may not read.
"""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import get_language

from identifiers import kind_of, permanent_url
from identifiers.citation import csl_item, styles
from identifiers.kinds import KINDS

STYLE = "chicago"


def reference(record, participants=None):
    """(reference, permanent address) of a record the public may know; None for any other."""
    kind = kind_of(record)
    if kind is None or not KINDS[kind].is_known_to(record, AnonymousUser()):
        return None
    item = csl_item(record, participants=participants)
    return styles.plain(item, STYLE, get_language()), permanent_url(record)
