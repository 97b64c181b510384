from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Text alternative"),
        required=False,
        help_text=_("What the image shows, for readers who cannot see it. Empty: the image title."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "news/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "news/blocks/quote.html"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False)

    class Meta:
        icon = "doc-full"
        template = "news/blocks/attachment.html"


class LinkedEmbedBlock(EmbedBlock):
    """Shown as a link, not an iframe: a page of ours makes no request to another host
    until the reader chooses to go there."""

    class Meta:
        icon = "media"
        template = "news/blocks/embed.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
    )
    image = CaptionedImageBlock(label=_("Image with caption"))
    quote = QuoteBlock(label=_("Quote"))
    attachment = AttachmentBlock(label=_("Attachment"))
    table = TableBlock(label=_("Table"), template="news/blocks/table.html")
    embed = LinkedEmbedBlock(label=_("Embedded media"))
