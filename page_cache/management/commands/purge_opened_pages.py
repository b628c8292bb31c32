"""
`manage.py purge_opened_pages [--since DAY]`: tell the CDN to forget the pages of what opened
since DAY (yesterday by default, so today's openings), by the access clock. Run once a day after
midnight (cron or a systemd timer, docs/production.md); a missed day is caught up with --since.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from base import access
from page_cache import cdn


class Command(BaseCommand):
    help = "Purge from the CDN the pages of embargoes and restricted passages that have ended."

    def add_arguments(self, parser):
        parser.add_argument(
            "--since",
            type=datetime.date.fromisoformat,
            help="purge what opened after this day (YYYY-MM-DD); yesterday by default",
        )

    def handle(self, *args, since=None, **options):
        if not cdn.configured():
            raise CommandError("No CDN is configured (FRONTEND_CACHE_BACKEND): nothing to purge.")
        today = access.today()
        urls = cdn.purge_opened(since or today - datetime.timedelta(days=1), today)
        for url in urls:
            self.stdout.write(url)
        self.stdout.write(f"{len(urls)} addresses purged.")
