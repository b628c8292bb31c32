"""
A site exported with `export_archive` and restored with `import_archive` onto an emptied
database is the same site: every row of every model (pages, revisions, locales, translations,
view restrictions, records, users, groups, grants, access settings), every file byte for byte,
the pages at their URLs in both languages, and the rebuilt search answering the same.
"""

import io
import json
import shutil

import bagit
import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex

from archive.factories import ArchiveDocumentFactory, ArchiveImageFactory
from backups.format import FORMAT_VERSION, FORMAT_VERSION_TAG
from base.access import RESEARCHER_GROUP, AccessLevel
from base.models import AccessGrant
from oral_history.models import InterviewPage
from tests.backups.site_state import empty_the_site, rows, stored_files
from tests.html import soup, text

pytestmark = pytest.mark.django_db

QUESTIONS = ("Daubenton", "occupation", "Revival", "1973", "cinéma")


def people_and_restricted_files(django_user_model):
    """An editor, a researcher granted an interview, a closed document, a registered image."""
    django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    researcher = django_user_model.objects.create_user("researcher", "r@example.org", "x")
    group, _ = Group.objects.get_or_create(name=RESEARCHER_GROUP)
    group.permissions.add(Permission.objects.get(codename="view_registered_material"))
    researcher.groups.add(group)
    interview = InterviewPage.objects.order_by("pk").first()
    today = timezone.localdate()
    AccessGrant.objects.create(
        user=researcher, page=interview, starts_on=today, ends_on=today + timezone.timedelta(30)
    )
    ArchiveDocumentFactory(title="Closed minutes", access_level=AccessLevel.CLOSED)
    ArchiveImageFactory(title="Registered photo", access_level=AccessLevel.REGISTERED)


def pages_as_seen():
    """{URL: (status, title, main text)} of every live page, for an anonymous visitor."""
    client = Client()
    seen = {}
    for page in Page.objects.live().filter(depth__gte=2).order_by("path"):
        url = page.get_url()
        response = client.get(url)
        html = soup(response)
        main = html.find("main")
        seen[url] = (response.status_code, text(html.title), text(main) if main else "")
    return seen


def search_answers():
    client = Client()
    return {
        (language, question): json.loads(
            client.get(path, {"q": question, "format": "json"}).content
        )
        for language, path in (("fr", "/fr/recherche/"), ("en", "/en/search/"))
        for question in QUESTIONS
    }


def site_state():
    return {
        "rows": rows(),
        "files": stored_files(),
        "pages": pages_as_seen(),
        "search": search_answers(),
    }


@pytest.fixture(scope="module")
def round_trip(search_site, django_db_blocker, tmp_path_factory):
    """(the site before, the bag, what import_archive said, the site after)."""
    with django_db_blocker.unblock():
        from django.contrib.auth import get_user_model

        people_and_restricted_files(get_user_model())
        before = site_state()
        bag = tmp_path_factory.mktemp("backup") / "la-clef"
        call_command("export_archive", str(bag), verbosity=0, stdout=io.StringIO())
        empty_the_site()
        assert Page.objects.count() == 0
        assert stored_files() == {}
        said = io.StringIO()
        call_command("import_archive", str(bag), verbosity=0, stdout=said)
        after = site_state()
    return before, bag, said.getvalue(), after


class TestTheBag:
    def test_it_is_a_valid_bagit_bag_with_sha256_manifests(self, round_trip):
        _, bag, _, _ = round_trip
        bag = bagit.Bag(str(bag))
        assert bag.is_valid()
        assert bag.algorithms == ["sha256"]
        assert bag.info[FORMAT_VERSION_TAG] == FORMAT_VERSION

    def test_its_manifest_counts_the_rows_of_each_model(self, round_trip):
        before, bag, _, _ = round_trip
        manifest = json.loads((bag / "data" / "manifest.json").read_text())
        counts = {entry["model"]: entry["count"] for entry in manifest["models"]}
        assert counts["wagtailcore.Page"] == len(before["rows"]["wagtailcore.Page"]) > 10
        assert counts["archive.Screening"] == len(before["rows"]["archive.Screening"]) > 0
        assert counts["auth.User"] == 2
        for entry in manifest["models"]:
            lines = (bag / "data" / entry["file"]).read_text().splitlines()
            assert len(lines) == entry["count"]
            assert all(json.loads(line)["model"] == entry["model"].lower() for line in lines)

    def test_every_file_is_in_it_with_its_fixity(self, round_trip):
        before, bag, _, _ = round_trip
        fixity = [json.loads(line) for line in (bag / "data" / "fixity.jsonl").open()]
        assert {(line["storage"], line["name"]) for line in fixity} == set(before["files"])
        assert {line["status"] for line in fixity} <= {"intact", "unchecked"}
        assert any(line["storage"] == "private_media" for line in fixity)
        for (alias, name), digest in before["files"].items():
            assert (bag / "data" / "files" / alias / name).is_file()
            assert any(line["sha256_at_export"] == digest for line in fixity)


class TestTheRestoredSite:
    def test_import_says_what_it_restored(self, round_trip):
        _, _, said, _ = round_trip
        assert said.startswith("Restored ")

    def test_every_row_of_every_model_is_back_as_it_was(self, round_trip):
        before, _, _, after = round_trip
        assert set(after["rows"]) == set(before["rows"])
        for label, values in before["rows"].items():
            assert after["rows"][label] == values, label

    def test_every_file_is_back_byte_for_byte(self, round_trip):
        before, _, _, after = round_trip
        assert after["files"] == before["files"]
        assert len(before["files"]) >= 2

    def test_pages_answer_at_the_same_urls_in_both_languages(self, round_trip):
        before, _, _, after = round_trip
        assert after["pages"] == before["pages"]
        assert any(url.startswith("/fr/") for url in before["pages"])
        assert any(url.startswith("/en/") for url in before["pages"])

    def test_the_rebuilt_search_answers_the_same(self, round_trip):
        before, _, _, after = round_trip
        assert after["search"] == before["search"]
        assert any(answer["results"] for answer in before["search"].values())


# What uses what (the paths inside a page's body name its blocks, which later saves renew).
REFERENCE_COLUMNS = ("content_type", "object_id", "to_content_type", "to_object_id")


class TestTheReferenceIndex:
    """Wagtail's "what uses what" comes back as it was, read from the bag, not rebuilt."""

    def test_the_bag_holds_it_and_the_restore_puts_it_back(self, round_trip):
        before, bag, _, after = round_trip
        manifest = json.loads((bag / "data" / "manifest.json").read_text())
        counts = {entry["model"]: entry["count"] for entry in manifest["models"]}
        assert (
            counts["wagtailcore.ReferenceIndex"]
            == len(before["rows"]["wagtailcore.ReferenceIndex"])
            > 0
        )
        assert (
            after["rows"]["wagtailcore.ReferenceIndex"]
            == (before["rows"]["wagtailcore.ReferenceIndex"])
        )

    def test_a_bag_made_without_it_has_it_rebuilt(self, round_trip, tmp_path):
        _, bag, _, _ = round_trip
        expected = set(ReferenceIndex.objects.values_list(*REFERENCE_COLUMNS))
        older = tmp_path / "older"
        shutil.copytree(bag, older)
        manifest_path = older / "data" / "manifest.json"
        manifest = json.loads(manifest_path.read_text())
        (entry,) = [e for e in manifest["models"] if e["model"] == "wagtailcore.ReferenceIndex"]
        manifest["models"].remove(entry)
        (older / "data" / entry["file"]).unlink()
        manifest_path.write_text(json.dumps(manifest))
        bagit.Bag(str(older)).save(manifests=True)
        empty_the_site()
        call_command("import_archive", str(older), verbosity=0, stdout=io.StringIO())
        # Rebuilt from every record, the index holds what the site's own saves had written (the
        # loaders' and factories' bulk writes leave some out, which a rebuild adds).
        assert expected
        assert set(ReferenceIndex.objects.values_list(*REFERENCE_COLUMNS)) >= expected
