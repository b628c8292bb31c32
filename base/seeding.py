"""
Idempotent loading that never overwrites an editor.

Every object the loader writes is registered in `SeedRecord` under a stable key, with a
fingerprint of the fields the loader manages. On the next run:

- no record: the object is created (or, if one with the same address already exists and the
  loader did not make it, it is left alone);
- a record whose object is gone: an editor deleted it, and it stays deleted;
- a record whose object no longer matches its fingerprint, or a page with a draft or a revision
  by a person: an editor changed it, and it is kept as it is;
- otherwise the object is brought up to date with the seed content, and nothing is written at all
  when it already is.

When a loader comes to manage more fields (an English title beside the French one) or a migration
moves what it wrote (notes that become the English notes), the fingerprint of an untouched object
no longer matches its record. The loader then says what its earlier version wrote, as the
migrations have left it (`record(..., earlier=[...])`): an object that still holds exactly that
is brought up to date as if it matched, and an object that holds anything else was edited.

`load_la_clef` imports no domain: each app's `seeds` module registers its loaders with
`@seeds.loader(order)`, and the command runs them in that order, in one transaction.
"""

import datetime
import hashlib
import json
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.module_loading import autodiscover_modules
from modelcluster.fields import ParentalKey
from wagtail.blocks import StreamValue
from wagtail.models import Page
from wagtail.rich_text import RichText

from base.models import SeedRecord


def _comparable(value):
    if hasattr(value, "all") and hasattr(value, "model"):
        return _related_data(value)
    if isinstance(value, StreamValue):
        return _without_block_ids(value.get_prep_value())
    if isinstance(value, RichText):
        return value.source
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if hasattr(value, "pk"):
        return value.pk
    return value


def _related_data(manager):
    """Many-to-many relations compare as their ids; inline children as their own fields."""
    items = list(manager.all())
    if any(isinstance(field, ParentalKey) for field in manager.model._meta.concrete_fields):
        return [_child_data(item) for item in items]
    return sorted(item.pk for item in items)


def _child_data(obj):
    data = {
        field.name: _comparable(getattr(obj, field.name))
        for field in obj._meta.concrete_fields
        if not field.primary_key and not isinstance(field, ParentalKey)
    }
    for field in obj._meta.many_to_many:
        data[field.name] = sorted(item.pk for item in getattr(obj, field.name).all())
    return data


def _without_block_ids(data):
    """Block ids are random, so they are left out of what is compared."""
    if isinstance(data, list):
        return [_without_block_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: _without_block_ids(value) for key, value in data.items() if key != "id"}
    return data


def fingerprint(obj, field_names):
    return _digest({name: getattr(obj, name) for name in field_names})


def _digest(values):
    values = {name: _comparable(value) for name, value in values.items()}
    encoded = json.dumps(values, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


class Seeder:
    """Creates and updates the loader's objects, and counts what it did for the report."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    KEPT_EDITED = "kept (changed by an editor)"
    KEPT_DELETED = "kept deleted (deleted by an editor)"
    KEPT_FOREIGN = "kept (made by an editor)"

    def __init__(self):
        self.outcomes = Counter()
        self.kept = []
        self._records = {record.key: record for record in SeedRecord.objects.all()}

    def summary(self):
        parts = [f"{count} {outcome}" for outcome, count in sorted(self.outcomes.items())]
        return ", ".join(parts) or "nothing to do"

    def _note(self, outcome, key):
        self.outcomes[outcome] += 1
        if outcome.startswith("kept"):
            self.kept.append(f"{key}: {outcome}")

    def _remember(self, key, obj, fields):
        record = self._records.get(key) or SeedRecord(key=key)
        record.content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        record.object_id = obj.pk
        record.fingerprint = fingerprint(obj, fields)
        record.save()
        self._records[key] = record

    def existing_object(self, key, model):
        """The object the loader registered under key, if it still exists."""
        return self._existing(key, model)[1]

    def _existing(self, key, model):
        """The object registered under key: (record, object or None)."""
        record = self._records.get(key)
        if record is None:
            return None, None
        return record, model._default_manager.filter(pk=record.object_id).first()

    def page(self, key, *, parent, page_class, fields, slug, locale, translation_of=None):
        """
        Create or update a published page of `page_class` under `parent`.

        Returns the page, whoever wrote it last, so that its children can be loaded under it; or
        None when an editor deleted it.
        """
        record, page = self._existing(key, page_class)
        if record is not None and page is None:
            self._note(self.KEPT_DELETED, key)
            return None
        if record is None:
            existing = parent.get_children().filter(slug=slug).specific().first()
            if existing is not None:
                self._note(self.KEPT_FOREIGN, key)
                return existing
            page = page_class(slug=slug, locale=locale, **fields)
            if translation_of is not None:
                page.translation_key = translation_of.translation_key
            with transaction.atomic():
                parent.add_child(instance=page)
                page.save_revision().publish()
                self._remember(key, page, fields)
            self._note(self.CREATED, key)
            return page
        if self._edited_page(page, record, fields):
            self._note(self.KEPT_EDITED, key)
            return page
        return self._update(key, page, fields, publish=True)

    def record(self, key, *, model, fields, lookup=None, on_create=None, earlier=()):
        """
        Create or update a plain model instance (a source, a film, a venue...). `on_create` may
        set what is written once and never compared afterwards, such as an uploaded file.
        `earlier` lists what earlier versions of the loader wrote, each as the fields whose
        values differed from `fields` (a field they did not manage at its empty value): an
        object still holding one of them is updated rather than taken for an editor's.
        """
        record, obj = self._existing(key, model)
        if record is not None and obj is None:
            self._note(self.KEPT_DELETED, key)
            return None
        if record is None:
            if lookup and model._default_manager.filter(**lookup).exists():
                self._note(self.KEPT_FOREIGN, key)
                return model._default_manager.get(**lookup)
            with transaction.atomic():
                obj = model(**fields)
                if on_create is not None:
                    on_create(obj)
                obj.save()
                self._remember(key, obj, fields)
            self._note(self.CREATED, key)
            return obj
        current = fingerprint(obj, fields)
        if current == record.fingerprint:
            return self._update(key, obj, fields, publish=False)
        if any(current == _digest({**fields, **version}) for version in earlier):
            return self._update(key, obj, fields, publish=False, remember=True)
        self._note(self.KEPT_EDITED, key)
        return obj

    def _edited_page(self, page, record, fields):
        return (
            page.has_unpublished_changes
            or fingerprint(page, fields) != record.fingerprint
            or page.revisions.exclude(user=None).exists()
        )

    def _update(self, key, obj, fields, *, publish, remember=False):
        """`remember`: record the fingerprint even if nothing changes (an earlier one matched)."""
        before = fingerprint(obj, fields)
        for name, value in fields.items():
            setattr(obj, name, value)
        if fingerprint(obj, fields) == before:
            if remember:
                self._remember(key, obj, fields)
            self._note(self.UNCHANGED, key)
            return obj
        with transaction.atomic():
            if publish:
                obj.save_revision().publish()
            else:
                obj.save()
            self._remember(key, obj, fields)
        self._note(self.UPDATED, key)
        return obj


def is_stock_welcome_page(page):
    """The placeholder page Wagtail's first migration creates, which the real home replaces."""
    return type(page.specific) is Page and page.slug == "home" and page.depth == 2


# The order of the loaders: the home pages, then the section pages (in the order of the menu),
# then the records and pages that go into them.
HOME_PAGES = 0
SECTION_PAGES = 10
CONTENT = 100

LANGUAGES = ("fr", "en")
_loaders = []


def loader(order, *, samples=False):
    """
    Register `function(seeder, sections)` to run in `order`; `sections` maps a section's name to
    its page in each language ({"archive": {"fr": page, "en": page}}), filled as sections are
    made. A loader marked `samples` runs only with `load_la_clef --with-samples`.
    """

    def register(function):
        _loaders.append((order, samples, function))
        return function

    return register


def registered_loaders(with_samples=False):
    """Every app's loaders, in order (the apps' `seeds` modules are imported once)."""
    autodiscover_modules("seeds")
    return [
        function
        for _order, samples, function in sorted(_loaders, key=lambda item: item[0])
        if with_samples or not samples
    ]


def load_section(seeder, sections, name, page_class, content):
    """A section page `name` under each language's home page, the English translating the French."""
    sections[name] = {}
    for code in LANGUAGES:
        home = sections["home"].get(code)
        if home is None:
            continue
        sections[name][code] = seeder.page(
            f"section:{name}:{code}",
            parent=home,
            page_class=page_class,
            slug=content[code]["slug"],
            locale=home.locale,
            translation_of=sections[name].get("fr"),
            fields={
                "title": content[code]["title"],
                "introduction": content[code]["intro"],
                "show_in_menus": True,
            },
        )
