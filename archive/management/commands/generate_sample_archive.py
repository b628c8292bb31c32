from django.core.management.base import BaseCommand

from archive.programme.sampling import delete_sample_archive, generate_sample_archive


class Command(BaseCommand):
    help = (
        "Replace the sample records by a generated, clearly marked sample archive: real films "
        "from the Cannes competition list, with invented screenings. Same seed, same corpus."
    )

    def add_arguments(self, parser):
        parser.add_argument("--screenings", type=int, default=1000, help="How many events.")
        parser.add_argument("--seed", type=int, default=1973, help="Random seed.")
        parser.add_argument("--delete", action="store_true", help="Only delete the sample records.")

    def handle(self, *args, screenings, seed, delete, **options):
        if delete:
            delete_sample_archive()
            self.stdout.write("Sample records deleted.")
            return
        made = generate_sample_archive(
            screenings,
            seed=seed,
            progress=lambda done: self.stderr.write(f"\r{done}/{screenings} events", ending=""),
        )
        self.stderr.write("")
        self.stdout.write(
            "Sample archive: {screenings} events, {films} films, {people} people, "
            "{series} series, {venues} venues (all marked as samples).".format(**made)
        )
