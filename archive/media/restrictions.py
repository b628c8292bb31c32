"""
Restrictions other domains put on media items: an interview's recording is as closed as the
interview. The domain that owns the restriction registers it when the apps are ready, so that the
media library applies it without knowing that domain.
"""

_restrictions = []


def register(restriction):
    """
    `restriction` has `unlisted(user)`, the ids (a values queryset) of media items no listing may
    show this user, and `closed(items, user)`, the ids of those of `items` this user may not hear.
    """
    _restrictions.append(restriction)


def unlisted(media, user):
    for restriction in _restrictions:
        media = media.exclude(pk__in=restriction.unlisted(user))
    return media


def closed(items, user):
    ids = set()
    for restriction in _restrictions:
        ids |= restriction.closed(items, user)
    return ids
