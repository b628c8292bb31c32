"""
What a filtered search starts from: indexes on the entries' year (a decade is a range of years)
and type, and on PostgreSQL, statistics on the facet table's (name, value) pairs. Without them the
planner guesses that `event=talk` is as rare as any other value (1,500 rows instead of 15,000) and
checks the full-text match on each of them: 77 ms instead of 23 ms for `comedy` + `year` + `event`.
"""

from django.db import migrations, models

STATISTICS = "search_facet_name_value"


def create_statistics(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE STATISTICS IF NOT EXISTS {STATISTICS} (mcv) ON name, value "
            "FROM search_searchfacet"
        )
        schema_editor.execute("ANALYZE search_searchfacet")


def drop_statistics(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_entry_id_is_rowid"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(fields=["year"], name="search_entry_year"),
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(fields=["type", "year"], name="search_entry_type_year"),
        ),
        migrations.RunPython(create_statistics, drop_statistics),
    ]
