"""
Every change to what `base.page_tree` remembers bumps its version: a page of any type saved or
deleted, published, unpublished or moved; a site, a locale, a view restriction or its groups.
And where a request starts and ends, for the version's once-a-request reading.
"""

from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Locale, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from base import page_tree


def tree_changed(sender, **kwargs):
    page_tree.bump()


def connect():
    for model in (*get_page_models(), Site, Locale, PageViewRestriction):
        uid = f"page-tree-{model._meta.label_lower}"
        post_save.connect(tree_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(tree_changed, sender=model, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(
        tree_changed, sender=PageViewRestriction.groups.through, dispatch_uid="page-tree-groups"
    )
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(tree_changed, dispatch_uid=f"page-tree-{signal}")
    # The version is read once a request (base/page_tree.py).
    request_started.connect(page_tree.request_started, dispatch_uid="page-tree-request-started")
    request_finished.connect(page_tree.request_finished, dispatch_uid="page-tree-request-finished")
