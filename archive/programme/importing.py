"""
Import a programme spreadsheet (CSV) into the archive.

The file is read twice, as a stream, so that memory stays flat however long it is:

1. every row is checked, and every problem is reported as "row N, column X: what is wrong";
   if there is a single problem, nothing is imported;
2. the rows are written in chunks with bulk queries, inside one transaction.

Rows are matched to events by `external_id`, or, when it is empty, by date, venue and film, so
that importing the same file again changes nothing. Rows that share an `external_id` are one
event that showed several films, one per row. Films, people, series, venues and tags named in a
row are matched by name (case and spacing ignored) or created; the importer never changes an
existing film, person, series or venue, except to add a role it saw a person in. When a row
differs from the event it matches, the event is updated to the row, unless an editor has
changed that event in the admin since: then the editor's version is kept, and the report names
the row ("kept: changed by an editor"). Check with a dry run first.

Titles and notes have a column per language (`title_fr`, `notes_en`...); a file written before
that, with one `notes` column, still imports, its notes in the language of its `language`
column, or French. The names the exports add (`name_fr`, `name_en`) are skipped: they are made
of the other columns.

Every message an editor reads (a row's problems, a file's, the summary) is gettext with named
placeholders, written in the language active when the import runs: the editor's, in the admin,
whose request the check and the confirmation run in; the row and column before a row's problem
are added when it is shown (`RowError.__str__`).
"""

import csv
import datetime
import hashlib
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, ngettext_lazy, pgettext
from taggit.models import Tag
from tqdm import tqdm
from wagtail.models import Revision

from archive.programme.changes import Labels, plain_state, record_change
from archive.programme.format import (
    COLUMNS,
    COMMENT_MARK,
    EXPORTED_AT_COLUMN,
    REQUIRED_COLUMNS,
    SINGLE_LANGUAGE_COLUMNS,
    TEXT_LANGUAGES,
    from_spreadsheet_cell,
    is_clear_marker,
    parse_guest,
    split_list,
)
from archive.programme.listing.cache import bump_programme_version
from archive.programme.listing.statistics import refresh_statistics
from archive.programme.models import (
    EventType,
    Film,
    FilmDirector,
    Person,
    Role,
    Screening,
    ScreeningFilm,
    ScreeningGuest,
    ScreeningTag,
    Series,
    Venue,
)
from archive.programme.models.base import unique_slug
from archive.programme.models.people import default_sort_name, person_name_key
from archive.programme.models.screenings import new_external_id
from base.dates import DatePrecision, PartialDate, check_span
from search import signals as search_index

CHUNK_SIZE = 1000
ASCII_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# An event's links, replaced on an update only when they change.
LINKS = ("films", "guests", "tags")
MAX_ERRORS = 500
EVENT_TYPES_WITH_FILM = {EventType.SCREENING, EventType.TALK, EventType.OPEN_AIR}
TEXT_LIMITS = {
    "external_id": 100,
    "title_fr": 255,
    "title_en": 255,
    "film_title": 255,
    "original_title": 255,
    "country": 255,
    "series": 255,
    "venue": 255,
}


READ_COLUMNS = COLUMNS + SINGLE_LANGUAGE_COLUMNS + [EXPORTED_AT_COLUMN]
# The columns a clear marker may not empty: an event always has a date and an identifier.
UNCLEARABLE = ("external_id", "date", EXPORTED_AT_COLUMN)
# The records an import may create, as the summary counts them (`ImportReport.new_records`).
NEW_RECORDS = {
    "films": ngettext_lazy("%(count)s new film", "%(count)s new films", "count"),
    "people": ngettext_lazy("%(count)s new person", "%(count)s new people", "count"),
    "series": ngettext_lazy("%(count)s new series", "%(count)s new series", "count"),
    "tags": ngettext_lazy("%(count)s new tag", "%(count)s new tags", "count"),
    "venues": ngettext_lazy("%(count)s new venue", "%(count)s new venues", "count"),
}


def quoted(value):
    """A cell's text inside a message, in the quotation marks of the active language."""
    return _("'%(value)s'") % {"value": value}


def joined(parts):
    """Parts of one sentence, separated by semicolons as the active language writes them."""
    return pgettext("between the parts of a sentence", "; ").join(parts)


class ImportFileError(Exception):
    """The file as a whole cannot be read: wrong encoding, missing or unknown columns."""


class PlanChanged(Exception):
    """
    What the import would do now is not what the editor was shown: the file or the archive
    changed between the check and the confirmation. Nothing was saved.
    """


@dataclass
class RowError:
    row: int
    column: str | None
    message: str

    def __str__(self):
        if self.column:
            return _("row %(row)s, column %(column)s: %(message)s") % {
                "row": self.row,
                "column": self.column,
                "message": self.message,
            }
        return _("row %(row)s: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class ImportReport:
    rows: int = 0
    events: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: list = field(default_factory=list)
    new_records: dict = field(default_factory=lambda: defaultdict(int))
    errors: list = field(default_factory=list)
    error_count: int = 0
    dry_run: bool = False
    delimiter: str = ","
    # Every event the file changes, field by field (RecordChange), in the file's order; conflicts
    # among them are changes to events saved in the archive after the export.
    changes: list = field(default_factory=list)
    conflicts: int = 0
    # A fingerprint of everything the import does, to confirm exactly what the check showed.
    plan: object = field(default_factory=hashlib.sha256)

    @property
    def digest(self):
        plan = self.plan.copy()
        plan.update(repr(sorted(self.new_records.items())).encode())
        return plan.hexdigest()

    @property
    def ok(self):
        return self.error_count == 0

    def add_error(self, row, column, message):
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(RowError(row, column, message))

    def summary(self):
        """What the import did (or would do), in a sentence or two of the active language."""
        rows = ngettext("%(count)s row", "%(count)s rows", self.rows) % {"count": self.rows}
        if not self.ok:
            problems = ngettext("%(count)s problem", "%(count)s problems", self.error_count) % {
                "count": self.error_count
            }
            return _(
                "%(problems)s in %(rows)s; nothing was imported. Correct the file and import it "
                "again."
            ) % {"problems": problems, "rows": rows}
        if self.dry_run:
            created = ngettext(
                "%(count)s would be created", "%(count)s would be created", self.created
            )
            updated = ngettext(
                "%(count)s would be updated", "%(count)s would be updated", self.updated
            )
        else:
            created = ngettext("%(count)s was created", "%(count)s were created", self.created)
            updated = ngettext("%(count)s was updated", "%(count)s were updated", self.updated)
        events = ngettext("%(count)s event", "%(count)s events", self.events)
        unchanged = ngettext("%(count)s unchanged", "%(count)s unchanged", self.unchanged)
        parts = [
            _("%(rows)s, %(events)s: %(created)s, %(updated)s, %(unchanged)s")
            % {
                "rows": rows,
                "events": events % {"count": self.events},
                "created": created % {"count": self.created},
                "updated": updated % {"count": self.updated},
                "unchanged": unchanged % {"count": self.unchanged},
            }
        ]
        if self.kept:
            parts.append(
                ngettext(
                    "%(count)s kept as an editor changed it in the admin (row %(rows)s)",
                    "%(count)s kept as an editor changed them in the admin (rows %(rows)s)",
                    len(self.kept),
                )
                % {
                    "count": len(self.kept),
                    "rows": ", ".join(str(number) for number in self.kept[:20])
                    + ("…" if len(self.kept) > 20 else ""),
                }
            )
        records = [
            NEW_RECORDS[name] % {"count": count}
            for name, count in sorted(self.new_records.items())
            if count
        ]
        if records:
            parts.append(", ".join(records))
        text = joined(parts) + "."
        if self.dry_run:
            text += " " + _("Dry run: nothing was saved.")
        return text


@dataclass
class ParsedRow:
    number: int
    external_id: str
    date: PartialDate
    date_end: PartialDate | None
    time: datetime.time | None
    event_type: str
    titles: tuple  # (French, English)
    film: tuple | None
    series: str
    venue: str
    guests: list
    tags: list
    notes: tuple  # (French, English)
    source: str
    # The event's fields this row leaves as they are (empty cells), when it updates an event.
    keep: frozenset = frozenset()
    exported_at: datetime.datetime | None = None

    @property
    def auto_key(self):
        film_title = _norm(self.film[0]) if self.film else ""
        return ("auto", self.date.isoformat(), _norm(self.venue), film_title)


def derived_external_id(row):
    """A stable identifier for a row without one, made from its date, venue and film."""
    digest = hashlib.sha256("|".join(row.auto_key).encode()).hexdigest()
    return f"lc-{digest[:12]}"


def _role_order(role):
    return Role.values.index(role) if role in Role.values else len(Role.values)


def collapse_spaces(text):
    """
    Runs of spaces, tabs and line breaks made one space. No-break spaces are kept: French
    typography puts them in titles ("de 6 h à 23 h"), and an exported title must import back.
    """
    return ASCII_SPACES.sub(" ", text).strip(" ")


def _norm(text):
    return " ".join(text.split()).casefold()


def decoded_lines(path):
    """The file's lines as text, saying on which line it stops being UTF-8."""
    with open(path, "rb") as binary:
        for line_number, line in enumerate(binary, start=1):
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as error:
                raise ImportFileError(_encoding_message(error, line_number)) from error
            yield text.removeprefix("\ufeff") if line_number == 1 else text


def read_header(path):
    """(columns, delimiter) of the file, or ImportFileError saying what is wrong."""
    first_line = next(decoded_lines(path), "")
    if not first_line.strip():
        raise ImportFileError(_("The file is empty: the first row must name the columns."))
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    header = [name.strip().lower() for name in next(csv.reader([first_line], delimiter=delimiter))]
    unknown = [name for name in header if name not in READ_COLUMNS]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    repeated = sorted({name for name in header if header.count(name) > 1})
    both = "notes" in header and {"notes_fr", "notes_en"} & set(header)
    problems = []
    if unknown:
        problems.append(
            ngettext(
                "unknown column: %(names)s (the columns are: %(columns)s)",
                "unknown columns: %(names)s (the columns are: %(columns)s)",
                len(unknown),
            )
            % {"names": ", ".join(quoted(name) for name in unknown), "columns": ", ".join(COLUMNS)}
        )
    if missing:
        problems.append(
            ngettext("missing column: %(names)s", "missing columns: %(names)s", len(missing))
            % {"names": ", ".join(missing)}
        )
    if repeated:
        problems.append(
            ngettext(
                "column given twice: %(names)s", "columns given twice: %(names)s", len(repeated)
            )
            % {"names": ", ".join(repeated)}
        )
    if both:
        problems.append(
            _(
                "notes (one language, the language column's) and notes_fr / notes_en cannot be "
                "given together; use notes_fr and notes_en"
            )
        )
    if problems:
        raise ImportFileError(
            _("The header row is not valid: %(problems)s.") % {"problems": joined(problems)}
        )
    return header, delimiter


def _encoding_message(error, line):
    return _(
        "The file is not UTF-8 text: line %(line)s has a byte (%(byte)s) that UTF-8 cannot "
        "read. It was probably saved as Latin-1 or Windows-1252: save it as “CSV UTF-8” from "
        "your spreadsheet and import it again."
    ) % {"line": line, "byte": f"{error.object[error.start]:#04x}"}


def iter_rows(path, delimiter):
    """
    (row number, cells) for every data row that is neither blank nor a comment (a first cell
    beginning with #, as the template's explanations do); the header is row 1.
    """
    reader = csv.reader(decoded_lines(path), delimiter=delimiter)
    next(reader)
    for number, cells in enumerate(reader, start=2):
        if cells and cells[0].lstrip().startswith(COMMENT_MARK):
            continue
        if any(cell.strip() for cell in cells):
            yield number, cells


def kept_fields(values, cleared):
    """
    The event's fields a row leaves as they are: those whose cells are all empty (or absent
    from the file) and not cleared with a marker (`format.CLEAR_MARKERS`).
    """
    language = values["language"].lower() or "fr"
    sources = {
        "date_end": ["date_end"],
        "time": ["time"],
        "event_type": ["event_type"],
        "title": ["title_fr"],
        "title_en": ["title_en"],
        "series": ["series"],
        "venue": ["venue"],
        "notes": ["notes_fr"] + (["notes"] if language == "fr" else []),
        "notes_en": ["notes_en"] + (["notes"] if language == "en" else []),
        "source": ["source"],
        "films": ["film_title"],
        "guests": ["guests"],
        "tags": ["tags"],
    }
    return frozenset(
        key
        for key, columns in sources.items()
        if all(not values[column] and column not in cleared for column in columns)
    )


def parse_exported_at(values, error):
    """When the file was exported, or None for a file of one's own."""
    text = values[EXPORTED_AT_COLUMN]
    if not text:
        return None
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        error(
            EXPORTED_AT_COLUMN,
            _(
                "%(value)s is not the time of an export; leave the cell as the export wrote it "
                "(e.g. 2024-03-01T10:00:00+00:00) or empty it in every row"
            )
            % {"value": quoted(text)},
        )
        return None
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


# Each column's check in pass 1: the value read, after `error(column, message)` for each problem.


def check_lengths(values, error):
    for column, limit in TEXT_LIMITS.items():
        if len(values[column]) > limit:
            error(
                column,
                _("is %(length)s characters long; the limit is %(limit)s")
                % {"length": len(values[column]), "limit": limit},
            )


def not_a_date(text):
    return _("%(value)s is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") % {"value": quoted(text)}


def parse_date(values, error):
    if not values["date"]:
        error("date", _("is empty; every event needs a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
        return None
    try:
        return PartialDate.parse(values["date"])
    except ValueError:
        error("date", not_a_date(values["date"]))
        return None


def parse_date_end(values, date, error):
    """The end of a span, or None for a single date."""
    if not values["date_end"]:
        return None
    try:
        end = PartialDate.parse(values["date_end"])
    except ValueError:
        error("date_end", not_a_date(values["date_end"]))
        return None
    if date:
        try:
            check_span(date, end)
        except ValueError:
            error(
                "date_end",
                _("%(value)s does not come after the date") % {"value": quoted(values["date_end"])},
            )
    return end


def parse_texts(values, error):
    """
    ((French, English) titles, (French, English) notes). A file of one language (a single
    `notes` column) gives its notes in the language its `language` column says, French if none.
    """
    language = values["language"].lower() or "fr"
    if language not in TEXT_LANGUAGES:
        error(
            "language",
            _("%(value)s is not a language; write fr or en")
            % {"value": quoted(values["language"])},
        )
    notes = {code: values[f"notes_{code}"] for code in TEXT_LANGUAGES}
    if values["notes"]:
        notes[language] = values["notes"]
    return (values["title_fr"], values["title_en"]), (notes["fr"], notes["en"])


def parse_time(values, date, error):
    if not values["time"]:
        return None
    time = None
    try:
        time = datetime.time.fromisoformat(values["time"])
    except ValueError:
        error(
            "time",
            _("%(value)s is not a time; write HH:MM, e.g. 20:30")
            % {"value": quoted(values["time"])},
        )
    if date and date.precision != DatePrecision.DAY:
        error("time", _("a time needs a full date (YYYY-MM-DD) in the date column"))
    return time


def parse_event_type(values, error):
    event_type = values["event_type"].lower() or EventType.SCREENING
    if event_type not in EventType.values:
        error(
            "event_type",
            _("%(value)s is not an event type; use one of: %(types)s")
            % {"value": quoted(values["event_type"]), "types": ", ".join(EventType.values)},
        )
    return event_type


def parse_film(values, event_type, error):
    """
    (title, original title, directors, year, country), or None for an event without a film: a
    screening needs its film, or a title of its own when the sources name no film.
    """
    if not values["film_title"]:
        if event_type in EVENT_TYPES_WITH_FILM and not (values["title_fr"] or values["title_en"]):
            error(
                "film_title",
                _(
                    "is empty; a %(event_type)s event needs the film shown, or a title "
                    "(title_fr, title_en) when the sources name no film"
                )
                % {"event_type": event_type},
            )
        for column in ("original_title", "director", "film_year", "country"):
            if values[column]:
                error(column, _("is filled in but film_title is empty"))
        return None
    year = None
    if values["film_year"]:
        try:
            year = int(values["film_year"])
            if not 1870 <= year <= 2100:
                raise ValueError
        except ValueError:
            error(
                "film_year",
                _("%(value)s is not a year such as 1974") % {"value": quoted(values["film_year"])},
            )
    return (
        collapse_spaces(values["film_title"]),
        values["original_title"],
        tuple(split_list(values["director"])),
        year,
        values["country"],
    )


def parse_guests(text, error):
    """[(name, role)] of the guests cell, 'Name (role); Name'."""
    guests = []
    for item in split_list(text):
        parsed = parse_guest(item)
        if parsed is None:
            error(
                "guests",
                _("%(value)s is not a name with an optional role in brackets")
                % {"value": quoted(item)},
            )
            continue
        name, role_text = parsed
        role = Role.from_text(role_text) if role_text else Role.GUEST
        if role is None:
            error(
                "guests",
                _("%(role)s (for %(name)s) is not a role; use one of: %(roles)s")
                % {"role": quoted(role_text), "name": name, "roles": ", ".join(Role.values)},
            )
            continue
        guests.append((name, role.value))
    return guests


def parse_tags(text, error):
    tags = split_list(text)
    for tag in tags:
        if len(tag) > 100 or not slugify(tag, allow_unicode=True):
            error(
                "tags",
                _("%(value)s cannot be a tag (too long, or no letters or digits)")
                % {"value": quoted(tag)},
            )
    return tags


class ProgrammeImporter:
    def __init__(self, path, *, progress=False, stream=None):
        self.path = path
        self.progress = progress
        self.stream = stream or sys.stderr
        self.header, self.delimiter = read_header(path)

    # Pass 1: validation ----------------------------------------------------------------------

    def parse(self, number, cells, report):
        """A ParsedRow, or None after adding the row's problems to the report."""
        if len(cells) != len(self.header):
            report.add_error(
                number,
                None,
                ngettext(
                    "has %(cells)s cell but the header names %(columns)s columns",
                    "has %(cells)s cells but the header names %(columns)s columns",
                    len(cells),
                )
                % {"cells": len(cells), "columns": len(self.header)},
            )
            return None
        values = dict.fromkeys(READ_COLUMNS, "")
        cells = {
            name: from_spreadsheet_cell(cell.strip())
            for name, cell in zip(self.header, cells, strict=True)
        }
        cleared = {name for name, cell in cells.items() if is_clear_marker(cell)}
        values.update({name: "" if name in cleared else cell for name, cell in cells.items()})
        errors_before = report.error_count

        def error(column, message):
            report.add_error(number, column, message)

        for column in cleared.intersection(UNCLEARABLE):
            error(
                column,
                _("cannot be cleared: an event always has its %(column)s") % {"column": column},
            )

        check_lengths(values, error)
        date = parse_date(values, error)
        date_end = parse_date_end(values, date, error)
        time = parse_time(values, date, error)
        titles, notes = parse_texts(values, error)
        event_type = parse_event_type(values, error)
        film = parse_film(values, event_type, error)
        guests = parse_guests(values["guests"], error)
        tags = parse_tags(values["tags"], error)
        exported_at = parse_exported_at(values, error)

        if report.error_count > errors_before:
            return None
        return ParsedRow(
            number=number,
            external_id=values["external_id"],
            date=date,
            date_end=date_end,
            time=time,
            event_type=event_type,
            titles=tuple(collapse_spaces(title) for title in titles),
            film=film,
            series=collapse_spaces(values["series"]),
            venue=collapse_spaces(values["venue"]),
            guests=guests,
            tags=tags,
            notes=notes,
            source=values["source"],
            keep=kept_fields(values, cleared),
            exported_at=exported_at,
        )

    def validate(self, report):
        """Check every row; return {event key: number of rows} for the write pass."""
        groups = {}
        films = FilmIndex()
        bar = self._bar("Checking")
        for number, cells in iter_rows(self.path, self.delimiter):
            report.rows += 1
            bar.update()
            row = self.parse(number, cells, report)
            if row is None:
                continue
            if row.film:
                problem = films.check(row.film[0], row.film[3])
                if problem:
                    report.add_error(number, "film_year", problem)
            key = ("id", row.external_id) if row.external_id else row.auto_key
            common = hash(
                (
                    row.date,
                    row.date_end,
                    row.time,
                    row.event_type,
                    row.titles,
                    _norm(row.series),
                    _norm(row.venue),
                    tuple(row.guests),
                    tuple(sorted(row.tags)),
                    row.notes,
                    row.source,
                    row.keep - {"films"},
                    row.exported_at,
                )
            )
            if key not in groups:
                groups[key] = [number, common, 1]
                continue
            first, first_common, count = groups[key]
            if key[0] == "auto":
                report.add_error(
                    number,
                    None,
                    _(
                        "repeats row %(first)s (same date, venue and film); give the rows an "
                        "external_id if they are different events"
                    )
                    % {"first": first},
                )
            elif common != first_common:
                report.add_error(
                    number,
                    "external_id",
                    _(
                        "%(value)s is also used by row %(first)s with other details; rows of one "
                        "event may differ only in their film columns"
                    )
                    % {"value": quoted(row.external_id), "first": first},
                )
            groups[key][2] = count + 1
        bar.close()
        report.events = len(groups)
        return {key: value[2] for key, value in groups.items() if value[2] > 1}

    # Pass 2: writing -------------------------------------------------------------------------

    def run(self, *, dry_run=False, overwrite=(), expected_plan=None):
        """
        Check the file, then write it in one transaction (rolled back for a dry run). The
        events in conflict whose external_id is in `overwrite` take the file's values. With
        `expected_plan` (the `digest` of the check the editor read), PlanChanged is raised and
        nothing is saved unless the import does exactly what that check said.
        """
        report = ImportReport(dry_run=dry_run, delimiter=self.delimiter)
        multi_row = self.validate(report)
        if not report.ok:
            return report
        with transaction.atomic():
            writer = Writer(report, overwrite=set(overwrite))
            bar = self._bar("Importing", total=report.rows)
            pending = {}
            chunk = []
            for number, cells in iter_rows(self.path, self.delimiter):
                bar.update()
                row = self.parse(number, cells, report)
                key = ("id", row.external_id) if row.external_id else row.auto_key
                if key in multi_row:
                    pending.setdefault(key, []).append(row)
                    if len(pending[key]) < multi_row[key]:
                        continue
                    chunk.append(pending.pop(key))
                else:
                    chunk.append([row])
                if len(chunk) >= CHUNK_SIZE:
                    writer.write(chunk)
                    chunk = []
            if chunk:
                writer.write(chunk)
            bar.close()
            if expected_plan is not None and report.digest != expected_plan:
                raise PlanChanged
            if dry_run:
                transaction.set_rollback(True)
            else:
                for label, pks in writer.to_index.items():
                    search_index.schedule(label, pks)
        if not dry_run:
            bump_programme_version()
            refresh_statistics()
        return report

    def _bar(self, label, total=None):
        return tqdm(
            total=total,
            desc=label,
            unit=" rows",
            file=self.stream,
            disable=not self.progress,
            mininterval=0.5,
        )


class FilmIndex:
    """Films by normalised title, to match rows to films and spot ambiguous titles."""

    def __init__(self):
        self.by_title = defaultdict(dict)
        self.titles = {}
        for pk, title, year in Film.objects.values_list("pk", "title", "year").iterator():
            self.by_title[_norm(title)].setdefault(year, pk)
            self.titles[pk] = title

    def check(self, title, year):
        if year is not None:
            return None
        years = self.by_title.get(_norm(title), {})
        if len(years) > 1 and None not in years:
            return _("several films are called %(title)s (%(years)s); give the film's year") % {
                "title": quoted(title),
                "years": ", ".join(str(y) for y in sorted(years)),
            }
        return None

    def find(self, title, year):
        years = self.by_title.get(_norm(title), {})
        if year is not None:
            return years.get(year)
        if None in years:
            return years[None]
        if len(years) == 1:
            return next(iter(years.values()))
        return None

    def add(self, pk, title, year):
        self.by_title[_norm(title)].setdefault(year, pk)
        self.titles[pk] = title


class Writer:
    """
    Matches and writes chunks of events with a fixed number of queries per chunk.

    An update writes only the fields that change, and replaces an event's links without
    Django's per-object delete signals: what those would do (reindex the event and the people it
    linked, make cached pages and counts stale) the import does once, for all its events. The
    records to reindex are collected (`to_index`) and scheduled by the run once its writes are
    final, so that a dry run or a refused plan, rolled back, leaves nothing to reindex.
    """

    def __init__(self, report, overwrite=frozenset()):
        self.report = report
        self.overwrite = overwrite
        self.to_index = defaultdict(set)
        self.films = FilmIndex()
        self.people = {}  # person_name_key(name) -> pk
        self.person_roles = {}
        for key, (pk, roles) in Person.objects.by_name_key("roles").items():
            self.people[key] = pk
            self.person_roles[pk] = set(roles or [])
        self.labels = Labels(films=self.films.titles)
        self.labels.people = dict(Person.objects.values_list("pk", "name").iterator())
        self.series = self._names(Series, self.labels.series, "title", "title_en")
        self.venues = self._names(Venue, self.labels.venues, "name", "name_en")
        self.labels.tags = dict(Tag.objects.values_list("pk", "name"))
        self.tags = {_norm(name): pk for pk, name in self.labels.tags.items()}
        self.slugs = {
            model: set(model.objects.values_list("slug", flat=True))
            for model in (Film, Person, Series, Venue, Tag)
        }

    @staticmethod
    def _names(model, labels, *fields):
        names = {}
        for values in model.objects.order_by("pk").values_list("pk", *fields):
            labels[values[0]] = values[1]
            for name in values[1:]:
                if name:
                    names.setdefault(_norm(name), values[0])
        return names

    # Records named in rows ---------------------------------------------------------------------

    def _create(self, model, objects, label):
        created = model.objects.bulk_create(objects)
        self.report.new_records[label] += len(created)
        self.to_index[model._meta.label_lower].update(record.pk for record in created)
        return created

    def resolve(self, groups):
        """Find or create the people, films, series, venues and tags the chunk names."""
        rows = [row for group in groups for row in group]
        self.new_names = {}
        self._resolve_people(rows)
        self._resolve_films(rows)
        for row in rows:
            for name, role in row.guests:
                self._add_role(self.people[person_name_key(name)], role)
        self._resolve_names(rows, "series", self.series, Series, "title", "series")
        self._resolve_names(rows, "venue", self.venues, Venue, "name", "venues")
        self.labels.series.update({pk: name for name, pk in self.new_names["series"]})
        self.labels.venues.update({pk: name for name, pk in self.new_names["venue"]})
        self._resolve_tags(rows)

    def _resolve_people(self, rows):
        """The guests, and the directors of the films to be created (`person_name_key`)."""
        new_people = {}
        for row in rows:
            names = [name for name, _role in row.guests]
            if row.film and self.films.find(row.film[0], row.film[3]) is None:
                names += row.film[2]
            for name in names:
                key = person_name_key(name)
                if key not in self.people and key not in new_people:
                    new_people[key] = Person(
                        name=name,
                        sort_name=default_sort_name(name),
                        slug=unique_slug(name, self.slugs[Person], "person"),
                        roles=[],
                    )
        for person in self._create(Person, list(new_people.values()), "people"):
            self.people[person_name_key(person.name)] = person.pk
            self.labels.people[person.pk] = person.name
            self.person_roles[person.pk] = set()

    def _resolve_films(self, rows):
        """The films not found, created with their directors (found or created already)."""
        new_films = {}
        for row in rows:
            if row.film and self.films.find(row.film[0], row.film[3]) is None:
                title, original, directors, year, country = row.film
                key = (_norm(title), year)
                if key not in new_films:
                    new_films[key] = (
                        Film(
                            title=title,
                            original_title=original,
                            year=year,
                            countries=country,
                            slug=unique_slug(
                                f"{title} {year}" if year else title, self.slugs[Film], "film"
                            ),
                        ),
                        directors,
                    )
        created = self._create(Film, [film for film, _d in new_films.values()], "films")
        links = []
        for film, (_film, directors) in zip(created, new_films.values(), strict=True):
            self.films.add(film.pk, film.title, film.year)
            for order, name in enumerate(directors):
                links.append(
                    FilmDirector(
                        film_id=film.pk,
                        person_id=self.people[person_name_key(name)],
                        sort_order=order,
                    )
                )
        FilmDirector.objects.bulk_create(links)
        self.to_index["archive.person"].update(link.person_id for link in links)
        for link in links:
            self._add_role(link.person_id, Role.DIRECTOR)

    def _resolve_tags(self, rows):
        new_tags = {}
        for row in rows:
            for tag in row.tags:
                if _norm(tag) not in self.tags and _norm(tag) not in new_tags:
                    new_tags[_norm(tag)] = Tag(
                        name=tag, slug=unique_slug(tag, self.slugs[Tag], "tag")
                    )
        for tag in self._create(Tag, list(new_tags.values()), "tags"):
            self.tags[_norm(tag.name)] = tag.pk
            self.labels.tags[tag.pk] = tag.name

    def _resolve_names(self, rows, attribute, index, model, field_name, label):
        new = {}
        for row in rows:
            name = getattr(row, attribute)
            if name and _norm(name) not in index and _norm(name) not in new:
                new[_norm(name)] = model(
                    **{field_name: name}, slug=unique_slug(name, self.slugs[model], attribute)
                )
        self.new_names[attribute] = []
        for record in self._create(model, list(new.values()), label):
            index[_norm(getattr(record, field_name))] = record.pk
            self.new_names[attribute].append((getattr(record, field_name), record.pk))

    def _add_role(self, person_pk, role):
        roles = self.person_roles[person_pk]
        if role not in roles:
            roles.add(role)
            self.roles_changed.add(person_pk)

    # Events ------------------------------------------------------------------------------------

    def desired(self, group, current=None):
        """
        The state the rows ask for; for an existing event (`current`), the fields its empty
        cells leave as they are keep their value.
        """
        state = self._asked(group)
        if current is None:
            return state
        row = group[0]
        for key in row.keep - {"films", "guests", "tags", "date_end", "series", "venue"}:
            state["fields"][key] = current["fields"][key]
        if "date_end" in row.keep:
            for key in ("date_end", "date_end_precision"):
                state["fields"][key] = current["fields"][key]
        for key in {"series", "venue"} & row.keep:
            state["fields"][f"{key}_id"] = current["fields"][f"{key}_id"]
        for key in {"guests", "tags"} & row.keep:
            state[key] = current[key]
        if all("films" in each.keep for each in group):
            state["films"] = current["films"]
        return state

    def _asked(self, group):
        row = group[0]
        return {
            "fields": {
                "date": row.date.date,
                "date_precision": row.date.precision,
                "date_end": row.date_end.date if row.date_end else None,
                "date_end_precision": row.date_end.precision if row.date_end else "",
                "time": row.time,
                "event_type": row.event_type,
                "title": row.titles[0],
                "title_en": row.titles[1],
                "series_id": self.series.get(_norm(row.series)) if row.series else None,
                "venue_id": self.venues.get(_norm(row.venue)) if row.venue else None,
                "notes": row.notes[0],
                "notes_en": row.notes[1],
                "source": row.source,
            },
            "films": [self.films.find(r.film[0], r.film[3]) for r in group if r.film],
            "guests": [(self.people[person_name_key(name)], role) for name, role in row.guests],
            "tags": {self.tags[_norm(tag)] for tag in row.tags},
        }

    @staticmethod
    def current(screening):
        return {
            "fields": {
                "date": screening.date,
                "date_precision": screening.date_precision,
                "date_end": screening.date_end,
                "date_end_precision": screening.date_end_precision,
                "time": screening.time,
                "event_type": screening.event_type,
                "title": screening.title,
                "title_en": screening.title_en,
                "series_id": screening.series_id,
                "venue_id": screening.venue_id,
                "notes": screening.notes,
                "notes_en": screening.notes_en,
                "source": screening.source,
            },
            "films": [link.film_id for link in screening.film_links.all()],
            "guests": [(link.person_id, link.role) for link in screening.guest_links.all()],
            "tags": {item.tag_id for item in screening.tagged_items.all()},
        }

    def existing(self, groups):
        """{position in chunk: matching screening} for the chunk's groups that match one."""
        screenings = Screening.objects.prefetch_related("film_links", "guest_links", "tagged_items")
        by_external_id = {
            screening.external_id: screening
            for screening in screenings.filter(
                external_id__in=[g[0].external_id for g in groups if g[0].external_id]
            )
        }
        dates = {g[0].date.date for g in groups if not g[0].external_id}
        by_auto_key = defaultdict(list)
        if dates:
            for screening in screenings.filter(date__in=dates):
                by_auto_key[(screening.date, screening.date_precision, screening.venue_id)].append(
                    screening
                )
        matches = {}
        for position, group in enumerate(groups):
            row = group[0]
            if row.external_id:
                if row.external_id in by_external_id:
                    matches[position] = by_external_id[row.external_id]
                continue
            venue_id = self.venues.get(_norm(row.venue)) if row.venue else None
            film_id = self.films.find(row.film[0], row.film[3]) if row.film else None
            for screening in by_auto_key[(row.date.date, row.date.precision, venue_id)]:
                films = [link.film_id for link in screening.film_links.all()]
                if (film_id in films) if film_id else not films:
                    matches[position] = screening
                    break
        return matches

    @staticmethod
    def edited_by_editors(screenings):
        """Ids of the events a person has saved in the admin (imports write no revisions)."""
        ids = [str(screening.pk) for screening in screenings]
        if not ids:
            return set()
        return {
            int(object_id)
            for object_id in Revision.objects.filter(
                base_content_type=ContentType.objects.get_for_model(Screening),
                object_id__in=ids,
                user__isnull=False,
            ).values_list("object_id", flat=True)
        }

    def _plan(self, row, kind, before, after):
        """Add a group's outcome to the plan's fingerprint (`ImportReport.digest`)."""
        self.report.plan.update(repr((row.number, kind, row.external_id, before, after)).encode())

    def write(self, groups):
        self.roles_changed = set()
        self.resolve(groups)
        new, changed, relinked = self.sort(groups)
        self.save(new, changed, relinked)

    def sort(self, groups):
        """
        (new events, (event, desired state, current state) to update, {link kind: ids of the
        events whose links of that kind change}); every group's outcome goes into the report and
        the plan.
        """
        matches = self.existing(groups)
        new, changed = [], []
        relinked = {kind: set() for kind in LINKS}
        derived = {
            position: derived_external_id(group[0])
            for position, group in enumerate(groups)
            if position not in matches and not group[0].external_id
        }
        taken = set(
            Screening.objects.filter(external_id__in=derived.values()).values_list(
                "external_id", flat=True
            )
        )
        edited = self.edited_by_editors(
            screening
            for position, screening in matches.items()
            if not groups[position][0].exported_at
        )
        for position, group in enumerate(groups):
            row = group[0]
            screening = matches.get(position)
            if screening is None:
                desired = self.desired(group)
                self._plan(row, "created", None, plain_state(desired, self.labels))
                external_id = row.external_id or derived[position]
                if external_id in taken:
                    external_id = new_external_id()
                screening = Screening(external_id=external_id, **desired["fields"])
                screening.sync_derived_fields()
                new.append((screening, desired))
                continue
            current = self.current(screening)
            desired = self.desired(group, current)
            before, after = plain_state(current, self.labels), plain_state(desired, self.labels)
            if current == desired:
                self._plan(row, "unchanged", before, after)
                self.report.unchanged += 1
                continue
            if row.exported_at:
                conflict = screening.updated_at > row.exported_at
            else:
                conflict = screening.pk in edited
            applied = not conflict or screening.external_id in self.overwrite
            self._plan(row, "conflict" if conflict else "updated", before, after)
            self.report.changes.append(
                record_change(
                    row.number, screening, before, after, conflict=conflict, applied=applied
                )
            )
            self.report.conflicts += conflict
            if applied:
                changed.append((screening, desired, current))
                for kind in LINKS:
                    if current[kind] != desired[kind]:
                        relinked[kind].add(screening.pk)
            else:
                self.report.kept.append(row.number)
        return new, changed, relinked

    def save(self, new, changed, relinked):
        Screening.objects.bulk_create([screening for screening, _desired in new])
        self.report.created += len(new)
        if changed:
            self._update(changed, relinked)

        for screening, _desired in new:
            for kind in LINKS:
                relinked[kind].add(screening.pk)
        film_links, guest_links, tag_links = [], [], []
        for screening, desired, *_current in new + changed:
            if screening.pk in relinked["films"]:
                film_links += [
                    ScreeningFilm(screening_id=screening.pk, film_id=film_id, sort_order=order)
                    for order, film_id in enumerate(desired["films"])
                ]
            if screening.pk in relinked["guests"]:
                guest_links += [
                    ScreeningGuest(
                        screening_id=screening.pk, person_id=person_id, role=role, sort_order=order
                    )
                    for order, (person_id, role) in enumerate(desired["guests"])
                ]
            if screening.pk in relinked["tags"]:
                tag_links += [
                    ScreeningTag(content_object_id=screening.pk, tag_id=tag_id)
                    for tag_id in sorted(desired["tags"])
                ]
        ScreeningFilm.objects.bulk_create(film_links)
        ScreeningGuest.objects.bulk_create(guest_links)
        ScreeningTag.objects.bulk_create(tag_links)
        self.to_index["archive.screening"].update(
            screening.pk for screening, *_states in new + changed
        )
        self.to_index["archive.person"].update(link.person_id for link in guest_links)

        if self.roles_changed:
            people = list(Person.objects.filter(pk__in=self.roles_changed).only("pk", "roles"))
            for person in people:
                person.roles = sorted(self.person_roles[person.pk], key=_role_order)
            Person.objects.bulk_update(people, ["roles"])

    def _update(self, changed, relinked):
        """
        Write the fields that change in any of these events (with `year`, made of the date),
        their time of update, and remove the links that change, for `save` to write anew.
        """
        fields = {
            name
            for _screening, desired, current in changed
            for name, value in desired["fields"].items()
            if value != current["fields"][name]
        }
        if "date" in fields:
            fields.add("year")
        now = timezone.now()
        for screening, desired, _current in changed:
            for name, value in desired["fields"].items():
                setattr(screening, name, value)
            screening.sync_derived_fields()
            screening.updated_at = now
        screenings = [screening for screening, _desired, _current in changed]
        if fields:
            Screening.objects.bulk_update(screenings, sorted(fields))
        Screening.objects.filter(pk__in=[screening.pk for screening in screenings]).update(
            updated_at=now
        )
        self.to_index["archive.person"].update(
            person_id
            for screening, _desired, current in changed
            if screening.pk in relinked["guests"]
            for person_id, _role in current["guests"]
        )
        for model, column, kind in (
            (ScreeningFilm, "screening_id", "films"),
            (ScreeningGuest, "screening_id", "guests"),
            (ScreeningTag, "content_object_id", "tags"),
        ):
            if relinked[kind]:
                links = model.objects.filter(**{f"{column}__in": relinked[kind]})
                links._raw_delete(connection.alias)
        self.report.updated += len(changed)
