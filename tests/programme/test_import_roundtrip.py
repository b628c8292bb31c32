"""
Spreadsheets round-trip: export a filtered listing, edit it, import it back as an update, read
what will change (per event, per field) and confirm it; the empty-cell rule; conflicts with
changes made in the archive after the export; the confirmation applies exactly what was shown.
"""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import Workbook, load_workbook
from wagtail.users.models import UserProfile

from archive.programme.exporting import csv_lines
from archive.programme.importing import PlanChanged, ProgrammeImporter
from archive.programme.models import Person, Screening
from search.api import matching_ids
from search.models import SearchDocument
from tests.html import soup as parse
from tests.programme.test_import_programme import GOOD, run, snapshot

IMPORT_URL = "/admin/archive/import/"


def guide(language, document):
    return reverse("archive_import_guide", args=[language, document])


@pytest.fixture(autouse=True)
def english(settings):
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def programme(db):
    """The five events of the fixture file, as the import makes them."""
    run(GOOD)


def exported(queryset=None):
    """The CSV export of `queryset` (every event by default) as a list of row dicts."""
    text = "".join(csv_lines(queryset if queryset is not None else Screening.objects.all()))
    return list(csv.DictReader(io.StringIO(text)))


def write_rows(path, rows):
    with path.open("w", newline="", encoding="utf-8") as destination:
        writer = csv.DictWriter(destination, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def edited(tmp_path, **changes):
    """The export with {external_id: {column: value}} changed in every row of each event."""
    rows = exported()
    for row in rows:
        row.update(changes.get(row["external_id"], {}))
    return write_rows(tmp_path / "edited.csv", rows)


def preview(path):
    return ProgrammeImporter(path).run(dry_run=True)


@pytest.mark.django_db
class TestUpdateReport:
    def test_the_report_lists_each_changed_field_before_and_after(self, programme, tmp_path):
        path = edited(
            tmp_path,
            **{
                "occ-001": {"notes_en": "A full room.", "time": "21:00"},
                "occ-002": {"venue": "Palais de Tokyo"},
            },
        )
        before = snapshot()
        report = preview(path)
        assert report.ok
        assert (report.created, report.updated, report.unchanged) == (0, 2, 3)
        changes = {change.external_id: change for change in report.changes}
        assert sorted(changes) == ["occ-001", "occ-002"]
        assert [(f.key, f.before, f.after) for f in changes["occ-001"].fields] == [
            ("time", "20:30", "21:00"),
            ("notes_en", "A packed room, with a debate after the film.", "A full room."),
        ]
        assert [(f.key, f.before, f.after) for f in changes["occ-002"].fields] == [
            ("venue", "La Clef", "Palais de Tokyo")
        ]
        assert changes["occ-001"].row == 6  # the export's rows are newest first
        assert snapshot() == before  # a check saves nothing

    def test_applying_then_importing_again_changes_nothing(self, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "A full room."}})
        report = ProgrammeImporter(path).run()
        assert report.updated == 1
        assert Screening.objects.get(external_id="occ-001").notes_en == "A full room."
        after = snapshot()
        again = ProgrammeImporter(path).run()
        assert (again.updated, again.unchanged, again.conflicts) == (0, 5, 0)
        assert snapshot() == after

    def test_new_rows_are_counted_beside_the_updates(self, programme, tmp_path):
        rows = exported()
        rows.append({**rows[0], "external_id": "new-1", "date": "1990-01-01", "notes_en": ""})
        report = preview(write_rows(tmp_path / "more.csv", rows))
        assert (report.created, report.updated, report.unchanged) == (1, 0, 5)
        assert report.changes == []

    def test_an_exported_filtered_listing_updates_only_its_events(self, programme, tmp_path):
        rows = exported(Screening.objects.filter(year=2022))
        assert {row["external_id"] for row in rows} == {"fest-001"}
        for row in rows:
            row["title_en"] = "Festival, day one"
        report = ProgrammeImporter(write_rows(tmp_path / "festival.csv", rows)).run()
        assert (report.updated, report.unchanged) == (1, 0)
        assert Screening.objects.get(external_id="fest-001").title_en == "Festival, day one"


@pytest.mark.django_db
class TestEmptyCells:
    def test_an_empty_cell_leaves_the_field_as_it_is(self, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "", "guests": "", "tags": ""}})
        before = snapshot()
        report = ProgrammeImporter(path).run()
        assert (report.updated, report.unchanged) == (0, 5)
        assert snapshot() == before

    def test_a_missing_column_leaves_the_field_as_it_is(self, programme, tmp_path):
        rows = [
            {"external_id": "occ-001", "date": "2019-05-02", "film_title": "Attica"},
        ]
        report = ProgrammeImporter(write_rows(tmp_path / "few.csv", rows)).run()
        assert (report.updated, report.unchanged) == (0, 1)
        assert Screening.objects.get(external_id="occ-001").notes_en.startswith("A packed room")

    @pytest.mark.parametrize("marker", ["[vide]", "[empty]", "[VIDE]", " [Empty] "])
    def test_the_marker_clears_the_field_in_either_language(self, programme, tmp_path, marker):
        path = edited(tmp_path, **{"occ-001": {"notes_en": marker, "tags": marker}})
        report = preview(path)
        [change] = report.changes
        assert [(f.key, f.after) for f in change.fields] == [("tags", ""), ("notes_en", "")]
        ProgrammeImporter(path).run()
        event = Screening.objects.get(external_id="occ-001")
        assert event.notes_en == ""
        assert list(event.tags.names()) == []

    def test_the_date_and_the_identifier_cannot_be_cleared(self, programme, tmp_path):
        path = edited(tmp_path, **{"occ-002": {"date": "[vide]"}})
        report = preview(path)
        assert not report.ok
        assert [str(error) for error in report.errors] == [
            "row 5, column date: cannot be cleared: an event always has its date",
            "row 5, column date: is empty; every event needs a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ]


def found(text):
    """The events the site search finds by `text`."""
    matches = Screening.objects.filter(id__in=matching_ids("archive.screening", text))
    return sorted(matches.values_list("external_id", flat=True))


def in_the_search(person):
    return SearchDocument.objects.filter(source=f"archive.person:{person.pk}").exists()


@pytest.mark.django_db
class TestTheSearchFollows:
    def test_an_applied_update_is_found_by_its_new_words(self, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "Wombats in the front row."}})
        ProgrammeImporter(path).run()
        assert found("wombats") == ["occ-001"]

    def test_a_check_leaves_the_search_as_it_was(self, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "Wombats in the front row."}})
        preview(path)
        assert found("wombats") == []
        assert found("packed") == ["occ-001"]

    def test_a_guest_an_update_takes_away_leaves_the_search(self, programme, tmp_path):
        guest = Person.objects.get(name="Ana Guest")
        assert in_the_search(guest)
        path = edited(tmp_path, **{"occ-001": {"guests": "Claire Denis (director)"}})
        ProgrammeImporter(path).run()
        assert not Person.objects.public().filter(pk=guest.pk).exists()
        assert not in_the_search(guest)
        assert in_the_search(Person.objects.get(name="Claire Denis"))


def save_in_the_admin(external_id, **fields):
    """An editor's later change: the event's updated_at moves past the export's time."""
    event = Screening.objects.get(external_id=external_id)
    for name, value in fields.items():
        setattr(event, name, value)
    event.save()


@pytest.mark.django_db
class TestConflicts:
    def test_a_change_made_in_the_archive_after_the_export_is_flagged_not_overwritten(
        self, programme, tmp_path
    ):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "From the spreadsheet."}})
        save_in_the_admin("occ-001", notes_en="From the admin.")
        report = ProgrammeImporter(path).run()
        [change] = report.changes
        assert change.conflict and not change.applied
        assert [(f.key, f.before, f.after) for f in change.fields] == [
            ("notes_en", "From the admin.", "From the spreadsheet.")
        ]
        assert (report.conflicts, report.updated, report.kept) == (1, 0, [6])
        assert Screening.objects.get(external_id="occ-001").notes_en == "From the admin."

    def test_the_editor_may_choose_to_overwrite(self, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "From the spreadsheet."}})
        save_in_the_admin("occ-001", notes_en="From the admin.")
        report = ProgrammeImporter(path).run(overwrite={"occ-001"})
        assert (report.conflicts, report.updated, report.kept) == (1, 1, [])
        assert Screening.objects.get(external_id="occ-001").notes_en == "From the spreadsheet."

    def test_an_event_saved_before_the_export_is_updated(self, programme, tmp_path):
        save_in_the_admin("occ-001", notes_en="From the admin.")
        path = edited(tmp_path, **{"occ-001": {"notes_en": "From the spreadsheet."}})
        report = ProgrammeImporter(path).run()
        assert (report.conflicts, report.updated) == (0, 1)

    def test_a_later_change_the_file_does_not_contradict_is_no_conflict(self, programme, tmp_path):
        path = edited(tmp_path)
        save_in_the_admin("occ-002", source="Corrected source")
        path = edited(tmp_path)  # re-exported: the file now holds the correction
        report = ProgrammeImporter(path).run()
        assert (report.conflicts, report.updated, report.unchanged) == (0, 0, 5)

    def test_an_export_time_that_is_not_one_is_an_error(self, programme, tmp_path):
        path = edited(tmp_path, **{"occ-002": {"exported_at": "yesterday"}})
        [error] = preview(path).errors
        assert (error.row, error.column) == (5, "exported_at")


@pytest.mark.django_db
class TestConfirmationAppliesWhatWasShown:
    def test_a_changed_archive_between_check_and_confirmation_is_refused(self, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "From the spreadsheet."}})
        plan = preview(path).digest
        Screening.objects.filter(external_id="occ-002").update(source="Changed meanwhile")
        with pytest.raises(PlanChanged):
            ProgrammeImporter(path).run(expected_plan=plan)
        assert Screening.objects.get(external_id="occ-001").notes_en.startswith("A packed")

    def test_the_same_file_and_archive_give_the_same_plan(self, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "New."}})
        rows = exported()
        rows.append({**rows[0], "external_id": "new-1", "film_title": "A new film"})
        more = write_rows(tmp_path / "more.csv", rows)
        assert preview(path).digest == preview(path).digest
        plan = preview(more).digest
        report = ProgrammeImporter(more).run(expected_plan=plan)
        assert report.created == 1


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", password="x")
    client.force_login(user)
    return client


def upload(client, path, name="programme.csv"):
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, path.read_bytes())})


def confirmation(response, **extra):
    return {
        "confirm": "1",
        **{name: response.context[name] for name in ("token", "sha256", "plan")},
        **extra,
    }


@pytest.mark.django_db
class TestAdminRoundTrip:
    def test_the_check_page_shows_counts_and_changes_grouped_by_event(
        self, editor, programme, tmp_path
    ):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "A full room.", "time": "21:00"}})
        page = parse(upload(editor, path))
        counts = [item.get_text(" ", strip=True) for item in page.select(".import-counts li")]
        assert counts[:3] == ["1 event updated", "0 new events", "4 unchanged"]
        [group] = page.select("table.import-changes tbody")
        assert "occ-001" in group.select_one("th[scope=rowgroup]").get_text()
        rows = [
            [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
            for row in group.select("tr")[1:]
        ]
        assert rows == [
            ["Time", "20:30", "21:00"],
            ["English notes", "A packed room, with a debate after the film.", "A full room."],
        ]
        assert page.find("button", attrs={"name": "confirm"})
        assert page.find("a", string="Cancel")
        assert "[vide]" in page.get_text() and "[empty]" in page.get_text()

    def test_field_names_are_in_the_editor_s_language(self, editor, programme, tmp_path):
        profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
        profile.preferred_language = "fr"
        profile.save()
        path = edited(tmp_path, **{"occ-001": {"notes_en": "A full room."}})
        page = parse(upload(editor, path))
        field = page.select("table.import-changes tbody tr")[1].th.get_text(strip=True)
        assert field == "Notes en anglais"

    def test_confirming_applies_the_changes(self, editor, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "A full room."}})
        response = editor.post(IMPORT_URL, confirmation(upload(editor, path)))
        assert response.status_code == 302
        assert Screening.objects.get(external_id="occ-001").notes_en == "A full room."

    def test_a_conflict_is_applied_only_when_ticked(self, editor, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "Spreadsheet."}})
        save_in_the_admin("occ-001", notes_en="Admin.")
        checked = upload(editor, path)
        page = parse(checked)
        assert page.select_one(".import-conflict")
        assert page.find("input", attrs={"name": "overwrite", "value": "occ-001"})
        editor.post(IMPORT_URL, confirmation(checked))
        assert Screening.objects.get(external_id="occ-001").notes_en == "Admin."
        checked = upload(editor, path)
        editor.post(IMPORT_URL, confirmation(checked, overwrite="occ-001"))
        assert Screening.objects.get(external_id="occ-001").notes_en == "Spreadsheet."

    def test_a_changed_archive_is_refused_and_the_new_plan_shown(self, editor, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "A full room."}})
        checked = upload(editor, path)
        Screening.objects.filter(external_id="occ-001").update(time=datetime.time(18))
        response = editor.post(IMPORT_URL, confirmation(checked))
        page = parse(response)
        assert "The archive changed since this file was checked" in page.get_text()
        assert Screening.objects.get(external_id="occ-001").notes_en.startswith("A packed")
        rows = [r.get_text(" ", strip=True) for r in page.select("table.import-changes tr")]
        assert "Time 18:00 20:30" in rows
        response = editor.post(IMPORT_URL, confirmation(response))  # the new plan
        assert response.status_code == 302
        assert Screening.objects.get(external_id="occ-001").notes_en == "A full room."

    def test_a_changed_file_is_refused(self, editor, programme, tmp_path):
        path = edited(tmp_path, **{"occ-001": {"notes_en": "A full room."}})
        checked = upload(editor, path)
        response = editor.post(IMPORT_URL, confirmation(checked, sha256="0" * 64), follow=True)
        assert "The file is not the one that was checked" in response.content.decode()
        assert Screening.objects.get(external_id="occ-001").notes_en.startswith("A packed")

    def test_errors_are_listed_by_row_and_column(self, editor, programme, tmp_path):
        path = edited(tmp_path, **{"occ-002": {"time": "late"}})
        page = parse(upload(editor, path))
        cells = [td.get_text(strip=True) for td in page.select("table.import-changes td")]
        assert cells[:2] == ["5", "time"]
        assert "'late' is not a time" in cells[2]

    def test_the_check_costs_the_same_queries_for_more_rows(
        self, editor, programme, tmp_path, settings
    ):
        """
        Batched: a fixed number of queries per chunk of 1,000 rows (here one chunk), whatever
        the number of rows changed or added. The search index is written at the commit, as in
        production, which a check never reaches.
        """
        settings.SEARCH_INDEX_ON_COMMIT = True

        def changed_file(name, changed, added):
            rows = exported()
            for row in rows:
                if row["external_id"] in changed:
                    row["notes_en"] = "Changed."
            rows += [
                {**rows[0], "external_id": f"new-{n}", "date": f"1990-01-{n:02d}"}
                for n in range(1, added + 1)
            ]
            return write_rows(tmp_path / name, rows)

        small = changed_file("small.csv", {"occ-001"}, 2)
        large = changed_file("large.csv", {"occ-001", "occ-002", "fest-001"}, 25)
        upload(editor, small)  # the admin's caches warmed up
        counts = []
        for path in (small, large):
            with CaptureQueriesContext(connection) as queries:
                response = upload(editor, path)
            assert response.context["report"].ok
            counts.append(len(queries))
        assert counts[0] == counts[1]


@pytest.mark.django_db
class TestAdminExport:
    def test_the_screenings_list_downloads_its_filtered_events_in_the_import_format(
        self, editor, programme
    ):
        response = editor.get("/admin/snippets/archive/screening/?event_type=festival&export=csv")
        text = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(text)))
        assert {row["external_id"] for row in rows} == {"fest-001"}
        assert [row["film_title"] for row in rows] == ["Attica", "Beau travail"]
        assert datetime.datetime.fromisoformat(rows[0]["exported_at"]) <= timezone.now()

    def test_an_xlsx_download_edited_and_uploaded_updates_the_events(
        self, editor, programme, tmp_path
    ):
        response = editor.get("/admin/snippets/archive/screening/?export=xlsx")
        workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        sheet = workbook.active
        header = [cell.value for cell in sheet[1]]
        assert header[-1] == "exported_at"
        for row in sheet.iter_rows(min_row=2):
            if row[0].value == "occ-002":
                cell = row[header.index("notes_fr")]
                cell.value = "=Connu au mois près"
                cell.data_type = "s"  # text, as a spreadsheet keeps a typed '=
        path = tmp_path / "edited.xlsx"
        workbook.save(path)
        checked = upload(editor, path, name="edited.xlsx")
        assert checked.context["report"].updated == 1
        editor.post(IMPORT_URL, confirmation(checked))
        assert Screening.objects.get(external_id="occ-002").notes == "=Connu au mois près"

    def test_a_file_that_is_not_a_workbook_is_refused(self, editor, programme, tmp_path):
        path = tmp_path / "fake.xlsx"
        path.write_bytes(b"not a workbook")
        html = upload(editor, path, name="fake.xlsx").content.decode()
        assert "not an XLSX workbook that can be read" in html

    def test_an_xlsx_file_of_one_s_own_imports(self, editor, db, tmp_path):
        workbook = Workbook()
        workbook.active.append(["date", "event_type", "title_fr"])
        workbook.active.append([datetime.datetime(1995, 3, 14), "performance", "Concert"])
        path = tmp_path / "own.xlsx"
        workbook.save(path)
        checked = upload(editor, path, name="own.xlsx")
        assert checked.context["report"].created == 1
        editor.post(IMPORT_URL, confirmation(checked))
        assert Screening.objects.get(title="Concert").date == datetime.date(1995, 3, 14)


@pytest.mark.django_db
class TestTheGuide:
    @pytest.mark.parametrize(
        ("language", "rule"),
        [("en", "An empty cell leaves the event's field as it is"), ("fr", "Une cellule vide")],
    )
    def test_the_columns_are_described_in_both_languages(self, editor, language, rule):
        response = editor.get(guide(language, "columns"))
        page = parse(response)
        assert page.html["lang"] == language
        assert rule in page.get_text()
        assert "[vide]" in page.get_text() and "[empty]" in page.get_text()
        columns = [code.get_text() for code in page.select("tbody th code")]
        assert columns[:3] == ["external_id", "date", "date_end"]
        assert "exported_at" in columns
        download = editor.get(guide(language, "columns") + "?download=1")
        assert "attachment" in download["Content-Disposition"]

    @pytest.mark.parametrize("language", ["fr", "en"])
    def test_the_template_states_the_rule_and_imports(self, editor, language, tmp_path):
        response = editor.get(guide(language, "template"))
        assert "attachment" in response["Content-Disposition"]
        text = response.content.decode()
        assert "[vide]" in text and "[empty]" in text
        path = tmp_path / "template.csv"
        path.write_text(text)
        report = ProgrammeImporter(path).run()
        assert report.ok, report.errors
        assert report.created == 2

    def test_the_import_page_links_to_the_guides_not_to_the_repository(self, editor):
        page = parse(editor.get(IMPORT_URL))
        links = {a["href"] for a in page.select(".import-downloads a")}
        for language in ("fr", "en"):
            assert guide(language, "columns") in links
            assert guide(language, "template") in links
        assert "docs/import-format.md" not in page.get_text()
        assert "[vide]" in page.get_text()

    def test_an_unknown_guide_is_not_found(self, editor):
        assert editor.get(guide("de", "columns"), follow=True).status_code == 404
        assert editor.get(guide("fr", "other"), follow=True).status_code == 404

    def test_people_who_may_not_import_see_no_guide(self, client, db):
        user = get_user_model().objects.create_user("reader", password="x", is_staff=True)
        client.force_login(user)
        assert client.get(guide("fr", "columns")).status_code in (302, 403)


@pytest.mark.django_db
def test_la_clef_s_own_programme_exports_and_imports_back_to_no_change(site_pages, tmp_path):
    """Its titles hold French no-break spaces ("de 6 h à 23 h"), which must survive the trip."""
    assert Screening.objects.filter(title__contains="\u00a0").exists()
    report = preview(write_rows(tmp_path / "la-clef.csv", exported()))
    assert report.ok
    assert (report.updated, report.created, report.changes) == (0, 0, [])
    assert report.unchanged == Screening.objects.count()
