"""
Downloads of the programme: any filtered listing as CSV or JSON, in the import format, with
what the site calls each event (`name_fr`, `name_en`, which the importer skips).

The response is streamed row by row from a chunked query, so that exporting the whole archive
costs the same memory as exporting one page of it. An exported CSV imports back to no change,
and opens in a spreadsheet without running any cell as a formula (`format.spreadsheet_cell`).

The CSV says on every row when it was exported (`exported_at`), so that re-importing it after
editing it flags the events someone changed in the archive meanwhile instead of overwriting them.
"""

import csv
import io
import json
from collections import defaultdict

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from archive.programme.format import (
    COLUMNS,
    EXPORTED_AT_COLUMN,
    TEXT_LANGUAGES,
    format_guest,
    format_time,
    join_list,
    spreadsheet_cell,
)
from archive.programme.models import (
    FilmDirector,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
    event_name,
)
from base.dates import PartialDate

CHUNK_SIZE = 2000


EVENT_FIELDS = (
    "id",
    "external_id",
    "date",
    "date_precision",
    "date_end",
    "date_end_precision",
    "time",
    "event_type",
    "title",
    "title_en",
    "series__title",
    "venue__name",
    "venue__name_en",
    "notes",
    "notes_en",
    "source",
)


def _chunks(queryset):
    """The events' own columns, CHUNK_SIZE at a time, without building model instances."""
    chunk = []
    for values in queryset.values_list(*EVENT_FIELDS).iterator(chunk_size=CHUNK_SIZE):
        chunk.append(values)
        if len(chunk) == CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _grouped(queryset, key, *fields):
    grouped = defaultdict(list)
    for values in queryset.values_list(key, *fields):
        grouped[values[0]].append(values[1:])
    return grouped


def iter_rows(queryset):
    """Every row of the events in `queryset`: four queries per chunk of events."""
    directors = {}
    for chunk in _chunks(queryset):
        ids = [values[0] for values in chunk]
        films = _grouped(
            ScreeningFilm.objects.filter(screening_id__in=ids).order_by("sort_order", "id"),
            "screening_id",
            "film_id",
            "film__title",
            "film__original_title",
            "film__year",
            "film__countries",
        )
        film_ids = {film[0] for links in films.values() for film in links} - set(directors)
        names = _grouped(
            FilmDirector.objects.filter(film_id__in=film_ids).order_by("sort_order", "id"),
            "film_id",
            "person__name",
        )
        directors.update({pk: join_list(name for (name,) in names[pk]) for pk in film_ids})
        guests = _grouped(
            ScreeningGuest.objects.filter(screening_id__in=ids).order_by("sort_order", "id"),
            "screening_id",
            "person__name",
            "role",
        )
        tags = _grouped(
            ScreeningTag.objects.filter(content_object_id__in=ids), "content_object_id", "tag__name"
        )
        for (
            pk,
            external_id,
            date,
            precision,
            date_end,
            end_precision,
            time,
            event_type,
            title,
            title_en,
            series,
            venue,
            venue_en,
            notes,
            notes_en,
            source,
        ) in chunk:
            titles = [film[1] for film in films[pk]]
            venue_names = (venue, venue_en) if venue else None
            names = {
                language: event_name(title, title_en, titles, event_type, venue_names, language)
                for language in TEXT_LANGUAGES
            }
            common = {
                "external_id": external_id,
                "date": PartialDate(date, precision).isoformat(),
                "date_end": PartialDate(date_end, end_precision).isoformat() if date_end else "",
                "time": format_time(time),
                "event_type": event_type,
                "title_fr": title,
                "title_en": title_en,
                "series": series or "",
                "venue": venue or "",
                "guests": join_list(format_guest(name, role) for name, role in guests[pk]),
                "tags": join_list(sorted(name for (name,) in tags[pk])),
                "notes_fr": notes,
                "notes_en": notes_en,
                "source": source,
                "name_fr": names["fr"].text,
                "name_en": names["en"].text,
            }
            if not films[pk]:
                yield {**dict.fromkeys(COLUMNS, ""), **common}
            for film_id, title, original_title, year, countries in films[pk]:
                yield {
                    **common,
                    "film_title": title,
                    "original_title": original_title,
                    "director": directors[film_id],
                    "film_year": str(year or ""),
                    "country": countries,
                }


class _Echo:
    def write(self, value):
        return value


def csv_lines(queryset):
    exported_at = timezone.now().isoformat()
    writer = csv.DictWriter(_Echo(), fieldnames=[*COLUMNS, EXPORTED_AT_COLUMN], lineterminator="\n")
    yield writer.writeheader()
    for row in iter_rows(queryset):
        yield writer.writerow(
            {column: spreadsheet_cell(value) for column, value in row.items()}
            | {EXPORTED_AT_COLUMN: exported_at}
        )


def json_chunks(queryset):
    yield "[\n"
    first = True
    for row in iter_rows(queryset):
        yield ("" if first else ",\n") + json.dumps(
            {column: row[column] for column in COLUMNS}, ensure_ascii=False
        )
        first = False
    yield "\n]\n"


def xlsx_file(queryset):
    """
    The CSV's rows and columns as an XLSX workbook (the admin listing's download). Every cell is
    text, so that no spreadsheet runs one as a formula and dates keep their precision.
    """
    exported_at = timezone.now().isoformat()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("programme")
    sheet.append([*COLUMNS, EXPORTED_AT_COLUMN])
    for row in iter_rows(queryset):
        cells = []
        for value in [*(row[column] for column in COLUMNS), exported_at]:
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    output = io.BytesIO()
    workbook.save(output)
    output.seek(0)
    return output


def export_response(queryset, export_format, filename="la-clef-programme"):
    if export_format == "xlsx":
        return FileResponse(
            xlsx_file(queryset),
            as_attachment=True,
            filename=f"{filename}.xlsx",
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    if export_format == "json":
        response = StreamingHttpResponse(
            json_chunks(queryset), content_type="application/json; charset=utf-8"
        )
    else:
        response = StreamingHttpResponse(
            csv_lines(queryset), content_type="text/csv; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}.{export_format}"'
    return response
