"""`manage.py read_leaflets FILE… [--json]`: leaflets read in batch."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from leaflets.models import Leaflet, Suggestion
from tests.leaflets.scan_files import pdf, zipped


@pytest.fixture
def scans(tmp_path, sample):
    path = tmp_path / "mars-1995.pdf"
    path.write_bytes(pdf(sample.image))
    return path


def read(*args):
    out = io.StringIO()
    call_command("read_leaflets", *map(str, args), stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_with_json_it_prints_the_text_and_rows_and_saves_nothing(scans, sample):
    answer = json.loads(read(scans, "--json", "--date", "1995-03-01"))
    assert [item["file"] for item in answer] == ["mars-1995.pdf"]
    assert sample.events[0].title in answer[0]["pages"][0]
    rows = answer[0]["rows"]
    assert [(row["date"], row["title"]) for row in rows] == [
        (event.date.isoformat(), event.title) for event in sample.events
    ]
    assert rows[0]["region"]["right"] > rows[0]["region"]["left"]
    assert rows[0]["page"] == 1 and 0 < rows[0]["confidence"] <= 1
    assert not Leaflet.objects.exists()


@pytest.mark.django_db
def test_without_json_it_saves_and_reads_each_scan_for_review(scans, sample):
    output = read(scans, "--date", "1995-03-01", "--access", "closed")
    leaflet = Leaflet.objects.get()
    assert output.strip() == f"mars-1995: Read, to be checked, {len(sample.events)} rows."
    assert leaflet.document.access_level == "closed"
    assert leaflet.state == "read"
    assert Suggestion.objects.count() == len(sample.events)


@pytest.mark.django_db
def test_a_bad_file_stops_it_before_anything_is_read(tmp_path, scans):
    bad = tmp_path / "box.zip"
    bad.write_bytes(zipped({"../outside.png": b"x"}))
    with pytest.raises(CommandError, match="has a path outside the ZIP's folder"):
        read(scans, bad)
    assert not Leaflet.objects.exists()
