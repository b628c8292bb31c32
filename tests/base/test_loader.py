"""`load_la_clef` can run any number of times and never undoes an editor's work."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from base.models import SeedRecord
from home.models import HistoryIndexPage, HomePage


def load():
    out = io.StringIO()
    call_command("load_la_clef", stdout=out)
    return out.getvalue()


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", password="x")


@pytest.mark.django_db
class TestLoader:
    def test_first_run_builds_both_languages_and_serves_french_at_the_root(self):
        load()
        assert HomePage.objects.count() == 2
        site = Site.objects.get(is_default_site=True)
        assert site.root_page.specific.locale.language_code == "fr"
        assert site.site_name == "La Clef Archive"
        fr, en = HistoryIndexPage.objects.order_by("-locale__language_code")
        assert fr.translation_key == en.translation_key
        assert not Page.objects.filter(slug="home", depth=2, content_type__model="page").exists()

    def test_second_run_changes_nothing(self):
        load()
        before = list(Page.objects.values_list("pk", "title", "latest_revision_id").order_by("pk"))
        output = load()
        after = list(Page.objects.values_list("pk", "title", "latest_revision_id").order_by("pk"))
        assert after == before
        assert "created" not in output and "updated" not in output
        assert "unchanged" in output

    def test_an_edited_page_keeps_the_edit(self, editor):
        load()
        history = HistoryIndexPage.objects.get(locale__language_code="en")
        history.title = "Our story"
        history.save_revision(user=editor).publish(user=editor)

        output = load()

        history.refresh_from_db()
        assert history.title == "Our story"
        assert "section:history:en: kept (changed by an editor)" in output

    def test_an_unpublished_draft_is_kept(self, editor):
        load()
        history = HistoryIndexPage.objects.get(locale__language_code="fr")
        history.title = "Brouillon"
        history.save_revision(user=editor)

        load()

        history.refresh_from_db()
        assert history.has_unpublished_changes
        assert history.get_latest_revision_as_object().title == "Brouillon"

    def test_a_page_an_editor_deleted_stays_deleted(self):
        load()
        HistoryIndexPage.objects.get(locale__language_code="en").delete()

        output = load()

        assert not HistoryIndexPage.objects.filter(locale__language_code="en").exists()
        assert "kept deleted" in output

    def test_a_page_an_editor_made_at_the_same_address_is_left_alone(self):
        root = Page.get_first_root_node()
        load()
        fr_home = HomePage.objects.get(locale__language_code="fr")
        HistoryIndexPage.objects.filter(locale=fr_home.locale).delete()
        SeedRecord.objects.filter(key="section:history:fr").delete()
        own = fr_home.add_child(instance=HistoryIndexPage(title="À nous", slug="histoire"))

        load()

        own.refresh_from_db()
        assert own.title == "À nous"
        assert root.get_descendants().filter(slug="histoire").count() == 1
