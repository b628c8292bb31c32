"""The programme records in Wagtail's admin: listings, forms, choosers, inspect views."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import translation

from archive.factories import FilmFactory, PersonFactory, ScreeningFactory
from archive.programme.models import Person, Screening


@pytest.fixture(autouse=True)
def english(settings):
    """These tests read the admin's and the models' English wording."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("editor", password="x"))
    return client


@pytest.mark.django_db
class TestProgrammeAdmin:
    def test_the_menu_groups_the_records(self, admin_client):
        html = admin_client.get("/admin/").content.decode()
        assert "Programme archive" in html
        assert "Import a programme" in html
        page = admin_client.get("/admin/archive/import/").content.decode()
        assert "Programme file (CSV or XLSX)" in page
        assert "Check the file" in page

    @pytest.mark.parametrize("model", ["screening", "film", "person", "series", "venue"])
    def test_each_record_has_a_listing_and_an_add_form(self, admin_client, model):
        assert admin_client.get(f"/admin/snippets/archive/{model}/").status_code == 200
        assert admin_client.get(f"/admin/snippets/archive/{model}/add/").status_code == 200

    def test_the_screening_listing_filters_and_searches(self, admin_client):
        ScreeningFactory(external_id="findme-1", event_type="talk")
        ScreeningFactory(external_id="other-2")
        html = admin_client.get("/admin/snippets/archive/screening/?q=findme").content.decode()
        assert "findme-1" in html and "other-2" not in html
        html = admin_client.get(
            "/admin/snippets/archive/screening/?event_type=talk"
        ).content.decode()
        assert "findme-1" in html and "other-2" not in html

    def test_the_person_chooser_searches_by_name(self, admin_client):
        PersonFactory(name="Claire Denis", slug="claire-denis-admin")
        PersonFactory(name="Alain Cavalier", slug="alain-cavalier-admin")
        response = admin_client.get("/admin/snippets/choose/archive/person/?q=denis")
        html = response.json()["html"]
        assert "Claire Denis" in html and "Alain Cavalier" not in html

    def test_a_person_is_created_with_roles_and_a_slug(self, admin_client):
        response = admin_client.post(
            "/admin/snippets/archive/person/add/",
            {"name": "Maud Alpi", "roles": ["director", "guest"], "slug": "", "sort_name": ""},
        )
        assert response.status_code == 302
        person = Person.objects.get(name="Maud Alpi")
        assert person.slug == "maud-alpi"
        assert person.sort_name == "Alpi, Maud"
        assert person.roles == ["director", "guest"]

    def test_the_inspect_view_of_a_film(self, admin_client):
        film = FilmFactory(title="Beau travail", slug="beau-travail-admin")
        response = admin_client.get(f"/admin/snippets/archive/film/inspect/{film.pk}/")
        assert response.status_code == 200
        assert "Beau travail" in response.content.decode()

    def test_the_inspect_view_of_a_screening_gives_the_precision_beside_the_date(
        self, admin_client
    ):
        screening = ScreeningFactory()
        response = admin_client.get(f"/admin/snippets/archive/screening/inspect/{screening.pk}/")
        assert response.status_code == 200
        labels = [
            term.get_text(strip=True)
            for term in BeautifulSoup(response.content, "html.parser").find_all("dt")
        ]
        assert labels.index("Date precision") == labels.index("Date") + 1


FIELDS = ["input", "textarea", "select"]


@pytest.mark.django_db
class TestBothLanguagesInTheAdmin:
    @pytest.mark.parametrize(
        ("model", "pairs"),
        [
            ("screening", [("title", "title_en"), ("notes", "notes_en")]),
            ("series", [("title", "title_en"), ("description", "description_en")]),
            ("venue", [("description", "description_en")]),
            ("person", [("biography", "biography_en")]),
            ("film", [("synopsis", "synopsis_en")]),
        ],
    )
    def test_a_text_s_two_languages_are_side_by_side(self, admin_client, model, pairs):
        page = BeautifulSoup(
            admin_client.get(f"/admin/snippets/archive/{model}/add/").content, "html.parser"
        )
        for french, english in pairs:
            field = page.find(FIELDS, attrs={"name": french})
            row = field.find_parent(class_="w-field-row")
            assert row is not None and row.find(FIELDS, attrs={"name": english}), (model, french)

    def test_a_span_ending_before_it_starts_is_refused(self, admin_client):
        response = admin_client.post(
            "/admin/snippets/archive/screening/add/",
            {
                "external_id": "span-1",
                "date": "2022-03-01",
                "date_precision": "day",
                "date_end": "2022-01-31",
                "date_end_precision": "day",
                "event_type": "festival",
                "film_links-TOTAL_FORMS": "0",
                "film_links-INITIAL_FORMS": "0",
                "guest_links-TOTAL_FORMS": "0",
                "guest_links-INITIAL_FORMS": "0",
                "image_links-TOTAL_FORMS": "0",
                "image_links-INITIAL_FORMS": "0",
                "document_links-TOTAL_FORMS": "0",
                "document_links-INITIAL_FORMS": "0",
                "recording_links-TOTAL_FORMS": "0",
                "recording_links-INITIAL_FORMS": "0",
            },
        )
        assert response.status_code == 200
        assert "The end of a span must come after its start." in response.content.decode()
        assert not Screening.objects.filter(external_id="span-1").exists()
