"""Editors write and correct the history in the admin, with previews, revisions and translations."""

import datetime

import pytest
from django.utils import translation
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from base.blocks import ArchiveLinkBlock
from home.factories import (
    HistoryChapterPageFactory,
    HistoryEventFactory,
    HistoryIndexPageFactory,
    HomePageFactory,
    SourceFactory,
)
from home.models import HistoryChapterPage


class ChapterEditingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = HomePageFactory(parent=Page.get_first_root_node())
        cls.history = HistoryIndexPageFactory(parent=home)
        cls.source = SourceFactory(title="La Clef (cinema)")
        cls.english = Locale.objects.create(language_code="en")
        cls.english_source = SourceFactory(title="English only", locale=cls.english)

    def setUp(self):
        self.login()
        translation.activate("en")

    def tearDown(self):
        translation.deactivate()

    def chapter_form(self, **overrides):
        data = {
            "title": "The founding years",
            "slug": "founding",
            "period_start": 1973,
            "period_end": 1989,
            "body": streamfield([("paragraph", rich_text("<p>Founded in 1973.</p>"))]),
            "events": inline_formset(
                [
                    {
                        "date": "1973-01-01",
                        "date_precision": "year",
                        "title": "Founding",
                        "text": "Claude Frank-Forter founds La Clef.",
                    }
                ]
            ),
        }
        data.update(overrides)
        # Many-to-many fields post a list under one name, which nested_form_data would split.
        return {
            **nested_form_data(data),
            "sources": [self.source.pk],
            "events-0-sources": [self.source.pk],
        }

    def test_an_editor_creates_a_chapter_with_its_events_and_their_sources(self):
        self.assertCanCreate(self.history, HistoryChapterPage, self.chapter_form())
        chapter = HistoryChapterPage.objects.get(slug="founding")
        event = chapter.events.get()
        assert event.title == "Founding"
        assert list(event.sources.all()) == [self.source]
        assert list(chapter.sources.all()) == [self.source]

    def test_the_form_offers_only_sources_in_the_pages_language(self):
        response = self.client.get(f"/admin/pages/add/home/historychapterpage/{self.history.pk}/")
        html = response.content.decode()
        assert "La Clef (cinema)" in html
        assert "English only" not in html

    def test_a_period_that_ends_before_it_starts_is_refused(self):
        response = self.client.post(
            f"/admin/pages/add/home/historychapterpage/{self.history.pk}/",
            self.chapter_form(period_start=1990, period_end=1980),
        )
        assert response.status_code == 200
        assert "La dernière année précède la première." in response.content.decode()
        assert not HistoryChapterPage.objects.filter(slug="founding").exists()

    def test_editing_keeps_revisions_and_previews_unsaved_events(self):
        chapter = HistoryChapterPageFactory(parent=self.history, slug="founding")
        chapter.save_revision().publish()
        preview = self.client.post(
            f"/admin/pages/{chapter.pk}/edit/preview/",
            self.chapter_form(title="Draft title"),
        )
        assert preview.json()["is_valid"]
        shown = self.client.get(f"/admin/pages/{chapter.pk}/edit/preview/").content.decode()
        assert "Draft title" in shown
        assert "Claude Frank-Forter founds La Clef." in shown

        self.client.post(f"/admin/pages/{chapter.pk}/edit/", self.chapter_form(title="Edited"))
        assert chapter.revisions.count() == 2
        chapter.refresh_from_db()
        assert chapter.get_latest_revision_as_object().title == "Edited"


@pytest.mark.django_db
def test_a_chapter_translates_with_its_events():
    home = HomePageFactory(parent=Page.get_first_root_node())
    history = HistoryIndexPageFactory(parent=home)
    chapter = HistoryChapterPageFactory(parent=history)
    HistoryEventFactory(chapter=chapter, sources=[SourceFactory()])
    english = Locale.objects.create(language_code="en")
    home.copy_for_translation(english)
    history.copy_for_translation(english)

    translated = chapter.copy_for_translation(english)

    assert translated.locale == english
    assert translated.translation_key == chapter.translation_key
    assert translated.events.count() == 1
    assert translated.events.get().date == datetime.date(1973, 1, 1)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"page": None, "url": "", "label": ""}, "not both"),
        ({"page": None, "url": "archive/films/attica/", "label": ""}, "starts with /"),
    ],
)
def test_an_archive_link_needs_exactly_one_target(value, message):
    block = ArchiveLinkBlock()
    with translation.override("en"):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python(value))
        assert message in str(error.value.block_errors)
