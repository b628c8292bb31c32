"""Where each kind of page may live: the structure editors can and cannot build."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from archive.exhibitions.models import ExhibitionPage
from archive.exhibitions.pages import ExhibitionIndexPage
from archive.media.pages import MediaIndexPage
from archive.programme.pages import ArchiveIndexPage
from home.factories import HistoryIndexPageFactory, HomePageFactory
from home.models import HistoryChapterPage, HistoryIndexPage, HomePage
from oral_history.models import InterviewPage, OralHistoryIndexPage
from search.models import SearchPage

SECTIONS = {
    HistoryIndexPage,
    ArchiveIndexPage,
    OralHistoryIndexPage,
    ExhibitionIndexPage,
    MediaIndexPage,
    SearchPage,
}


class PageTreeRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=cls.root)

    def setUp(self):
        self.login()

    def test_home_pages_sit_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_a_home_page_holds_exactly_the_sections(self):
        self.assertAllowedSubpageTypes(HomePage, SECTIONS)

    def test_sections_live_only_under_a_home_page(self):
        for section in SECTIONS:
            with self.subTest(section=section.__name__):
                self.assertAllowedParentPageTypes(section, {HomePage})

    def test_sections_other_than_history_oral_history_and_exhibitions_have_no_child_pages(self):
        for section in SECTIONS - {HistoryIndexPage, OralHistoryIndexPage, ExhibitionIndexPage}:
            with self.subTest(section=section.__name__):
                self.assertAllowedSubpageTypes(section, set())

    def test_exhibitions_hold_exhibition_pages_that_hold_nothing(self):
        self.assertAllowedSubpageTypes(ExhibitionIndexPage, {ExhibitionPage})
        self.assertAllowedParentPageTypes(ExhibitionPage, {ExhibitionIndexPage})
        self.assertAllowedSubpageTypes(ExhibitionPage, set())

    def test_oral_history_holds_interviews_and_interviews_hold_nothing(self):
        self.assertAllowedSubpageTypes(OralHistoryIndexPage, {InterviewPage})
        self.assertAllowedParentPageTypes(InterviewPage, {OralHistoryIndexPage})
        self.assertAllowedSubpageTypes(InterviewPage, set())

    def test_history_holds_chapters_and_chapters_hold_nothing(self):
        self.assertAllowedSubpageTypes(HistoryIndexPage, {HistoryChapterPage})
        self.assertAllowedParentPageTypes(HistoryChapterPage, {HistoryIndexPage})
        self.assertAllowedSubpageTypes(HistoryChapterPage, set())

    def test_an_editor_can_create_a_section_under_a_home_page(self):
        self.assertCanCreate(
            self.home,
            HistoryIndexPage,
            nested_form_data(
                {"title": "History", "slug": "history", "introduction": rich_text("Dates.")}
            ),
        )

    def test_each_section_exists_once_per_home_page(self):
        HistoryIndexPageFactory(parent=self.home)
        self.assertFalse(HistoryIndexPage.can_create_at(self.home))
        self.assertTrue(ArchiveIndexPage.can_create_at(self.home))

    def test_a_second_home_page_may_hold_its_own_sections(self):
        HistoryIndexPageFactory(parent=self.home)
        other_home = HomePageFactory(parent=self.root)
        self.assertTrue(HistoryIndexPage.can_create_at(other_home))
