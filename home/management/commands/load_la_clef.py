from django.core.management.base import BaseCommand
from django.db import transaction

from archive.exhibition_loader import load_exhibitions
from archive.loaders import load_programme
from home.history_loader import load_history
from home.loaders import load_site_structure
from home.seeding import Seeder
from oral_history.samples import load_samples


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
        with transaction.atomic():
            sections = load_site_structure(seeder)
            load_programme(seeder, sections)
            load_exhibitions(seeder, sections)
            load_history(seeder, sections)
            if with_samples:
                load_samples(seeder, sections)
        self.stdout.write(f"La Clef content: {seeder.summary()}.")
        for line in seeder.kept:
            self.stdout.write(f"  {line}")
