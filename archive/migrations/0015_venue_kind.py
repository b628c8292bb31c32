from django.db import migrations, models
from django.utils import timezone

# The seed venues that are not cinemas (archive/programme/seed_data.py): the cinema's outside
# wall, the Palais de Tokyo's exhibition halls, the friendly cultural venues the sources do not
# name. Their addresses are the loader's slugs; every other venue stays a cinema.
NOT_CINEMAS = ["mur-exterieur-la-clef", "palais-de-tokyo", "lieux-culturels-amis"]


def seed_venues_that_are_not_cinemas(apps, schema_editor):
    Venue = apps.get_model("archive", "Venue")
    # A changed record is dated, so that harvesters reading from a date see the new kind.
    Venue.objects.filter(slug__in=NOT_CINEMAS).update(kind="other", updated_at=timezone.now())


class Migration(migrations.Migration):

    dependencies = [
        ("archive", "0014_calendar_closures_completeness_chart_snapshots"),
    ]

    operations = [
        migrations.AddField(
            model_name="venue",
            name="kind",
            field=models.CharField(
                choices=[("cinema", "Cinema"), ("other", "Other place")],
                default="cinema",
                help_text="A cinema, or another place: a wall, a gallery, venues the sources do not name.",
                max_length=10,
                verbose_name="kind",
            ),
        ),
        migrations.RunPython(seed_venues_that_are_not_cinemas, migrations.RunPython.noop),
    ]
