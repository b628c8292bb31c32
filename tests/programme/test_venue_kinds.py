"""
A venue is a cinema or another place: the seed venues say which, the migration that brought the
kind sets the existing ones right, the loader keeps it without overwriting an editor, and
editors choose it in the admin.
"""

import importlib
import io

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation

from archive.factories import VenueFactory
from archive.programme.models import Venue
from archive.programme.models.places import VenueKind
from base.models import SeedRecord

pytestmark = pytest.mark.django_db

SEED_KINDS = {
    "la-clef": VenueKind.CINEMA,
    "mur-exterieur-la-clef": VenueKind.OTHER,
    "palais-de-tokyo": VenueKind.OTHER,
    "lieux-culturels-amis": VenueKind.OTHER,
}
MIGRATION = importlib.import_module("archive.migrations.0015_venue_kind")


def load():
    out = io.StringIO()
    call_command("load_la_clef", stdout=out)
    return out.getvalue()


def kinds():
    return dict(Venue.objects.filter(slug__in=SEED_KINDS).values_list("slug", "kind"))


def test_only_la_clef_itself_is_a_cinema_among_the_seed_venues():
    load()
    assert kinds() == SEED_KINDS


def test_a_venue_is_a_cinema_unless_an_editor_says_otherwise():
    assert VenueFactory().kind == VenueKind.CINEMA


def test_the_migration_sets_the_seed_venues_that_are_not_cinemas():
    for slug in SEED_KINDS:
        VenueFactory(slug=slug, name=slug, kind=VenueKind.CINEMA)
    elsewhere = VenueFactory(slug="salle-des-fetes", kind=VenueKind.CINEMA)
    MIGRATION.seed_venues_that_are_not_cinemas(apps, None)
    assert kinds() == SEED_KINDS
    elsewhere.refresh_from_db()
    assert elsewhere.kind == VenueKind.CINEMA


def a_site_loaded_before_venues_had_a_kind():
    """Its ledger holds fingerprints of the fields the loader managed then, without the kind."""
    load()
    for record in SeedRecord.objects.filter(key__startswith="archive:venue:"):
        record.fingerprint = "of the fields the earlier loader managed"
        record.save()


class TestLoadingAgain:
    def test_running_twice_changes_nothing(self):
        load()
        output = load()
        assert kinds() == SEED_KINDS
        assert "created" not in output and "updated" not in output

    def test_a_venue_no_editor_touched_is_kept_up_to_date_on_an_earlier_site(self):
        a_site_loaded_before_venues_had_a_kind()
        output = load()
        assert "archive:venue:" not in output  # nothing kept as an editor's
        assert kinds() == SEED_KINDS
        again = load()
        assert "created" not in again and "updated" not in again

    def test_an_editors_kind_is_never_overwritten(self):
        load()
        wall = Venue.objects.get(slug="mur-exterieur-la-clef")
        wall.kind = VenueKind.CINEMA
        wall.save()
        output = load()
        wall.refresh_from_db()
        assert wall.kind == VenueKind.CINEMA
        assert "archive:venue:mur-exterieur-la-clef: kept (changed by an editor)" in output

    def test_nor_on_a_site_loaded_before_venues_had_a_kind(self):
        a_site_loaded_before_venues_had_a_kind()
        palais = Venue.objects.get(slug="palais-de-tokyo")
        palais.kind = VenueKind.CINEMA
        palais.save()
        output = load()
        palais.refresh_from_db()
        assert palais.kind == VenueKind.CINEMA
        assert "archive:venue:palais-de-tokyo: kept (changed by an editor)" in output


class TestAdmin:
    @pytest.fixture
    def admin_client(self, client):
        client.force_login(get_user_model().objects.create_superuser("editor", password="x"))
        with translation.override("en"):
            yield client

    def test_editors_choose_the_kind_and_filter_by_it(self, admin_client, settings):
        settings.LANGUAGE_CODE = "en"
        form = BeautifulSoup(
            admin_client.get("/admin/snippets/archive/venue/add/").content, "html.parser"
        )
        options = [option.get_text(strip=True) for option in form.select("[name=kind] option")]
        assert options == ["Cinema", "Other place"]
        VenueFactory(name="Salle Jean Vigo", kind=VenueKind.CINEMA)
        VenueFactory(name="Le square", kind=VenueKind.OTHER)
        listing = admin_client.get("/admin/snippets/archive/venue/?kind=other").content.decode()
        assert "Le square" in listing and "Salle Jean Vigo" not in listing

    def test_an_editor_makes_a_venue_another_place(self, admin_client, settings):
        settings.LANGUAGE_CODE = "en"
        venue = VenueFactory(name="Le square", slug="le-square")
        response = admin_client.post(
            f"/admin/snippets/archive/venue/edit/{venue.pk}/",
            {"name": "Le square", "slug": "le-square", "kind": "other"},
        )
        assert response.status_code == 302
        venue.refresh_from_db()
        assert venue.kind == VenueKind.OTHER


def test_the_kind_reads_in_french_in_the_french_admin():
    with translation.override("fr"):
        assert [str(label) for _value, label in VenueKind.choices] == ["Cinéma", "Autre lieu"]
