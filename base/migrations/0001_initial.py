"""
The loader's ledger moves here from `home` without touching its table (`home_seedrecord`), and
the researchers' permission gets the model that holds it.
"""

import django.db.models.deletion
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="home", model="seedrecord").update(app_label="base")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="base", model="seedrecord").update(app_label="home")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="ResearcherAccess",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
            ],
            options={
                "verbose_name": "researcher access",
                "permissions": [
                    (
                        "view_registered_material",
                        "Can hear and read material for approved researchers",
                    )
                ],
                "default_permissions": [],
            },
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SeedRecord",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("key", models.CharField(max_length=200, unique=True)),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("fingerprint", models.CharField(max_length=64)),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="contenttypes.contenttype",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "loader record",
                        "db_table": "home_seedrecord",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
