"""Choosing between a record's French and English texts."""

from django.utils.translation import get_language


def localized(french, english):
    """The English text on English pages when there is one, the French text otherwise."""
    if english and (get_language() or "").startswith("en"):
        return english
    return french
