"""`import_programme` and the admin upload: valid files, bad rows, re-imports, bad files."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import translation

from archive.programme.importing import ProgrammeImporter
from archive.programme.models import Film, Person, Screening, ScreeningGuest, Series, Venue
from base.dates import DatePrecision
from tests.paths import FIXTURES, PROJECT


@pytest.fixture(autouse=True)
def english(settings):
    """These tests read the admin's and the models' English wording."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


FIXTURES = FIXTURES / "programme"
GOOD = FIXTURES / "good.csv"


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_programme", str(path), "--no-progress", *args, stdout=out, stderr=err)
    return out.getvalue()


def snapshot():
    return sorted(
        (
            s.external_id,
            s.date.isoformat(),
            s.date_precision,
            str(s.time),
            s.date_end and s.date_end.isoformat(),
            s.date_end_precision,
            s.event_type,
            s.title,
            s.title_en,
            s.series_id,
            s.venue_id,
            s.notes,
            s.notes_en,
            s.source,
            tuple(s.film_links.values_list("film_id", flat=True)),
            tuple(s.guest_links.values_list("person_id", "role")),
            tuple(sorted(s.tags.names())),
        )
        for s in Screening.objects.all()
    )


def write(tmp_path, text, name="file.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.django_db
class TestGoodFile:
    def test_imports_every_event_with_its_records(self):
        output = run(GOOD)
        assert "6 rows, 5 events: 5 were created, 0 were updated, 0 unchanged" in output
        assert Screening.objects.count() == 5
        assert Film.objects.count() == 2
        assert set(Venue.objects.values_list("name", flat=True)) == {"La Clef", "Palais de Tokyo"}
        assert Series.objects.count() == 3

        talk = Screening.objects.get(external_id="occ-001")
        assert talk.partial_date.isoformat() == "2019-05-02"
        assert str(talk.time) == "20:30:00"
        assert talk.get_event_type_display() == "Director talk / Q&A"
        assert [link.film.title for link in talk.film_links.all()] == ["Attica"]
        guests = [(g.person.name, g.role) for g in talk.guest_links.order_by("sort_order")]
        assert guests == [("Claire Denis", "director"), ("Ana Guest", "guest")]
        assert sorted(talk.tags.names()) == ["occupation", "prison"]

        month = Screening.objects.get(external_id="occ-002")
        assert month.date_precision == DatePrecision.MONTH

    def test_rows_sharing_an_external_id_are_one_event_with_several_films(self):
        run(GOOD)
        festival = Screening.objects.get(external_id="fest-001")
        titles = [link.film.title for link in festival.film_links.order_by("sort_order")]
        assert titles == ["Attica", "Beau travail"]

    def test_films_and_people_are_matched_not_duplicated(self):
        run(GOOD)
        assert Person.objects.filter(name="Claire Denis").count() == 1
        denis = Person.objects.get(name="Claire Denis")
        assert set(denis.roles) == {"director"}
        assert list(Film.objects.get(title="Beau travail").directors.all()) == [denis]

    def test_reimport_changes_nothing(self):
        run(GOOD)
        before = snapshot()
        counts = [Film.objects.count(), Person.objects.count(), Series.objects.count()]
        output = run(GOOD)
        assert "0 were created, 0 were updated, 5 unchanged" in output
        assert snapshot() == before
        assert [Film.objects.count(), Person.objects.count(), Series.objects.count()] == counts

    def test_a_changed_row_updates_the_event_it_matches(self, tmp_path):
        run(GOOD)
        text = GOOD.read_text().replace("A packed room", "A full room")
        output = run(write(tmp_path, text))
        assert "0 were created, 1 was updated, 4 unchanged" in output
        assert Screening.objects.get(external_id="occ-001").notes_en.startswith("A full room")

    def test_a_reimport_never_overwrites_an_event_an_editor_changed(self, tmp_path):
        run(GOOD)
        editor = get_user_model().objects.create_superuser("curator", password="x")
        screening = Screening.objects.get(external_id="occ-001")
        screening.notes_en = "Corrected by the collective's archivist."
        screening.save()
        screening.save_revision(user=editor)
        text = GOOD.read_text().replace("A packed room", "A full room")

        output = run(write(tmp_path, text))

        screening.refresh_from_db()
        assert screening.notes_en == "Corrected by the collective's archivist."
        assert "1 kept as an editor changed it in the admin (row 2)" in output
        assert "0 were updated" in output

    def test_semicolon_separated_file(self, tmp_path):
        text = (
            "date;film_title;venue;guests\n"
            "2019-03-01;Attica;La Clef;Claire Denis (director); Yann Gonzalez\n"
        )
        # A guest list inside a semicolon file must be quoted.
        text = text.replace("Claire Denis (director); Yann Gonzalez", '"Claire Denis; Yann"')
        output = run(write(tmp_path, text))
        assert "1 was created" in output
        screening = Screening.objects.get()
        assert screening.venue.name == "La Clef"
        assert ScreeningGuest.objects.count() == 2

    def test_dry_run_saves_nothing_and_says_what_would_happen(self):
        output = run(GOOD, "--dry-run")
        assert "5 would be created" in output
        assert "Dry run: nothing was saved." in output
        assert Screening.objects.count() == 0
        assert Film.objects.count() == 0

    def test_rows_without_external_id_match_by_date_venue_and_film(self, tmp_path):
        path = write(tmp_path, "date,film_title,venue\n2019-03-01,Attica,La Clef\n")
        run(path)
        first = Screening.objects.get()
        assert first.external_id.startswith("lc-")
        output = run(path)
        assert "0 were created, 0 were updated, 1 unchanged" in output
        assert Screening.objects.get() == first


@pytest.mark.django_db
class TestLanguagesAndSpans:
    def test_titles_and_notes_in_both_languages(self):
        run(GOOD)
        festival = Screening.objects.get(external_id="fest-001")
        assert (festival.title, festival.title_en) == (
            "Premier jour du festival",
            "First day of the festival",
        )
        talk = Screening.objects.get(external_id="occ-001")
        assert (talk.title, talk.title_en) == ("", "")
        assert talk.notes == "Salle comble, avec un débat après le film."
        assert talk.notes_en == "A packed room, with a debate after the film."

    def test_a_span_keeps_both_ends_at_their_precision(self):
        run(GOOD)
        concerts = Screening.objects.get(event_type="performance")
        assert concerts.dates.isoformat() == "1995/1996"
        assert (concerts.date_end_precision, concerts.year) == (DatePrecision.YEAR, 1995)

    @pytest.mark.parametrize(
        ("language", "field"), [("", "notes"), ("fr", "notes"), ("en", "notes_en")]
    )
    def test_a_file_of_one_language_imports_its_notes_in_that_language(
        self, tmp_path, language, field
    ):
        """The files of before: one `notes` column, French unless the file says otherwise."""
        text = (
            "date,film_title,venue,notes,language\n"
            f'2019-03-01,Attica,La Clef,"Une salle comble, an old note",{language}\n'
        )
        run(write(tmp_path, text))
        screening = Screening.objects.get()
        assert getattr(screening, field) == "Une salle comble, an old note"
        other = "notes_en" if field == "notes" else "notes"
        assert getattr(screening, other) == ""

    def test_a_file_without_a_language_column_is_french(self, tmp_path):
        run(write(tmp_path, "date,film_title,notes\n2019-03-01,Attica,Une note\n"))
        assert Screening.objects.values_list("notes", "notes_en").get() == ("Une note", "")

    def test_an_event_the_sources_name_no_film_of_needs_a_title(self, tmp_path):
        text = (
            "external_id,date,event_type,title_fr,title_en,film_title\n"
            "a,2019,screening,Les projections du soir,,\n"
            "b,2019,open-air,,Open-air screenings,\n"
        )
        assert "2 were created" in run(write(tmp_path, text))
        assert Screening.objects.get(external_id="b").title_en == "Open-air screenings"

    def test_the_names_an_export_adds_are_not_imported(self, tmp_path):
        text = "date,event_type,venue,name_fr,name_en\n2019,performance,La Clef,Un nom,A name\n"
        run(write(tmp_path, text))
        assert Screening.objects.values_list("title", "title_en").get() == ("", "")

    @pytest.mark.parametrize(
        ("row", "message"),
        [
            ("2022-03,2022-02,", "row 2, column date_end: '2022-02' does not come after the date"),
            ("2022-03,2022,", "row 2, column date_end: '2022' does not come after the date"),
            (
                "2022-03,soon,",
                "row 2, column date_end: 'soon' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
            ),
            ("2022,,de", "row 2, column language: 'de' is not a language; write fr or en"),
        ],
    )
    def test_a_bad_span_or_language_is_reported(self, tmp_path, row, message):
        text = f"date,date_end,language,event_type,venue\n{row},festival,La Clef\n"
        report = ProgrammeImporter(write(tmp_path, text)).run()
        assert message in [str(error) for error in report.errors]
        assert Screening.objects.count() == 0

    def test_one_notes_column_and_notes_per_language_are_not_given_together(self, tmp_path):
        path = write(tmp_path, "date,film_title,notes,notes_en\n2019,Attica,a,b\n")
        with pytest.raises(CommandError, match="cannot be given together"):
            run(path)


@pytest.mark.django_db
def test_the_documentation_s_sample_file_imports():
    """docs/samples/programme-sample.csv: the loader's events as exported, and two examples."""
    report = ProgrammeImporter(PROJECT / "docs" / "samples" / "programme-sample.csv").run()
    assert report.ok, [str(error) for error in report.errors]
    assert report.events == 14 and report.created == 14


@pytest.mark.django_db
class TestBadFiles:
    BAD_ROWS = (
        "external_id,date,time,event_type,film_title,guests,film_year\n"
        "a,2019-13-01,,screening,Attica,,\n"
        "b,2019-05-01,25:00,concert,Attica,,\n"
        "c,2019-05,20:30,screening,,,\n"
        "d,2019-05-01,,screening,Attica,Claire Denis (dancer),19x4\n"
        "e,2019-05-02,,screening,Attica,,\n"
    )

    def test_bad_rows_import_nothing_and_every_error_is_listed(self, tmp_path):
        with pytest.raises(CommandError) as raised:
            out, err = io.StringIO(), io.StringIO()
            call_command(
                "import_programme",
                str(write(tmp_path, self.BAD_ROWS)),
                "--no-progress",
                stdout=out,
                stderr=err,
            )
        errors = err.getvalue()
        assert "nothing was imported" in str(raised.value)
        assert (
            "row 2, column date: '2019-13-01' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
            in errors
        )
        assert "row 3, column time: '25:00' is not a time" in errors
        assert "row 3, column event_type: 'concert' is not an event type" in errors
        assert "row 4, column time: a time needs a full date" in errors
        assert "row 4, column film_title: is empty; a screening event needs the film" in errors
        assert "row 5, column guests: 'dancer' (for Claire Denis) is not a role" in errors
        assert "row 5, column film_year: '19x4' is not a year" in errors
        assert "row 6" not in errors
        assert Screening.objects.count() == 0
        assert Film.objects.count() == 0

    def test_inconsistent_rows_of_one_event_are_an_error(self, tmp_path):
        text = "external_id,date,film_title\nx,2019-05-01,Attica\nx,2019-05-02,Beau travail\n"
        report = ProgrammeImporter(write(tmp_path, text)).run()
        assert [str(e) for e in report.errors] == [
            "row 3, column external_id: 'x' is also used by row 2 with other details; rows of "
            "one event may differ only in their film columns"
        ]

    def test_a_latin1_file_gives_a_clear_message(self, tmp_path):
        path = write(tmp_path, "date,film_title\n2019,Beau travail à Paris\n", encoding="latin-1")
        with pytest.raises(CommandError, match=r"The file is not UTF-8 text: line 2"):
            run(path)
        assert Screening.objects.count() == 0

    def test_unknown_columns_are_an_error(self, tmp_path):
        path = write(tmp_path, "date,film_title,rating\n2019,Attica,5\n")
        with pytest.raises(CommandError, match=r"unknown column: 'rating'"):
            run(path)

    def test_a_missing_date_column_is_an_error(self, tmp_path):
        path = write(tmp_path, "film_title,venue\nAttica,La Clef\n")
        with pytest.raises(CommandError, match=r"missing column: date"):
            run(path)

    def test_an_empty_file_is_an_error(self, tmp_path):
        with pytest.raises(CommandError, match="The file is empty"):
            run(write(tmp_path, ""))


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", password="x")
    client.force_login(user)
    return client


@pytest.mark.django_db
class TestAdminUpload:
    def upload(self, client, content, name="programme.csv"):
        return client.post(
            "/admin/archive/import/", {"file": SimpleUploadedFile(name, content, "text/csv")}
        )

    def test_upload_shows_the_check_then_imports_on_confirmation(self, admin_client):
        response = self.upload(admin_client, GOOD.read_bytes())
        html = response.content.decode()
        assert "What will change" in html
        assert "5 would be created" in html
        assert Screening.objects.count() == 0

        confirmation = {
            "confirm": "1",
            **{name: response.context[name] for name in ("token", "sha256", "plan")},
        }
        response = admin_client.post("/admin/archive/import/", confirmation)
        assert response.status_code == 302
        assert Screening.objects.count() == 5

    def test_upload_with_errors_lists_them_and_imports_nothing(self, admin_client):
        response = self.upload(admin_client, TestBadFiles.BAD_ROWS.encode())
        html = response.content.decode()
        assert "Nothing was imported" in html
        assert "&#x27;concert&#x27; is not an event type" in html
        assert Screening.objects.count() == 0

    def test_a_wrong_encoding_is_reported(self, admin_client):
        response = self.upload(admin_client, "date\n2019 à\n".encode("latin-1"))
        assert "The file is not UTF-8 text" in response.content.decode()

    def test_a_forged_token_imports_nothing(self, admin_client):
        response = admin_client.post("/admin/archive/import/", {"confirm": "1", "token": "abc"})
        assert response.status_code == 302
        assert Screening.objects.count() == 0


@pytest.mark.django_db
def test_an_import_gives_postgresql_s_planner_the_new_rows():
    """Planned from the statistics of an empty table, a filtered listing would read every event."""
    run(FIXTURES / "good.csv")
    imported = Screening.objects.count()
    assert imported > 0
    if connection.vendor == "postgresql":  # SQLite's planner keeps no statistics
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'archive_screening'")
            assert cursor.fetchone()[0] == imported
