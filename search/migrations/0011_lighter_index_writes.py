"""
Less for each index write to keep up (an import writes 100,000 documents): the document indexes
that no search reads (searches select entries), the facet rows' labels (kept once per value in
SearchFacetLabel), their document-only index (search_facet_document begins with the document),
and the rows of years and decades (filtered on the entry's `year` column).
"""

import django.db.models.deletion
from django.db import migrations, models


def delete_column_facets(apps, schema_editor):
    rows = apps.get_model("search", "SearchFacet").objects.filter(name__in=["year", "decade"])
    rows._raw_delete(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0010_hot_words"),
    ]

    operations = [
        migrations.RunPython(delete_column_facets, migrations.RunPython.noop),
        migrations.RemoveIndex(
            model_name="searchdocument",
            name="search_doc_object",
        ),
        migrations.RemoveIndex(
            model_name="searchdocument",
            name="search_doc_type_year",
        ),
        migrations.RemoveIndex(
            model_name="searchdocument",
            name="search_doc_date",
        ),
        migrations.RemoveField(
            model_name="searchfacet",
            name="label",
        ),
        migrations.RemoveField(
            model_name="searchfacet",
            name="label_en",
        ),
        migrations.AlterField(
            model_name="searchdocument",
            name="object_id",
            field=models.PositiveIntegerField(help_text="The record's primary key.", null=True),
        ),
        migrations.AlterField(
            model_name="searchfacet",
            name="document",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="facets",
                to="search.searchdocument",
            ),
        ),
    ]
