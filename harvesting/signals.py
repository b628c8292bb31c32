"""
Tombstones are written when a harvested record goes: deleted, or for a page (an interview, a
chapter) or a media item unpublished, closed or otherwise taken out of public view, and removed
when it comes back. Only a record the public could see gets one, so a closed interview that
never opened leaves no trace, not even its identifier.
"""

from django.db.models.signals import post_save, pre_delete, pre_save
from django.utils import timezone

from harvesting import kinds
from harvesting.models import Tombstone

HIDEABLE_KINDS = kinds.HIDEABLE_KINDS


def _stream_of(instance):
    """The stream whose table holds this instance (a page's specific model), or None."""
    for stream in kinds.STREAMS:
        if type(instance) is stream.model:
            return stream
    return None


def _is_public(stream, pk):
    return stream.rows().filter(pk=pk).exists()


def bury(stream, instance):
    Tombstone.objects.update_or_create(
        kind=stream.kind, key=stream.key(instance), defaults={"datestamp": timezone.now()}
    )


def exhume(stream, instance):
    Tombstone.objects.filter(kind=stream.kind, key=stream.key(instance)).delete()


def record_deleted(sender, instance, **kwargs):
    stream = _stream_of(instance)
    if stream is not None and instance.pk is not None and _is_public(stream, instance.pk):
        bury(stream, instance)


def record_created(sender, instance, created, **kwargs):
    """A record made again under a key that was deleted (a re-import) is no longer deleted."""
    stream = _stream_of(instance)
    if created and stream is not None and stream.kind not in HIDEABLE_KINDS:
        exhume(stream, instance)


def hideable_saving(sender, instance, **kwargs):
    stream = _stream_of(instance)
    if stream is not None and stream.kind in HIDEABLE_KINDS and instance.pk is not None:
        instance._harvest_was_public = _is_public(stream, instance.pk)


def hideable_saved(sender, instance, **kwargs):
    stream = _stream_of(instance)
    if stream is None or stream.kind not in HIDEABLE_KINDS:
        return
    if _is_public(stream, instance.pk):
        exhume(stream, instance)
    elif getattr(instance, "_harvest_was_public", False):
        bury(stream, instance)


def connect():
    for stream in kinds.STREAMS:
        uid = f"harvesting-{stream.model._meta.label_lower}"
        pre_delete.connect(record_deleted, sender=stream.model, dispatch_uid=f"{uid}-delete")
        if stream.kind in HIDEABLE_KINDS:
            pre_save.connect(hideable_saving, sender=stream.model, dispatch_uid=f"{uid}-saving")
            post_save.connect(hideable_saved, sender=stream.model, dispatch_uid=f"{uid}-saved")
        else:
            post_save.connect(record_created, sender=stream.model, dispatch_uid=f"{uid}-created")
