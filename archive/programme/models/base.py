"""What every programme record shares: a unique slug, a source citation and a sample flag."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


def unique_slug(text, taken, fallback="record", max_length=100):
    """
    A slug for `text` that is not in `taken` (a set of slugs), which it is added to.

    Importers and generators call this with the set of every slug already in the table, so that
    thousands of records get their slugs without one query each.
    """
    base = slugify(text)[: max_length - 8].strip("-") or fallback
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


class ArchiveRecord(models.Model):
    """
    Fields of every programme record (film, person, screening, series, venue).

    `source` names the document a fact comes from, in plain text for now (see the import
    format). `is_sample` marks the records `generate_sample_archive` makes for demonstrations and
    benchmarks, which every page that shows one says.
    """

    source = models.TextField(
        _("source"),
        blank=True,
        help_text=_("The document this record's facts come from, e.g. an article's title."),
    )
    is_sample = models.BooleanField(
        _("sample record"),
        default=False,
        editable=False,
        help_text=_("Generated for demonstrations; not a real record of La Clef."),
    )
    # The OAI-PMH datestamp of the record (harvesting/): a harvester asks what changed since a
    # day, so the time of the last change is kept, indexed, on every record.
    updated_at = models.DateTimeField(
        _("last modified"), auto_now=True, db_index=True, help_text=_("Set on every save.")
    )

    class Meta:
        abstract = True


class SluggedRecord(ArchiveRecord):
    """A record with its own public page under the archive, at a stable slug."""

    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_(
            "The last part of the record's web address, made from its name when left empty. "
            "Changing it breaks old links."
        ),
    )

    slug_source_field = "title"

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.slug:
            taken = set(
                type(self)
                ._default_manager.filter(
                    slug__startswith=slugify(getattr(self, self.slug_source_field))[:92]
                )
                .values_list("slug", flat=True)
            )
            self.slug = unique_slug(getattr(self, self.slug_source_field), taken)
        super().save(*args, **kwargs)
