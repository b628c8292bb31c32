"""
PostgreSQL ranks by cover density (`ts_rank_cd`) since this migration: the hot words' stored
scores are computed again the same way, so that a hot word's list keeps the order of a live
ranking. SQLite stores no score.
"""

from django.db import migrations, models

RESCORE = (
    "UPDATE search_searchhotposting p "
    "SET score = ts_rank_cd(d.vector, to_tsquery('simple', p.word), 1) "
    "FROM search_searchentry d WHERE d.id = p.document"
)


def rescore(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(RESCORE)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0011_lighter_index_writes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchhotposting",
            name="score",
            field=models.FloatField(
                default=0, help_text="PostgreSQL: ts_rank_cd(vector, word, 1)."
            ),
        ),
        migrations.RunPython(rescore, migrations.RunPython.noop),
    ]
