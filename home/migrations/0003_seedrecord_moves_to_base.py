"""The loader's ledger now belongs to `base` (its migration 0001): its table stays as it is."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_historychapterpage_source_historyevent_and_more"),
        ("base", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SeedRecord")],
            database_operations=[],
        ),
    ]
