"""
The exhibitions: the index lists them, and the Palais de Tokyo page of November 2023 shows its
artists (linked to their records), its works once editors add them, and its place in the story.
"""

import io

import pytest
from django.core.management import call_command
from django.test.utils import override_settings
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data

from archive.access import AccessLevel
from archive.factories import ArchiveImageFactory, ArtworkFactory
from archive.models import Artwork, ExhibitionIndexPage, ExhibitionPage, Person

EN = "/en/exhibitions/palais-de-tokyo-2023/"
FR = "/fr/expositions/palais-de-tokyo-2023/"
ARTISTS = [
    ("David Lynch", "david-lynch"),
    ("Alain Guiraudie", "alain-guiraudie"),
    ("Philippe Katerine", "philippe-katerine"),
    ("Orlan", "orlan"),
    ("Pierre Huyghe", "pierre-huyghe"),
    ("Zineb Sedira", "zineb-sedira"),
]


@pytest.mark.django_db
class TestExhibitionPage:
    def test_english_page_lists_and_links_the_six_artists(self, client, site_pages):
        html = client.get(EN).content.decode()
        assert "Palais de Tokyo, November 2023" in html
        assert "November 2023" in html
        for name, slug in ARTISTS:
            assert f'<a href="/en/archive/people/{slug}/">{name}</a>' in html

    def test_french_page_links_the_french_archive(self, client, site_pages):
        html = client.get(FR).content.decode()
        assert "Palais de Tokyo, novembre 2023" in html
        for name, slug in ARTISTS:
            assert f'<a href="/fr/archives/people/{slug}/">{name}</a>' in html

    def test_artists_are_the_programme_records_not_copies(self, site_pages):
        for name, slug in ARTISTS:
            assert Person.objects.filter(name=name).count() == 1
            assert Person.objects.get(slug=slug).exhibitions.count() == 2

    def test_no_work_is_invented(self, client, site_pages):
        assert not Artwork.objects.exists()
        assert "The works shown are to be added" in client.get(EN).content.decode()

    def test_an_artwork_added_by_an_editor_is_shown_in_both_languages(self, client, site_pages):
        page = ExhibitionPage.objects.get(slug="palais-de-tokyo-2023", locale__language_code="fr")
        ArtworkFactory(
            exhibition=page,
            artist=Person.objects.get(slug="david-lynch"),
            title="Untitled lithograph",
            year=2023,
            medium="Lithograph",
            image=ArchiveImageFactory(title="Lithograph", description="A black and white print"),
        )
        for url in (EN, FR):
            html = client.get(url).content.decode()
            assert '<cite class="artwork__title">Untitled lithograph</cite>, 2023' in html
            assert 'alt="A black and white print"' in html
            assert "The works shown are to be added" not in html

    def test_a_restricted_artwork_image_is_not_shown(self, client, site_pages):
        page = ExhibitionPage.objects.get(slug="palais-de-tokyo-2023", locale__language_code="en")
        ArtworkFactory(
            exhibition=page,
            title="Private work",
            image=ArchiveImageFactory(title="Hidden", access_level=AccessLevel.REGISTERED),
        )
        html = client.get(EN).content.decode()
        assert "Private work" in html
        assert 'alt="Hidden"' not in html

    def test_links_to_the_timeline_event_and_cites_sources(self, client, site_pages):
        html = client.get(EN).content.decode()
        assert 'href="/en/history/2022-2024-buying-la-clef/#event-' in html
        assert "“La Clef (cinema)”, encyclopedia article" in html

    def test_the_index_costs_a_fixed_number_of_queries(
        self, client, site_pages, django_assert_num_queries
    ):
        client.get("/en/exhibitions/")
        with django_assert_num_queries(12):  # a plain section's 10, the exhibitions, their URLs
            client.get("/en/exhibitions/")

    def test_the_index_lists_the_exhibition(self, client, site_pages):
        html = client.get("/en/exhibitions/").content.decode()
        assert f'href="{EN}"' in html
        assert "No exhibition has been published yet" not in html
        html = client.get("/fr/expositions/").content.decode()
        assert f'href="{FR}"' in html


@pytest.mark.django_db
class TestEditing:
    def test_page_tree_rules(self, site_pages):
        assert ExhibitionPage.allowed_parent_page_models() == [ExhibitionIndexPage]
        assert ExhibitionIndexPage.allowed_subpage_models() == [ExhibitionPage]

    @override_settings(LANGUAGE_CODE="en")
    def test_editors_add_artworks_in_the_admin(self, admin_client, site_pages):
        page = ExhibitionPage.objects.get(slug="palais-de-tokyo-2023", locale__language_code="en")
        artist = Person.objects.get(slug="orlan")
        response = admin_client.post(
            reverse("wagtailsnippets_archive_artwork:add"),
            nested_form_data(
                {"exhibition": page.pk, "artist": artist.pk, "title": "A work", "year": 2023}
            ),
        )
        assert response.status_code == 302
        assert Artwork.objects.get().artist == artist
        listing = admin_client.get(reverse("wagtailsnippets_archive_artwork:list"))
        assert "A work" in listing.content.decode()


@pytest.mark.django_db
def test_loading_again_changes_nothing(site_pages):
    out = io.StringIO()
    call_command("load_la_clef", stdout=out)
    assert "created" not in out.getvalue()
    assert "updated" not in out.getvalue()
    assert ExhibitionPage.objects.count() == 2


@pytest.mark.django_db
def test_an_editors_change_is_kept(site_pages):
    page = ExhibitionPage.objects.get(slug="palais-de-tokyo-2023", locale__language_code="en")
    page.title = "Edited by an editor"
    page.save_revision().publish()
    call_command("load_la_clef", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.title == "Edited by an editor"
