"""Downloads of the listing: the import format, streamed, and importable back to no change."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.utils import translation

from archive.programme.format import COLUMNS
from archive.programme.models import Screening
from tests.paths import FIXTURES
from tests.programme.test_import_programme import GOOD, snapshot

EXPECTED = FIXTURES / "programme" / "expected"
EXPORTED_AT = "2026-01-01T12:00:00+00:00"


@pytest.fixture
def imported(site_pages, monkeypatch):
    """The fixture file's events, exported at a known time (the `exported_at` column)."""
    moment = datetime.datetime.fromisoformat(EXPORTED_AT)
    monkeypatch.setattr("archive.programme.exporting.timezone.now", lambda: moment)
    Screening.objects.all().delete()  # keep only the events of the fixture file
    call_command("import_programme", str(GOOD), "--no-progress", stdout=io.StringIO())
    return site_pages


def body(response):
    return b"".join(response.streaming_content).decode()


@pytest.mark.django_db
class TestExports:
    def test_csv_export_matches_the_expected_file(self, client, imported):
        response = client.get("/en/archive/?format=csv")
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert 'filename="la-clef-programme.csv"' in response["Content-Disposition"]
        assert body(response) == (EXPECTED / "export.csv").read_text()

    def test_json_export_matches_the_expected_file(self, client, imported):
        response = client.get("/fr/archives/?format=json")
        assert response["Content-Type"] == "application/json; charset=utf-8"
        data = json.loads(body(response))
        assert data == json.loads((EXPECTED / "export.json").read_text())
        assert all(list(row) == COLUMNS for row in data)

    def test_the_export_follows_the_filters(self, client, imported):
        rows = list(
            csv.DictReader(io.StringIO(body(client.get("/en/archive/?format=csv&year=2022"))))
        )
        assert [row["film_title"] for row in rows] == ["Attica", "Beau travail"]
        assert {row["external_id"] for row in rows} == {"fest-001"}

    def test_an_exported_file_imports_back_to_no_change(self, client, imported, tmp_path):
        before = snapshot()
        path = tmp_path / "export.csv"
        path.write_text(body(client.get("/en/archive/?format=csv")))
        out = io.StringIO()
        with translation.override("en"):
            call_command("import_programme", str(path), "--no-progress", stdout=out)
        assert "0 were created, 0 were updated, 5 unchanged" in out.getvalue()
        assert snapshot() == before

    def test_an_unknown_format_is_not_found(self, client, imported):
        assert client.get("/en/archive/?format=xml").status_code == 404
