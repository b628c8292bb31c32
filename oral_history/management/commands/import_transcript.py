from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from oral_history.importing import OralHistoryImportError, attach_transcript
from oral_history.models import InterviewPage


class Command(BaseCommand):
    help = (
        "Attach a transcript (WebVTT, SRT, timestamped text or OHMS XML) to an existing interview, "
        "replacing the one it had; with --index, read the file as the interview's index."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The interview page's slug (its last address segment).")
        parser.add_argument("file", type=Path)
        parser.add_argument("--index", action="store_true", help="Read the file as an index.")
        parser.add_argument("--language", choices=["fr", "en"], help="When the slug is ambiguous.")

    def handle(self, *args, slug, file, index, language, **options):
        interviews = InterviewPage.objects.filter(slug=slug)
        if language:
            interviews = interviews.filter(locale__language_code=language)
        found = list(interviews[:2])
        if not found:
            raise CommandError(f"no interview has the slug {slug!r}.")
        if len(found) > 1:
            raise CommandError(f"several interviews have the slug {slug!r}: add --language.")
        page = found[0]
        try:
            transcript = attach_transcript(page, file.name, file.read_bytes(), index=index)
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}.") from error
        except OralHistoryImportError as error:
            raise CommandError(f"{file}: {error}") from error
        what = (
            f"{len(transcript.segments)} index segments"
            if index
            else f"{len(transcript.cues)} transcript cues"
        )
        self.stdout.write(f"Attached {what} to “{page.title}”: {page.full_url or page.url}")
