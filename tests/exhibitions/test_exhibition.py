"""
The exhibitions: the index lists them, and the Palais de Tokyo page of November 2023 shows its
artists (linked to their records), its works once editors add them, and its place in the story.
"""

import importlib
import io

import pytest
from django.core.management import call_command
from django.test.utils import override_settings
from django.urls import reverse
from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from archive.exhibitions.blocks import ExhibitionBodyBlock, ExhibitionImageBlock
from archive.exhibitions.models import Artwork, ExhibitionPage
from archive.exhibitions.pages import ExhibitionIndexPage
from archive.factories import ArchiveImageFactory, ArtworkFactory
from archive.programme.models import Person
from base.access import AccessLevel
from tests.html import links, soup

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
            assert (f"/en/archive/people/{slug}/", name) in links(html)

    def test_french_page_links_the_french_archive(self, client, site_pages):
        html = client.get(FR).content.decode()
        assert "Palais de Tokyo, novembre 2023" in html
        for name, slug in ARTISTS:
            assert (f"/fr/archives/people/{slug}/", name) in links(html)

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
            titles = [
                (cite.get_text(), str(cite.next_sibling or ""))
                for cite in soup(html).select("cite.artwork__title")
            ]
            assert any(
                title == "Untitled lithograph" and after.startswith(", 2023")
                for title, after in titles
            )
            assert soup(html).select('[alt="A black and white print"]')
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
        assert not soup(html).select('[alt="Hidden"]')

    def test_links_to_the_timeline_event_and_cites_sources(self, client, site_pages):
        html = client.get(EN).content.decode()
        assert soup(html).select('[href^="/en/history/2022-2024-buying-la-clef/#event-"]')
        assert "“La Clef (cinema)”, encyclopedia article" in html

    def test_the_index_costs_a_fixed_number_of_queries(
        self, client, site_pages, django_assert_num_queries
    ):
        client.get("/en/exhibitions/")
        with django_assert_num_queries(
            3
        ):  # the tree's version (base/page_tree.py), the exhibitions, their URLs
            client.get("/en/exhibitions/")

    def test_the_index_lists_the_exhibition(self, client, site_pages):
        html = client.get("/en/exhibitions/").content.decode()
        assert soup(html).select(f'[href="{EN}"]')
        assert "No exhibition has been published yet" not in html
        html = client.get("/fr/expositions/").content.decode()
        assert soup(html).select(f'[href="{FR}"]')


@pytest.mark.django_db
class TestBody:
    def test_the_body_is_a_stream_of_exhibition_blocks(self, site_pages):
        page = ExhibitionPage.objects.get(slug="palais-de-tokyo-2023", locale__language_code="en")
        assert isinstance(page.body, StreamValue)
        assert isinstance(page.body.stream_block, ExhibitionBodyBlock)
        assert [block.block_type for block in page.body] == [
            "paragraph",
            "heading",
            "paragraph",
            "paragraph",
        ]

    def test_every_block_has_an_icon_a_template_and_a_preview(self):
        for name, block in ExhibitionBodyBlock().child_blocks.items():
            assert block.meta.icon not in ("", "placeholder"), name
            assert block.meta.template, name
            assert block.meta.preview_value is not None, name

    def test_both_languages_render_the_blocks(self, client, site_pages):
        english = soup(client.get(EN))
        assert "In the campaign" in [h2.get_text() for h2 in english.select("h2.block-heading")]
        paragraphs = [p.get_text() for p in english.select("p")]
        assert any(
            p.startswith("On 19 June 2024 Cinema Revival, the endowment fund") for p in paragraphs
        )
        french = soup(client.get(FR))
        assert "Dans la campagne" in [h2.get_text() for h2 in french.select("h2.block-heading")]
        paragraphs = [p.get_text() for p in french.select("p")]
        assert any(p.startswith("Le 19 juin 2024, Cinema Revival") for p in paragraphs)

    def test_an_image_block_must_show_a_public_image(self, site_pages):
        block = ExhibitionImageBlock()
        hidden = ArchiveImageFactory(access_level=AccessLevel.REGISTERED)
        with pytest.raises(StructBlockValidationError) as caught:
            block.clean(block.to_python({"image": hidden.pk, "alt_text": "", "caption": ""}))
        assert "image" in caught.value.block_errors
        public = ArchiveImageFactory(description="The sale room")
        value = block.clean(block.to_python({"image": public.pk, "alt_text": "", "caption": ""}))
        assert value["image"] == public

    def test_an_image_block_shows_a_public_image(self, client, site_pages):
        page = ExhibitionPage.objects.get(slug="palais-de-tokyo-2023", locale__language_code="en")
        image = ArchiveImageFactory(description="The sale room")
        page.body.append(("image", {"image": image, "alt_text": "The sale room", "caption": ""}))
        page.save_revision().publish()
        page = soup(client.get(EN))
        assert page.select("figure.block-image")
        assert page.select('[alt="The sale room"]')

    def test_rich_text_becomes_one_paragraph_block_and_back(self):
        migration = importlib.import_module("archive.migrations.0008_exhibition_body_stream")
        html = "<p>First.</p><h2>Then</h2><p>Second.</p>"
        stream = migration._stream(html)
        assert [(block["type"], block["value"]) for block in stream] == [("paragraph", html)]
        assert migration._stream("  ") == []
        blocks = [
            {"type": "paragraph", "value": "<p>First.</p>"},
            {"type": "heading", "value": "Then"},
            {"type": "paragraph", "value": "<p>Second.</p>"},
        ]
        assert migration._rich_text(blocks) == html


@pytest.mark.django_db
class TestEditing:
    def test_page_tree_rules(self, site_pages):
        assert ExhibitionPage.allowed_parent_page_models() == [ExhibitionIndexPage]
        assert ExhibitionIndexPage.allowed_subpage_models() == [ExhibitionPage]

    @override_settings(LANGUAGE_CODE="en")
    def test_editors_write_the_body_as_blocks_in_the_admin(self, admin_client, site_pages):
        index = site_pages["exhibitions"]["en"]
        response = admin_client.post(
            reverse("wagtailadmin_pages:add", args=("archive", "exhibitionpage", index.pk)),
            nested_form_data(
                {
                    "title": "Another exhibition",
                    "slug": "another-exhibition",
                    "date_precision": "day",
                    "body": streamfield(
                        [
                            ("heading", "The works"),
                            ("paragraph", rich_text("<p>Prints and photographs.</p>")),
                        ]
                    ),
                    "action-publish": "publish",
                }
            ),
        )
        assert response.status_code == 302, response.content.decode()[:3000]
        page = ExhibitionPage.objects.get(slug="another-exhibition")
        assert [block.block_type for block in page.body] == ["heading", "paragraph"]

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


@pytest.mark.django_db
def test_an_editors_change_to_the_body_is_kept(site_pages):
    page = ExhibitionPage.objects.get(slug="palais-de-tokyo-2023", locale__language_code="fr")
    page.body = [{"type": "paragraph", "value": "<p>Texte revu par une éditrice.</p>"}]
    page.save_revision().publish()
    out = io.StringIO()
    call_command("load_la_clef", stdout=out)
    page.refresh_from_db()
    assert [str(block.value) for block in page.body] == ["<p>Texte revu par une éditrice.</p>"]
    assert "exhibition:palais-de-tokyo-2023:fr: kept (changed by an editor)" in out.getvalue()
