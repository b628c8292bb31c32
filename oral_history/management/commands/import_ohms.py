from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from oral_history.importing import OralHistoryImportError, import_ohms, parse_access


class Command(BaseCommand):
    help = (
        "Create an interview, with its metadata, index and transcript, from an OHMS XML file "
        "(versions 4 to 6), and print its public address. A bad file changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--access",
            default="public",
            help="public, registered, closed or embargoed:YYYY-MM-DD (default: public)",
        )
        parser.add_argument(
            "--language",
            default="fr",
            choices=["fr", "en"],
            help="The language version of the site the interview is published in.",
        )

    def handle(self, *args, file, access, language, **options):
        try:
            level, embargo = parse_access(access)
            page = import_ohms(
                file.read_bytes(), language=language, access=level, embargo_until=embargo
            )
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}.") from error
        except OralHistoryImportError as error:
            raise CommandError(f"{file}: {error}") from error
        cues, segments = page.cues.count(), page.segments.count()
        self.stdout.write(
            f"Imported “{page.title}” ({cues} transcript cues, {segments} index segments), "
            f"access {page.get_access_level_display().lower()}."
        )
        self.stdout.write(page.full_url or page.url)
