"""Publication body blocks: the site's shared blocks plus documents, tables and the recommendations placement."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import ContentStreamBlock


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(help_text=_("A PDF or office file from the document library."))
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Shown as the link text; the document's own title if empty.")
    )
    description = blocks.TextBlock(required=False, help_text=_("One sentence about what the file holds."))

    class Meta:
        icon = "doc-full"
        template = "publications/blocks/document.html"
        label = _("Document download")
        description = _("A download link to a file, with its type and size.")


class RecommendationsBlock(blocks.StructBlock):
    """Marks where the statement's recommendations (edited below the body, as data) appear."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=160,
        help_text=_("Defaults to “Recommendations”. Appears in the contents."),
    )
    intro = blocks.TextBlock(
        label=_("Introduction"),
        required=False,
        help_text=_("A sentence before the list, e.g. who they were sent to."),
    )

    class Meta:
        icon = "list-ol"
        template = "publications/blocks/recommendations.html"
        label = _("Recommendations")
        description = _("Statements only: shows their recommendations here, with addressee and status.")
        preview_value = {"heading": "Recommendations", "intro": "The participants call on the state bodies to:"}


class PublicationStreamBlock(ContentStreamBlock):
    """What every kind of publication may hold. Statements add the recommendations placement: the editor of any
    other kind never sees that block offered (publications.admin_forms)."""

    document = DocumentBlock()
    table = TableBlock(
        template="publications/blocks/table.html",
        label=_("Table"),
        description=_("A simple table; the first row can be the header."),
        help_text=_("Tick “Row header” to mark the first row as column headings."),
        preview_value={
            "data": [["Addressee", "Status"], ["Jogorku Kenesh", "No response"], ["Ombudsman", "Implemented"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "",
        },
    )


class StatementStreamBlock(PublicationStreamBlock):
    """The body field's block: every publication's blocks plus the recommendations placement."""

    recommendations = RecommendationsBlock()
