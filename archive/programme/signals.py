"""Any change to a programme record makes the cached listing counts stale."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import Tag

from archive.programme.listing.cache import bump_programme_version
from archive.programme.models import (
    Film,
    FilmDirector,
    Person,
    Screening,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
    Series,
    Venue,
)

WATCHED = (
    Film,
    FilmDirector,
    Person,
    Screening,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
    Series,
    Venue,
    Tag,
)


def m2m_changed_bump(sender, instance, **kwargs):
    """Only programme records' many-to-many links (a migration's group permissions are not)."""
    if isinstance(instance, WATCHED):
        bump_programme_version()


def connect():
    for model in WATCHED:
        post_save.connect(bump_programme_version, sender=model, dispatch_uid=f"archive-{model}")
        post_delete.connect(bump_programme_version, sender=model, dispatch_uid=f"archive-d-{model}")
    m2m_changed.connect(m2m_changed_bump, dispatch_uid="archive-m2m")
