"""
Keeping the search index in step with the records, once per transaction.

A save schedules the records whose documents it changes; when the transaction commits, each is
reindexed once, however many saves touched it (an admin form saves a record and its links one by
one). Imports and generators schedule thousands of events at once through `schedule()`, which
writes them in batches. The test settings set `SEARCH_INDEX_ON_COMMIT = False` so that tests,
which run inside a transaction that never commits, see the index change at once.
"""

import contextlib
import functools
import threading
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Replace
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search import facet_codes
from search.indexing import bump_index_version
from search.models import SearchEntry, SearchFacet, SearchFacetLabel, SearchHotPosting

_state = threading.local()


@functools.cache
def indexed_labels():
    from search.indexing import kinds

    return frozenset(kind.label for kind in kinds())


def _pending():
    if not hasattr(_state, "pending"):
        _state.pending = defaultdict(set)
    return _state.pending


def schedule(label, pks):
    """Reindex these records of kind `label` when the current transaction commits."""
    if label not in indexed_labels():
        return
    _pending()[label].update(pks)
    if getattr(_state, "batching", 0):
        return
    if not getattr(settings, "SEARCH_INDEX_ON_COMMIT", True):
        _flush()
        return
    # One callback per call: the first to run at the commit reindexes everything pending, the
    # others find nothing left. (Registering only once per transaction would stop indexing for
    # good after a rollback, which discards the callback but not the flag saying it exists.)
    transaction.on_commit(_flush)


@contextlib.contextmanager
def batch():
    """
    Collect what a bulk operation (deleting the sample archive, an import) schedules, and
    reindex it once at the end rather than record by record.
    """
    _state.batching = getattr(_state, "batching", 0) + 1
    try:
        yield
    finally:
        _state.batching -= 1
    if not _state.batching:
        if getattr(settings, "SEARCH_INDEX_ON_COMMIT", True):
            transaction.on_commit(_flush)
        else:
            _flush()


def _flush():
    from search.indexing import reindex

    pending, _state.pending = _pending(), defaultdict(set)
    for label, pks in pending.items():
        if pks:
            reindex(label, sorted(pks))


# Programme records ----------------------------------------------------------------------------


def _screenings_of_films(film_ids):
    from archive.programme.models import ScreeningFilm

    return ScreeningFilm.objects.filter(film_id__in=film_ids).values_list("screening_id", flat=True)


def screening_changed(sender, instance, **kwargs):
    schedule("archive.screening", [instance.pk])


def screening_link_changed(sender, instance, **kwargs):
    screening_id = getattr(instance, "screening_id", None) or instance.content_object_id
    schedule("archive.screening", [screening_id])


def film_changed(sender, instance, **kwargs):
    film_id = instance.film_id if hasattr(instance, "film_id") else instance.pk
    schedule("archive.film", [film_id])
    deleted_film = (
        kwargs.get("signal") is post_delete and sender._meta.label_lower == "archive.film"
    )
    if not deleted_film:  # a deleted film's screening links go with it, with their own signals
        schedule("archive.screening", _screenings_of_films([film_id]))


def person_changed(sender, instance, **kwargs):
    from archive.programme.models import FilmDirector, ScreeningGuest

    schedule("archive.person", [instance.pk])
    if kwargs.get("created") or kwargs.get("signal") is post_delete:
        return  # a new person is in no event yet; a deleted one's links go with it
    films = FilmDirector.objects.filter(person_id=instance.pk).values_list("film_id", flat=True)
    schedule("archive.film", films)
    schedule("archive.screening", _screenings_of_films(films))
    schedule(
        "archive.screening",
        ScreeningGuest.objects.filter(person_id=instance.pk).values_list("screening_id", flat=True),
    )


def remember_slug(sender, instance, **kwargs):
    """A series' or venue's slug before it is saved, to rename its facet values."""
    instance._search_old_slug = (
        sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
        if instance.pk
        else None
    )


def place_changed(sender, instance, **kwargs):
    """
    A series or venue names thousands of events: their facet values are renamed in one UPDATE
    rather than every event being rewritten.
    """
    from archive.programme.models import Series

    bump_index_version()
    name = "series" if sender is Series else "venue"
    label = instance.title if name == "series" else instance.name
    label_en = instance.title_en if name == "series" else instance.name_en
    old = getattr(instance, "_search_old_slug", None) or instance.slug
    if old != instance.slug:
        documents = SearchFacet.objects.filter(name=name, value=old).values("document_id")
        codes = facet_codes.codes_for([(name, old), (name, instance.slug)])
        renamed = Replace(
            "facet_codes",
            Value(facet_codes.encode([codes[(name, old)]])),
            Value(facet_codes.encode([codes[(name, instance.slug)]])),
        )
        SearchEntry.objects.filter(pk__in=documents).update(facet_codes=renamed)
        SearchHotPosting.objects.filter(document__in=documents).update(facet_codes=renamed)
        SearchFacetLabel.objects.filter(name=name, value=old).delete()
    SearchFacet.objects.filter(name=name, value=old).update(value=instance.slug)
    SearchFacetLabel.objects.update_or_create(
        name=name, value=instance.slug, defaults={"label": label, "label_en": label_en}
    )
    if name == "series":
        schedule("archive.series", [instance.pk])


def place_deleted(sender, instance, **kwargs):
    from archive.programme.models import Series

    bump_index_version()
    name = "series" if sender is Series else "venue"
    SearchFacet.objects.filter(name=name, value=instance.slug).delete()
    if name == "series":
        schedule("archive.series", [instance.pk])


# Media and pages ------------------------------------------------------------------------------


def media_changed(sender, instance, **kwargs):
    schedule(sender._meta.label_lower, [instance.pk])


def page_changed(sender, instance, **kwargs):
    _schedule_pages([instance])


def _schedule_pages(pages):
    from wagtail.models import Page

    from oral_history.models import InterviewPage

    for page in pages:
        if issubclass(page.specific_class or Page, InterviewPage):
            schedule("oral_history.interview", [page.pk])
        else:
            schedule("wagtailcore.page", [page.pk])


def branch_changed(sender, instance, **kwargs):
    """A page's address or its view restrictions changed: so did those of every page below it."""
    from wagtail.models import Page

    page = getattr(instance, "page", instance)
    _schedule_pages(Page.objects.descendant_of(page, inclusive=True).only("id", "content_type"))


def cues_changed(sender, instance, **kwargs):
    schedule("oral_history.interview", [instance.interview_id])


def connect():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction
    from wagtailmedia.models import get_media_model

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
    from oral_history.models import TranscriptCue

    def both(handler, model):
        uid = f"search-{model._meta.label_lower}"
        post_save.connect(handler, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(handler, sender=model, dispatch_uid=f"{uid}-delete")

    both(screening_changed, Screening)
    for model in (ScreeningFilm, ScreeningGuest, ScreeningTag):
        both(screening_link_changed, model)
    both(film_changed, Film)
    both(film_changed, FilmDirector)
    both(person_changed, Person)
    for model in (Series, Venue):
        pre_save.connect(remember_slug, sender=model, dispatch_uid=f"search-slug-{model}")
        post_save.connect(place_changed, sender=model, dispatch_uid=f"search-place-{model}")
        post_delete.connect(place_deleted, sender=model, dispatch_uid=f"search-place-d-{model}")
    both(media_changed, get_image_model())
    both(media_changed, get_media_model())
    both(media_changed, get_document_model())
    page_published.connect(page_changed, dispatch_uid="search-page-published")
    page_unpublished.connect(page_changed, dispatch_uid="search-page-unpublished")
    post_delete.connect(page_changed, sender=Page, dispatch_uid="search-page-deleted")
    page_slug_changed.connect(branch_changed, dispatch_uid="search-page-slug")
    post_page_move.connect(branch_changed, dispatch_uid="search-page-move")
    both(branch_changed, PageViewRestriction)
    both(cues_changed, TranscriptCue)
