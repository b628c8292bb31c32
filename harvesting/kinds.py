"""
The kinds of public records that machines may read, each with the key that names it for good.

One kind is one OAI-PMH set and one family of API endpoints. A kind reads its records from one
or more streams (media has three tables); a stream says which rows are public (the same rules as
the pages: `Person.objects.public()`, interviews listed to the public, listed media items), how
each row is keyed and which field dates its last change. Keys never change: an event's
`external_id` (its programme spreadsheets' identifier), every other record's primary key. An
interview's `external_id` is not used: translations share it and an editor may change it.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.contrib.auth.models import AnonymousUser
from django.db.models import DateTimeField, F, Prefetch, Value
from django.db.models.functions import Coalesce

from archive.media.models import ArchiveDocument, ArchiveImage, ArchiveMedia
from archive.media.views import listed_media
from archive.programme.models import Film, Person, Screening, Series, Venue
from archive.programme.models.films import FilmDirector
from archive.programme.models.screenings import ScreeningFilm
from base.access import listed_q
from home.models import HistoryChapterPage
from oral_history.models import InterviewPage
from oral_history.models.people import InterviewParticipant

# The datestamp of a page never published through a revision (made by a factory or a script).
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
STAMP = "oai_stamp"


def stamped(queryset, field):
    """The queryset with its datestamp as `oai_stamp`, on which streams filter and order."""
    return queryset.alias(**{STAMP: F(field)})


def stamped_pages(queryset):
    """Pages are dated by their last publication (a page is harvested as published)."""
    stamp = Coalesce(
        "last_published_at",
        "latest_revision_created_at",
        Value(EPOCH),
        output_field=DateTimeField(),
    )
    return queryset.alias(**{STAMP: stamp})


@dataclass(frozen=True)
class Stream:
    """One table's public rows of a kind: `rows()` gives them, dated and ready to describe."""

    kind: str
    model: type
    rows: object  # callable: () -> queryset annotated with oai_stamp
    key_field: str = "pk"
    prefix: str = ""  # a key's prefix, for a kind of several tables ("image-12")
    numeric: bool = True

    def key(self, obj):
        return f"{self.prefix}{getattr(obj, self.key_field)}"

    def lookup(self, key):
        """The filter that finds the record of this key in this stream, or None if not its key."""
        if not key.startswith(self.prefix):
            return None
        value = key[len(self.prefix) :]
        if self.numeric and not value.isdigit():
            return None
        return {self.key_field: int(value) if self.numeric else value}


def events():
    films = ScreeningFilm.objects.select_related("film").order_by("sort_order")
    rows = Screening.objects.select_related("venue", "series").prefetch_related(
        Prefetch("film_links", queryset=films), "tags"
    )
    return stamped(rows, "updated_at")


def films():
    directors = FilmDirector.objects.select_related("person").order_by("sort_order")
    rows = Film.objects.prefetch_related(Prefetch("director_links", queryset=directors), "tags")
    return stamped(rows, "updated_at")


def people():
    return stamped(Person.objects.public(), "updated_at")


def series():
    return stamped(Series.objects.all(), "updated_at")


def venues():
    return stamped(Venue.objects.all(), "updated_at")


def listed_interviews():
    """Live interviews a visitor may know of: never a closed one, nor one behind page privacy."""
    return (
        InterviewPage.objects.live()
        .public()
        .filter(listed_q(AnonymousUser()))
        .select_related("locale")
    )


def interviews():
    participants = InterviewParticipant.objects.select_related("person").order_by("sort_order")
    rows = listed_interviews().prefetch_related(
        Prefetch("participants", queryset=participants), "tags"
    )
    return stamped_pages(rows)


def images():
    return stamped(ArchiveImage.objects.filter(listed_q(AnonymousUser())), "updated_at")


def recordings():
    return stamped(listed_media(AnonymousUser()), "updated_at")


def documents():
    return stamped(ArchiveDocument.objects.filter(listed_q(AnonymousUser())), "updated_at")


def chapters():
    return stamped_pages(HistoryChapterPage.objects.live().public().select_related("locale"))


STREAMS = [
    Stream("event", Screening, events, key_field="external_id", numeric=False),
    Stream("film", Film, films),
    Stream("person", Person, people),
    Stream("series", Series, series),
    Stream("venue", Venue, venues),
    Stream("interview", InterviewPage, interviews),
    Stream("media", ArchiveImage, images, prefix="image-"),
    Stream("media", ArchiveMedia, recordings, prefix="av-"),
    Stream("media", ArchiveDocument, documents, prefix="document-"),
    Stream("chapter", HistoryChapterPage, chapters),
]
# Records that leave public view by a change of their own (a page unpublished, an interview or a
# media item closed): their tombstones follow each save. A person leaves it by a change of
# their links, which no save of theirs shows (not tracked yet).
HIDEABLE_KINDS = ("interview", "chapter", "media")

# Set names, in English as the protocol's own words are.
KINDS = {
    "event": "Events of the programme (screenings, talks, festivals)",
    "film": "Films shown",
    "person": "People (directors, guests, narrators)",
    "series": "Programme series",
    "venue": "Venues",
    "interview": "Oral-history interviews and recorded talks",
    "media": "Images, recordings and documents",
    "chapter": "Chapters of the history of La Clef",
}


def streams_of(kind=None):
    return [stream for stream in STREAMS if kind is None or stream.kind == kind]


def find(kind, key):
    """The public record of this kind and key, with its stream, or (None, None)."""
    for stream in streams_of(kind):
        condition = stream.lookup(key)
        if condition is not None:
            record = stream.rows().annotate(stamp_value=F(STAMP)).filter(**condition).first()
            if record is not None:
                return stream, record
    return None, None
