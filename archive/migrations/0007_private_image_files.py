# Image originals and renditions are stored through `archive.media.files.ImageFileStorage`: a
# public image's files stay in public storage, every other image's go to the private storage under
# `restricted/`, where only the access-checking view `serve_image_file` reads them.
#
# The originals of the images that are not public are moved now; their renditions (public files
# until now) are deleted with their cache entries and will be made again, privately, when shown.
# The old public copies are deleted once the migration commits.

import archive.media.files
import wagtail.images.models
from django.db import migrations, transaction
from wagtail.images.models import AbstractRendition


def _place_files(apps, schema_editor, restrict):
    from archive.media.files import (
        RESTRICTED_PREFIX,
        image_file_storage,
        public_name,
        restricted_name,
    )

    ArchiveImage = apps.get_model("archive", "ArchiveImage")
    ArchiveRendition = apps.get_model("archive", "ArchiveRendition")
    storage = image_file_storage()
    using = schema_editor.connection.alias
    if restrict:
        images = ArchiveImage.objects.exclude(access_level="public").exclude(
            file__startswith=RESTRICTED_PREFIX
        )
    else:
        images = ArchiveImage.objects.filter(file__startswith=RESTRICTED_PREFIX)

    def delete_later(name):
        transaction.on_commit(lambda: storage.delete(name), using=using)

    for image in images.iterator():
        old_name = image.file.name
        if old_name and storage.exists(old_name):
            target = restricted_name(old_name) if restrict else public_name(old_name)
            with storage.open(old_name, "rb") as handle:
                new_name = storage.save(target, handle, max_length=100)
            ArchiveImage.objects.filter(pk=image.pk).update(file=new_name)
            delete_later(old_name)
        renditions = ArchiveRendition.objects.filter(image_id=image.pk)
        for rendition in renditions:
            delete_later(rendition.file.name)
            AbstractRendition.cache_backend.delete(
                AbstractRendition.construct_cache_key(
                    image, rendition.focal_point_key, rendition.filter_spec
                )
            )
        renditions.delete()


def restrict_files(apps, schema_editor):
    _place_files(apps, schema_editor, restrict=True)


def publish_files(apps, schema_editor):
    _place_files(apps, schema_editor, restrict=False)


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0006_archive_documents'),
    ]

    operations = [
        migrations.AlterField(
            model_name='archiveimage',
            name='file',
            field=wagtail.images.models.WagtailImageField(db_index=True, height_field='height', storage=archive.media.files.image_file_storage, upload_to=wagtail.images.models.get_upload_to, verbose_name='file', width_field='width'),
        ),
        migrations.AlterField(
            model_name='archiverendition',
            name='file',
            field=wagtail.images.models.WagtailImageField(db_index=True, height_field='height', storage=archive.media.files.image_file_storage, upload_to=wagtail.images.models.get_rendition_upload_to, width_field='width'),
        ),
        migrations.RunPython(restrict_files, publish_files),
    ]
