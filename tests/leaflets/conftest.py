import hashlib

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from leaflets import ocr
from leaflets.models import Leaflet
from tests.leaflets.scan_files import run_worker, scan_file, small_leaflet, upload

_words = {}


@pytest.fixture(autouse=True)
def english(settings):
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def read_each_picture_once(monkeypatch):
    """Tesseract really reads each distinct picture, once for the whole test run."""
    real = ocr.read_words

    def remembered(picture):
        key = hashlib.sha256(picture.tobytes()).hexdigest()
        if key not in _words:
            _words[key] = real(picture)
        return _words[key]

    monkeypatch.setattr(ocr, "read_words", remembered)


@pytest.fixture
def editor_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("editor", password="x"))
    return client


@pytest.fixture(scope="session")
def sample():
    return small_leaflet(7, layout="classic", year=1995, month=3)


@pytest.fixture
def read_leaflet(editor_client, django_capture_on_commit_callbacks, sample):
    """A leaflet uploaded (public, dated March 1995) and read by the worker."""
    response = upload(editor_client, django_capture_on_commit_callbacks, [scan_file(sample)])
    assert response.status_code == 302
    run_worker()
    return Leaflet.objects.get()
