"""
`manage.py read_leaflets FILE… [--json]`: leaflets read in batch. Without `--json`, each scan is
saved as an archive image or document (the options give its date and access level) and read at
once, ready for review in the admin. With `--json`, the text and the suggested rows are printed
and nothing is saved.
"""

import datetime
import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from base.access import AccessLevel
from base.dates import DatePrecision
from leaflets import ocr
from leaflets.models import Suggestion
from leaflets.reading import read_leaflet, read_pages, receive, suggest
from leaflets.scans import ScanError, collect, read_files


def row_json(row):
    left, top, right, bottom = row.region
    return {
        "date": row.date.isoformat() if row.date else None,
        "time": row.time.strftime("%H:%M") if row.time else None,
        "title": row.title,
        "director": row.director,
        "country": row.country,
        "film_year": row.film_year,
        "guests": row.guests,
        "venue": row.venue,
        "page": row.lines[0].page,
        "region": {"left": left, "top": top, "right": right, "bottom": bottom},
        "confidence": row.confidence,
    }


class Command(BaseCommand):
    help = "Read scanned leaflets with Tesseract; save them for review, or print them (--json)."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="JPEG, PNG, TIFF or PDF scans, or ZIPs")
        parser.add_argument(
            "--json", action="store_true", help="print the text and rows; save nothing"
        )
        parser.add_argument(
            "--date",
            type=datetime.date.fromisoformat,
            help="the leaflets' date (YYYY-MM-DD; its year dates the days they list)",
        )
        parser.add_argument(
            "--precision", choices=DatePrecision.values, default=DatePrecision.MONTH
        )
        parser.add_argument("--access", choices=AccessLevel.values, default=AccessLevel.PUBLIC)

    def handle(self, *args, **options):
        try:
            ocr.check_programs()
            scans = collect(read_files(options["files"]))
        except (ScanError, ocr.MissingProgram, OSError) as error:
            raise CommandError(str(error)) from error
        date = options["date"]
        calendar = (None, None)
        if date:
            calendar = (date.year, None if options["precision"] == "year" else date.month)
        if options["json"]:
            self.print_json(scans, calendar)
            return
        metadata = {
            "date": date,
            "date_precision": options["precision"] if date else "",
            "access_level": options["access"],
        }
        try:
            leaflets = receive(scans, metadata)
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        for leaflet in leaflets:
            read_leaflet(leaflet)
            count = Suggestion.objects.filter(page__leaflet=leaflet).count()
            self.stdout.write(
                f"{leaflet.scan.title}: {leaflet.get_state_display()}, {count} rows. "
                f"{leaflet.error}".strip()
            )

    def print_json(self, scans, calendar):
        results = []
        for scan in scans:
            pages = read_pages(scan.kind, scan.data, scan.pages)
            results.append(
                {
                    "file": scan.name,
                    "pages": [ocr.text_of(words) for _picture, words in pages],
                    "rows": [row_json(row) for row in suggest(pages, *calendar)],
                }
            )
        self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
