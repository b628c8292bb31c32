"""`manage.py import_archive DIR`: a bag from `export_archive` restored onto an empty site."""

from django.core.management.base import BaseCommand, CommandError

from backups.restoring import SiteNotEmpty, import_archive
from backups.validation import InvalidBag


class Command(BaseCommand):
    help = (
        "Validate the BagIt bag in DIR (checksums, format version, schema, every row and "
        "reference, every file), then restore it onto this empty site in one transaction. "
        "Nothing is written when anything is wrong. See docs/backup.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="a bag written by export_archive")

    def handle(self, directory, verbosity=1, **options):
        try:
            manifest = import_archive(directory, progress=verbosity >= 1)
        except InvalidBag as error:
            raise CommandError(f"The bag is refused; nothing was written.\n{error}") from error
        except SiteNotEmpty as error:
            raise CommandError(f"{error} Nothing was written.") from error
        rows = sum(entry["count"] for entry in manifest["models"])
        self.stdout.write(
            f"Restored {rows} rows of {len(manifest['models'])} models and "
            f"{manifest['files']['count']} files from {directory}."
        )
