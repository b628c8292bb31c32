"""The history the loader writes is loaded once, and an editor's corrections survive it."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from home.content.history import CHAPTERS, SOURCES
from home.models import HistoryChapterPage, HistoryEvent, Source


def load():
    out = io.StringIO()
    call_command("load_la_clef", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_loads_every_chapter_event_and_source_in_both_languages():
    load()
    assert HistoryChapterPage.objects.live().count() == 2 * len(CHAPTERS)
    assert Source.objects.count() == 2 * len(SOURCES)
    fr, en = (
        HistoryChapterPage.objects.get(locale__language_code=code, slug=CHAPTERS[0]["slug"][code])
        for code in ("fr", "en")
    )
    assert fr.translation_key == en.translation_key
    french_source = Source.objects.get(locale__language_code="fr", title="La Clef (cinema)")
    english_source = Source.objects.get(locale__language_code="en", title="La Clef (cinema)")
    assert french_source.translation_key == english_source.translation_key


@pytest.mark.django_db
def test_running_it_again_changes_nothing():
    load()
    before = (
        list(HistoryChapterPage.objects.values_list("pk", "latest_revision_id").order_by("pk")),
        list(HistoryEvent.objects.values_list("pk", flat=True).order_by("pk")),
    )
    output = load()
    after = (
        list(HistoryChapterPage.objects.values_list("pk", "latest_revision_id").order_by("pk")),
        list(HistoryEvent.objects.values_list("pk", flat=True).order_by("pk")),
    )
    assert after == before
    assert "updated" not in output and "created" not in output


@pytest.mark.django_db
def test_a_corrected_event_and_source_are_kept():
    load()
    editor = get_user_model().objects.create_superuser("editor", password="x")
    chapter = HistoryChapterPage.objects.get(locale__language_code="en", slug__contains="1973")
    event = chapter.events.order_by("sort_order").first()
    event.text = "Corrected by an editor."
    chapter.events = [event, *chapter.events.order_by("sort_order")[1:]]
    chapter.save_revision(user=editor).publish(user=editor)
    source = Source.objects.get(locale__language_code="en", title="La Clef (cinema)")
    source.note = "Checked against the printed edition."
    source.save()

    output = load()

    assert HistoryEvent.objects.filter(text="Corrected by an editor.").exists()
    source.refresh_from_db()
    assert source.note == "Checked against the printed edition."
    assert "kept (changed by an editor)" in output
