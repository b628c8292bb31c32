"""
A restricted image's bytes have no public address: its original and renditions are kept in the
private storage and served only to those who may see the image, and changing an image's access
level moves its files. Every channel is checked: the media pages, the original and rendition
URLs, the sitemap, the search page's JSON and the admin.
"""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.core.files.storage import storages
from django.core.management import call_command
from django.urls import reverse

from archive.factories import ArchiveImageFactory, png_file
from archive.media.files import RESTRICTED_PREFIX
from archive.media.models import ArchiveImage, ArchiveRendition
from base.access import RESEARCHER_GROUP, AccessLevel

LIST = "/en/media/"
THUMBNAIL = "fill-400x300"


@pytest.fixture(autouse=True)
def fresh_rendition_cache():
    """Wagtail caches renditions by image id and file hash, which tests reuse: start clean."""
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def researcher(django_user_model):
    user = django_user_model.objects.create_user("researcher", password="x")
    group, _ = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    user.groups.add(group)
    return user


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def stored_publicly(name):
    return storages["default"].exists(name.removeprefix(RESTRICTED_PREFIX))


def file_names(image):
    """The stored names of an image's original and renditions."""
    return [
        image.file.name,
        *ArchiveRendition.objects.filter(image=image).values_list("file", flat=True),
    ]


def secret_image(level=AccessLevel.REGISTERED, **kwargs):
    embargo = datetime.date(2099, 1, 1) if level == AccessLevel.EMBARGOED else None
    return ArchiveImageFactory(
        title=f"Secret {level} photo",
        access_level=level,
        embargo_until=kwargs.pop("embargo_until", embargo),
        file=kwargs.pop("file", None) or png_file("secret-photo.png"),
        **kwargs,
    )


@pytest.mark.django_db
class TestStorage:
    def test_a_public_image_is_served_by_the_web_server(self):
        image = ArchiveImageFactory()
        rendition = image.get_rendition(THUMBNAIL)
        assert not image.file.name.startswith(RESTRICTED_PREFIX)
        assert storages["default"].exists(image.file.name)
        assert image.file.url.startswith("/media/original_images/")
        assert rendition.url.startswith("/media/images/")

    @pytest.mark.parametrize(
        "level", [AccessLevel.REGISTERED, AccessLevel.EMBARGOED, AccessLevel.CLOSED]
    )
    def test_a_restricted_image_and_its_renditions_are_private(self, level):
        image = secret_image(level)
        rendition = image.get_rendition(THUMBNAIL)
        for name in file_names(image):
            assert name.startswith(RESTRICTED_PREFIX)
            assert storages["private_media"].exists(name)
            assert not stored_publicly(name)
        assert image.file.url.startswith("/media-files/images/original_images/")
        assert rendition.url.startswith("/media-files/images/images/")

    def test_a_long_file_name_still_fits(self):
        image = secret_image(file=png_file(f"{'x' * 120}.png"))
        assert image.file.name.startswith(RESTRICTED_PREFIX)
        assert len(image.file.name) <= 100
        assert storages["private_media"].exists(image.file.name)


@pytest.mark.django_db
class TestServing:
    def test_visitors_get_a_404_for_the_original_and_every_rendition(self, client):
        image = secret_image()
        urls = [image.file.url, image.get_rendition(THUMBNAIL).url]
        urls.append(image.get_rendition("max-1200x1200").url)
        for url in urls:
            assert client.get(url).status_code == 404, url

    def test_approved_researchers_see_a_registered_image(self, client, researcher):
        image = secret_image()
        rendition = image.get_rendition(THUMBNAIL)
        client.force_login(researcher)
        response = client.get(rendition.url)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert response["Cache-Control"] == "private, no-store"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert content(response).startswith(b"\x89PNG")
        assert client.get(image.file.url).status_code == 200
        closed = secret_image(AccessLevel.CLOSED)
        assert client.get(closed.file.url).status_code == 404

    def test_editors_see_a_closed_image(self, admin_client):
        image = secret_image(AccessLevel.CLOSED)
        assert admin_client.get(image.file.url).status_code == 200
        assert admin_client.get(image.get_rendition(THUMBNAIL).url).status_code == 200

    def test_an_ended_embargo_opens_the_files(self, client):
        image = secret_image(AccessLevel.EMBARGOED, embargo_until=datetime.date(2020, 1, 1))
        assert client.get(image.get_rendition(THUMBNAIL).url).status_code == 200

    def test_only_restricted_files_of_images_are_served(self, client):
        public = ArchiveImageFactory()
        assert client.get(f"/media-files/images/{public.file.name}").status_code == 404
        assert client.get("/media-files/images/../../etc/passwd").status_code == 404
        assert client.get("/media-files/images/original_images/unknown.png").status_code == 404

    def test_the_web_server_can_take_over_the_transfer(self, admin_client, settings):
        settings.MEDIA_ACCEL_REDIRECT_PREFIX = "/protected-media/"
        image = secret_image()
        response = admin_client.get(image.file.url)
        assert response["X-Accel-Redirect"] == f"/protected-media/{image.file.name}"


@pytest.mark.django_db
class TestChangingAccess:
    def test_restricting_an_image_moves_its_files_out_of_public_storage(
        self, client, django_capture_on_commit_callbacks
    ):
        image = ArchiveImageFactory(title="Made private")
        old_original = image.file.name
        old_rendition = image.get_rendition(THUMBNAIL).file.name
        with django_capture_on_commit_callbacks(execute=True):
            image.access_level = AccessLevel.REGISTERED
            image.save()
        assert not storages["default"].exists(old_original)
        assert not storages["default"].exists(old_rendition)
        image.refresh_from_db()
        assert image.file.name.startswith(RESTRICTED_PREFIX)
        assert storages["private_media"].exists(image.file.name)
        assert not image.renditions.exists()
        new_rendition = image.get_rendition(THUMBNAIL)
        assert new_rendition.file.name.startswith(RESTRICTED_PREFIX)
        assert client.get(new_rendition.url).status_code == 404

    def test_opening_an_image_moves_its_files_back(
        self, client, django_capture_on_commit_callbacks
    ):
        image = secret_image()
        private_name = image.file.name
        private_rendition = image.get_rendition(THUMBNAIL).file.name
        with django_capture_on_commit_callbacks(execute=True):
            image.access_level = AccessLevel.PUBLIC
            image.save(update_fields=["access_level"])
        image.refresh_from_db()
        assert not image.file.name.startswith(RESTRICTED_PREFIX)
        assert storages["default"].exists(image.file.name)
        assert not storages["private_media"].exists(private_name)
        assert not storages["private_media"].exists(private_rendition)
        assert image.get_rendition(THUMBNAIL).url.startswith("/media/images/")

    def test_the_checksum_survives_the_move(self, django_capture_on_commit_callbacks):
        image = ArchiveImageFactory()
        checksum = image.checksum
        with django_capture_on_commit_callbacks(execute=True):
            image.access_level = AccessLevel.CLOSED
            image.save()
        out = io.StringIO()
        call_command("verify_fixity", stdout=out)
        assert "1 intact, 0 changed, 0 missing" in out.getvalue()
        assert ArchiveImage.objects.get().checksum == checksum

    def test_changing_access_in_the_admin_moves_the_file(
        self, admin_client, settings, django_capture_on_commit_callbacks
    ):
        settings.LANGUAGE_CODE = "en"
        image = ArchiveImageFactory(title="Door")
        public_name = image.file.name
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(
                reverse("wagtailimages:edit", args=[image.pk]),
                {
                    "title": "Door",
                    "collection": image.collection_id,
                    "date_precision": "day",
                    "access_level": "closed",
                },
            )
        assert response.status_code == 302, response.content.decode()[:2000]
        image.refresh_from_db()
        assert image.access_level == AccessLevel.CLOSED
        assert image.file.name.startswith(RESTRICTED_PREFIX)
        assert not storages["default"].exists(public_name)


@pytest.mark.django_db
class TestEveryChannel:
    @pytest.mark.parametrize("level", [AccessLevel.REGISTERED, AccessLevel.EMBARGOED])
    def test_no_page_or_sitemap_gives_a_visitor_a_restricted_file(self, client, site_pages, level):
        image = secret_image(level)
        stem = image.file.name.rsplit("/", 1)[-1].split(".")[0]
        pages = [
            LIST,
            f"{LIST}?kind=image",
            f"{LIST}images/{image.pk}/",
            "/fr/medias/",
            f"/fr/medias/images/{image.pk}/",
            "/sitemap.xml",
        ]
        for url in pages:
            html = client.get(url).content.decode()
            assert "/media-files/images/" not in html, url
            assert stem not in html, url

    def test_editors_see_restricted_images_on_the_site_and_in_the_admin(
        self, admin_client, site_pages
    ):
        image = secret_image(AccessLevel.CLOSED)
        html = admin_client.get(f"{LIST}images/{image.pk}/").content.decode()
        assert 'src="/media-files/images/images/' in html
        admin = admin_client.get(reverse("wagtailimages:index")).content.decode()
        assert "/media-files/images/images/" in admin

    def test_the_search_json_gives_no_file_address(self, client, site_pages):
        image = secret_image(description="A secret photograph of the projection booth")
        stem = image.file.name.rsplit("/", 1)[-1].split(".")[0]
        response = client.get("/en/search/", {"q": "secret photograph", "format": "json"})
        assert response.status_code == 200
        text = response.content.decode()
        assert "/media-files/images/" not in text
        assert stem not in text
