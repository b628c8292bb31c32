"""
Interviews and their passages: an interview's permanent address is its OHMS accession (or its
page id), a passage's is its interview and time range; nothing restricted is revealed, and a
closed interview's address answers exactly as an address never issued.
"""

import pytest

from base.access import AccessLevel
from identifiers import permanent_url
from tests.identifiers.conftest import EMBARGO_END, SECRET


def followed(client, path, language="en"):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
    return response.status_code, response.headers.get("Location")


@pytest.mark.django_db
class TestInterviewAddresses:
    def test_by_accession(self, client, make_interview):
        page = make_interview(accession="OH-2019-001")
        assert permanent_url(page) == "http://testserver/id/interview/OH-2019-001"
        assert followed(client, "/id/interview/OH-2019-001") == (303, page.url)

    def test_by_page_id_without_an_accession(self, client, make_interview):
        page = make_interview()
        assert followed(client, f"/id/interview/{page.pk}") == (303, page.url)

    def test_a_translation_in_the_visitors_language(self, client, make_interview, site_pages):
        page = make_interview(accession="OH-2019-002")
        french = page.copy_for_translation(site_pages["home"]["fr"].locale)
        french.save_revision().publish()
        assert followed(client, "/id/interview/OH-2019-002", "fr") == (303, french.url)
        assert followed(client, "/id/interview/OH-2019-002", "en") == (303, page.url)

    def test_a_closed_interview_answers_as_an_unknown_one(self, client, make_interview):
        make_interview(access=AccessLevel.CLOSED, accession="OH-CLOSED")
        closed = client.get("/id/interview/OH-CLOSED")
        unknown = client.get("/id/interview/OH-NEVER")
        assert closed.status_code == unknown.status_code == 404
        assert closed.content.decode().replace("OH-CLOSED", "…") == (
            unknown.content.decode().replace("OH-NEVER", "…")
        )
        assert SECRET not in closed.content.decode()
        assert client.get("/cite/interview/OH-CLOSED.bib").status_code == 404
        assert client.get("/id/interview/OH-CLOSED/0-10").status_code == 404

    def test_a_closed_interview_deleted_is_still_unknown(self, client, make_interview):
        page = make_interview(access=AccessLevel.CLOSED, accession="OH-CLOSED-GONE")
        page.delete()
        assert client.get("/id/interview/OH-CLOSED-GONE").status_code == 404

    def test_a_public_interview_deleted_is_gone(self, client, make_interview):
        make_interview(accession="OH-GONE").delete()
        assert client.get("/id/interview/OH-GONE").status_code == 410

    def test_an_editor_still_follows_a_closed_address(self, admin_client, make_interview):
        page = make_interview(access=AccessLevel.CLOSED, accession="OH-EDITOR")
        assert followed(admin_client, "/id/interview/OH-EDITOR") == (303, page.url)


@pytest.mark.django_db
class TestPassages:
    def test_a_passage_starts_the_player_at_its_start(self, client, make_interview):
        page = make_interview(accession="OH-P1")
        assert followed(client, "/id/interview/OH-P1/60-90") == (303, f"{page.url}?t=60")

    def test_a_range_in_a_restricted_passage_is_unknown(self, client, make_interview):
        page = make_interview(accession="OH-P2", restricted=True)
        assert client.get("/id/interview/OH-P2/25-40").status_code == 404
        assert client.get("/id/interview/OH-P2/10-21").status_code == 404
        assert followed(client, "/id/interview/OH-P2/30-40") == (303, f"{page.url}?t=30")
        bib = client.get("/cite/interview/OH-P2.bib?start=25&end=40")
        assert bib.status_code == 404

    def test_an_embargoed_interview_is_listed_but_its_passages_are_not(
        self, client, make_interview
    ):
        page = make_interview(access=AccessLevel.EMBARGOED, embargo=EMBARGO_END, accession="OH-E")
        assert followed(client, "/id/interview/OH-E") == (303, page.url)
        assert client.get("/id/interview/OH-E/0-10").status_code == 404
        assert client.get("/cite/interview/OH-E.bib?start=0&end=10").status_code == 404
        assert client.get("/cite/interview/OH-E.bib").status_code == 200

    def test_not_a_range(self, client, make_interview):
        make_interview(accession="OH-P3")
        assert client.get("/id/interview/OH-P3/40-10").status_code == 404
        assert client.get("/cite/interview/OH-P3.bib?start=a&end=10").status_code == 404


@pytest.mark.django_db
def test_a_deleted_closed_interview_leaves_no_page_address(client, make_interview):
    page = make_interview(access=AccessLevel.CLOSED)
    pk = page.pk
    page.delete()
    assert client.get(f"/id/interview/{pk}").status_code == 404
    assert client.get(f"/id/page/{pk}").status_code == 404


@pytest.mark.django_db
def test_an_interview_without_an_index_is_cited_without_passages(client, make_interview):
    page = make_interview(accession="OH-NOINDEX")
    page.segments = []
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "cite-this__passage" not in response.content.decode()
    assert "cite-this" in response.content.decode()
