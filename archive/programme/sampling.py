"""
A large, clearly marked sample archive for demonstrations and benchmarks.

Films and directors come from a real list (the Cannes competition selections, see
sample_data/README.md); everything else — dates, series, venues, guests, tags — is drawn by a
seeded random generator, so that the same arguments always give the same corpus. Every record
it makes has `is_sample=True`, and every page that shows one says so.
"""

import csv
import datetime
import random
import re
from pathlib import Path

from django.db import transaction
from taggit.models import Tag

from archive.programme.listing.cache import bump_programme_version
from archive.programme.listing.statistics import refresh_statistics
from archive.programme.models import (
    EventType,
    Film,
    FilmDirector,
    Person,
    Role,
    Screening,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
    Series,
    Venue,
)
from archive.programme.models.base import unique_slug
from archive.programme.models.people import default_sort_name
from base.dates import DatePrecision
from search import signals as search_index

FILM_LIST = Path(__file__).parent / "sample_data" / "cannes-films.csv"
SOURCE = "Sample data: generated from the Cannes competition list (great-tables, MIT licence)."
SERIES = [f"Programme exemple {letter}" for letter in "ABCDEFGH"]
VENUES = ["Salle exemple 1", "Salle exemple 2", "Salle exemple 3", "Mur exemple"]
TAGS = ["sample-restoration", "sample-debut", "sample-documentary", "sample-retrospective"]
TIMES = [datetime.time(h, m) for h, m in ((14, 0), (16, 30), (18, 0), (20, 0), (20, 30), (22, 0))]
EVENT_WEIGHTS = {
    EventType.SCREENING: 70,
    EventType.TALK: 15,
    EventType.OPEN_AIR: 4,
    EventType.FESTIVAL: 5,
    EventType.WORKSHOP: 2,
    EventType.PERFORMANCE: 2,
    EventType.EXHIBITION: 1,
    EventType.FUNDRAISER: 1,
}
GENRES = [
    "drama",
    "comedy",
    "documentary",
    "thriller",
    "melodrama",
    "western",
    "musical",
    "horror film",
    "war film",
    "romance",
    "animated film",
    "crime drama",
    "french comedy",
]
# (language, note): most sample notes are in one language only, as many real records will be,
# so that each language's pages show the other's notes as marked fallbacks.
NOTES = [
    ("en", "Sample note: a {genre} shown in a new print; the room was full."),
    ("en", "Sample note: the {genre} was followed by a discussion with the audience."),
    ("en", "Sample note: programmed as the film of the week, a {genre}."),
    ("en", "Sample note: a rare {genre}, introduced by the collective."),
    ("en", "Sample note: the projectionist remembers the {genre} as the night's best."),
    ("fr", "Note d'exemple\u00a0: un {genre} en copie restaurée, salle comble."),
]
NOTE_FIELDS = {"fr": "notes", "en": "notes_en"}
FIRST_DAY = datetime.date(1973, 1, 1)
LAST_DAY = datetime.date(2025, 12, 31)
RUNTIME_RE = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?")


def _runtime(text):
    match = RUNTIME_RE.fullmatch(text.strip())
    if not text.strip() or not match:
        return None
    return int(match.group(1) or 0) * 60 + int(match.group(2) or 0) or None


def delete_sample_archive():
    """Remove every sample record (and nothing else)."""
    with search_index.batch():
        screenings = Screening.objects.filter(is_sample=True)
        ScreeningFilm.objects.filter(screening__in=screenings).delete()
        ScreeningGuest.objects.filter(screening__in=screenings).delete()
        ScreeningTag.objects.filter(content_object__in=screenings).delete()
        screenings.delete()
        FilmDirector.objects.filter(film__is_sample=True).delete()
        for model in (Film, Person, Series, Venue):
            model.objects.filter(is_sample=True).delete()
        Tag.objects.filter(name__in=TAGS).delete()
        bump_programme_version()


@transaction.atomic
def generate_sample_archive(screenings, seed=1973, progress=None):
    """Replace the sample records by `screenings` new ones; return what was made."""
    rng = random.Random(seed)  # noqa: S311 (a reproducible sample, not a secret)
    delete_sample_archive()
    slugs = {model: set(model.objects.values_list("slug", flat=True)) for model in (Film, Person)}

    people = {}
    films = []
    with FILM_LIST.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        directors = [name.strip() for name in row["director"].split(",") if name.strip()]
        for name in directors:
            if name not in people:
                people[name] = Person(
                    name=name,
                    sort_name=default_sort_name(name),
                    slug=unique_slug(name, slugs[Person], "person"),
                    roles=[Role.DIRECTOR.value],
                    is_sample=True,
                    source=SOURCE,
                )
        imdb = re.search(r"(tt\d+)", row["imdb_url"] or "")
        films.append(
            (
                Film(
                    title=row["title"],
                    original_title=row["original_title"],
                    year=int(row["year"]),
                    countries="; ".join(c.strip() for c in row["countries_of_origin"].split(",")),
                    languages="; ".join(c.strip() for c in row["languages"].split(",")),
                    runtime=_runtime(row["run_time"]),
                    imdb_id=imdb.group(1) if imdb else "",
                    slug=unique_slug(f"{row['title']} {row['year']}", slugs[Film], "film"),
                    is_sample=True,
                    source=SOURCE,
                ),
                directors,
            )
        )
    Person.objects.bulk_create(people.values(), batch_size=2000)
    Film.objects.bulk_create([film for film, _d in films], batch_size=2000)
    FilmDirector.objects.bulk_create(
        [
            FilmDirector(film=film, person=people[name], sort_order=order)
            for film, directors in films
            for order, name in enumerate(directors)
        ],
        batch_size=5000,
    )
    series = Series.objects.bulk_create(
        [
            Series(title=title, slug=f"sample-{title.split()[-1].lower()}", is_sample=True)
            for title in SERIES
        ]
    )
    venues = Venue.objects.bulk_create(
        [
            Venue(name=name, slug=f"sample-venue-{number}", is_sample=True)
            for number, name in enumerate(VENUES, start=1)
        ]
    )
    tags = Tag.objects.bulk_create([Tag(name=name, slug=name) for name in TAGS])
    guests_pool = list(people.values())
    event_types = list(EVENT_WEIGHTS)
    weights = list(EVENT_WEIGHTS.values())
    span = (LAST_DAY - FIRST_DAY).days

    batch = 5000
    for start in range(0, screenings, batch):
        events = []
        links = []
        for number in range(start, min(start + batch, screenings)):
            day = FIRST_DAY + datetime.timedelta(days=rng.randrange(span))
            precision = rng.choices(
                [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR], [85, 10, 5]
            )[0]
            if precision == DatePrecision.MONTH:
                day = day.replace(day=1)
            elif precision == DatePrecision.YEAR:
                day = day.replace(month=1, day=1)
            event_type = rng.choices(event_types, weights)[0]
            film, directors = rng.choice(films)
            screening = Screening(
                external_id=f"sample-{number + 1:06d}",
                date=day,
                date_precision=precision,
                time=rng.choice(TIMES) if precision == DatePrecision.DAY else None,
                event_type=event_type,
                series=rng.choice(series) if rng.random() < 0.6 else None,
                venue=rng.choice(venues),
                source=SOURCE,
                is_sample=True,
            )
            language, note = rng.choice(NOTES)
            setattr(screening, NOTE_FIELDS[language], note.format(genre=rng.choice(GENRES)))
            screening.sync_derived_fields()
            events.append(screening)
            guests = []
            if event_type == EventType.TALK:
                guests = [(people[name], Role.DIRECTOR) for name in directors[:1]]
                if rng.random() < 0.3:
                    guests.append((rng.choice(guests_pool), Role.GUEST))
            tag = rng.choice(tags) if rng.random() < 0.3 else None
            links.append((film, guests, tag))
        Screening.objects.bulk_create(events)
        ScreeningFilm.objects.bulk_create(
            [
                ScreeningFilm(screening=event, film=film)
                for event, (film, _g, _t) in zip(events, links, strict=True)
            ]
        )
        ScreeningGuest.objects.bulk_create(
            [
                ScreeningGuest(screening=event, person=person, role=role, sort_order=order)
                for event, (_f, guests, _t) in zip(events, links, strict=True)
                for order, (person, role) in enumerate(guests)
                if not any(p is person for p, _r in guests[:order])
            ]
        )
        ScreeningTag.objects.bulk_create(
            [
                ScreeningTag(content_object=event, tag=tag)
                for event, (_f, _g, tag) in zip(events, links, strict=True)
                if tag is not None
            ]
        )
        search_index.schedule("archive.screening", [event.pk for event in events])
        if progress:
            progress(min(start + batch, screenings))
    search_index.schedule("archive.film", [film.pk for film, _d in films])
    search_index.schedule("archive.person", [person.pk for person in people.values()])
    search_index.schedule("archive.series", [one.pk for one in series])
    transaction.on_commit(bump_programme_version)
    transaction.on_commit(refresh_statistics)
    return {
        "screenings": screenings,
        "films": len(films),
        "people": len(people),
        "series": len(series),
        "venues": len(venues),
    }
