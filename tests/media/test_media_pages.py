"""
The media pages: the listing with its filters and counts, an item's page, and the access rules of
the oral history applied to images and recordings, for a visitor, a researcher and an editor.
"""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.factories import ArchiveImageFactory, ArchiveMediaFactory, PersonFactory, SeriesFactory
from archive.media.pages import MediaIndexPage
from base.access import RESEARCHER_GROUP, AccessLevel
from tests.html import soup

LIST = "/en/media/"
EMBARGO_END = datetime.date(2031, 1, 1)


def image_url(image):
    return f"{LIST}images/{image.pk}/"


def av_url(media):
    return f"{LIST}av/{media.pk}/"


@pytest.fixture
def researcher(django_user_model):
    user = django_user_model.objects.create_user("researcher", password="x")
    group, _ = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    user.groups.add(group)
    return user


@pytest.fixture
def person(site_pages):
    return PersonFactory(name="Agnès Varda", slug="agnes-varda")


@pytest.fixture
def items(site_pages, person):
    series = SeriesFactory(title="Images d'ailleurs", slug="images-d-ailleurs")
    poster = ArchiveImageFactory(
        title="Festival poster",
        description="A red poster for the festival.",
        date=datetime.date(1995, 1, 1),
        date_precision="year",
        creator="Studio Clef",
        credit="Photo: La Clef",
    )
    poster.related_people.add(person)
    poster.related_series.add(series)
    poster.tags.add("poster")
    talk = ArchiveMediaFactory(title="Talk recording", date=datetime.date(2021, 5, 3))
    talk.related_people.add(person)
    return {"poster": poster, "talk": talk, "series": series}


@pytest.mark.django_db
class TestListing:
    def test_lists_images_and_recordings_with_counts(self, client, items):
        response = client.get(LIST)
        html = response.content.decode()
        assert response.status_code == 200
        assert "2 items" in html
        assert "Festival poster" in html and "Talk recording" in html
        assert 'alt="A red poster for the festival."' in html
        assert ">Images (1)</option>" in html
        assert ">Audio (1)</option>" in html
        assert ">Agnès Varda (2)</option>" in html
        assert ">1995 (1)</option>" in html

    def test_filters_by_kind_year_person_series_and_tag(self, client, items):
        for params, shown, hidden in [
            ({"kind": "image"}, "Festival poster", "Talk recording"),
            ({"kind": "audio"}, "Talk recording", "Festival poster"),
            ({"year": "2021"}, "Talk recording", "Festival poster"),
            ({"series": "images-d-ailleurs"}, "Festival poster", "Talk recording"),
            ({"tag": "poster"}, "Festival poster", "Talk recording"),
        ]:
            html = client.get(LIST, params).content.decode()
            assert shown in html, params
            assert hidden not in html, params
        html = client.get(LIST, {"person": "agnes-varda"}).content.decode()
        assert "2 items" in html

    def test_thirty_per_page(self, client, site_pages):
        for number in range(31):
            ArchiveMediaFactory(title=f"Tape {number:02d}")
        first = client.get(LIST).content.decode()
        assert "31 items" in first
        assert "Page 1 of 2" in first
        assert first.count('class="media-card ') == 30
        second = client.get(LIST, {"page": 2}).content.decode()
        assert second.count('class="media-card ') == 1

    def test_the_french_listing(self, client, items):
        response = client.get("/fr/medias/")
        assert response.status_code == 200
        assert "Festival poster" in response.content.decode()


@pytest.mark.django_db
class TestDetail:
    def test_an_image_page_shows_the_image_metadata_and_related_records(self, client, items):
        html = client.get(image_url(items["poster"])).content.decode()
        assert "Festival poster" in [h1.get_text() for h1 in soup(html).select("h1")]
        assert 'alt="A red poster for the festival."' in html
        assert "Studio Clef" in html and "Photo: La Clef" in html
        assert items["poster"].checksum in html
        assert 'href="/en/archive/people/agnes-varda/"' in html
        assert 'href="/en/archive/series/images-d-ailleurs/"' in html

    def test_a_series_titled_in_french_only_is_marked_on_an_english_page(self, client, items):
        html = soup(client.get(image_url(items["poster"])).content.decode())
        (link,) = html.select(
            '.media-item__related a[href="/en/archive/series/images-d-ailleurs/"]'
        )
        assert link.select_one('[lang="fr"]').get_text() == "Images d'ailleurs"
        assert link.select_one(".archive-fallback").get_text() == "(in French)"

    def test_a_recording_page_has_a_player(self, client, items):
        html = client.get(av_url(items["talk"])).content.decode()
        player = '<audio class="media-item__player" controls preload="metadata"'
        assert f'{player} src="{items["talk"].url}"' in html

    def test_an_unknown_item_is_a_404(self, client, site_pages):
        assert client.get(f"{LIST}images/999999/").status_code == 404
        assert client.get(f"{LIST}av/999999/").status_code == 404


def make_restricted(level):
    embargo = EMBARGO_END if level == AccessLevel.EMBARGOED else None
    image = ArchiveImageFactory(
        title=f"Secret {level} photo", access_level=level, embargo_until=embargo
    )
    media = ArchiveMediaFactory(
        title=f"Secret {level} tape", access_level=level, embargo_until=embargo
    )
    return image, media


@pytest.mark.django_db
class TestAccess:
    def test_closed_items_are_invisible_to_visitors(self, client, site_pages):
        image, media = make_restricted(AccessLevel.CLOSED)
        listing = client.get(LIST).content.decode()
        assert "Secret closed" not in listing
        assert "0 items" in listing
        assert client.get(image_url(image)).status_code == 404
        assert client.get(av_url(media)).status_code == 404
        assert client.get(media.url).status_code == 404
        sitemap = client.get("/sitemap.xml").content.decode()
        assert f"/en/media/images/{image.pk}/" not in sitemap
        assert f"/en/media/av/{media.pk}/" not in sitemap

    def test_closed_items_are_shown_to_editors(self, admin_client, site_pages):
        image, media = make_restricted(AccessLevel.CLOSED)
        assert "Secret closed photo" in admin_client.get(LIST).content.decode()
        html = admin_client.get(image_url(image)).content.decode()
        assert "/original_images/" in html or "/images/" in html
        assert admin_client.get(media.url).status_code == 200

    @pytest.mark.parametrize("level", [AccessLevel.REGISTERED, AccessLevel.EMBARGOED])
    def test_restricted_items_show_metadata_not_files(self, client, site_pages, level):
        image, media = make_restricted(level)
        listing = client.get(LIST).content.decode()
        assert f"Secret {level} photo" in listing and "Restricted" in listing
        image_page = client.get(image_url(image)).content.decode()
        parsed = soup(image_page)
        assert f"Secret {level} photo" in [h1.get_text() for h1 in parsed.select("h1")]
        main = parsed.select("main")[0]
        assert not main.select("img")
        assert "<img" not in str(main)  # nor in a comment or a script of the main content
        assert image.file.name.rsplit("/", 1)[-1].split(".")[0] not in image_page
        media_page = client.get(av_url(media)).content.decode()
        assert "<audio" not in media_page
        assert media.url not in media_page
        assert client.get(media.url).status_code == 404
        sitemap = client.get("/sitemap.xml").content.decode()
        assert f"/en/media/images/{image.pk}/" in sitemap
        if level == AccessLevel.EMBARGOED:
            assert "under embargo until" in media_page
        else:
            assert "open to approved researchers only" in media_page

    def test_approved_researchers_get_registered_files(self, client, site_pages, researcher):
        image, media = make_restricted(AccessLevel.REGISTERED)
        client.force_login(researcher)
        assert "<audio" in client.get(av_url(media)).content.decode()
        assert client.get(media.url).status_code == 200
        assert 'alt="Secret registered photo"' in client.get(image_url(image)).content.decode()

    def test_the_person_page_hides_a_restricted_portrait(self, client, site_pages, person):
        portrait = ArchiveImageFactory(title="Portrait", access_level=AccessLevel.REGISTERED)
        person.portrait = portrait
        person.save()
        html = client.get("/en/archive/people/agnes-varda/").content.decode()
        assert "archive-person__portrait" not in html


def count_queries(client, url):
    client.get(url)  # renditions are made on the first view
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.django_db
class TestQueryCounts:
    def test_the_listing_costs_the_same_whatever_the_number_of_items(
        self, client, items, person, django_assert_num_queries
    ):
        few = count_queries(client, LIST)
        for number in range(40):
            image = ArchiveImageFactory(
                title=f"Photo {number}", date=datetime.date(1990 + number % 5, 1, 1)
            )
            image.related_people.add(person)
            image.tags.add(f"tag-{number % 3}")
            ArchiveMediaFactory(title=f"Tape {number}")
        client.get(LIST)
        with django_assert_num_queries(few):
            client.get(LIST)

    def test_a_detail_page_costs_the_same_whatever_its_relations(
        self, client, items, django_assert_num_queries
    ):
        few = count_queries(client, image_url(items["poster"]))
        for number in range(10):
            items["poster"].related_people.add(PersonFactory())
            items["poster"].tags.add(f"extra-{number}")
        with django_assert_num_queries(few):
            client.get(image_url(items["poster"]))


@pytest.mark.django_db
def test_the_media_page_is_a_section_of_each_home(site_pages):
    assert isinstance(site_pages["media"]["en"], MediaIndexPage)
    assert site_pages["media"]["en"].url == "/en/media/"
    assert site_pages["media"]["fr"].url == "/fr/medias/"
