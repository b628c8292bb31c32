"""
What queues a new public version: publishing or unpublishing an interview (its passages, its
embargo, its access level, its recordings and the choice for the picture are published with it),
a passage saved or deleted outside the editor (an import, the seeds), and a recording's file or
access changing. Planning runs once the change is committed.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from oral_history.models import InterviewPage, Redaction
from oral_history.public_recordings.planning import plan, plan_for_media


def _interview_changed(sender, instance, **kwargs):
    transaction.on_commit(lambda: plan(instance.pk))


def _passage_changed(sender, instance, **kwargs):
    interview_id = instance.interview_id
    transaction.on_commit(lambda: plan(interview_id))


def _media_changed(sender, instance, **kwargs):
    transaction.on_commit(lambda: plan_for_media(instance.pk))


def connect():
    page_published.connect(_interview_changed, sender=InterviewPage)
    page_unpublished.connect(_interview_changed, sender=InterviewPage)
    post_save.connect(_passage_changed, sender=Redaction)
    post_delete.connect(_passage_changed, sender=Redaction)
    post_save.connect(_media_changed, sender=settings.WAGTAILMEDIA["MEDIA_MODEL"])
