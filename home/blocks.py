"""
Blocks of the history chapters' bodies: the shared blocks of `base.blocks`, and the statement that
the sources disagree.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from base.blocks import (
    RICH_TEXT_FEATURES,
    ArchiveLinksBlock,
    ImageBlock,
    KeyFiguresBlock,
    QuoteBlock,
)


class DisagreementBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"))
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)
    sources = blocks.ListBlock(
        SnippetChooserBlock("home.Source"),
        label=_("sources that disagree"),
        min_num=2,
    )

    class Meta:
        icon = "warning"
        template = "blocks/disagreement_block.html"
        label = _("The sources disagree")


class ChapterBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        icon="title", template="blocks/heading_block.html", label=_("Heading")
    )
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, icon="pilcrow", label=_("Paragraph")
    )
    image = ImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    disagreement = DisagreementBlock()
    archive_links = ArchiveLinksBlock()
