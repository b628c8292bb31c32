"""`load_la_clef`'s closure periods (`seed_data.CLOSURES`), written once and never over an edit."""

from archive.programme.calendar.seed_data import CLOSURES
from archive.programme.models import ClosurePeriod
from base import seeding


@seeding.loader(seeding.CONTENT + 4)
def load_closures(seeder, sections):
    for key, fields in CLOSURES.items():
        seeder.record(f"archive:closure:{key}", model=ClosurePeriod, fields=fields)
