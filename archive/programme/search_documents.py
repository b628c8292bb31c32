"""
How the programme's records are searched: the documents of screenings, films, people and series,
and the changes that make them stale (renaming a director reindexes their films and the events
that show them; a series or venue renamed rewrites its facet values in place).

Only public people are written (`Person.objects.public`), and those a link will make public on
a later day, with that day (`Person.objects.indexed`): a person appears in the index, or leaves
it, when a link to them changes, and a dated link shows them in the search on its day. The
programme's and the media library's links are connected here; the domains above connect theirs
with `connect_person_link` and `reindex_people`.

Registered with the search service (`search.registry`) when the archive app is ready.
"""

import datetime
from collections import defaultdict

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtailmedia.models import get_media_model

from archive.programme.models import (
    EventType,
    Film,
    FilmDirector,
    FilmTag,
    Person,
    Screening,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
    Series,
    Venue,
)
from archive.programme.models.screenings import event_type_labels
from base.i18n import written_in
from search import api, registry
from search.documents import Document, split_list
from search.languages import language_code
from search.models.documents import DocumentType
from search.signals import schedule


def _series_titles(series):
    return [series.title, series.title_en] if series else []


def both_languages(french, english):
    """
    A record's text in both its languages, French first, as one document's body: a document
    serves both languages' searches, so "swan lake" and "lac des cygnes" find the same event,
    and the excerpt shows the words matched, in whichever language they are.
    """
    return "\n\n".join(text for text in (french, english) if text)


# Programme records ----------------------------------------------------------------------------


def screening_documents(screenings):
    screenings = list(screenings.select_related("series", "venue"))
    ids = [screening.pk for screening in screenings]
    films = defaultdict(list)
    for row in (
        ScreeningFilm.objects.filter(screening_id__in=ids)
        .order_by("sort_order", "id")
        .values_list(
            "screening_id",
            "film_id",
            "film__title",
            "film__original_title",
            "film__countries",
            "film__languages",
        )
    ):
        films[row[0]].append(row[1:])
    directors = defaultdict(list)
    for film_id, slug, name in (
        FilmDirector.objects.filter(film_id__in={f[0] for rows in films.values() for f in rows})
        .order_by("sort_order", "id")
        .values_list("film_id", "person__slug", "person__name")
    ):
        directors[film_id].append((slug, name))
    guests = defaultdict(list)
    for screening_id, slug, name in (
        ScreeningGuest.objects.filter(screening_id__in=ids)
        .order_by("sort_order", "id")
        .values_list("screening_id", "person__slug", "person__name")
    ):
        guests[screening_id].append((slug, name))
    tags = defaultdict(list)
    for screening_id, slug, name in ScreeningTag.objects.filter(
        content_object_id__in=ids
    ).values_list("content_object_id", "tag__slug", "tag__name"):
        tags[screening_id].append((slug, name))

    event_labels = {language: event_type_labels(language) for language in ("fr", "en")}
    documents = []
    for screening in screenings:
        shown = films[screening.pk]
        people = [person for film in shown for person in directors[film[0]]]
        people = list(dict.fromkeys(people + guests[screening.pk]))
        titles = [film[1] for film in shown]
        french, english = (screening.name_in(language, titles) for language in ("fr", "en"))
        document = Document(
            type=DocumentType.SCREENING,
            source=f"archive.screening:{screening.pk}",
            title=french.text,
            title_en=english.text if english.text != french.text else "",
            title_language=written_in(french, english),
            context=", ".join(name for _slug, name in people),
            body=both_languages(screening.notes, screening.notes_en),
            extra_text=" ".join(
                filter(None, [*(film[2] for film in shown), *_series_titles(screening.series)])
            ),
            url=f"@archive:screening:{screening.pk}",
            date=screening.date,
            date_precision=screening.date_precision,
        )
        document.add_date_facets()
        document.add_facet(
            "event",
            screening.event_type,
            event_labels["fr"][screening.event_type],
            event_labels["en"][screening.event_type],
        )
        if screening.series:
            series = screening.series
            document.add_facet("series", series.slug, series.title, series.title_en)
        if screening.venue:
            venue = screening.venue
            document.add_facet("venue", venue.slug, venue.name, venue.name_en)
        for slug, name in people:
            document.add_facet("person", slug, name)
        for film in shown:
            for country in split_list(film[3]):
                document.add_facet("country", country.upper())
            for language in split_list(film[4]):
                document.add_facet("language", language_code(language))
        for slug, name in tags[screening.pk]:
            document.add_facet("tag", slug, name)
        documents.append(document)
    return documents


def film_documents(films):
    films = list(films)
    ids = [film.pk for film in films]
    directors = defaultdict(list)
    for film_id, slug, name in (
        FilmDirector.objects.filter(film_id__in=ids)
        .order_by("sort_order", "id")
        .values_list("film_id", "person__slug", "person__name")
    ):
        directors[film_id].append((slug, name))
    tags = defaultdict(list)
    for film_id, slug, name in FilmTag.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag__slug", "tag__name"
    ):
        tags[film_id].append((slug, name))
    documents = []
    for film in films:
        document = Document(
            type=DocumentType.FILM,
            source=f"archive.film:{film.pk}",
            title=film.title,
            other_titles=film.original_title if film.original_title != film.title else "",
            context=", ".join(name for _slug, name in directors[film.pk]),
            body=both_languages(film.synopsis, film.synopsis_en),
            url=f"@archive:film:{film.slug}",
            date=datetime.date(film.year, 1, 1) if film.year else None,
            date_precision="year" if film.year else "",
        )
        document.add_date_facets()
        for slug, name in directors[film.pk]:
            document.add_facet("person", slug, name)
        for country in split_list(film.countries):
            document.add_facet("country", country.upper())
        for language in split_list(film.languages):
            document.add_facet("language", language_code(language))
        for slug, name in tags[film.pk]:
            document.add_facet("tag", slug, name)
        documents.append(document)
    return documents


def person_documents(people):
    documents = []
    for person in people:
        document = Document(
            type=DocumentType.PERSON,
            source=f"archive.person:{person.pk}",
            title=person.name,
            body=both_languages(person.biography, person.biography_en),
            url=f"@archive:person:{person.slug}",
            available_from=person.public_from,
        )
        document.add_facet("person", person.slug, person.name)
        documents.append(document)
    return documents


def series_documents(all_series):
    documents = []
    for series in all_series:
        document = Document(
            type=DocumentType.SERIES,
            source=f"archive.series:{series.pk}",
            title=series.title,
            title_en=series.title_en,
            title_language="" if series.title_en else "fr",
            body=both_languages(series.description, series.description_en),
            url=f"@archive:series:{series.slug}",
            date=datetime.date(series.start_year, 1, 1) if series.start_year else None,
            date_precision="year" if series.start_year else "",
        )
        document.add_date_facets()
        document.add_facet("series", series.slug, series.title, series.title_en)
        documents.append(document)
    return documents


# What makes a document stale ------------------------------------------------------------------


def _screenings_of_films(film_ids):
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


def reindex_people(person_ids):
    """
    These people's links changed: each appears in the index, or leaves it, as they are public or
    not (`Person.objects.public`, the person kind's records).
    """
    schedule("archive.person", [pk for pk in person_ids if pk is not None])


def connect_person_link(model, field, uid):
    """
    A record of `model` links to a person by its foreign key `field` ("person_id"): saving it,
    moving it to another person or deleting it reindexes the people it linked and links. Other
    domains connect their links here (an interview's participants, an exhibition's artworks).
    """

    def remember(sender, instance, **kwargs):
        instance._search_old_person = (
            sender.objects.filter(pk=instance.pk).values_list(field, flat=True).first()
            if instance.pk
            else None
        )

    def changed(sender, instance, **kwargs):
        reindex_people([getattr(instance, field), getattr(instance, "_search_old_person", None)])

    pre_save.connect(remember, sender=model, weak=False, dispatch_uid=f"{uid}-person-old")
    post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}-person-save")
    post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}-person-delete")


def media_people_changed(sender, instance, **kwargs):
    """A media item saved (its access level may have changed): its related people."""
    reindex_people(instance.related_people.values_list("pk", flat=True))


def remember_media_people(sender, instance, **kwargs):
    instance._search_old_people = list(instance.related_people.values_list("pk", flat=True))


def media_deleted(sender, instance, **kwargs):
    reindex_people(getattr(instance, "_search_old_people", []))


def connect_people_m2m(model, field, uid):
    """
    `model.<field>` is a many-to-many link to people (a media item's related people, an
    exhibition's artists): people added to it or taken from it are reindexed.
    """

    def changed(sender, instance, action, reverse, pk_set, **kwargs):
        if action == "pre_clear":
            linked = getattr(instance, field).values_list("pk", flat=True)
            instance._search_old_people = [instance.pk] if reverse else list(linked)
        elif action == "post_clear":
            reindex_people(getattr(instance, "_search_old_people", []))
        elif action in ("post_add", "post_remove"):
            reindex_people([instance.pk] if reverse else pk_set or [])

    through = getattr(model, field).through
    m2m_changed.connect(changed, sender=through, weak=False, dispatch_uid=f"{uid}-people")


def remember_slug(sender, instance, **kwargs):
    """A series' or venue's slug before it is saved, to rename its facet values."""
    instance._search_old_slug = (
        sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
        if instance.pk
        else None
    )


def place_changed(sender, instance, **kwargs):
    """
    A series or venue names thousands of events: their facet values are renamed in place
    (`search.api.rename_facet_value`) rather than every event being rewritten.
    """
    name = "series" if sender is Series else "venue"
    label = instance.title if name == "series" else instance.name
    label_en = instance.title_en if name == "series" else instance.name_en
    old = getattr(instance, "_search_old_slug", None) or instance.slug
    api.rename_facet_value(name, old, instance.slug, label, label_en)
    if name == "series":
        schedule("archive.series", [instance.pk])


def place_deleted(sender, instance, **kwargs):
    name = "series" if sender is Series else "venue"
    api.remove_facet_value(name, instance.slug)
    if name == "series":
        schedule("archive.series", [instance.pk])


def connect():
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
    connect_person_link(FilmDirector, "person_id", "search-archive.filmdirector")
    connect_person_link(ScreeningGuest, "person_id", "search-archive.screeningguest")
    for model in (get_image_model(), get_media_model(), get_document_model()):
        uid = f"search-people-{model._meta.label_lower}"
        post_save.connect(media_people_changed, sender=model, dispatch_uid=f"{uid}-save")
        pre_delete.connect(remember_media_people, sender=model, dispatch_uid=f"{uid}-pre-delete")
        post_delete.connect(media_deleted, sender=model, dispatch_uid=f"{uid}-delete")
        connect_people_m2m(model, "related_people", uid)
    for model in (Series, Venue):
        pre_save.connect(remember_slug, sender=model, dispatch_uid=f"search-slug-{model}")
        post_save.connect(place_changed, sender=model, dispatch_uid=f"search-place-{model}")
        post_delete.connect(place_deleted, sender=model, dispatch_uid=f"search-place-d-{model}")


registry.register_facet_labels("event", EventType.choices)
for kind in (
    registry.Kind(
        "archive.screening",
        Screening.objects.all,
        screening_documents,
        order=10,
        document_type=DocumentType.SCREENING,
    ),
    registry.Kind(
        "archive.film", Film.objects.all, film_documents, order=11, document_type=DocumentType.FILM
    ),
    registry.Kind(
        "archive.person",
        Person.objects.indexed,
        person_documents,
        order=12,
        document_type=DocumentType.PERSON,
    ),
    registry.Kind(
        "archive.series",
        Series.objects.all,
        series_documents,
        order=13,
        document_type=DocumentType.SERIES,
    ),
):
    registry.register(kind)
connect()
