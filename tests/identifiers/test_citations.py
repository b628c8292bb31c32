"""
"Cite this": every kind of record is cited in Chicago and APA, by citeproc-py from the published
styles, and downloaded as CSL-JSON, BibTeX and RIS that reference managers' parsers read.
"""

import json

import bibtexparser
import pytest
import rispy
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from django.utils import translation
from django.utils.formats import date_format

from archive.exhibitions.models import ExhibitionPage
from archive.factories import (
    ArchiveDocumentFactory,
    ArchiveImageFactory,
    FilmFactory,
    PersonFactory,
    ScreeningFactory,
    SeriesFactory,
    VenueFactory,
)
from archive.programme.models import FilmDirector, Screening, ScreeningGuest
from base.access import AccessLevel
from home.models import HistoryChapterPage
from identifiers import key_of, kind_of
from identifiers.citation.styles import STYLES_DIR
from oral_history.models import PublicName
from tests.html import one, soup, text
from tests.identifiers.conftest import SECRET


def downloads(client, record, query=""):
    """The three downloads of a record's citation: (CSL-JSON items, BibTeX library, RIS list)."""
    base = f"/cite/{kind_of(record)}/{key_of(record)}"
    csl = client.get(f"{base}.csl.json{query}")
    bib = client.get(f"{base}.bib{query}")
    ris = client.get(f"{base}.ris{query}")
    assert csl["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    assert bib["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert ris["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert bib["Content-Disposition"].startswith("attachment; filename=")
    assert ris.content.decode().startswith("TY  - ")
    library = bibtexparser.parse_string(bib.content.decode())
    assert not library.failed_blocks
    return json.loads(csl.content), library, rispy.loads(ris.content.decode())


def formatted_by_citeproc(items, style="chicago-author-date.csl", locale="en-US"):
    """What a reference manager using citeproc-py makes of the served CSL-JSON."""
    references = CitationStylesBibliography(
        CitationStylesStyle(str(STYLES_DIR / style), locale=locale, validate=False),
        CiteProcJSON(items),
        formatter.plain,
    )
    for item in items:
        references.register(Citation([CitationItem(item["id"])]))
    return [str(reference) for reference in references.bibliography()]


def programme_records():
    director = PersonFactory(name="Cinda Firestone", sort_name="Firestone, Cinda")
    film = FilmFactory(title="Attica (restored)", year=1974)
    FilmDirector.objects.create(film=film, person=director)
    screening = ScreeningFactory(external_id="lc-cite-1")
    screening.film_links.create(film=film)
    screening.save()
    guest = PersonFactory(name="Guest Speaker")
    ScreeningGuest.objects.create(screening=screening, person=guest)
    return {
        "event": Screening.objects.get(pk=screening.pk),
        "film": film,
        "person": director,
        "series": SeriesFactory(title="Images d'ailleurs"),
        "venue": VenueFactory(name="La Clef"),
        "image": ArchiveImageFactory(title="Poster", creator="Atelier Populaire"),
        "document": ArchiveDocumentFactory(title="Programme sheet"),
    }


@pytest.mark.django_db
class TestEveryKind:
    def test_each_is_read_by_citeproc_bibtexparser_and_rispy(self, client, site_pages):
        records = programme_records()
        records["page"] = HistoryChapterPage.objects.filter(locale__language_code="en").first()
        for kind, record in records.items():
            items, library, ris = downloads(client, record, "?lang=en")
            assert len(items) == 1 and items[0]["URL"].endswith(f"/id/{kind}/{key_of(record)}")
            [reference] = formatted_by_citeproc(items)
            assert items[0]["title"].casefold() in reference.casefold(), (
                kind
            )  # English titles are title-cased
            [entry] = library.entries
            assert entry.key == items[0]["id"]
            assert entry["url"] == items[0]["URL"]
            assert ris[0]["urls"] == [items[0]["URL"]]
            assert ris[0]["title"] == items[0]["title"]

    def test_a_film_is_a_motion_picture_with_its_director(self, client, site_pages):
        film = programme_records()["film"]
        [item], library, ris = downloads(client, film)
        assert item["type"] == "motion_picture"
        assert item["author"] == [{"family": "Firestone", "given": "Cinda"}]
        assert item["issued"] == {"date-parts": [[1974]]}
        assert library.entries[0]["author"] == "Firestone, Cinda"
        assert ris[0]["type_of_reference"] == "MPCT"

    def test_an_event_is_an_event_with_its_date_and_place(self, client, site_pages):
        screening = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
        [item], _library, _ris = downloads(client, screening, "?lang=en")
        assert item["type"] == "event"
        assert item["event-date"] == item["issued"]
        assert item["title"] == "First night of the occupation: Attica"  # its name


@pytest.mark.django_db
class TestInterviews:
    def test_an_interview_with_its_interviewer_and_dates(self, client, make_interview):
        page = make_interview(accession="OH-C1")
        [item], library, ris = downloads(client, page)
        assert item["type"] == "interview"
        assert item["interviewer"] == [{"literal": "David Dunham"}]
        assert item["event-date"] == {"date-parts": [[2019, 5, 3]]}
        assert "accessed" in item
        assert item["URL"] == "http://testserver/id/interview/OH-C1"
        [reference] = formatted_by_citeproc([item])
        assert "Interview by David Dunham" in reference
        assert "interviewer: David Dunham" in library.entries[0]["note"]
        assert ris[0]["secondary_authors"] == ["David Dunham"]
        assert ris[0]["type_of_reference"] == "SOUND"

    def test_a_passage_with_its_time_range(self, client, make_interview):
        make_interview(accession="OH-C2")
        bib = client.get("/cite/interview/OH-C2.bib?start=25&end=60&lang=en").content.decode()
        [entry] = bibtexparser.parse_string(bib).entries
        assert entry["title"] == "Memories of the projection booth, from 0:00:25 to 0:01:00"
        assert entry["url"] == "http://testserver/id/interview/OH-C2/25-60"

    def test_a_narrator_is_named_only_as_their_consent_allows(self, client, make_interview):
        page = make_interview(accession="OH-C3", public_name=PublicName.INITIALS)
        for response in [
            client.get(f"/cite/interview/OH-C3.{extension}")
            for extension in ("csl.json", "bib", "ris")
        ]:
            assert SECRET not in response.content.decode()
        assert SECRET not in client.get(page.url).content.decode()


@pytest.mark.django_db
class TestTheCiteThisBlock:
    def test_on_an_event_page_in_english(self, client, site_pages):
        screening = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
        page = soup(client.get(f"/en/archive/screenings/{screening.pk}/"))
        block = one(page, "section.cite-this")
        assert text(one(block, "h2")) == "Cite this"
        assert text(one(block, "a.cite-this__permanent")) == (
            "http://testserver/id/event/laclef-2019-occupation-first-night"
        )
        assert "Attica" in text(one(block, "#cite-chicago"))
        assert "Attica" in text(one(block, "#cite-apa"))
        assert [link.get_text() for link in block.select(".cite-this__downloads a")] == [
            "CSL-JSON",
            "BibTeX",
            "RIS",
        ]

    def test_in_french_with_french_typography(self, client, make_interview):
        page = make_interview(accession="OH-FR", language="fr")
        block = one(soup(client.get(page.url)), "section.cite-this")
        assert text(one(block, "h2")) == "Citer"
        assert "Entretien réalisé par David Dunham" in text(one(block, "#cite-chicago"))
        assert "«" in text(one(block, "#cite-chicago"))
        assert "3 mai 2019" in text(one(block, "#cite-chicago"))

    def test_an_interview_offers_its_passages(self, client, make_interview):
        page = make_interview(accession="OH-SEG", restricted=True)
        block = one(soup(client.get(page.url)), "section.cite-this")
        passages = block.select(".cite-this__passage")
        titles = [text(one(passage, ".cite-this__passage-title")) for passage in passages]
        assert titles == ["Closing"]  # the other two reach into the restricted passage
        assert one(passages[0], 'a[href$="/id/interview/OH-SEG/60-90"]')

    def test_on_every_detail_page(self, client, site_pages, make_interview):
        records = programme_records()
        chapter = HistoryChapterPage.objects.filter(locale__language_code="en").first()
        addresses = [
            f"/en/archive/screenings/{records['event'].pk}/",
            f"/en/archive/films/{records['film'].slug}/",
            f"/en/archive/people/{records['person'].slug}/",
            f"/en/archive/series/{records['series'].slug}/",
            f"/en/media/images/{records['image'].pk}/",
            f"/en/media/documents/{records['document'].pk}/",
            chapter.url,
            ExhibitionPage.objects.filter(locale__language_code="en").first().url,
            make_interview().url,
        ]
        for address in addresses:
            page = soup(client.get(address))
            assert page.select("section.cite-this"), address
            assert page.select('meta[name="citation_title"]'), address


@pytest.mark.django_db
class TestMetaTags:
    def test_highwire_and_dublin_core(self, client, make_interview):
        page = make_interview(accession="OH-META")
        head = soup(client.get(page.url)).head
        meta = {tag["name"]: tag["content"] for tag in head.select("meta[name]")}
        assert meta["citation_title"] == "Memories of the projection booth"
        assert meta["citation_author"] == f"Elsie {SECRET}"
        assert meta["citation_date"] == "2019/5/3"
        assert meta["citation_public_url"] == "http://testserver/id/interview/OH-META"
        assert meta["DC.identifier"] == "http://testserver/id/interview/OH-META"
        assert meta["DC.date"] == "2019-05-03"
        assert meta["DC.language"] == "en"

    def test_a_french_chapter_in_french(self, client, site_pages):
        chapter = HistoryChapterPage.objects.filter(locale__language_code="fr").first()
        head = soup(client.get(chapter.url)).head
        meta = {tag["name"]: tag["content"] for tag in head.select("meta[name]")}
        assert meta["DC.title"] == chapter.title
        assert meta["DC.language"] == "fr"
        assert meta["DC.identifier"] == f"http://testserver/id/page/{chapter.pk}"
        block = one(soup(client.get(chapter.url)), "section.cite-this")
        assert "Adresse pérenne" in text(block)
        with translation.override("fr"):
            month = date_format(chapter.first_published_at, "F")
        assert "«" in text(one(block, "#cite-chicago"))
        assert month in text(one(block, "#cite-chicago"))

    def test_nothing_for_a_closed_interview_even_to_an_editor(self, admin_client, make_interview):
        page = make_interview(access=AccessLevel.CLOSED)
        html = soup(admin_client.get(page.url))
        assert not html.select('meta[name^="citation_"], meta[name^="DC."]')
        assert not html.select("section.cite-this")

    def test_a_closed_media_item_is_never_cited(self, admin_client, client, site_pages):
        image = ArchiveImageFactory(access_level=AccessLevel.CLOSED)
        assert client.get(f"/cite/image/{image.pk}.bib").status_code == 404
        assert client.get(f"/id/image/{image.pk}").status_code == 404
        html = soup(admin_client.get(f"/en/media/images/{image.pk}/"))
        assert not html.select("section.cite-this")
