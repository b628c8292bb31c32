"""
PostgreSQL: the weighted tsvector moves onto the narrow `search_searchentry` table, with its GIN
index. A table of its own, unknown to Django, was not emptied by `flush` (and its foreign key made
the flush fail); on the entries table, the vector goes with its row. SQLite keeps its FTS5 table.
"""

from django.db import migrations

FORWARD = [
    "DROP TABLE IF EXISTS search_document_text",
    "ALTER TABLE search_searchentry ADD COLUMN vector tsvector",
    "CREATE INDEX search_entry_vector ON search_searchentry USING GIN (vector)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS vector",
    """CREATE TABLE search_document_text (
        document_id integer PRIMARY KEY REFERENCES search_searchdocument (id)
            ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        vector tsvector NOT NULL
    )""",
    "CREATE INDEX search_document_text_vector ON search_document_text USING GIN (vector)",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_index_version"),
    ]

    operations = [migrations.RunPython(forward, backward)]
