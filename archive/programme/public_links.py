"""
The people the programme and the media library show to the public, registered with
`archive.programme.visibility` in `archive/apps.py`: the directors of films and the guests of
events (every programme record is public); the people whose own record names the published
source it comes from (the encyclopedia's directors who came to debate, before any event is
linked to them: an importer never writes a person's source, an editor does); and the people
related to an image, a recording or a document that a listing may show (not closed, nor a
recording another domain's restriction hides, `archive.media.restrictions`).
"""

from archive.media import restrictions
from archive.media.models import ArchiveDocument, ArchiveImage, ArchiveMedia
from archive.programme.models import FilmDirector, Person, ScreeningGuest
from base.access import AccessLevel


def directors():
    return FilmDirector.objects.values("person_id")


def guests():
    return ScreeningGuest.objects.values("person_id")


def documented():
    return Person.objects.exclude(source="").values("pk")


def _related_people(items):
    listed = items.exclude(access_level=AccessLevel.CLOSED).filter(related_people__isnull=False)
    return listed.values("related_people")


def image_people():
    return _related_people(ArchiveImage.objects.all())


def media_people():
    return _related_people(restrictions.unlisted(ArchiveMedia.objects.all(), None))


def document_people():
    return _related_people(ArchiveDocument.objects.all())


LINKS = {
    "archive.film-director": directors,
    "archive.screening-guest": guests,
    "archive.person-source": documented,
    "archive.image": image_people,
    "archive.media": media_people,
    "archive.document": document_people,
}
