"""
Images, recordings and documents as the current visitor may see them.

A restricted item's files are only served to those who may see them (archive/media_files.py), so
rendering one for anyone else would give a broken image or link: `{% with picture=image|open_to:
request.user %}` gives the item, or None when it is restricted (docs/media-archive.md).
"""

from django import template

from archive.media.files import media_is_open_to

register = template.Library()


@register.filter
def open_to(item, user):
    if item is None:
        return None
    if hasattr(item, "sources"):
        return item if media_is_open_to(item, user) else None
    return item if item.is_open_to(user) else None
