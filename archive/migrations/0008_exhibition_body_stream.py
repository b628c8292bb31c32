# The exhibition page's body becomes a StreamField of `archive.exhibitions.blocks.ExhibitionBodyBlock`.
#
# The rich text of each page, and of each of its revisions, becomes one paragraph block (whose
# editor keeps the headings and lists the rich text had), written as JSON while the column is
# still text so that PostgreSQL can cast it to jsonb. Where `load_la_clef` made a page and no
# editor has changed it since, the loader's fingerprint is recomputed for the converted body, so
# that the loader still recognises the page as its own and may update it (home/seeding.py).

import hashlib
import json
import uuid

import wagtail.fields
from django.db import migrations

# The fields `archive.exhibition_loader` manages on an exhibition page.
SEEDED_FIELDS = ("artists", "body", "date", "date_precision", "sources", "summary", "title", "venue")


def _stream(html):
    if not (html or "").strip():
        return []
    return [{"type": "paragraph", "value": html, "id": str(uuid.uuid4())}]


def _rich_text(stream):
    parts = []
    for block in stream:
        if block["type"] == "paragraph":
            parts.append(block["value"])
        elif block["type"] == "heading":
            parts.append(f"<h2>{block['value']}</h2>")
    return "".join(parts)


def _fingerprint(page, body):
    """`base.seeding.fingerprint` of the seeded fields, as it was computed for these pages."""
    values = {
        "artists": sorted(page.artists.values_list("pk", flat=True)),
        "body": body,
        "date": page.date.isoformat() if page.date else None,
        "date_precision": page.date_precision,
        "sources": page.sources,
        "summary": page.summary,
        "title": page.title,
        "venue": page.venue_id,
    }
    encoded = json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def _without_ids(stream):
    return [{key: value for key, value in block.items() if key != "id"} for block in stream]


def _convert(apps, to_stream):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ExhibitionPage = apps.get_model("archive", "ExhibitionPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    SeedRecord = apps.get_model("home", "SeedRecord")
    page_type = ContentType.objects.filter(app_label="archive", model="exhibitionpage").first()
    if page_type is None:
        return
    records = {
        record.object_id: record for record in SeedRecord.objects.filter(content_type=page_type)
    }
    for page in ExhibitionPage.objects.all():
        old = page.body
        if to_stream:
            stream = _stream(old)
            new = json.dumps(stream)
            old_body, new_body = old, _without_ids(stream)
        else:
            stream = json.loads(old or "[]")
            new = _rich_text(stream)
            old_body, new_body = _without_ids(stream), new
        record = records.get(page.pk)
        if record is not None and record.fingerprint == _fingerprint(page, old_body):
            record.fingerprint = _fingerprint(page, new_body)
            record.save(update_fields=["fingerprint"])
        ExhibitionPage.objects.filter(pk=page.pk).update(body=new)
    for revision in Revision.objects.filter(content_type=page_type):
        body = revision.content.get("body")
        if body is None:
            continue
        if to_stream:
            revision.content["body"] = json.dumps(_stream(body))
        else:
            revision.content["body"] = _rich_text(json.loads(body or "[]"))
        revision.save(update_fields=["content"])


def rich_text_to_stream(apps, schema_editor):
    _convert(apps, to_stream=True)


def stream_to_rich_text(apps, schema_editor):
    _convert(apps, to_stream=False)


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0007_private_image_files'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0002_historychapterpage_source_historyevent_and_more'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        # Undone after the column is text again, so the reverse reads the stream as JSON text.
        migrations.RunPython(rich_text_to_stream, stream_to_rich_text),
        migrations.AlterField(
            model_name='exhibitionpage',
            name='body',
            field=wagtail.fields.StreamField([('heading', 0), ('paragraph', 1), ('image', 5), ('quote', 9), ('key_figures', 10), ('archive_links', 17)], blank=True, block_lookup={0: ('archive.exhibitions.blocks.HeadingBlock', (), {}), 1: ('archive.exhibitions.blocks.ParagraphBlock', (), {}), 2: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'image'}), 3: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it. Empty if decorative.', 'label': 'alternative text', 'required': False}), 4: ('wagtail.blocks.CharBlock', (), {'label': 'caption', 'required': False}), 5: ('wagtail.blocks.StructBlock', [[('image', 2), ('alt_text', 3), ('caption', 4)]], {}), 6: ('wagtail.blocks.TextBlock', (), {'label': 'quotation'}), 7: ('wagtail.blocks.CharBlock', (), {'help_text': 'Who said or wrote it.', 'label': 'attribution'}), 8: ('wagtail.snippets.blocks.SnippetChooserBlock', ('home.Source',), {'help_text': 'Where it was published.', 'label': 'source', 'required': False}), 9: ('wagtail.blocks.StructBlock', [[('text', 6), ('attribution', 7), ('source', 8)]], {}), 10: ('base.blocks.KeyFiguresBlock', (), {'preview_value': [{'label': 'paid for the building in June 2024', 'value': '€2.7M'}]}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'heading', 'required': False}), 12: ('wagtail.blocks.PageChooserBlock', (), {'label': 'page', 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'For a record, its address on this site, e.g. /en/archive/films/attica/', 'label': 'record address', 'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'link text', 'required': False}), 15: ('wagtail.blocks.StructBlock', [[('page', 12), ('url', 13), ('label', 14)]], {}), 16: ('wagtail.blocks.ListBlock', (15,), {'label': 'links', 'min_num': 1}), 17: ('wagtail.blocks.StructBlock', [[('heading', 11), ('links', 16)]], {'preview_value': {'heading': 'In the archive', 'links': [{'label': 'David Lynch', 'url': '/en/archive/people/david-lynch/'}]}})}, help_text="What the exhibition was, and its place in La Clef's story.", verbose_name='body'),
        ),
    ]
