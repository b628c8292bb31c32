"""
`manage.py update_index`: rebuild the public search index, then Wagtail's own (the admin's).

Overrides Wagtail's command of the same name (the `search` app comes first in INSTALLED_APPS) so
that the documented command rebuilds everything a visitor or an editor searches.
"""

from tqdm import tqdm
from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search.indexing import rebuild


class Command(WagtailUpdateIndex):
    help = "Rebuild the site's search index (pages, records, media, transcripts) and Wagtail's."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--public-only",
            action="store_true",
            help="Rebuild only the public search index, not the admin's.",
        )

    def handle(self, **options):
        bars = {}

        def progress(label, done, total):
            bar = bars.get(label)
            if bar is None:
                bar = bars[label] = tqdm(
                    total=total,
                    desc=label,
                    unit="record",
                    disable=options["verbosity"] < 1,
                    file=self.stderr._out,
                )
            bar.update(done - bar.n)
            if done >= total:
                bar.close()

        count = rebuild(progress=progress)
        if options["verbosity"]:
            self.stdout.write(f"Public search index: {count} documents.")
        if not options["public_only"]:
            super().handle(**options)
