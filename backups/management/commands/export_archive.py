"""`manage.py export_archive DIR`: the whole site as a BagIt bag (docs/backup.md)."""

from django.core.management.base import BaseCommand, CommandError

from backups.exporting import export_archive


class Command(BaseCommand):
    help = (
        "Write every record, page, user and file of the site, with SHA-256 checksums and the "
        "files' fixity, as a BagIt bag in DIR (a new folder). See docs/backup.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="the bag's folder, which must not exist yet")

    def handle(self, directory, verbosity=1, **options):
        try:
            manifest = export_archive(directory, progress=verbosity >= 1)
        except FileExistsError as error:
            raise CommandError(str(error)) from error
        rows = sum(entry["count"] for entry in manifest["models"])
        files = manifest["files"]
        self.stdout.write(
            f"Bag written to {directory}: {rows} rows of {len(manifest['models'])} models, "
            f"{files['count']} files ({files['bytes']} bytes)."
        )
