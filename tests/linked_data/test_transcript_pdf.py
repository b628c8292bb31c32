"""
The PDF version of every transcript, read back with pypdf as a reader's PDF viewer would: the
plain-text version's lines with their timecodes and speakers under a title block, in the page's
language, linked beside the text version with its size, listed in the IIIF manifest, and under
exactly the text version's access and cache rules, restricted passages left out.
"""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from pypdf import PdfReader

from access_requests.factories import AccessGrantFactory
from archive.factories import ArchiveMediaFactory, PersonFactory
from base.access import AccessLevel
from base.typography import NNBSP
from identifiers import permanent_url
from identifiers.citation import csl_item, styles
from oral_history.factories import InterviewPageFactory, TranscriptCueFactory
from oral_history.models import InterviewParticipant, Redaction
from tests.html import one, soup, text
from tests.linked_data.conftest import HIDDEN_NAME, OPENS, SECRET
from tests.linked_data.helpers import iiif_errors

pytestmark = pytest.mark.django_db


def pdf_of(response):
    """The text a reader sees in a served PDF, each run of white space one space."""
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def plain(words):
    return " ".join(words.split())


class TestWhatItSays:
    def test_the_lines_of_the_text_version_with_a_title_block(self, client, make_interview):
        page = make_interview()
        seen = pdf_of(client.get(f"{page.url}pdf/"))
        lines = client.get(f"{page.url}text/").content.decode().splitlines()
        assert lines[0] == page.title
        for line in filter(None, lines[1:]):
            assert plain(line) in seen, line
        assert "[0:00:00] VARDA: Hello everyone." in seen
        assert "[0:00:30] VARDA: Goodbye." in seen
        assert seen.startswith("Interview zanzibar Narrator: Agnès Varda Interviewer: H. D.")
        assert "Place: Paris" in seen
        assert "Rights: La Clef Revival. Reuse for research and teaching." in seen

    def test_it_cites_the_interview_at_its_permanent_address(self, client, make_interview):
        page = make_interview()
        seen = pdf_of(client.get(f"{page.url}pdf/"))
        participants = list(page.participants.select_related("person"))
        with translation.override("en"):
            reference = styles.plain(csl_item(page, participants=participants), "chicago", "en")
        assert f"Cite as: {plain(reference)}" in seen
        assert "Varda" in reference and "H. D." in reference
        assert f"Permanent address: {permanent_url(page)}" in seen

    def test_the_restricted_passage_and_the_withheld_name_are_left_out(
        self, client, make_interview
    ):
        seen = pdf_of(client.get(f"{make_interview().url}pdf/"))
        assert SECRET not in seen
        assert HIDDEN_NAME not in seen and "Dupanloup" not in seen

    def test_the_passage_is_in_it_from_the_day_it_opens(self, client, make_interview, monkeypatch):
        page = make_interview()
        monkeypatch.setattr("base.access.today", lambda: OPENS)
        seen = pdf_of(client.get(f"{page.url}pdf/"))
        assert f"The {SECRET} words." in seen

    def test_editors_read_the_names_in_full_and_the_public_still_does_not(
        self, client, admin_client, make_interview
    ):
        page = make_interview()
        assert HIDDEN_NAME in pdf_of(admin_client.get(f"{page.url}pdf/"))
        assert HIDDEN_NAME not in pdf_of(client.get(f"{page.url}pdf/"))

    def test_a_french_interview_in_french_with_french_typography(self, client, site_pages):
        parent = site_pages["oral_history"]["fr"]
        page = InterviewPageFactory(
            parent=parent,
            locale=parent.locale,
            title="Mémoires de la cabine",
            slug="memoires-de-la-cabine",
            date=datetime.date(2019, 5, 3),
            rights="Réutilisation libre : recherche et enseignement.",
        )
        TranscriptCueFactory(
            interview=page,
            position=0,
            start=65.0,
            end=70.0,
            speaker="Élise",
            text="On a dit : « Ça tourne ! » Et voilà.",
        )
        response = client.get(f"{page.url}pdf/")
        reader = PdfReader(io.BytesIO(response.content))
        seen = reader.pages[0].extract_text()
        assert reader.trailer["/Root"]["/Lang"] == "fr"
        assert reader.metadata.title == "Mémoires de la cabine"
        # fpdf2 writes a no-break space (before a colon) as a space it never breaks a line at,
        # since PDF viewers ignore U+00A0 when they justify: a reader's copy gives a space.
        assert "Date : 3 mai 2019" in seen
        assert "Droits : Réutilisation libre : recherche et enseignement." in seen
        assert f"[0:01:05] Élise : On a dit : «{NNBSP}Ça tourne{NNBSP}!{NNBSP}» Et voilà." in seen
        assert "Page 1 sur 1" in seen


class TestAccess:
    @pytest.mark.parametrize(
        "level", [AccessLevel.CLOSED, AccessLevel.REGISTERED, AccessLevel.EMBARGOED]
    )
    def test_no_pdf_for_whoever_may_not_read_the_transcript(self, client, make_interview, level):
        page = make_interview(access=level, embargo=OPENS if level == "embargoed" else None)
        assert client.get(f"{page.url}pdf/").status_code == 404
        assert client.get(f"{page.url}text/").status_code == 404

    def test_not_even_a_researcher_for_a_closed_interview(self, client, make_interview, researcher):
        page = make_interview(access=AccessLevel.CLOSED)
        client.force_login(researcher)
        assert client.get(f"{page.url}pdf/").status_code == 404

    def test_an_approved_researcher_reads_a_registered_one(
        self, client, make_interview, researcher
    ):
        page = make_interview(access=AccessLevel.REGISTERED)
        client.force_login(researcher)
        assert "Hello everyone." in pdf_of(client.get(f"{page.url}pdf/"))

    def test_a_grant_opens_it_until_the_grant_ends(self, client, make_interview, django_user_model):
        page = make_interview(access=AccessLevel.REGISTERED)
        user = django_user_model.objects.create_user("grantee", password="x")
        grant = AccessGrantFactory(user=user, page=page)
        client.force_login(user)
        seen = pdf_of(client.get(f"{page.url}pdf/"))
        assert "Hello everyone." in seen and SECRET not in seen
        assert "Cite as: Agnès Varda. " in seen and HIDDEN_NAME not in seen
        yesterday = grant.starts_on - datetime.timedelta(days=1)
        grant.starts_on = grant.ends_on = yesterday
        grant.save()
        assert client.get(f"{page.url}pdf/").status_code == 404

    def test_an_editor_s_copy_of_a_closed_one_cites_nothing(self, admin_client, make_interview):
        """The public may not know a closed interview: its PDF gives no reference to pass on."""
        page = make_interview(access=AccessLevel.CLOSED)
        seen = pdf_of(admin_client.get(f"{page.url}pdf/"))
        assert "Hello everyone." in seen
        assert "Cite as" not in seen and "/id/interview/" not in seen

    def test_an_embargo_opens_it_on_its_day(self, client, make_interview, monkeypatch):
        page = make_interview(access=AccessLevel.EMBARGOED, embargo=OPENS)
        assert client.get(f"{page.url}pdf/").status_code == 404
        monkeypatch.setattr("base.access.today", lambda: OPENS)
        assert "Hello everyone." in pdf_of(client.get(f"{page.url}pdf/"))

    def test_an_unpublished_interview_has_none(self, client, make_interview):
        page = make_interview()
        url = f"{page.url}pdf/"
        page.unpublish()
        assert client.get(url).status_code == 404


class TestCacheRules:
    @pytest.mark.parametrize("level", [AccessLevel.PUBLIC, AccessLevel.REGISTERED])
    def test_the_same_headers_as_the_text_version(
        self, client, make_interview, researcher, settings, level
    ):
        settings.PAGE_CACHE_ENABLED = True
        page = make_interview(access=level)
        if level == AccessLevel.REGISTERED:
            client.force_login(researcher)
        text_version, pdf = client.get(f"{page.url}text/"), client.get(f"{page.url}pdf/")
        assert pdf.status_code == text_version.status_code == 200
        for header in ("Cache-Control", "X-Robots-Tag", "X-Page-Cache", "Vary"):
            assert pdf.get(header) == text_version.get(header), header
        if level == AccessLevel.REGISTERED:
            assert pdf["Cache-Control"] == "private, no-store"

    def test_the_page_cache_never_keeps_it(self, client, make_interview, settings):
        settings.PAGE_CACHE_ENABLED = True
        page = make_interview()
        for _visit in range(2):
            assert client.get(f"{page.url}pdf/")["X-Page-Cache"] == "pass"

    def test_a_pdf_costs_what_the_text_version_costs_typeset_or_not(
        self, client, make_interview, django_assert_num_queries
    ):
        page = make_interview()
        client.get(page.url)  # Wagtail's site root, cached for the process
        with django_assert_num_queries(PDF_QUERIES):
            client.get(f"{page.url}text/")
        with django_assert_num_queries(PDF_QUERIES):
            first = client.get(f"{page.url}pdf/")
        with django_assert_num_queries(PDF_QUERIES):
            again = client.get(f"{page.url}pdf/")
        assert first.content == again.content


# Serving the page's route (remembered with the page tree: its version), then its participants,
# redactions, cues, segments and recordings: the text version's, and none more, since the
# citation is made from what the view fetched.
PDF_QUERIES = 1 + 5


class TestLinks:
    def test_the_downloads_give_it_beside_the_text_with_its_format(self, client, make_interview):
        # No size: the page would have to make the PDF to give it, on every view of a reader
        # whose PDF is not shared (an editor's, a granted researcher's).
        page = make_interview()
        downloads = one(soup(client.get(page.url)), "nav.downloads")
        link = one(downloads, f'a[href="{page.url}pdf/"]')
        assert text(link) == "Transcript (PDF)"
        assert link["type"] == "application/pdf"
        routes = [item["href"].removeprefix(page.url) for item in downloads.select("a")]
        assert routes.index("pdf/") == routes.index("text/") + 1

    def test_the_manifest_renders_it_beside_the_text(self, client, make_interview):
        page = make_interview()
        manifest = client.get(f"/iiif/interview/{page.pk}/manifest.json").json()
        assert iiif_errors(manifest) == []
        text_version, pdf = manifest["rendering"]
        assert (text_version["format"], pdf["format"]) == ("text/plain", "application/pdf")
        assert pdf["label"] == {"en": ["Transcript (PDF)"], "fr": ["Transcription (PDF)"]}
        served = client.get(pdf["id"].removeprefix("http://testserver"))
        assert "Hello everyone." in pdf_of(served)


class TestRecordingTranscript:
    @pytest.fixture
    def recording(self, site_pages):
        return ArchiveMediaFactory(
            title="Débat après la séance",
            creator="La Clef Revival",
            rights="Tous droits réservés.",
            transcript_file=ContentFile(
                "[0:00:05] ANNE: Bonsoir à toutes et à tous.\n\n[0:00:09] PAUL: Merci.\n".encode(),
                name="debat.txt",
            ),
        )

    def test_its_pdf_holds_the_text_file_under_a_title_block(self, client, recording):
        seen = pdf_of(client.get(f"/en/media/av/{recording.pk}/transcript/pdf/"))
        assert seen.startswith("Débat après la séance Creator: La Clef Revival")
        assert "[0:00:05] ANNE: Bonsoir à toutes et à tous. [0:00:09] PAUL: Merci." in seen
        assert f"Permanent address: {permanent_url(recording)}" in seen

    def test_the_page_links_it_and_the_manifest_renders_it(self, client, recording):
        html = soup(client.get(f"/en/media/av/{recording.pk}/"))
        link = one(html, f'a[href="/en/media/av/{recording.pk}/transcript/pdf/"]')
        assert text(link) == "Transcript (PDF)"
        manifest = client.get(f"/iiif/media/{recording.pk}/manifest.json").json()
        assert iiif_errors(manifest) == []
        assert [item["format"] for item in manifest["rendering"]] == [
            "text/plain",
            "application/pdf",
        ]
        for item in manifest["rendering"]:
            assert client.get(item["id"].removeprefix("http://testserver")).status_code == 200

    def test_same_access_and_cache_rules_as_the_text_file(self, client, recording, researcher):
        recording.access_level = AccessLevel.REGISTERED
        recording.save()
        base = f"/en/media/av/{recording.pk}/transcript/"
        assert client.get(f"{base}pdf/").status_code == client.get(base).status_code == 404
        client.force_login(researcher)
        pdf, text_version = client.get(f"{base}pdf/"), client.get(base)
        assert pdf["Cache-Control"] == text_version["Cache-Control"] == "private, no-store"
        assert "Bonsoir à toutes et à tous." in pdf_of(pdf)

    def test_a_recording_of_a_closed_interview_has_none(self, client, make_interview):
        page = make_interview(access=AccessLevel.CLOSED)
        page.media.access_level = AccessLevel.PUBLIC
        page.media.transcript_file = ContentFile(b"Words.", name="closed.txt")
        page.media.save()
        assert client.get(f"/en/media/av/{page.media.pk}/transcript/pdf/").status_code == 404


def test_a_restricted_passage_in_force_keeps_its_words_out_of_the_shared_copy(
    client, make_interview
):
    """The shared PDF is the one of what anyone may read: a new passage makes another one."""
    page = make_interview()
    assert "Goodbye." in pdf_of(client.get(f"{page.url}pdf/"))
    Redaction.objects.create(interview=page, start=29, end=45)
    assert "Goodbye." not in pdf_of(client.get(f"{page.url}pdf/"))


def test_a_participant_added_later_is_in_the_next_copy(client, make_interview):
    page = make_interview()
    client.get(f"{page.url}pdf/")
    InterviewParticipant.objects.create(
        interview=page, person=PersonFactory(name="Chantal Akerman"), sort_order=5
    )
    assert "Chantal Akerman" in pdf_of(client.get(f"{page.url}pdf/"))
