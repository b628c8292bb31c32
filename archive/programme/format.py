"""
The programme spreadsheet format, shared by the importer and the exports.

One row per film shown at an event; an event that showed several films takes one row per film,
with the same `external_id`. Lists inside a cell are separated by semicolons. The columns are
documented in docs/import-format.md and, for editors, on the import page (`import_guide.py`).
"""

import re

COLUMNS = [
    "external_id",
    "date",
    "date_end",
    "time",
    "event_type",
    "title_fr",
    "title_en",
    "film_title",
    "original_title",
    "director",
    "film_year",
    "country",
    "series",
    "venue",
    "guests",
    "tags",
    "notes_fr",
    "notes_en",
    "source",
    "name_fr",
    "name_en",
]
# What the site calls each event in each language (`archive.programme.models.event_name`):
# written by the exports for their readers, and skipped by the importer, since it is made of
# the other columns.
NAME_COLUMNS = ["name_fr", "name_en"]
# The columns of files written before events had a title and notes in two languages: one
# `notes` column, in the language `language` gives (French when empty or absent).
SINGLE_LANGUAGE_COLUMNS = ["notes", "language"]
TEXT_LANGUAGES = ("fr", "en")
REQUIRED_COLUMNS = ["date"]
# When the file was exported (ISO 8601, with its offset): the CSV export writes it on every row,
# and the importer flags as a conflict any change to an event saved in the archive after it.
EXPORTED_AT_COLUMN = "exported_at"
# The rule for empty cells when a row updates an event: an empty cell (or a column the file does
# not have) leaves the field as it is; a cell holding one of these markers, in either language and
# in any case, clears it.
CLEAR_MARKERS = ("[vide]", "[empty]")
# A row whose first cell begins with this is a comment (the template's explanations): skipped.
COMMENT_MARK = "#"
LIST_SEPARATOR = ";"
GUEST_RE = re.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<role>[^()]*)\))?$")
# A cell that begins with one of these is run as a formula by spreadsheets (OWASP, "CSV
# Injection"): the export writes it after an apostrophe, which spreadsheets show as text, and the
# importer takes the apostrophe away again. A cell that itself begins with an apostrophe before
# one of these (or before another apostrophe) gets one more, so that the round trip is exact.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def is_clear_marker(value):
    return value.strip().casefold() in CLEAR_MARKERS


def split_list(value):
    """'Claire Denis; Alain Cavalier' -> ['Claire Denis', 'Alain Cavalier'], blanks dropped."""
    return [item.strip() for item in value.split(LIST_SEPARATOR) if item.strip()]


def join_list(items):
    return f"{LIST_SEPARATOR} ".join(items)


def parse_guest(text):
    """'Claire Denis (director)' -> ('Claire Denis', 'director'); no role -> (name, None)."""
    match = GUEST_RE.match(text.strip())
    if not match:
        return None
    return " ".join(match.group("name").split()), match.group("role")


def format_guest(name, role):
    return f"{name} ({role})"


def format_time(value):
    if value is None:
        return ""
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


def _is_marked(value):
    return value.startswith(TEXT_MARK) and value[1:2] in (*FORMULA_STARTS, TEXT_MARK)


def spreadsheet_cell(value):
    """A cell as the CSV export writes it: '=1+1' -> "'=1+1", so no spreadsheet runs it."""
    if value.startswith(FORMULA_STARTS) or _is_marked(value):
        return TEXT_MARK + value
    return value


def from_spreadsheet_cell(value):
    """A cell as the importer reads it: "'=1+1" -> '=1+1' (the inverse of `spreadsheet_cell`)."""
    return value[1:] if _is_marked(value) else value
