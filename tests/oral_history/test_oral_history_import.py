"""Importing interviews from OHMS files and transcripts from subtitle and text files."""

import io

import pytest
from django.core.management import CommandError, call_command

from archive.factories import PersonFactory
from archive.programme.models import Person
from oral_history.factories import InterviewPageFactory, TranscriptCueFactory
from oral_history.importing import OralHistoryImportError, parse_access
from oral_history.models import InterviewPage, TranscriptCue
from tests.conftest import shared_fixture
from tests.paths import FIXTURES

OWN = FIXTURES / "transcripts"


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
class TestImportOhms:
    def test_creates_the_interview_and_prints_its_public_address(self, site_pages):
        output = run(
            "import_ohms", str(shared_fixture("ohms/duarte_OH0344.xml")), "--language", "en"
        )
        page = InterviewPage.objects.get()
        assert page.title == "Oral history interview with Ronald Duarte"
        assert page.date.isoformat() == "2006-06-13"
        assert page.segments.count() == 7
        assert page.cues.count() == 107
        assert [p.person.name for p in page.participants.all()] == [
            "Ronald Duarte",
            "David C. Brock",
        ]
        assert output.strip().endswith(
            "/en/oral-history/oral-history-interview-with-ronald-duarte/"
        )

    def test_people_are_matched_by_the_rule_of_every_importer(self, site_pages):
        """
        A name differing from a person's only in spacing or case is that person
        (`person_name_key`, as in the programme's CSV import). The OHMS import matched names
        exactly until both importers shared one rule: "RONALD  DUARTE" made a second record.
        """
        duarte = PersonFactory(name="RONALD  DUARTE", roles=["guest"])
        run("import_ohms", str(shared_fixture("ohms/duarte_OH0344.xml")))
        page = InterviewPage.objects.get()
        assert [p.person_id for p in page.participants.all()][0] == duarte.pk
        duarte.refresh_from_db()
        assert duarte.name == "RONALD  DUARTE"  # the importer never renames a record
        assert duarte.roles == ["guest", "narrator"]
        assert Person.objects.filter(name__icontains="duarte").count() == 1

    def test_access_and_embargo_are_set_from_the_command_line(self, site_pages):
        run(
            "import_ohms",
            str(shared_fixture("ohms/chappelear-ohmsvtt-example.xml")),
            "--access",
            "embargoed:2030-06-01",
        )
        page = InterviewPage.objects.get()
        assert page.access_level == "embargoed"
        assert page.embargo_until.isoformat() == "2030-06-01"

    def test_importing_the_same_file_twice_changes_nothing(self, site_pages):
        path = str(shared_fixture("ohms/duarte_OH0344.xml"))
        run("import_ohms", path)
        with pytest.raises(CommandError, match="imported already"):
            run("import_ohms", path)
        assert InterviewPage.objects.count() == 1

    def test_a_bad_file_creates_nothing_and_names_the_line(self, site_pages):
        with pytest.raises(CommandError, match="line 5: this is not well-formed XML"):
            run("import_ohms", str(OWN / "bad-malformed.xml"))
        assert not InterviewPage.objects.exists()

    @pytest.mark.parametrize(
        "access", ["secret", "embargoed", "embargoed:tomorrow", "public:2030-01-01"]
    )
    def test_a_bad_access_is_explained(self, access):
        with pytest.raises(OralHistoryImportError):
            parse_access(access)


@pytest.mark.django_db
class TestImportTranscript:
    @pytest.fixture
    def interview(self, site_pages):
        page = InterviewPageFactory(parent=site_pages["oral_history"]["fr"], slug="rencontre")
        TranscriptCueFactory(interview=page, position=0, text="Ancienne transcription.")
        return page

    def test_replaces_the_transcript(self, interview):
        output = run("import_transcript", "rencontre", str(OWN / "la-clef-sample.srt"))
        assert "Attached 2 transcript cues" in output
        assert list(interview.cues.values_list("text", flat=True)) == [
            "Bienvenue à La Clef.",
            "Ce soir, on projette Attica.",
        ]

    def test_a_bad_file_keeps_the_old_transcript(self, interview):
        with pytest.raises(CommandError, match="line 6"):
            run("import_transcript", "rencontre", str(OWN / "bad-timestamp.vtt"))
        assert list(interview.cues.values_list("text", flat=True)) == ["Ancienne transcription."]

    def test_an_index_file_replaces_the_index_without_publishing_a_draft(self, interview):
        draft = interview.get_latest_revision_as_object()
        draft.title = "Brouillon d'un éditeur"
        draft.save_revision()
        run(
            "import_transcript",
            "rencontre",
            str(shared_fixture("transcripts/webvtt-valid.webvtt")),
            "--index",
        )
        interview.refresh_from_db()
        assert interview.title != "Brouillon d'un éditeur"  # the draft stays a draft
        latest = interview.get_latest_revision_as_object()
        assert latest.title == "Brouillon d'un éditeur"
        assert [s.title for s in latest.segments.all()][1] == "Parking lot"

    def test_an_unknown_slug_is_a_clear_error(self, interview):
        with pytest.raises(CommandError, match="no interview has the slug"):
            run("import_transcript", "nope", str(OWN / "la-clef-sample.srt"))


@pytest.mark.django_db
def test_the_admin_upload_imports_and_reports_errors(admin_client, site_pages):
    page = InterviewPageFactory(parent=site_pages["oral_history"]["en"])
    with (OWN / "bad-backwards.vtt").open("rb") as handle:
        response = admin_client.post(
            "/admin/oral-history/import/",
            {"transcript-interview": page.pk, "transcript-file": handle},
        )
    assert "line 3: this cue ends before it starts." in response.content.decode()
    assert not TranscriptCue.objects.exists()
    with (OWN / "la-clef-sample.txt").open("rb") as handle:
        response = admin_client.post(
            "/admin/oral-history/import/",
            {"transcript-interview": page.pk, "transcript-file": handle},
        )
    assert response.status_code == 302
    assert page.cues.count() == 3
