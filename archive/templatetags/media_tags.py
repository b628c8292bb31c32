"""
Images and recordings as the current visitor may see them.

Wagtail serves image files and renditions from public storage, so an image that is not open to
the visitor must never be rendered: `{% with picture=image|open_to:request.user %}` gives the
image, or None when it is restricted (docs/media-archive.md).
"""

from django import template

from archive.media_files import media_is_open_to

register = template.Library()


@register.filter
def open_to(item, user):
    if item is None:
        return None
    if hasattr(item, "sources"):
        return item if media_is_open_to(item, user) else None
    return item if item.is_open_to(user) else None
