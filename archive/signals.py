"""Any change to a programme record makes the cached listing counts stale."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import Tag

from archive.filters import bump_programme_version
from archive.models import (
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


def connect():
    for model in WATCHED:
        post_save.connect(bump_programme_version, sender=model, dispatch_uid=f"archive-{model}")
        post_delete.connect(bump_programme_version, sender=model, dispatch_uid=f"archive-d-{model}")
    m2m_changed.connect(bump_programme_version, dispatch_uid="archive-m2m")
