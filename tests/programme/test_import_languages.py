"""
The programme import speaks the editor's language: a French editor reads the problems of a bad
file or a bad row, the "what will change" report and the summary in French (with French
typography), an English editor in English; the command speaks the active language.
"""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.users.models import UserProfile

from archive.programme.models import Screening
from tests.html import one, soup
from tests.programme.test_import_programme import GOOD, TestBadFiles
from tests.programme.test_import_roundtrip import confirmation, edited

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/archive/import/"
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(autouse=True)
def english_site(settings):
    """The site's default is English here, so that only the editor's choice makes French."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture(params=["fr", "en"])
def editor(request, client):
    """A client signed in as an editor whose admin is in French, then in English."""
    user = get_user_model().objects.create_superuser("editor", password="x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = request.param
    profile.save()
    client.force_login(user)
    client.language = request.param
    return client


def upload(client, content, name="programme.csv"):
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, content, "text/csv")})


def text(element):
    """An element's text, its runs of ASCII white space made one space: the no-break spaces of
    French typography stay (`tests.html.text` would make them ordinary spaces)."""
    return re.sub(r"[ \t\r\n]+", " ", element.get_text()).strip()


def texts(root, selector):
    return [text(element) for element in root.select(selector)]


def problem(page):
    return text(one(page, ".help-critical[role=alert]"))


EMPTY_FILE = {
    "fr": f"Le fichier est vide{NBSP}: sa première ligne doit nommer les colonnes.",
    "en": "The file is empty: the first row must name the columns.",
}
LATIN_1 = {
    "fr": f"Le fichier n’est pas du texte UTF-8{NBSP}: la ligne 2 contient un octet (0xe0)",
    "en": "The file is not UTF-8 text: line 2 has a byte (0xe0)",
}
UNKNOWN_COLUMN = {
    "fr": (
        f"La ligne d’en-tête n’est pas valable{NBSP}: colonne inconnue{NBSP}: "
        f"«{NNBSP}rating{NNBSP}» (les colonnes sont{NBSP}: external_id, date,"
    ),
    "en": "The header row is not valid: unknown column: 'rating' (the columns are: external_id,",
}


class TestABadFile:
    def test_a_file_without_a_header_is_explained_in_the_editor_s_language(self, editor):
        page = soup(upload(editor, b"\n\n"))
        assert problem(page) == EMPTY_FILE[editor.language]

    def test_a_wrong_encoding_is_explained_in_the_editor_s_language(self, editor):
        page = soup(upload(editor, "date\n2019 à\n".encode("latin-1")))
        assert problem(page).startswith(LATIN_1[editor.language])

    def test_a_bad_header_is_explained_in_the_editor_s_language(self, editor):
        page = soup(upload(editor, b"date,film_title,rating\n2019,Attica,5\n"))
        assert problem(page).startswith(UNKNOWN_COLUMN[editor.language])
        assert Screening.objects.count() == 0


BAD_ROWS = {
    "fr": [
        [
            "2",
            "date",
            f"«{NNBSP}2019-13-01{NNBSP}» n’est pas une date{NNBSP}; écrivez AAAA, "
            "AAAA-MM ou AAAA-MM-JJ",
        ],
        [
            "3",
            "time",
            f"«{NNBSP}25:00{NNBSP}» n’est pas une heure{NNBSP}; écrivez HH:MM, par exemple 20:30",
        ],
        [
            "3",
            "event_type",
            f"«{NNBSP}concert{NNBSP}» n’est pas un type d’événement{NNBSP}; "
            f"utilisez l’un de ceux-ci{NBSP}: screening,",
        ],
        ["4", "time", "une heure demande une date complète (AAAA-MM-JJ) dans la colonne date"],
        [
            "4",
            "film_title",
            f"est vide{NNBSP}; un événement de type screening a besoin du film projeté",
        ],
        ["5", "film_year", f"«{NNBSP}19x4{NNBSP}» n’est pas une année comme 1974"],
        [
            "5",
            "guests",
            f"«{NNBSP}dancer{NNBSP}» (pour Claire Denis) n’est pas un rôle{NNBSP}; "
            f"utilisez l’un de ceux-ci{NBSP}: director, guest,",
        ],
    ],
    "en": [
        ["2", "date", "'2019-13-01' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"],
        ["3", "time", "'25:00' is not a time; write HH:MM, e.g. 20:30"],
        ["3", "event_type", "'concert' is not an event type; use one of: screening,"],
        ["4", "time", "a time needs a full date (YYYY-MM-DD) in the date column"],
        ["4", "film_title", "is empty; a screening event needs the film shown"],
        ["5", "film_year", "'19x4' is not a year such as 1974"],
        ["5", "guests", "'dancer' (for Claire Denis) is not a role; use one of: director, guest,"],
    ],
}
NOTHING_IMPORTED = {
    "fr": "Rien n'a été importé 7 problèmes sur 5 lignes",
    "en": "Nothing was imported 7 problems in 5 rows",
}


class TestABadRow:
    def test_each_problem_is_explained_in_the_editor_s_language(self, editor):
        page = soup(upload(editor, TestBadFiles.BAD_ROWS.encode()))
        assert problem(page).startswith(NOTHING_IMPORTED[editor.language])
        problems = [texts(row, "td") for row in page.select("table.import-errors tbody tr")]
        expected = BAD_ROWS[editor.language]
        assert [cells[:2] for cells in problems] == [cells[:2] for cells in expected]
        for (_row, _column, message), (_r, _c, start) in zip(problems, expected, strict=True):
            assert message.startswith(start)
        assert Screening.objects.count() == 0

    def test_two_rows_of_one_event_that_differ_are_explained(self, editor):
        content = b"external_id,date,film_title\nx,2019-05-01,Attica\nx,2019-05-02,Beau travail\n"
        page = soup(upload(editor, content))
        [cells] = [texts(row, "td") for row in page.select("table.import-errors tbody tr")]
        expected = {
            "fr": f"«{NNBSP}x{NNBSP}» sert aussi à la ligne 2, avec d’autres détails{NNBSP};",
            "en": "'x' is also used by row 2 with other details;",
        }
        assert cells[:2] == ["3", "external_id"]
        assert cells[2].startswith(expected[editor.language])


REPORT = {
    "fr": {
        "counts": ["0 événement mis à jour", "5 nouveaux événements", "0 inchangé"],
        "summary": (
            f"6 lignes, 5 événements{NBSP}: 5 seraient créés, 0 serait mis à jour, 0 inchangé"
        ),
        "films": "2 nouveaux films",
        "dry_run": f"Simple vérification{NBSP}: rien n’a été enregistré.",
        "done": "5 ont été créés",
    },
    "en": {
        "counts": ["0 events updated", "5 new events", "0 unchanged"],
        "summary": "6 rows, 5 events: 5 would be created, 0 would be updated, 0 unchanged",
        "films": "2 new films",
        "dry_run": "Dry run: nothing was saved.",
        "done": "5 were created",
    },
}
CHANGES = {
    "fr": (["Champ", "Actuellement", "Après l’import"], ["Notes en anglais", "Heure"]),
    "en": (["Field", "Now", "After the import"], ["English notes", "Time"]),
}


class TestWhatWillChange:
    def test_the_check_of_new_events_is_reported_in_the_editor_s_language(self, editor):
        response = upload(editor, GOOD.read_bytes())
        page = soup(response)
        expected = REPORT[editor.language]
        assert texts(page, ".import-counts li")[:3] == expected["counts"]
        summary = text(page.select(".help-info p")[0])
        assert summary.startswith(expected["summary"])
        assert summary.endswith(expected["dry_run"])
        assert expected["films"] in summary

    def test_the_confirmation_says_what_was_done_in_the_editor_s_language(self, editor):
        checked = upload(editor, GOOD.read_bytes())
        page = soup(editor.post(IMPORT_URL, confirmation(checked), follow=True))
        assert REPORT[editor.language]["done"] in page.get_text()
        assert Screening.objects.count() == 5

    def test_each_changed_field_is_named_in_the_editor_s_language(self, editor, tmp_path):
        call_command("import_programme", str(GOOD), "--no-progress", stdout=io.StringIO())
        path = edited(tmp_path, **{"occ-001": {"notes_en": "A full room.", "time": "21:00"}})
        page = soup(upload(editor, path.read_bytes()))
        headings, fields = CHANGES[editor.language]
        assert texts(page, "table.import-changes thead th") == headings
        rows = page.select("table.import-changes tbody tr")[1:]
        assert sorted(text(row.th) for row in rows) == sorted(fields)


class TestTheCommand:
    def test_it_speaks_the_active_language(self, tmp_path):
        path = tmp_path / "bad.csv"
        path.write_text(TestBadFiles.BAD_ROWS)
        err = io.StringIO()
        with translation.override("fr"), pytest.raises(CommandError) as raised:
            call_command("import_programme", str(path), "--no-progress", stderr=err)
        assert str(raised.value) == (
            f"7 problèmes sur 5 lignes{NNBSP}; rien n’a été importé. Corrigez le fichier et "
            "importez-le à nouveau."
        )
        assert f"ligne 2, colonne date{NBSP}: «{NNBSP}2019-13-01{NNBSP}»" in err.getvalue()


GUIDES = {
    "fr": {
        "template": "modele-de-programme.csv",
        "comment": "# Les lignes qui commencent par # sont des explications",
        "columns": "colonnes-du-programme.html",
        "heading": "Les colonnes du tableur de programme",
    },
    "en": {
        "template": "programme-template.csv",
        "comment": "# Lines beginning with # are explanations: the import skips them.",
        "columns": "programme-columns.html",
        "heading": "The programme spreadsheet's columns",
    },
}


class TestTheDownloads:
    @pytest.mark.parametrize("language", ["fr", "en"])
    def test_the_template_and_the_columns_exist_in_each_language(self, editor, language):
        """Whatever the editor's own language, both languages' guides are offered."""
        page = soup(editor.get(IMPORT_URL))
        links = [a["href"] for a in page.select(f".import-downloads li[lang={language}] a")]
        expected = GUIDES[language]
        template = editor.get(links[2])
        assert expected["template"] in template["Content-Disposition"]
        assert template.content.decode().splitlines()[1].startswith(expected["comment"])
        columns = editor.get(links[1])
        assert expected["columns"] in columns["Content-Disposition"]
        assert text(one(soup(columns), "h1")) == expected["heading"]
