from django.core.management.base import BaseCommand, CommandError

from archive.programme.importing import ImportFileError, ProgrammeImporter


class Command(BaseCommand):
    help = (
        "Import a programme spreadsheet (UTF-8 CSV, comma or semicolon separated, header row; "
        "see docs/import-format.md). Nothing is imported unless every row is valid, and "
        "importing the same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The CSV file to import.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change, without saving anything.",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not show the progress bar."
        )

    def handle(self, *args, file, dry_run, no_progress, **options):
        try:
            importer = ProgrammeImporter(file, progress=not no_progress, stream=self.stderr)
            report = importer.run(dry_run=dry_run)
        except FileNotFoundError as error:
            raise CommandError(f"There is no file at {file}.") from error
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        if not report.ok:
            for problem in report.errors:
                self.stderr.write(str(problem))
            if report.error_count > len(report.errors):
                self.stderr.write(f"… and {report.error_count - len(report.errors)} more.")
            raise CommandError(report.summary())
        self.stdout.write(report.summary())
