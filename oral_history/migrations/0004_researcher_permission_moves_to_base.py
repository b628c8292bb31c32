"""
The researchers' permission moves from the interview page to `base.ResearcherAccess`: the same
row, so that the "Approved researchers" group and any user who has it keep it.
"""

from django.db import migrations

CODENAME = "view_registered_material"


def move_permission(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    target, _created = ContentType.objects.get_or_create(
        app_label="base", model="researcheraccess"
    )
    old = Permission.objects.filter(codename=CODENAME, content_type__app_label="oral_history")
    old = old.first()
    if old is None:
        return
    new = Permission.objects.filter(codename=CODENAME, content_type=target).first()
    if new is None:
        old.content_type = target
        old.save(update_fields=["content_type"])
        return
    for group in old.group_set.all():
        group.permissions.add(new)
    for user in old.user_set.all():
        user.user_permissions.add(new)
    old.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("oral_history", "0003_approved_researchers_group"),
        ("base", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="interviewpage",
            options={"verbose_name": "interview"},
        ),
        migrations.RunPython(move_permission, migrations.RunPython.noop),
    ]
