"""
XLSX workbooks of the programme: the admin's listing exports one, and the import reads one by
turning its first sheet into the CSV the importer reads, so that both formats follow one set of
rules (docs/import-format.md).

Cells are read as values (a formula gives the value it last showed); a date or a number the
spreadsheet made of a cell is written back as the import format writes it. Each text is marked as
the CSV export marks it (`format.spreadsheet_cell`), so that the importer, which takes the mark
away, reads `=1+1` or `'=1+1` exactly as the workbook holds them.
"""

import csv
import datetime
import zipfile

from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from archive.programme.format import format_time, spreadsheet_cell

XLSX_SUFFIX = ".xlsx"


class SpreadsheetError(Exception):
    """The upload is not a workbook that can be read."""


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return format_time(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_to_csv(upload, path):
    """Write the first sheet of the workbook `upload` (a file object) as UTF-8 CSV at `path`."""
    try:
        workbook = load_workbook(upload, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise SpreadsheetError(
            _(
                "The file is not an XLSX workbook that can be read. Save it from your spreadsheet "
                "as “Excel 2007-365 (.xlsx)” or as “CSV UTF-8”, and upload it again."
            )
        ) from error
    try:
        with path.open("w", newline="", encoding="utf-8") as destination:
            writer = csv.writer(destination, lineterminator="\n")
            for values in workbook.worksheets[0].iter_rows(values_only=True):
                writer.writerow([spreadsheet_cell(cell_text(value)) for value in values])
    finally:
        workbook.close()
