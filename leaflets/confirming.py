"""
An editor's confirmation of a leaflet: every accepted row becomes an event, every merged row
adds what it read to the event it was merged into, all in one transaction or none; the scan is
linked to each event as its source. Confirming a leaflet again changes nothing.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override

from archive.programme.importing import FilmIndex
from archive.programme.models import (
    Film,
    FilmDirector,
    Person,
    Role,
    Screening,
    ScreeningDocument,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningImage,
    Venue,
)
from archive.programme.models.people import default_sort_name, person_name_key
from leaflets.models import Leaflet, Suggestion
from leaflets.parsing import fold

MISSING_EVENT = gettext_lazy("Row %(number)s: choose the event to merge into.")
MISSING_DATE = gettext_lazy("Row %(number)s: the date is missing.")
MISSING_TITLE = gettext_lazy("Row %(number)s: the title is missing.")


@dataclass(frozen=True)
class Problem:
    """
    What keeps the leaflet from being confirmed: a message, and the row and field to correct
    (none for the leaflet as a whole). The row's number is its place among the leaflet's rows,
    unless the screen that shows the problem numbers its rows otherwise.
    """

    text: str
    suggestion_id: int | None = None
    field: str | None = None
    number: int | None = None

    def message(self, number=None):
        if self.suggestion_id is None:
            return str(self.text)
        return self.text % {"number": number or self.number}


class ConfirmError(Exception):
    def __init__(self, problems):
        super().__init__("; ".join(problem.message() for problem in problems))
        self.problems = problems


def problems_of(suggestions):
    """What keeps the rows from being saved: a kept row needs a day and a title."""
    problems = []
    for number, suggestion in enumerate(suggestions, start=1):
        if suggestion.decision == Suggestion.Decision.REJECT:
            continue
        row = {"suggestion_id": suggestion.pk, "number": number}
        if suggestion.decision == Suggestion.Decision.MERGE and suggestion.merge_into_id is None:
            problems.append(Problem(MISSING_EVENT, field="merge_into", **row))
        if suggestion.date is None:
            problems.append(Problem(MISSING_DATE, field="date", **row))
        if suggestion.decision == Suggestion.Decision.ACCEPT and not suggestion.title:
            problems.append(Problem(MISSING_TITLE, field="title", **row))
    return problems


def source_label(leaflet):
    """ "Leaflet, March 1995" (in French "Tract, mars 1995"), as the event's source text."""
    scan = leaflet.scan
    with override("fr"):
        if scan.date:
            month = formats.date_format(scan.date, "F Y").lower()
            return f"Tract, {month}\u00a0: {scan.title}"
        return f"Tract\u00a0: {scan.title}"


class _Records:
    """Films, people and venues found by the import's rules, or made, once per confirmation."""

    def __init__(self):
        self.films = FilmIndex()
        self.people = {key: values[0] for key, values in Person.objects.by_name_key().items()}
        self.venues = {fold(v.name): v for v in Venue.objects.all()}

    def person(self, name, role):
        key = person_name_key(name)
        if key not in self.people:
            person = Person.objects.create(
                name=name, sort_name=default_sort_name(name), roles=[role]
            )
            self.people[key] = person.pk
        else:
            person = Person.objects.get(pk=self.people[key])
            if role not in person.roles:
                person.roles = [*person.roles, role]
                person.save(update_fields=["roles"])
        return self.people[key]

    def film(self, suggestion):
        pk = self.films.find(suggestion.title, suggestion.film_year)
        if pk is not None:
            return pk
        film = Film.objects.create(
            title=suggestion.title, year=suggestion.film_year, countries=suggestion.country
        )
        for order, name in enumerate(n for n in suggestion.director.split(",") if n.strip()):
            FilmDirector.objects.create(
                film=film, person_id=self.person(name.strip(), Role.DIRECTOR), sort_order=order
            )
        self.films.add(film.pk, film.title, film.year)
        return film.pk

    def venue(self, name):
        if not name:
            return None
        if fold(name) not in self.venues:
            self.venues[fold(name)] = Venue.objects.create(name=name)
        return self.venues[fold(name)].pk


def _link_scan(screening, leaflet):
    if leaflet.image_id:
        ScreeningImage.objects.get_or_create(screening=screening, image_id=leaflet.image_id)
    else:
        ScreeningDocument.objects.get_or_create(
            screening=screening, document_id=leaflet.document_id
        )


def _add_guests(screening, suggestion, records):
    present = set(screening.guest_links.values_list("person_id", flat=True))
    order = len(present)
    for name in suggestion.guest_names:
        person_id = records.person(name, Role.GUEST)
        if person_id not in present:
            ScreeningGuest.objects.create(
                screening=screening, person_id=person_id, role=Role.GUEST, sort_order=order
            )
            present.add(person_id)
            order += 1


def _create(suggestion, records, source):
    screening = Screening(
        date=suggestion.date,
        time=suggestion.time,
        venue_id=records.venue(suggestion.venue),
        source=source,
    )
    screening.save()
    ScreeningFilm.objects.create(screening=screening, film_id=records.film(suggestion))
    return screening


def _merge(suggestion, records, source):
    """Add to an existing event what it lacks: the time, the film, the guests, the source."""
    screening = Screening.objects.select_for_update().get(pk=suggestion.merge_into_id)
    if screening.time is None and suggestion.time:
        screening.time = suggestion.time
    if not screening.source:
        screening.source = source
    screening.save()
    if suggestion.title:
        film_id = records.film(suggestion)
        if not screening.film_links.filter(film_id=film_id).exists():
            ScreeningFilm.objects.create(
                screening=screening, film_id=film_id, sort_order=screening.film_links.count()
            )
    return screening


def confirm(leaflet_id):
    """
    Save the leaflet's kept rows into the archive; returns the number of events made or
    enriched (0 when the leaflet was confirmed already). ConfirmError when a row is incomplete.
    """
    with transaction.atomic():
        leaflet = (
            Leaflet.objects.select_for_update(of=("self",))
            .select_related("image", "document")
            .get(pk=leaflet_id)
        )
        if leaflet.state == Leaflet.State.CONFIRMED:
            return 0
        if leaflet.state != Leaflet.State.READ:
            raise ConfirmError([Problem(_("This leaflet has not been read yet."))])
        suggestions = list(
            Suggestion.objects.filter(page__leaflet=leaflet).order_by("page", "order")
        )
        problems = problems_of(suggestions)
        if problems:
            raise ConfirmError(problems)
        records = _Records()
        source = source_label(leaflet)
        count = 0
        for suggestion in suggestions:
            if suggestion.decision == Suggestion.Decision.REJECT:
                continue
            if suggestion.decision == Suggestion.Decision.MERGE:
                screening = _merge(suggestion, records, source)
            else:
                screening = _create(suggestion, records, source)
            _add_guests(screening, suggestion, records)
            _link_scan(screening, leaflet)
            suggestion.screening = screening
            suggestion.save(update_fields=["screening"])
            count += 1
        leaflet.state = Leaflet.State.CONFIRMED
        leaflet.confirmed_at = timezone.now()
        leaflet.save(update_fields=["state", "confirmed_at"])
    return count
