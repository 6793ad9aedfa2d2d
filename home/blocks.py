"""StreamField blocks shared by the site's pages (publications reuse them)."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=160, help_text=_("A section heading; it also appears in the page's contents."))

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        label = _("Section heading")
        description = _("Starts a new section of the page.")
        preview_value = {"text": "Situation in the Kyrgyz Republic"}


class FigureBlock(blocks.StructBlock):
    """Wagtail's ImageBlock (alt text in context, decorative flag) with a visible caption."""

    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=300, help_text=_("Shown under the image."))

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"
        label = _("Image")
        description = _("An image with alt text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(required=False, max_length=200, help_text=_("Who said it."))

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        label = _("Quote")
        description = _("A highlighted quotation with its source.")
        preview_value = {
            "quote": "Experience comes with time and the cases you work on.",
            "attribution": "A young lawyer, focus-group participant",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    page = blocks.PageChooserBlock(required=False, help_text=_("Link to a page of this site…"))
    url = blocks.URLBlock(required=False, help_text=_("…or to another site."))
    button_label = blocks.CharBlock(max_length=60)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.BlockValidationError(_("Choose a page or enter a link."))}
            )
        return value

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"
        label = _("Call to action")
        description = _("A boxed invitation with one button, e.g. to donate or ask for help.")
        preview_value = {
            "title": "Support human rights defenders",
            "text": "Your gift pays for lawyers who represent victims of torture.",
            "url": "https://example.org/",
            "button_label": "Donate",
        }


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Text"),
        template="components/blocks/paragraph.html",
        description=_("Paragraphs of formatted text."),
        preview_value="<p>Bir Duino-Kyrgyzstan defends civil rights and freedoms.</p>",
    )
    image = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(
        icon="media",
        label=_("Embedded media"),
        template="components/blocks/embed.html",
        description=_("A video or post from another site, by its address."),
        help_text=_("Paste the address of a YouTube or Vimeo video."),
    )


class ImpactFigureBlock(blocks.StructBlock):
    """One fact for the home page's impact strip: a short figure and what it counts."""

    # A number, so the strip reads as facts: a word such as "dozens" looks like a placeholder.
    figure = blocks.CharBlock(
        max_length=12,
        help_text=_("A number you can source, e.g. 4, 30+ or 2010."),
        validators=[RegexValidator(r"\d", _("Write a number, e.g. 4, 30+ or 2010: a word reads as a placeholder."))],
    )
    label = blocks.CharBlock(max_length=140, help_text=_("What the figure counts, as a short phrase."))

    class Meta:
        icon = "pick"
        label = _("Figure")
        description = _("A figure with a short explanation; use only facts you can source.")
        preview_value = {"figure": "4", "label": "international networks we belong to"}


class ImpactStreamBlock(blocks.StreamBlock):
    figure = ImpactFigureBlock()

    class Meta:
        max_num = 4
