"""
Reading what the site serves as a machine would: the JSON-LD of a page through extruct, a
manifest through the IIIF Presentation 3 JSON Schema, and the stored expected files.
"""

import json
import os
import re
from pathlib import Path

import extruct
from jsonschema import Draft7Validator

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = Path(__file__).resolve().parent / "expected"
IIIF_SCHEMA = json.loads((FIXTURES / "iiif" / "iiif_3_0.json").read_text())
# Volatile parts of addresses: the test server's host and the ids the database gave.
VOLATILE = [
    (re.compile(r"https?://testserver"), "http://HOST"),
    (re.compile(r"/(screenings|av|images|documents|interview|media|media-files)/\d+/"), r"/\1/ID/"),
    (re.compile(r"/interview-\d+/"), "/interview-N/"),
    (re.compile(r"/range/\d+"), "/range/ID"),
    (re.compile(r"/id/([a-z]+)/\d+\b"), r"/id/\1/ID"),
    (re.compile(r"/id/event/test-\d+"), "/id/event/test-N"),  # the factory's sequence
    (re.compile(r"/media-files/ID/[^\"]+"), "/media-files/ID/FILE"),
    (re.compile(r"/recordings/\d+/[^\"]+"), "/recordings/ID/FILE"),
]


def json_ld(response):
    """The JSON-LD items of a served page, as extruct (a common metadata extractor) reads them."""
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    return extruct.extract(html, base_url="http://testserver/", syntaxes=["json-ld"])["json-ld"]


def normalised(data):
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return json.loads(text)


def assert_expected(name, data):
    """
    `data`, normalised, equals tests/linked_data/expected/NAME.json. With UPDATE_EXPECTED=1 the
    file is written instead (then read it, and commit it only if it says what it should).
    """
    path = EXPECTED / f"{name}.json"
    data = normalised(data)
    if os.environ.get("UPDATE_EXPECTED") == "1":
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    assert data == json.loads(path.read_text())


def iiif_errors(manifest):
    """What the IIIF Presentation 3 schema (tests/fixtures/iiif/) finds wrong, as messages."""
    validator = Draft7Validator(IIIF_SCHEMA)
    return [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(manifest)]
