"""
A generated programme spreadsheet in the import format (docs/import-format.md), for the load
test's import and the test of an import killed half-way: `rows` events with one film each, their
identifiers marked `loadtest-`, spread over the years La Clef was open.
"""

import csv

COLUMNS = ["external_id", "date", "event_type", "film_title", "film_year", "venue", "notes_en"]


def write_programme_csv(path, rows, prefix="loadtest"):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for number in range(rows):
            year = 1973 + number % 50
            day = f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}"
            film = f"Generated film {number % 2000}"
            note = f"Generated for the load test, row {number}."
            key = f"{prefix}-{number:06d}"
            writer.writerow([key, day, "screening", film, 1950 + number % 70, "La Clef", note])
    return path
