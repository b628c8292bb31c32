"""
Hot words (search/hot_words.py): the words, and per document what ranking one of them needs,
under an index in each engine's order of relevance (SQLite: by frequency, then shortest first;
PostgreSQL: by the stored ts_rank, best first), and an index of each word's rows with the
columns that counting them reads (an index-only scan on PostgreSQL once vacuumed).
"""

from django.db import migrations, models

INDEXES = {
    "sqlite": [
        "CREATE INDEX search_hot_rank ON search_searchhotposting "
        "(word, frequency, length, document)",
        "CREATE INDEX search_hot_word ON search_searchhotposting "
        "(word, document, locale, audience, available_from, facet_codes)",
    ],
    "postgresql": [
        "CREATE INDEX search_hot_rank ON search_searchhotposting (word, score DESC, document)",
        "CREATE INDEX search_hot_word ON search_searchhotposting (word, document) "
        "INCLUDE (locale, audience, available_from, facet_codes)",
    ],
}


def create_indexes(apps, schema_editor):
    for statement in INDEXES.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def drop_indexes(apps, schema_editor):
    for name in ("search_hot_rank", "search_hot_word"):
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0009_title_table'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchHotWord',
            fields=[
                ('word', models.CharField(max_length=100, primary_key=True, serialize=False)),
            ],
        ),
        migrations.CreateModel(
            name='SearchHotPosting',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('word', models.CharField(max_length=100)),
                ('document', models.IntegerField(help_text="The SearchEntry's id.")),
                ('frequency', models.PositiveIntegerField(default=0, help_text="SQLite: the word's count.")),
                ('length', models.PositiveIntegerField(default=0, help_text='SQLite: words in the document.')),
                ('score', models.FloatField(default=0, help_text='PostgreSQL: ts_rank(vector, word, 1).')),
                ('locale', models.CharField(blank=True, max_length=8)),
                ('audience', models.CharField(blank=True, max_length=10)),
                ('available_from', models.DateField(blank=True, null=True)),
                ('facet_codes', models.TextField(blank=True)),
            ],
            options={
                'indexes': [models.Index(fields=['document'], name='search_hot_document')],
            },
        ),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
