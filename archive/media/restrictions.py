"""
Restrictions other domains put on media items: an interview's recording is as closed as the
interview, and a researcher's grant on an interview opens its recordings. The domain that owns the
restriction registers it when the apps are ready, so that the media library applies it without
knowing that domain.
"""

_restrictions = []


def register(restriction):
    """
    `restriction` has `unlisted(user)`, the ids (a values queryset) of media items no listing may
    show this user; `closed(items, user)`, the ids of those of `items` this user may not hear;
    and `granted(items, user)`, the ids of those of `items` that a grant this user holds
    opens even though their own access level does not (a registered recording of an interview
    the researcher was granted).
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


def granted(items, user):
    if not (items and user and user.is_authenticated):
        return set()
    ids = set()
    for restriction in _restrictions:
        ids |= restriction.granted(items, user)
    return ids
