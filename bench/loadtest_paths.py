# Run by bench/loadtest.py in `manage.py shell`: prints the addresses the load test asks for.
import json

from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles.storage import staticfiles_storage

from archive.media.files import media_is_open_to
from archive.media.models import ArchiveMedia
from archive.programme.models import Film, Person, Screening
from base.access import AccessLevel
from home.models import HistoryChapterPage
from oral_history.models import InterviewPage
from oral_history.passages import visible_passages
from oral_history.public_recordings.playing import players

archive = {"fr": "/fr/archives/", "en": "/en/archive/"}
found = {
    "static": staticfiles_storage.url("css/site.css"),
    "listings": [
        "/fr/archives/",
        "/en/archive/?year=1985",
        "/fr/archives/?type=talk",
        "/en/archive/?year=1999&type=screening",
        "/fr/archives/?page=3",
        "/fr/archives/?q=nuit",
    ],
    "searches": [
        "/fr/recherche/?q=occupation",
        "/en/search/?q=cinema",
        "/fr/recherche/?q=projection+1975",
        "/en/search/?q=revival&type=interview",
    ],
    "events": [
        f"{archive[lang]}screenings/{pk}/"
        for pk in Screening.objects.order_by("?").values_list("pk", flat=True)[:40]
        for lang in ("fr",)
    ],
    "records": [
        f"/en/archive/films/{slug}/" for slug in Film.objects.values_list("slug", flat=True)[:20]
    ]
    + [
        f"/fr/archives/people/{slug}/"
        for slug in Person.objects.public().values_list("slug", flat=True)[:20]
    ],
    "interviews": [
        page.url for page in InterviewPage.objects.live().filter(access_level=AccessLevel.PUBLIC)
    ],
    "chapters": [page.url for page in HistoryChapterPage.objects.live()],
    "media": [],
}
# The recordings a visitor is served: a public item open to anyone, or the public version of a
# recording whose interview withholds a passage (the original answers 404 to visitors).
visitor = AnonymousUser()
for item in ArchiveMedia.objects.filter(access_level=AccessLevel.PUBLIC)[:10]:
    if media_is_open_to(item, visitor):
        found["media"].append(item.url)
for interview in InterviewPage.objects.live().filter(access_level=AccessLevel.PUBLIC):
    for player in players(interview, visible_passages(interview, visitor), visitor):
        if player.url and player.url not in found["media"]:
            found["media"].append(player.url)

print(json.dumps(found))
