"""
Uploads are checked before anything is stored: the content must be what the file claims, within
the size limits, and never SVG or HTML. A checksum is taken on the way in.
"""

import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from archive.factories import mp3_file, png_file
from archive.media.models import ArchiveImage, ArchiveMedia

SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>"
)


def stored_names(storage, folder):
    if not storage.exists(folder):
        return []
    directories, files = storage.listdir(folder)
    return files


def errors_of(instance):
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return " ".join(caught.value.message_dict.get("file", []))


@pytest.mark.django_db
class TestRecordings:
    def test_a_text_file_renamed_mp3_is_refused_and_not_stored(self):
        before = stored_names(storages["private_media"], "media")
        media = ArchiveMedia(
            title="Fake", type="audio", file=ContentFile(b"just some notes\n" * 50, name="x.mp3")
        )
        with translation.override("en"):
            message = errors_of(media)
        assert message == (
            "This file is not an audio recording that can be read: its content does not match "
            "its name."
        )
        assert stored_names(storages["private_media"], "media") == before
        assert not ArchiveMedia.objects.exists()

    def test_html_uploaded_as_media_is_refused(self):
        media = ArchiveMedia(
            title="Page",
            type="video",
            file=ContentFile(b"<!DOCTYPE html><html><script>x()</script></html>", name="v.mp4"),
        )
        with translation.override("en"):
            assert "SVG and HTML files cannot be uploaded here" in errors_of(media)

    @override_settings(MEDIA_MAX_UPLOAD_SIZE=1000)
    def test_an_oversized_recording_is_refused(self):
        before = stored_names(storages["private_media"], "media")
        media = ArchiveMedia(title="Big", type="audio", file=mp3_file())
        with translation.override("en"):
            assert "the largest allowed is 1000" in errors_of(media)
        assert stored_names(storages["private_media"], "media") == before

    def test_a_real_mp3_is_accepted_with_checksum_name_and_duration(self):
        upload = mp3_file("interview-1972.mp3")
        expected = hashlib.sha256(upload.read()).hexdigest()
        upload.seek(0)
        media = ArchiveMedia(title="Real", type="audio", file=upload)
        media.full_clean()
        media.save()
        media.refresh_from_db()
        assert media.checksum == expected
        assert media.original_filename == "interview-1972.mp3"
        assert media.duration > 0

    def test_captions_must_be_text(self):
        media = ArchiveMedia(
            title="Captioned",
            type="audio",
            file=mp3_file(),
            captions=ContentFile(b"\xff\xfe\x00binary", name="c.vtt"),
        )
        with pytest.raises(ValidationError) as caught:
            media.full_clean()
        assert "captions" in caught.value.message_dict


@pytest.mark.django_db
class TestImages:
    def test_an_svg_with_a_script_is_refused(self):
        image = ArchiveImage(title="Logo", file=ContentFile(SVG_WITH_SCRIPT, name="logo.png"))
        with translation.override("en"):
            assert "SVG and HTML files cannot be uploaded here" in errors_of(image)

    def test_a_text_file_named_jpg_is_refused_by_the_admin(self, admin_client, settings):
        settings.LANGUAGE_CODE = "en"
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Fake",
                "file": SimpleUploadedFile("photo.jpg", b"hello " * 100, "image/jpeg"),
                "date_precision": "day",
                "access_level": "public",
            },
        )
        assert response.status_code == 200
        assert "Upload a valid image" in response.content.decode()
        assert not ArchiveImage.objects.exists()

    @override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=100)
    def test_an_oversized_image_is_refused(self):
        image = ArchiveImage(title="Big", file=png_file())
        with translation.override("en"):
            assert "the largest allowed is 100" in errors_of(image)

    def test_checksum_and_original_name_are_taken_at_upload(self):
        upload = png_file("poster-1990.png")
        expected = hashlib.sha256(upload.read()).hexdigest()
        upload.seek(0)
        image = ArchiveImage(title="Poster", file=upload)
        image.full_clean()
        image.save()
        assert image.checksum == expected
        assert image.original_filename == "poster-1990.png"

    def test_the_admin_refuses_an_svg_and_stores_nothing(self, admin_client, settings):
        """Wagtail's own image field refuses it first; the model's check is the second line."""
        settings.LANGUAGE_CODE = "en"
        before = stored_names(default_storage, "original_images")
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Logo",
                "file": SimpleUploadedFile("logo.png", SVG_WITH_SCRIPT, "image/png"),
                "date_precision": "day",
                "access_level": "public",
            },
        )
        assert response.status_code == 200
        assert "Not a valid .png image" in response.content.decode()
        assert not ArchiveImage.objects.exists()
        assert stored_names(default_storage, "original_images") == before

    def test_the_admin_accepts_a_png_and_records_its_checksum(self, admin_client, settings):
        settings.LANGUAGE_CODE = "en"
        upload = png_file("door.png")
        content = upload.read()
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Door",
                "file": SimpleUploadedFile("door.png", content, "image/png"),
                "date_precision": "day",
                "access_level": "public",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        image = ArchiveImage.objects.get()
        assert image.checksum == hashlib.sha256(content).hexdigest()
        assert image.original_filename == "door.png"


@pytest.mark.django_db
class TestMediaAdmin:
    def test_the_admin_refuses_a_text_file_named_mp3(self, admin_client, settings):
        settings.LANGUAGE_CODE = "en"
        before = stored_names(storages["private_media"], "media")
        response = admin_client.post(
            reverse("wagtailmedia:add", args=("audio",)),
            {
                "title": "Fake",
                "file": SimpleUploadedFile("fake.mp3", b"not audio\n" * 100, "audio/mpeg"),
                "date_precision": "day",
                "access_level": "public",
            },
        )
        assert response.status_code == 200
        assert "This file is not an audio recording that can be read" in response.content.decode()
        assert not ArchiveMedia.objects.exists()
        assert stored_names(storages["private_media"], "media") == before

    def test_the_admin_form_offers_the_archival_fields(self, admin_client, settings):
        settings.LANGUAGE_CODE = "en"
        html = admin_client.get(reverse("wagtailmedia:add", args=("audio",))).content.decode()
        for name in ("creator", "rights", "access_level", "related_people", "captions"):
            assert f'name="{name}"' in html
        html = admin_client.get(reverse("wagtailimages:add")).content.decode()
        for name in ("creator", "access_level", "related_screenings"):
            assert f'name="{name}"' in html
