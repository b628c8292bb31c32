"""Give a permanent identifier to every record and page that has none yet (safe to run again)."""

from django.core.management.base import BaseCommand

from identifiers.issuing import issue_all


class Command(BaseCommand):
    help = "Issue the permanent identifiers of records created without one (idempotent)."

    def handle(self, *args, **options):
        issued = issue_all()
        self.stdout.write(f"{issued} identifiers issued.")
