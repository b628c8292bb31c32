# Run by bench/loadtest.py in `manage.py shell`: prints the addresses the load test asks for.
import json

from django.contrib.staticfiles.storage import staticfiles_storage

from archive.media.models import ArchiveMedia
from archive.programme.models import Film, Person, Screening
from base.access import AccessLevel
from home.models import HistoryChapterPage
from oral_history.models import InterviewPage

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
    "media": [
        item.url for item in ArchiveMedia.objects.filter(access_level=AccessLevel.PUBLIC)[:10]
    ],
}
print(json.dumps(found))
