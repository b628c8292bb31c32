"""
The titles get a full-text index of their own, so that a search finds its title matches (the
first tier of its results, and the autocomplete) among titles, instead of reading every row that
has the word to keep those with it in the title. SQLite: an FTS5 table `search_fts_title`, filled
from the index. PostgreSQL: a `title_vector` column, the title part (weight A) of each entry's
vector, under a GIN index of its own.
"""

from django.db import migrations

FORWARD = {
    "sqlite": [
        "CREATE VIRTUAL TABLE search_fts_title USING fts5(title, prefix='2 3', detail=full)",
        "INSERT INTO search_fts_title (rowid, title) SELECT rowid, title FROM search_fts "
        "WHERE title != ''",
    ],
    "postgresql": [
        "ALTER TABLE search_searchentry ADD COLUMN title_vector tsvector",
        "UPDATE search_searchentry SET title_vector = ts_filter(vector, '{a}') "
        "WHERE vector IS NOT NULL",
        "CREATE INDEX search_entry_title_vector ON search_searchentry USING GIN (title_vector)",
    ],
}
BACKWARD = {
    "sqlite": ["DROP TABLE IF EXISTS search_fts_title"],
    "postgresql": [
        "DROP INDEX IF EXISTS search_entry_title_vector",
        "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_vector",
    ],
}


def forward(apps, schema_editor):
    for statement in FORWARD.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    for statement in BACKWARD.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0008_facet_codes"),
    ]

    operations = [
        migrations.RunPython(forward, backward),
    ]
