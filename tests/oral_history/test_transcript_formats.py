"""
Reading transcripts and indexes written by other projects, and refusing broken files with the
line that is wrong. Real files under restrictive licences are read from ../shared, never copied.
"""

import pytest
import webvtt

from oral_history.formats import (
    Cue,
    FormatError,
    Segment,
    read_ohms,
    read_transcript,
    to_json,
    to_plain_text,
    to_webvtt_captions,
    to_webvtt_chapters,
)
from tests.conftest import shared_fixture
from tests.paths import FIXTURES

OWN = FIXTURES / "transcripts"


def shared(relative):
    return shared_fixture(relative).read_bytes()


def ohms(name):
    return read_ohms(shared(f"ohms/{name}"))


class TestOhms:
    def test_v4_without_namespace_with_a_text_date_and_a_bom(self):
        interview = ohms("Interview41935.xml")
        assert interview.version == "4"
        assert interview.date.isoformat() == "2014-06-30"
        assert interview.interviewees == ["Elsie Arnold"]
        first = interview.transcript.cues[0]
        assert not first.text.startswith("\ufeff")
        assert first.start is None  # no sync: the paragraphs are kept, untimed

    def test_v5_legacy_sync_counts_lines_and_words_from_one(self):
        interview = ohms("duarte_OH0344.xml")
        assert interview.duration == 28 * 60 + 6
        at_one_minute = next(cue for cue in interview.transcript.cues if cue.start == 60)
        # <sync>1:|13(3)… : minute 1 is the 3rd word of the 13th line of the transcript.
        assert at_one_minute.text.startswith("My grandfather Cardoza")
        starts = [cue.start for cue in interview.transcript.cues]
        assert starts == sorted(starts)
        assert interview.transcript.cues[0].speaker == "BROCK"

    def test_v5_index_points_with_wrapped_gps_and_keywords(self):
        segment = ohms("duarte_OH0344.xml").transcript.segments[0]
        assert segment.start == 0
        assert segment.title == "Early childhood and Duarte family history"
        assert "Azores" in segment.keywords
        assert "California--Pescadero" in segment.subjects
        assert segment.gps_points == [
            {
                "latitude": 37.211,
                "longitude": -122.273,
                "zoom": "11",
                "text": "Pescadero, California",
            }
        ]

    def test_footnotes_become_numbered_references_and_notes(self):
        transcript = ohms("smythe_OH0042.xml").transcript
        text = " ".join(cue.text for cue in transcript.cues)
        assert "[[footnote]]" not in text and "[[footnotes]]" not in text
        assert "[1]" in text
        assert transcript.notes and all("[[" not in note for note in transcript.notes)

    def test_v51_bilingual_fields_and_unwrapped_points(self):
        interview = ohms("OHMS-Sample-006.xml")
        assert interview.duration == 3720  # "1:2:0", not zero-padded
        assert interview.alt_language == "English"
        segment = interview.transcript.segments[0]
        assert segment.title_alt == "Presentations / first stay in the United States"
        assert "Customs" in segment.keywords_alt

    def test_v54_repeated_hyperlink_blocks_and_an_empty_transcript(self):
        interview = ohms("index_hyperlinks_example.xml")
        assert interview.transcript.cues == []
        links = [link for s in interview.transcript.segments for link in s.hyperlinks]
        assert len(links) >= 2

    def test_v6_webvtt_transcript_with_unclosed_voice_tags(self):
        cues = ohms("chappelear-ohmsvtt-example.xml").transcript.cues
        assert len(cues) == 13
        assert cues[0].speaker == "SCHNEIDER"
        assert cues[0].text.startswith("Okay. So today is")  # the padding spaces are gone
        assert any(cue.start == cue.end for cue in cues)  # the zero-length cue is kept

    def test_youtube_media_is_recognised_as_video(self):
        interview = ohms("Interview42712.xml")
        assert interview.media_kind == "video"
        assert len(interview.transcript.segments) == 6


class TestSubtitlesAndText:
    def test_webvtt_minutes_only_timestamps(self):
        cues = read_transcript("simple.vtt", (OWN / "simple.vtt").read_bytes()).cues
        assert [cue.text for cue in cues][0] == "Hildy!"
        assert cues[0].start == 0 and cues[0].end == 0.9

    def test_webvtt_and_srt_of_the_same_film_agree(self):
        vtt = read_transcript("a.vtt", shared("transcripts/lunchroom_manners.vtt")).cues
        srt = read_transcript("a.srt", shared("transcripts/lunchroom_manners.srt")).cues
        assert len(vtt) == len(srt) == 107
        assert [(c.start, c.end) for c in vtt] == [(c.start, c.end) for c in srt]
        assert vtt[5].text == srt[5].text

    def test_our_own_srt(self):
        cues = read_transcript("s.srt", (OWN / "la-clef-sample.srt").read_bytes()).cues
        assert [(c.start, c.end, c.text) for c in cues] == [
            (1.0, 4.5, "Bienvenue à La Clef."),
            (4.5, 9.0, "Ce soir, on projette Attica."),
        ]

    def test_timestamped_text_with_speakers_and_a_header(self):
        cues = read_transcript("t.txt", (OWN / "la-clef-sample.txt").read_bytes()).cues
        assert [(c.start, c.speaker) for c in cues] == [
            (0, "ANIMATRICE"),
            (12, "INVITÉ"),
            (12, "INVITÉ"),  # a paragraph without a label continues the speaker's turn
        ]
        assert cues[0].end == 12

    def test_a_real_word_processor_transcript(self):
        cues = read_transcript(
            "i.txt", shared("transcripts/isaacs_j2ntg1k_sample_with_timecodes.txt")
        ).cues
        assert [(cue.start, cue.speaker) for cue in cues] == [
            (5, "SCHNEIDER"),
            (47, "ISAACS"),
            (127, "ISAACS"),
            (187, "SCHNEIDER"),
        ]

    def test_an_index_exported_as_webvtt(self):
        segments = read_transcript(
            "i.vtt", shared("transcripts/webvtt-valid.webvtt"), index=True
        ).segments
        assert segments[1].title == "Parking lot" and segments[1].start == 74

    def test_an_index_with_ohms_fields_as_annotations(self):
        data = shared("transcripts/valid_vtt_index_with_metadata_for_import.webvtt")
        segment = read_transcript("i.vtt", data, index=True).segments[2]
        assert segment.start == 7200 and segment.title == "Introduction"
        assert segment.keywords == ["Jordan B. Peterson"]
        assert segment.partial_transcript == "There were UN observers"
        assert segment.synopsis == "PBD introduces a Jordan B Peterson"


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("bad-timestamp.vtt", 6, "is not a time stamp"),
        ("bad-backwards.vtt", 3, "ends before it starts"),
        ("bad-timing.srt", 6, "is not a timing line"),
        ("bad-order.txt", 4, "earlier than the one before"),
        ("bad-malformed.xml", 5, "not well-formed XML"),
        ("bad-latin1.vtt", 4, "not UTF-8"),
    ],
)
def test_a_broken_file_is_refused_with_its_line(name, line, words):
    with pytest.raises(FormatError) as error:
        read_transcript(name, (OWN / name).read_bytes())
    assert error.value.line == line
    assert words in str(error.value)


def test_xml_entity_tricks_are_refused():
    with pytest.raises(FormatError, match="forbidden XML"):
        read_ohms((OWN / "bad-entities.xml").read_bytes())


def test_a_webvtt_file_needs_its_header():
    with pytest.raises(FormatError, match="WEBVTT") as error:
        read_transcript("x.vtt", b"00:00:01.000 --> 00:00:02.000\nhello\n")
    assert error.value.line == 1


def test_an_unknown_kind_of_file_is_named():
    with pytest.raises(FormatError, match="expected WebVTT"):
        read_transcript("notes.docx", b"...")


CUES = [
    Cue(start=0, end=4.5, text="Bonsoir <à> tous & toutes", speaker="Animatrice"),
    Cue(start=4.5, end=9, text="Merci --> vraiment."),
]
SEGMENTS = [Segment(start=0, title="Accueil"), Segment(start=60, title="Le film")]


def test_captions_are_valid_webvtt_that_another_reader_agrees_with(tmp_path):
    path = tmp_path / "captions.vtt"
    path.write_text(to_webvtt_captions(CUES))
    captions = webvtt.read(path)
    assert [(c.start_in_seconds, c.end_in_seconds) for c in captions] == [(0, 4), (4, 9)]
    assert captions[0].voice == "Animatrice"
    ours = read_transcript("c.vtt", path.read_bytes()).cues
    assert [(c.start, c.end, c.text, c.speaker) for c in ours] == [
        (c.start, c.end, c.text, c.speaker) for c in CUES
    ]


def test_chapters_run_from_each_segment_to_the_next():
    chapters = read_transcript("c.vtt", to_webvtt_chapters(SEGMENTS, duration=600).encode()).cues
    assert [(c.start, c.end, c.text) for c in chapters] == [
        (0, 60, "Accueil"),
        (60, 600, "Le film"),
    ]


def test_plain_text_and_json():
    assert "[0:00:04] Merci --> vraiment." in to_plain_text(CUES)
    assert '"title": "Le film"' in to_json({"title": "x"}, CUES, SEGMENTS)
