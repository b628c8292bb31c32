"""
Blocks every page body may use: images, quotations, key figures and links to the archive. Each
has its own icon, template and preview value, so that editors see in the block picker what a
block will look like.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it. Empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image with credit")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), help_text=_("Who said or wrote it."))
    source = SnippetChooserBlock(
        "home.Source", label=_("source"), required=False, help_text=_("Where it was published.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quotation")
        preview_value = {
            "text": "We showed a different film every night.",
            "attribution": "La Clef Revival collective",
        }


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("figure"), help_text=_("e.g. €2.7M or 5,000"))
    label = blocks.CharBlock(label=_("what it counts"))
    source = SnippetChooserBlock("home.Source", label=_("source"), required=False)


class KeyFiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), **kwargs)

    class Meta:
        icon = "table"
        template = "blocks/key_figures_block.html"
        label = _("Key figures")
        min_num = 1


class ArchiveLinkBlock(blocks.StructBlock):
    """A link to a page, or to a record (a screening, a film, a person) by its address."""

    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.CharBlock(
        label=_("record address"),
        required=False,
        help_text=_("For a record, its address on this site, e.g. /en/archive/films/attica/"),
    )
    label = blocks.CharBlock(label=_("link text"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or give a record's address, not both.")
            raise StructBlockValidationError({"page": ValidationError(message)})
        if value.get("url") and not value["url"].startswith("/"):
            message = _("A record's address starts with /, e.g. /en/archive/films/attica/")
            raise StructBlockValidationError({"url": ValidationError(message)})
        return value


class ArchiveLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    links = blocks.ListBlock(ArchiveLinkBlock(), label=_("links"), min_num=1)

    class Meta:
        icon = "link"
        template = "blocks/archive_links_block.html"
        label = _("Links to the archive")
