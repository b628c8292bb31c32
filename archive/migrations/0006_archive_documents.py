# The archive's own document model (WAGTAILDOCS_DOCUMENT_MODEL = "archive.ArchiveDocument").
#
# Documents already uploaded as Wagtail's `wagtaildocs.Document` are copied into it with the same
# ids (so that rich text links and screenings' document links still point at them), with their
# tags, and their files are moved from public storage into the private storage, where only the
# access-checking view reads them. Their checksum is taken on the way. Permissions need no copy:
# Wagtail's document permission policy keeps using `wagtaildocs.Document`'s.

import hashlib
import os

import archive.media.files
import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.models.media
from django.conf import settings
from django.core.files.storage import storages
from django.core.management.color import no_style
from django.db import migrations, models, transaction

CHUNK = 1024 * 1024


def _move(source, target, name, using):
    """Copy a file between storages; returns (new name, SHA-256). The old copy goes on commit."""
    if not name or not source.exists(name):
        return name, ""
    digest = hashlib.sha256()
    with source.open(name, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
        handle.seek(0)
        new_name = target.save(name, handle)
    transaction.on_commit(lambda: source.delete(name), using=using)
    return new_name, digest.hexdigest()


def _copy_documents(apps, schema_editor, source_label, target_label, move_to_private):
    source_model = apps.get_model(*source_label.split("."))
    target_model = apps.get_model(*target_label.split("."))
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    if not source_model.objects.exists():
        return
    source_type, _ = ContentType.objects.get_or_create(
        app_label=source_model._meta.app_label, model=source_model._meta.model_name
    )
    target_type, _ = ContentType.objects.get_or_create(
        app_label=target_model._meta.app_label, model=target_model._meta.model_name
    )
    public, private = storages["default"], storages["private_media"]
    source_storage, target_storage = (public, private) if move_to_private else (private, public)
    using = schema_editor.connection.alias
    for document in source_model.objects.order_by("pk"):
        name, checksum = _move(source_storage, target_storage, document.file.name, using)
        fields = {
            "title": document.title,
            "file": name,
            "collection_id": document.collection_id,
            "uploaded_by_user_id": document.uploaded_by_user_id,
            "file_size": document.file_size,
            "file_hash": document.file_hash,
        }
        if move_to_private:
            fields["original_filename"] = os.path.basename(document.file.name)[:255]
            fields["checksum"] = checksum
        target_model.objects.create(pk=document.pk, **fields)
        target_model.objects.filter(pk=document.pk).update(created_at=document.created_at)
        TaggedItem.objects.bulk_create(
            TaggedItem(content_type=target_type, object_id=document.pk, tag_id=item.tag_id)
            for item in TaggedItem.objects.filter(content_type=source_type, object_id=document.pk)
        )
    TaggedItem.objects.filter(content_type=source_type).delete()
    source_model.objects.all().delete()
    # Rows were inserted with their ids: PostgreSQL's sequence must move past them.
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [target_model]):
            cursor.execute(statement)


def copy_wagtail_documents(apps, schema_editor):
    _copy_documents(apps, schema_editor, "wagtaildocs.Document", "archive.ArchiveDocument", True)


def copy_back_to_wagtail_documents(apps, schema_editor):
    _copy_documents(apps, schema_editor, "archive.ArchiveDocument", "wagtaildocs.Document", False)


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0005_listing_indexes'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ArchiveDocument',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('access_level', models.CharField(choices=[('public', 'Public'), ('registered', 'Approved researchers only'), ('embargoed', 'Embargoed until a date'), ('closed', 'Closed')], db_index=True, default='public', help_text='Who may hear and read this. Closed material is shown to editors only.', max_length=10, verbose_name='access')),
                ('embargo_until', models.DateField(blank=True, help_text='For an embargo: the day the recording and transcript open to the public.', null=True, verbose_name='embargoed until')),
                ('title', models.CharField(max_length=255, verbose_name='title')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                ('file_size', models.PositiveBigIntegerField(editable=False, null=True)),
                ('file_hash', models.CharField(blank=True, editable=False, max_length=40)),
                ('creator', models.CharField(blank=True, help_text='Who made it: photographer, designer, sound recordist…', max_length=255, verbose_name='creator')),
                ('credit', models.CharField(blank=True, help_text="Shown under the file wherever it appears, e.g. 'Photo: La Clef Revival'.", max_length=255, verbose_name='credit')),
                ('date', models.DateField(blank=True, help_text='When it was made. For a year or a month, give its first day and a precision.', null=True, verbose_name='date')),
                ('date_precision', models.CharField(choices=[('year', 'Year'), ('month', 'Month'), ('day', 'Day')], default='day', help_text='How much of the date is known.', max_length=5, verbose_name='date precision')),
                ('rights', models.TextField(blank=True, help_text='Who holds the rights and what reuse is allowed.', verbose_name='rights statement')),
                ('original_filename', models.CharField(blank=True, editable=False, help_text='The name of the file as it was uploaded.', max_length=255, verbose_name='original file name')),
                ('checksum', models.CharField(blank=True, editable=False, help_text='Taken at upload; `verify_fixity` compares the file with it.', max_length=64, verbose_name='SHA-256 checksum')),
                ('file', models.FileField(max_length=255, storage=archive.media.files.private_media_storage, upload_to='documents', verbose_name='file')),
                ('description', models.TextField(blank=True, help_text='What the document is, what it announces or reports, and where it comes from.', verbose_name='description')),
                ('collection', models.ForeignKey(default=wagtail.models.media.get_root_collection_id, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.collection', verbose_name='collection')),
                ('related_people', models.ManyToManyField(blank=True, help_text='People shown, heard or concerned.', related_name='+', to='archive.person', verbose_name='related people')),
                ('related_screenings', models.ManyToManyField(blank=True, help_text='Screenings and other events of the programme this file documents.', related_name='+', to='archive.screening', verbose_name='related events')),
                ('related_series', models.ManyToManyField(blank=True, help_text='Series of the programme this file belongs to.', related_name='+', to='archive.series', verbose_name='related series')),
                ('tags', taggit.managers.TaggableManager(blank=True, help_text=None, through='taggit.TaggedItem', to='taggit.Tag', verbose_name='tags')),
                ('uploaded_by_user', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='uploaded by user')),
            ],
            options={
                'verbose_name': 'document',
                'verbose_name_plural': 'documents',
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.RunPython(copy_wagtail_documents, copy_back_to_wagtail_documents),
        migrations.AlterField(
            model_name='screeningdocument',
            name='document',
            field=models.ForeignKey(help_text='A programme sheet, a press cutting, a leaflet.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to='archive.archivedocument', verbose_name='document'),
        ),
    ]
