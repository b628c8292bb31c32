"""
Issuing keys when records are created, and retiring them when records are deleted.

A record gets its identifier from `post_save` when it is created; an event or interview whose key
changes later (a corrected external identifier or accession) gets the new key as well, and keeps
the old one, which still leads to it. Records written without signals (`bulk_create` of the
sample generator) get theirs from `issue_identifiers` or, at the latest, the first time their
address is asked for (`lookup`) or when they are deleted. Deletion marks the row deleted, in
`pre_delete` so that the row goes with the deletion's transaction and the record can still be
asked whether it was public.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save, pre_delete
from django.utils import timezone
from wagtail.models import Page

from identifiers import key_of, kind_of
from identifiers.kinds import KINDS
from identifiers.models import PermanentIdentifier

# Kinds whose key is a field an editor may change; the others' keys are primary keys.
CHANGING_KEYS = ("event", "interview")


def issue(record):
    """Issue this record's key if it has none yet (idempotent); return the identifier's row."""
    kind, key = kind_of(record), key_of(record)
    content_type = ContentType.objects.get_for_model(record, for_concrete_model=False)
    if isinstance(record, Page):
        content_type = ContentType.objects.get_for_model(Page)
    row, created = PermanentIdentifier.objects.get_or_create(
        kind=kind,
        key=key,
        defaults={"content_type": content_type, "object_id": str(record.pk)},
    )
    if not created and row.deleted_at and row.content_type_id == content_type.pk:
        # The same event imported again under its external identifier: it takes its key back.
        row.object_id, row.deleted_at, row.withheld = str(record.pk), None, False
        row.save(update_fields=["object_id", "deleted_at", "withheld"])
    return row


def lookup(kind, key):
    """The identifier row of `kind`/`key`, issued now if its record exists without one."""
    row = PermanentIdentifier.objects.filter(kind=kind, key=key).first()
    if row is None and kind in KINDS:
        record = KINDS[kind].find(key)
        if record is not None and kind_of(record) == kind and key_of(record) == key:
            row = issue(record)
    return row


def target(row):
    """The record an identifier row points to, as its most specific class, or None."""
    model = row.content_type.model_class()
    record = model._default_manager.filter(pk=row.object_id).first()
    return record.specific if isinstance(record, Page) else record


def retire(record):
    """
    Mark the record's identifiers deleted; withheld if the public may not know the record. A
    record that never had its key written (made by `bulk_create`) gets it now, deleted.
    """
    kind = kind_of(record)
    issue(record)
    rows = PermanentIdentifier.objects.filter(kind=kind, object_id=str(record.pk), deleted_at=None)
    if isinstance(record, Page):
        successor = (
            Page.objects.filter(translation_key=record.translation_key)
            .exclude(pk=record.pk)
            .first()
        )
        if successor is not None and kind == "interview" and record.external_id:
            # The accession names every translation: it moves to one that remains.
            rows.filter(key=record.external_id).update(object_id=str(successor.pk))
    withheld = not KINDS[kind].is_known_to(record, AnonymousUser())
    rows.update(deleted_at=timezone.now(), withheld=withheld)


def is_issued_for(instance):
    """
    Real records only: not the historical models migrations save (module `__fake__`), nor the
    `Page` row of a more specific page, which Django deletes with it and signals too (an
    interview's page would otherwise get a "page" key, answering 410 even when it was closed).
    """
    if type(instance).__module__ == "__fake__" or kind_of(instance) is None:
        return False
    return not isinstance(instance, Page) or instance.specific_class is type(instance)


def on_save(sender, instance, created, raw=False, **kwargs):
    if raw or not is_issued_for(instance):
        return
    if created or kind_of(instance) in CHANGING_KEYS:
        issue(instance)


def on_delete(sender, instance, **kwargs):
    if is_issued_for(instance):
        retire(instance)


def issue_all():
    """Issue a key to every record that has none (the command and the tests call it); a count."""
    issued = 0
    for kind in KINDS.values():
        for record in kind.model._default_manager.iterator():
            record = record.specific if isinstance(record, Page) else record
            if kind_of(record) != kind.name:
                continue
            before = PermanentIdentifier.objects.filter(kind=kind.name, key=key_of(record))
            if not before.exists():
                issue(record)
                issued += 1
    return issued


def connect():
    post_save.connect(on_save, dispatch_uid="identifiers.issue")
    pre_delete.connect(on_delete, dispatch_uid="identifiers.retire")
