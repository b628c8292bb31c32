"""
On SQLite, the titles get a full-text table of their own, `search_fts_title`: a search finds its
title matches there (the first tier of its results, and the autocomplete) instead of reading the
positions of every row that has the word to keep those in the title. Filled from the index.
"""

from django.db import migrations

CREATE = [
    "CREATE VIRTUAL TABLE search_fts_title USING fts5(title, prefix='2 3', detail=full)",
    "INSERT INTO search_fts_title (rowid, title) SELECT rowid, title FROM search_fts "
    "WHERE title != ''",
]


def create_title_table(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in CREATE:
            schema_editor.execute(statement)


def drop_title_table(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fts_title")


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0008_facet_codes"),
    ]

    operations = [
        migrations.RunPython(create_title_table, drop_title_table),
    ]
