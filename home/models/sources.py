from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index

from base.dates import DatePrecision, PartialDateMixin, date_precision_field


class Source(PartialDateMixin, TranslatableMixin, index.Indexed, models.Model):
    """
    A document a statement on the site comes from, cited by chapters, events and quotations.

    One record per document, chosen wherever it is cited, so that a correction to a title or a
    link is made once. Translatable, because its note is written for each language's readers.
    """

    title = models.CharField(_("title"), max_length=300, help_text=_("The document's own title."))
    publisher = models.CharField(
        _("publisher"),
        max_length=200,
        blank=True,
        help_text=_("Newspaper, website or organisation that published it."),
    )
    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("Publication date; leave empty when the document is undated."),
    )
    date_precision = date_precision_field(default=DatePrecision.YEAR)
    url = models.URLField(
        _("URL"), blank=True, help_text=_("Where the document can be read, if it is online.")
    )
    note = models.TextField(
        _("note"),
        blank=True,
        help_text=_("What the document is and what it covers, for readers of this language."),
    )

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("publisher"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["title"]

    def __str__(self):
        return self.title
