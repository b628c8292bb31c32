"""
Hot words (search/hot_words.py): the words, and per document what ranking one of them needs,
under an index in each engine's order of relevance (SQLite: by frequency, then shortest first;
PostgreSQL: by the stored ts_rank, best first).
"""

from django.db import migrations, models

RANKING_INDEX = {
    "sqlite": "CREATE INDEX search_hot_rank ON search_searchhotposting "
    "(word, frequency, length, document)",
    "postgresql": "CREATE INDEX search_hot_rank ON search_searchhotposting "
    "(word, score DESC, document)",
}


def create_ranking_index(apps, schema_editor):
    statement = RANKING_INDEX.get(schema_editor.connection.vendor)
    if statement:
        schema_editor.execute(statement)


def drop_ranking_index(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS search_hot_rank")


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
                'indexes': [models.Index(fields=['word', 'document'], name='search_hot_word'), models.Index(fields=['document'], name='search_hot_document')],
            },
        ),
        migrations.RunPython(create_ranking_index, drop_ranking_index),
    ]
