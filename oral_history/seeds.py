"""
Demonstration interviews for `load_la_clef --with-samples` (which `make run` uses), so that a
newcomer sees the player work and an editor sees the access rules at work:

- a public demonstration, with one restricted passage;
- a closed one, visible to editors only;
- an embargoed one, whose recording and transcript open on 1 January 2030.

Each is labelled as a demonstration on every page that shows it. The recording is a synthetic
voice (scripts/make_sample_recording.py); it is not a testimony.
"""

import datetime
from pathlib import Path

from django.core.files import File
from wagtail.models import Locale

from archive.media.models import ArchiveMedia
from base import seeding
from base.access import AccessLevel
from base.seeding import load_section
from oral_history.formats import read_transcript
from oral_history.importing import replace_cues
from oral_history.models import (
    IndexSegment,
    InterviewPage,
    InterviewRecording,
    OralHistoryIndexPage,
    Redaction,
)

SAMPLE_DATA = Path(__file__).resolve().parent / "sample_data"
RECORDING = SAMPLE_DATA / "demonstration.mp3"
TRANSCRIPT = SAMPLE_DATA / "demonstration.vtt"
EMBARGO_END = datetime.date(2030, 1, 1)

SAMPLES = [
    {
        "key": "public",
        "access": AccessLevel.PUBLIC,
        "embargo": None,
        "slug": {"fr": "demonstration", "en": "demonstration"},
        "title": {
            "fr": "Démonstration : le lecteur d'entretiens",
            "en": "Demonstration: the interview player",
        },
        "summary": {
            "fr": "Un court dialogue lu par des voix de synthèse, pour essayer le lecteur : "
            "transcription synchronisée, index, recherche et liens vers un moment précis.",
            "en": "A short dialogue read by synthetic voices, to try the player: synchronised "
            "transcript, index, search and links to a precise moment.",
        },
        "redacted_cue": 5,
    },
    {
        "key": "closed",
        "access": AccessLevel.CLOSED,
        "embargo": None,
        "slug": {"fr": "demonstration-fermee", "en": "demonstration-closed"},
        "title": {
            "fr": "Démonstration : un entretien fermé",
            "en": "Demonstration: a closed interview",
        },
        "summary": {
            "fr": "Visible des seuls éditeurs : il montre qu'un entretien fermé n'apparaît nulle "
            "part pour le public.",
            "en": "Visible to editors only: it shows that a closed interview appears nowhere to "
            "the public.",
        },
        "redacted_cue": None,
    },
    {
        "key": "embargoed",
        "access": AccessLevel.EMBARGOED,
        "embargo": EMBARGO_END,
        "slug": {"fr": "demonstration-sous-embargo", "en": "demonstration-embargoed"},
        "title": {
            "fr": "Démonstration : un entretien sous embargo",
            "en": "Demonstration: an embargoed interview",
        },
        "summary": {
            "fr": "Sa fiche est publique, mais l'enregistrement et la transcription ne s'ouvriront "
            "que le 1er janvier 2030.",
            "en": "Its record is public, but the recording and transcript open only on "
            "1 January 2030.",
        },
        "redacted_cue": None,
    },
]
SEGMENTS = [
    (0, {"fr": "Accueil", "en": "Welcome"}),
    (2, {"fr": "Suivre la transcription", "en": "Following the transcript"}),
    (4, {"fr": "Chercher un mot", "en": "Searching for a word"}),
    (6, {"fr": "Partager un moment", "en": "Sharing a moment"}),
]
LANGUAGES = ("fr", "en")


@seeding.loader(seeding.CONTENT + 3, samples=True)
def load_samples(seeder, sections):
    cues = read_transcript(TRANSCRIPT.name, TRANSCRIPT.read_bytes()).cues
    for sample in SAMPLES:
        media = seeder.record(
            f"sample:media:{sample['key']}",
            model=ArchiveMedia,
            fields={
                "title": f"{sample['title']['fr']} (voix de synthèse)",
                "type": "audio",
                "access_level": sample["access"],
                "embargo_until": sample["embargo"],
                "credit": "Synthèse vocale espeak-ng — démonstration",
                "rights": "Enregistrement de démonstration, librement réutilisable.",
            },
            on_create=_attach_recording,
        )
        french = None
        for code in LANGUAGES:
            index = sections.get("oral_history", {}).get(code)
            if index is None or media is None:
                continue
            page = seeder.page(
                f"sample:interview:{sample['key']}:{code}",
                parent=index,
                page_class=InterviewPage,
                slug=sample["slug"][code],
                locale=Locale.objects.get(language_code=code),
                translation_of=french,
                fields=_interview_fields(sample, code, media, cues),
            )
            if page is not None and not page.cues.exists():
                replace_cues(page, cues)
            if code == "fr":
                french = page


def _attach_recording(media):
    with RECORDING.open("rb") as handle:
        media.file.save(RECORDING.name, File(handle), save=False)


def _interview_fields(sample, code, media, cues):
    redactions = []
    if sample["redacted_cue"] is not None:
        cue = cues[sample["redacted_cue"]]
        redactions.append(
            Redaction(
                start=cue.start,
                end=cue.end,
                reason="Démonstration d'un passage restreint.",
                sort_order=0,
            )
        )
    return {
        "title": sample["title"][code],
        "summary": sample["summary"][code],
        "kind": "interview",
        "languages": "français",
        "access_level": sample["access"],
        "embargo_until": sample["embargo"],
        "is_demonstration": True,
        "recordings": [InterviewRecording(media=media, sort_order=0)],
        "segments": [
            IndexSegment(start=cues[position].start, title=title[code], sort_order=order)
            for order, (position, title) in enumerate(SEGMENTS)
        ],
        "redactions": redactions,
    }


SECTION = {
    "en": {
        "title": "Oral history",
        "slug": "oral-history",
        "intro": (
            "<p>Interviews and recorded talks with the people who have made La Clef: "
            "volunteers, audiences, projectionists and the filmmakers who came to discuss "
            "their films after the screening.</p>"
        ),
    },
    "fr": {
        "title": "Histoire orale",
        "slug": "histoire-orale",
        "intro": (
            "<p>Entretiens et rencontres enregistrées avec celles et ceux qui ont fait La "
            "Clef : bénévoles, spectateurs, projectionnistes, et cinéastes venus débattre "
            "de leurs films après la séance.</p>"
        ),
    },
}


@seeding.loader(seeding.SECTION_PAGES + 2)
def load_oral_history_section(seeder, sections):
    load_section(seeder, sections, "oral_history", OralHistoryIndexPage, SECTION)
