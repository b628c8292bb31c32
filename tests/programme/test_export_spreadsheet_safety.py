"""
An exported CSV opens in a spreadsheet without running any cell as a formula (OWASP's CSV
injection advice), and imports back unchanged.
"""

import csv
import datetime
import io

import pytest
from django.core.management import call_command

from archive.factories import ScreeningFactory
from archive.programme.format import from_spreadsheet_cell, spreadsheet_cell
from archive.programme.models import Screening

FORMULAS = ["=1+1", "+33 1 43 37 90 77", "-5 spectateurs", "@SUM(A1)", "\tsous tabulation"]


@pytest.mark.parametrize("value", [*FORMULAS, "\rretour", "'=déjà marqué", "''", "'"])
def test_every_cell_reads_back_as_it_was_written(value):
    assert from_spreadsheet_cell(spreadsheet_cell(value)) == value


@pytest.mark.parametrize("value", FORMULAS)
def test_a_cell_a_spreadsheet_would_run_starts_with_an_apostrophe(value):
    assert spreadsheet_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Attica", "1973-06", "l'occupation", "'Round Midnight", ""])
def test_other_cells_are_written_as_they_are(value):
    assert spreadsheet_cell(value) == value
    assert from_spreadsheet_cell(value) == value


def exported_rows(client):
    response = client.get("/en/archive/?format=csv")
    text = b"".join(response.streaming_content).decode()
    return text, list(csv.DictReader(io.StringIO(text)))


@pytest.mark.django_db
class TestTheExport:
    def test_no_exported_cell_starts_a_formula(self, client, site_pages):
        Screening.objects.all().delete()
        ScreeningFactory(
            notes='=HYPERLINK("http://example.org")',
            title_en="+1 night",
            source="@source",
            external_id="x1",
        )
        _text, rows = exported_rows(client)
        assert rows
        for row in rows:
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
        assert rows[0]["notes_fr"] == '\'=HYPERLINK("http://example.org")'
        assert rows[0]["title_en"] == rows[0]["name_en"] == "'+1 night"

    def test_the_export_imports_back_unchanged(self, client, site_pages, tmp_path, monkeypatch):
        moment = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
        monkeypatch.setattr("archive.programme.exporting.timezone.now", lambda: moment)
        Screening.objects.all().delete()
        ScreeningFactory(
            notes="-5 spectateurs, =1+1",
            source="'=cité",
            external_id="x2",
            event_type="performance",
        )
        text, _rows = exported_rows(client)
        exported = tmp_path / "export.csv"
        exported.write_text(text)
        Screening.objects.all().delete()
        call_command("import_programme", str(exported), "--no-progress", stdout=io.StringIO())
        screening = Screening.objects.get(external_id="x2")
        assert screening.notes == "-5 spectateurs, =1+1"
        assert screening.source == "'=cité"
        assert exported_rows(client)[0] == text
