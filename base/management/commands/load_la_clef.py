from django.core.management.base import BaseCommand
from django.db import transaction

from base.seeding import Seeder, registered_loaders


class Command(BaseCommand):
    help = (
        "Create La Clef's pages and records from the project's seed content. Safe to run again: "
        "it changes nothing that is already up to date and never overwrites an editor's change."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-samples",
            action="store_true",
            help="Also load the clearly labelled demonstration interviews (public, closed, "
            "embargoed, with a restricted passage).",
        )

    def handle(self, *args, with_samples=False, **options):
        seeder = Seeder()
        sections = {}
        with transaction.atomic():
            for load in registered_loaders(with_samples):
                load(seeder, sections)
        self.stdout.write(f"La Clef content: {seeder.summary()}.")
        for line in seeder.kept:
            self.stdout.write(f"  {line}")
