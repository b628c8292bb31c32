"""
The public version of a recording is silent where a passage is withheld, and sounds as the
original everywhere else (issue 21): measured with ffmpeg on recordings made in the test
(espeak-ng speech over a tone, an MP3 and a short video), the version made for real.

Inside each restricted range the RMS level is below -60 dBFS; outside the ranges and their fades
it is within 1 dB of the original's; a video's picture is kept, or black in the ranges when the
editor chose so.
"""

import datetime

import pytest
from django.core.files.base import ContentFile

from oral_history.factories import AudioFactory, InterviewPageFactory
from oral_history.models import InterviewRecording, PublicRecording, Redaction
from oral_history.public_recordings.planning import plan
from oral_history.public_recordings.silencing import FADE, GUARD
from oral_history.public_recordings.tasks import make
from tests.oral_history.recordings import brightness, rms, speech_and_tones, stored_copy

PASSAGES = [(2.0, 4.0), (7.0, 8.5)]
LATER = datetime.date(2031, 3, 1)


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("originals")
    return {
        "audio": speech_and_tones(folder),
        "video": speech_and_tones(folder, video=True),
    }


def interview(site_pages, original, kind="audio", picture="kept"):
    english = site_pages["oral_history"]["en"]
    page = InterviewPageFactory(parent=english, locale=english.locale, silenced_picture=picture)
    media = AudioFactory(
        type=kind, file=ContentFile(original.read_bytes(), name=original.name), title="Tape"
    )
    page.recordings = [InterviewRecording(media=media)]
    page.redactions = [
        Redaction(start=PASSAGES[0][0], end=PASSAGES[0][1]),
        Redaction(start=PASSAGES[1][0], end=PASSAGES[1][1], until=LATER),
    ]
    page.save_revision().publish()
    return page, media


def made(page):
    for pk in plan(page.pk):
        make(pk)
    return PublicRecording.objects.filter(interview=page, from_date=None).get()


def audible_stretches(ranges, duration):
    """The stretches away from every range and its fades (and the file's last half second)."""
    stretches, position = [], 0.0
    for start, end in ranges:
        stretches.append((position, start - GUARD - FADE))
        position = end + FADE
    stretches.append((position, duration - 0.5))
    return [(a, b) for a, b in stretches if b - a > 0.3]


@pytest.mark.django_db
class TestSilencedSound:
    @pytest.mark.parametrize("kind", ["audio", "video"])
    def test_silent_in_each_range_and_unchanged_elsewhere(
        self, site_pages, originals, tmp_path, kind
    ):
        page, media = interview(site_pages, originals[kind], kind)
        version = made(page)
        assert version.state == PublicRecording.State.READY, version.error
        public = stored_copy(version.file, tmp_path, "public" + originals[kind].suffix)
        for start, end in PASSAGES:
            assert rms(public, start, end) < -60
            assert rms(originals[kind], start, end) > -40  # there was sound to silence
        for start, end in audible_stretches(PASSAGES, media.duration):
            assert abs(rms(public, start, end) - rms(originals[kind], start, end)) <= 1

    def test_the_version_for_the_day_a_passage_opens_silences_only_the_other(
        self, site_pages, originals, tmp_path
    ):
        page, _media = interview(site_pages, originals["audio"])
        made(page)
        later = PublicRecording.objects.get(interview=page, from_date=LATER)
        make(later.pk)
        later.refresh_from_db()
        public = stored_copy(later.file, tmp_path, "later.mp3")
        assert rms(public, *PASSAGES[0]) < -60
        opened = PASSAGES[1]
        assert abs(rms(public, *opened) - rms(originals["audio"], *opened)) <= 1

    def test_a_video_keeps_its_picture_or_blacks_it_out_as_the_editor_chose(
        self, site_pages, originals, tmp_path
    ):
        kept, _media = interview(site_pages, originals["video"], "video", picture="kept")
        black, _media = interview(site_pages, originals["video"], "video", picture="black")
        kept_file = stored_copy(made(kept).file, tmp_path, "kept.mp4")
        black_file = stored_copy(made(black).file, tmp_path, "black.mp4")
        inside, outside = 3.0, 5.5
        assert brightness(kept_file, inside) > 50
        assert brightness(black_file, inside) < 20
        assert brightness(black_file, outside) > 50
        assert rms(black_file, *PASSAGES[0]) < -60

    def test_the_version_has_its_own_checksum_and_the_original_is_kept(self, site_pages, originals):
        page, media = interview(site_pages, originals["audio"])
        version = made(page)
        media.refresh_from_db()
        assert version.checksum and version.checksum != media.checksum
        assert version.file.name != media.file.name
        with media.file.open("rb") as handle:
            assert handle.read() == originals["audio"].read_bytes()
