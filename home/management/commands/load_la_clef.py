from django.core.management.base import BaseCommand
from django.db import transaction

from home.history_loader import load_history
from home.loaders import load_site_structure
from home.seeding import Seeder


class Command(BaseCommand):
    help = (
        "Create La Clef's pages and records from the project's seed content. Safe to run again: "
        "it changes nothing that is already up to date and never overwrites an editor's change."
    )

    def handle(self, *args, **options):
        seeder = Seeder()
        with transaction.atomic():
            sections = load_site_structure(seeder)
            load_history(seeder, sections)
        self.stdout.write(f"La Clef content: {seeder.summary()}.")
        for line in seeder.kept:
            self.stdout.write(f"  {line}")
