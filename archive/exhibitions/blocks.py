"""
The body of an exhibition page: text, headings, photographs, quotations, figures and links to the
archive, as its own StreamBlock (https://docs.wagtail.org/en/stable/topics/streamfield.html).

Quotations, figures and archive links are the shared blocks of `home.blocks`; the exhibition's
paragraph keeps the headings and lists its text had as a rich text field, so that nothing written
before the body became a stream is lost.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from base.access import AccessLevel
from base.blocks import ArchiveLinksBlock, ImageBlock, KeyFiguresBlock, QuoteBlock

EXHIBITION_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = "In the campaign"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", EXHIBITION_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        preview_value = (
            "<p>In November 2023 the Palais de Tokyo hosted an exhibition and sale of artworks "
            "organised to help buy La Clef's building.</p>"
        )


class ExhibitionImageBlock(ImageBlock):
    """A photograph of the exhibition; it must be public, or visitors would see nothing."""

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image is not None and image.access_level != AccessLevel.PUBLIC:
            message = _(
                "This image is not public, so visitors would not see it: choose a public image "
                "or change the image's access."
            )
            raise StructBlockValidationError({"image": ValidationError(message)})
        return value

    class Meta:
        preview_value = {
            "alt_text": "Visitors among the works at the Palais de Tokyo",
            "caption": "The exhibition and sale, November 2023",
        }


class ExhibitionBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ExhibitionImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock(
        preview_value=[{"value": "€2.7M", "label": "paid for the building in June 2024"}]
    )
    archive_links = ArchiveLinksBlock(
        preview_value={
            "heading": "In the archive",
            "links": [{"url": "/en/archive/people/david-lynch/", "label": "David Lynch"}],
        }
    )
