"""Editors keep the closure periods and the complete-programme marks in the admin."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from archive.programme.models import ClosurePeriod, CompleteProgramme


@pytest.fixture
def editor(client, db, settings):
    settings.LANGUAGE_CODE = "en"
    client.force_login(get_user_model().objects.create_superuser("editor", password="x"))
    with translation.override("en"):
        yield client


@pytest.mark.parametrize("model", ["closureperiod", "completeprogramme"])
def test_each_has_a_listing_and_an_add_form(editor, model):
    assert editor.get(f"/admin/snippets/archive/{model}/").status_code == 200
    assert editor.get(f"/admin/snippets/archive/{model}/add/").status_code == 200


def test_an_editor_adds_a_closure_with_its_source(editor):
    response = editor.post(
        "/admin/snippets/archive/closureperiod/add/",
        {
            "start": "1990-06-01",
            "start_precision": "month",
            "end": "1990-08-31",
            "end_precision": "day",
            "reason": "Congés",
            "reason_en": "Holidays",
            "source_document": "fundraising",
            "source": "p. 2",
        },
    )
    assert response.status_code == 302
    closure = ClosurePeriod.objects.get(reason="Congés")
    assert closure.closed_days() == (datetime.date(1990, 7, 1), datetime.date(1990, 8, 31))


def test_a_closure_that_ends_before_it_starts_is_refused(editor):
    response = editor.post(
        "/admin/snippets/archive/closureperiod/add/",
        {
            "start": "1990-06-01",
            "start_precision": "day",
            "end": "1990-05-01",
            "end_precision": "month",
            "reason": "x",
            "source_document": "encyclopedia",
        },
    )
    assert response.status_code == 200
    assert "The end comes before the start." in response.content.decode()
    assert not ClosurePeriod.objects.exists()


def test_an_editor_marks_a_period_complete(editor):
    response = editor.post(
        "/admin/snippets/archive/completeprogramme/add/",
        {"start": "1990-06-01", "end": "1990-06-30", "source": "Leaflet of June 1990"},
    )
    assert response.status_code == 302
    assert CompleteProgramme.objects.get().source == "Leaflet of June 1990"
