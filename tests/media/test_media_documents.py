"""
Documents (leaflets, programme sheets as PDF) are archival records like images and recordings:
checked at upload, kept in private storage, listed and described on the media pages, and
downloaded through Wagtail's document view only by those the access rules let in.
"""

import datetime
import hashlib
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model

from archive.factories import (
    ArchiveDocumentFactory,
    PersonFactory,
    ScreeningFactory,
    SeriesFactory,
    pdf_file,
)
from archive.media.models import ArchiveDocument
from archive.programme.models import ScreeningDocument
from base.access import RESEARCHER_GROUP, AccessLevel
from tests.html import links, soup

LIST = "/en/media/"
SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>"
)


def document_page(document, prefix=LIST):
    return f"{prefix}documents/{document.pk}/"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def stored_documents():
    storage = storages["private_media"]
    return storage.listdir("documents")[1] if storage.exists("documents") else []


def errors_of(document):
    with pytest.raises(ValidationError) as caught, translation.override("en"):
        document.full_clean()
    return " ".join(caught.value.message_dict.get("file", []))


@pytest.fixture
def researcher(django_user_model):
    user = django_user_model.objects.create_user("researcher", password="x")
    group, _ = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    user.groups.add(group)
    return user


def test_wagtail_uses_the_archive_document_model():
    assert get_document_model() is ArchiveDocument
    assert ScreeningDocument._meta.get_field("document").related_model is ArchiveDocument


@pytest.mark.django_db
class TestUploadChecks:
    def test_a_real_pdf_is_accepted_with_checksum_name_and_size(self):
        upload = pdf_file("programme-1975.pdf")
        content = upload.read()
        upload.seek(0)
        document = ArchiveDocument(title="Programme", file=upload)
        document.full_clean()
        document.save()
        document.refresh_from_db()
        assert document.checksum == hashlib.sha256(content).hexdigest()
        assert document.original_filename == "programme-1975.pdf"
        assert document.file_size == len(content)

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            (b"just some notes\n" * 20, "This file is not a PDF document"),
            (b"<!DOCTYPE html><html><script>x()</script></html>", "SVG and HTML files cannot"),
            (SVG_WITH_SCRIPT, "SVG and HTML files cannot"),
            (b"\n  <html><body onload='x()'></body></html>", "SVG and HTML files cannot"),
        ],
        ids=["text", "html", "svg", "html-after-blank-lines"],
    )
    def test_a_file_disguised_as_a_pdf_is_refused_and_not_stored(self, content, message):
        before = stored_documents()
        document = ArchiveDocument(title="Fake", file=ContentFile(content, name="leaflet.pdf"))
        assert message in errors_of(document)
        assert stored_documents() == before
        assert not ArchiveDocument.objects.exists()

    def test_office_documents_must_be_zip_files_and_text_must_be_text(self):
        docx = ArchiveDocument(title="Fake", file=ContentFile(b"%PDF-1.4", name="notes.docx"))
        assert "This file is not a DOCX document" in errors_of(docx)
        text = ArchiveDocument(title="Binary", file=ContentFile(b"\x00\x01\x02", name="list.csv"))
        assert "This file is not a CSV document" in errors_of(text)

    def test_an_html_extension_is_refused(self):
        document = ArchiveDocument(title="Page", file=ContentFile(b"<p>hi</p>", name="page.html"))
        assert "File extension “html” is not allowed" in errors_of(document)

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=100)
    def test_an_oversized_document_is_refused(self):
        document = ArchiveDocument(title="Big", file=pdf_file())
        assert "the largest allowed is 100" in errors_of(document)

    def test_the_admin_refuses_html_named_pdf_and_stores_nothing(self, admin_client, settings):
        settings.LANGUAGE_CODE = "en"
        before = stored_documents()
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Fake",
                "file": SimpleUploadedFile("fake.pdf", b"<html><script>x()</script></html>"),
                "collection": 1,
                "date_precision": "day",
                "access_level": "public",
            },
        )
        assert response.status_code == 200
        assert "SVG and HTML files cannot be uploaded here" in response.content.decode()
        assert not ArchiveDocument.objects.exists()
        assert stored_documents() == before

    def test_the_admin_accepts_a_pdf_with_archival_metadata(self, admin_client, settings):
        settings.LANGUAGE_CODE = "en"
        html = admin_client.get(reverse("wagtaildocs:add")).content.decode()
        for name in ("description", "creator", "rights", "access_level", "related_people"):
            assert f'name="{name}"' in html
        content = pdf_file().read()
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Programme",
                "file": SimpleUploadedFile("programme.pdf", content, "application/pdf"),
                "collection": 1,
                "date_precision": "day",
                "access_level": "registered",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        document = ArchiveDocument.objects.get()
        assert document.access_level == AccessLevel.REGISTERED
        assert document.checksum == hashlib.sha256(content).hexdigest()
        assert storages["private_media"].exists(document.file.name)
        assert not storages["default"].exists(document.file.name)
        assert admin_client.get(reverse("wagtaildocs:index")).status_code == 200
        edit = admin_client.get(reverse("wagtaildocs:edit", args=[document.pk]))
        assert 'name="rights"' in edit.content.decode()


@pytest.mark.django_db
class TestDownloads:
    def test_a_public_document_is_served_from_private_storage(self, client):
        document = ArchiveDocumentFactory()
        assert storages["private_media"].exists(document.file.name)
        assert not storages["default"].exists(document.file.name)
        assert document.url == f"/documents/{document.pk}/{document.filename}"
        response = client.get(document.url)
        assert response.status_code == 200
        assert body(response).startswith(b"%PDF-")
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cache-Control"] == "public, max-age=3600"

    @pytest.mark.parametrize("level", [AccessLevel.REGISTERED, AccessLevel.CLOSED])
    def test_a_restricted_document_is_a_404_for_visitors(self, client, level):
        document = ArchiveDocumentFactory(access_level=level)
        assert client.get(document.url).status_code == 404

    def test_an_approved_researcher_downloads_a_registered_document(self, client, researcher):
        document = ArchiveDocumentFactory(access_level=AccessLevel.REGISTERED)
        client.force_login(researcher)
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
        closed = ArchiveDocumentFactory(access_level=AccessLevel.CLOSED)
        assert client.get(closed.url).status_code == 404

    def test_editors_download_a_closed_document(self, admin_client):
        document = ArchiveDocumentFactory(access_level=AccessLevel.CLOSED)
        assert admin_client.get(document.url).status_code == 200

    def test_an_embargo_opens_by_itself(self, client):
        past = ArchiveDocumentFactory(
            access_level=AccessLevel.EMBARGOED, embargo_until=datetime.date(2020, 1, 1)
        )
        future = ArchiveDocumentFactory(
            access_level=AccessLevel.EMBARGOED, embargo_until=datetime.date(2099, 1, 1)
        )
        assert client.get(past.url).status_code == 200
        assert client.get(future.url).status_code == 404

    def test_a_wrong_file_name_is_a_404(self, client):
        document = ArchiveDocumentFactory()
        assert client.get(f"/documents/{document.pk}/other.pdf").status_code == 404

    def test_wagtails_own_view_checks_access_too(self, rf):
        from django.contrib.auth.models import AnonymousUser
        from django.http import Http404
        from wagtail.documents.views.serve import serve

        document = ArchiveDocumentFactory(access_level=AccessLevel.REGISTERED)
        request = rf.get(document.url)
        request.user = AnonymousUser()
        with pytest.raises(Http404):
            serve(request, str(document.pk), document.filename)

    def test_the_web_server_can_take_over_the_transfer(self, client, settings):
        settings.MEDIA_ACCEL_REDIRECT_PREFIX = "/protected-media/"
        document = ArchiveDocumentFactory()
        response = client.get(document.url)
        assert response["X-Accel-Redirect"] == f"/protected-media/{document.file.name}"


@pytest.fixture
def documents(site_pages):
    person = PersonFactory(name="Agnès Varda", slug="agnes-varda")
    series = SeriesFactory(title="Images d'ailleurs", slug="images-d-ailleurs")
    leaflet = ArchiveDocumentFactory(
        title="Festival leaflet",
        description="The leaflet handed out at the door.",
        date=datetime.date(1995, 3, 1),
        date_precision="month",
        creator="Studio Clef",
    )
    leaflet.related_people.add(person)
    leaflet.related_series.add(series)
    leaflet.tags.add("leaflet")
    return {
        "leaflet": leaflet,
        "registered": ArchiveDocumentFactory(
            title="Minutes of the meeting", access_level=AccessLevel.REGISTERED
        ),
        "closed": ArchiveDocumentFactory(title="Private letter", access_level=AccessLevel.CLOSED),
    }


@pytest.mark.django_db
class TestMediaPages:
    def test_documents_are_listed_and_counted_as_a_kind(self, client, documents):
        html = client.get(LIST).content.decode()
        assert "2 items" in html
        assert "Festival leaflet" in html and "Minutes of the meeting" in html
        assert "Private letter" not in html
        assert ">Documents (2)</option>" in html
        assert f'href="{document_page(documents["leaflet"])}"' in html
        assert 'href="/documents/' not in html

    def test_filters_apply_to_documents(self, client, documents, site_pages):
        for params, count in [
            ({"kind": "document"}, 2),
            ({"kind": "image"}, 0),
            ({"year": "1995"}, 1),
            ({"person": "agnes-varda"}, 1),
            ({"series": "images-d-ailleurs"}, 1),
            ({"tag": "leaflet"}, 1),
        ]:
            html = client.get(LIST, params).content.decode()
            assert f"{count} item" in html, params

    def test_a_document_page_has_its_metadata_and_a_download_link(self, client, documents):
        leaflet = documents["leaflet"]
        html = client.get(document_page(leaflet)).content.decode()
        assert "Festival leaflet" in [h1.get_text() for h1 in soup(html).select("h1")]
        assert (leaflet.url, "Download the document") in links(html)
        assert "(PDF, " in html
        assert "The leaflet handed out at the door." in html
        assert "Studio Clef" in html and "March 1995" in html
        assert leaflet.checksum in html
        assert 'href="/en/archive/people/agnes-varda/"' in html
        assert 'href="/en/media/?tag=leaflet"' in html

    def test_a_registered_document_is_described_without_its_file(self, client, documents):
        registered = documents["registered"]
        listing = client.get(LIST).content.decode()
        assert "Restricted" in listing
        html = client.get(document_page(registered)).content.decode()
        assert "Minutes of the meeting" in [h1.get_text() for h1 in soup(html).select("h1")]
        assert "open to approved researchers only" in html
        assert registered.url not in html
        assert 'href="/documents/' not in html

    def test_a_closed_document_is_a_404_except_for_editors(self, client, admin_client, documents):
        closed = documents["closed"]
        assert client.get(document_page(closed)).status_code == 404
        html = admin_client.get(document_page(closed)).content.decode()
        assert f'href="{closed.url}"' in html

    def test_the_french_document_page(self, client, documents):
        leaflet = documents["leaflet"]
        response = client.get(document_page(leaflet, "/fr/medias/"))
        assert response.status_code == 200
        html = response.content.decode()
        assert "Festival leaflet" in [h1.get_text() for h1 in soup(html).select("h1")]
        assert f'href="{leaflet.url}"' in html
        assert 'href="/fr/archives/people/agnes-varda/"' in html

    def test_the_sitemap_lists_document_pages_not_closed_ones_and_no_file(self, client, documents):
        sitemap = client.get("/sitemap.xml").content.decode()
        assert document_page(documents["leaflet"]) in sitemap
        assert document_page(documents["registered"]) in sitemap
        assert document_page(documents["closed"]) not in sitemap
        assert "/documents/" not in sitemap.replace("/media/documents/", "").replace(
            "/medias/documents/", ""
        )

    def test_a_screening_links_only_the_documents_a_visitor_may_read(self, client, documents):
        screening = ScreeningFactory()
        for order, name in enumerate(("leaflet", "registered", "closed")):
            ScreeningDocument.objects.create(
                screening=screening, document=documents[name], sort_order=order
            )
        html = client.get(f"/en/archive/screenings/{screening.pk}/").content.decode()
        assert f'href="{documents["leaflet"].url}"' in html
        assert "Minutes of the meeting" not in html
        assert "Private letter" not in html


def count_queries(client, url, params=None):
    client.get(url, params)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params).status_code == 200
    return len(context.captured_queries)


@pytest.mark.django_db
class TestQueryCounts:
    def test_the_document_listing_costs_the_same_with_2_or_40_documents(
        self, client, documents, django_assert_num_queries
    ):
        person = documents["leaflet"].related_people.get()
        few = count_queries(client, LIST, {"kind": "document"})
        everything = count_queries(client, LIST)
        for number in range(38):
            document = ArchiveDocumentFactory(
                title=f"Programme {number}", date=datetime.date(1980 + number % 7, 1, 1)
            )
            document.related_people.add(person)
            document.tags.add(f"tag-{number % 4}")
        with django_assert_num_queries(few):
            response = client.get(LIST, {"kind": "document"})
        assert "40 items" in response.content.decode()
        with django_assert_num_queries(everything):
            client.get(LIST)

    def test_a_document_page_costs_the_same_whatever_its_relations(
        self, client, documents, django_assert_num_queries
    ):
        leaflet = documents["leaflet"]
        few = count_queries(client, document_page(leaflet))
        for number in range(10):
            leaflet.related_people.add(PersonFactory())
            leaflet.tags.add(f"extra-{number}")
        with django_assert_num_queries(few):
            client.get(document_page(leaflet))


@pytest.mark.django_db
class TestFixity:
    def test_documents_are_checked(self):
        ArchiveDocumentFactory()
        out = io.StringIO()
        call_command("verify_fixity", stdout=out)
        assert "1 files checked: 1 intact" in out.getvalue()

    def test_a_changed_document_is_reported(self):
        document = ArchiveDocumentFactory(title="Tampered")
        storage = document.file.storage
        storage.delete(document.file.name)
        storage.save(document.file.name, io.BytesIO(b"%PDF-1.4 something else"))
        out = io.StringIO()
        with pytest.raises(CommandError):
            call_command("verify_fixity", stdout=out)
        assert f"CHANGED document {document.pk} “Tampered”" in out.getvalue()
