"""The publication editor offers the "Recommendations" placement block only on statements.

The body field stores and renders every block (`StatementStreamBlock`); the form shown for any other kind swaps
each language's body field for one built on `PublicationStreamBlock`, so the block menu never lists what
saving would refuse. A submitted form always parses the full set, so nothing an editor sent is dropped: a
refused block comes back with the model's error, where the editor can see and remove it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField, StreamValue

from core.languages import localized_field_names

from .blocks import PublicationStreamBlock

STATEMENT = "statement"  # PublicationPage.Kind.STATEMENT (the model imports this form)


def without_placement(value, block):
    """The stored body as the narrower block set holds it (older bodies may still carry the placement)."""
    if value is None:
        return StreamValue(block, [])
    kept = [(child.block_type, child.value, child.id) for child in value if child.block_type in block.child_blocks]
    return StreamValue(block, kept)


class PublicationPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound or self.instance.kind == STATEMENT:
            return
        block = PublicationStreamBlock()
        for name in localized_field_names("body"):
            field = self.fields.get(name)
            if field is None:
                continue
            block.set_meta_options({"required": field.block.meta.required})
            self.fields[name] = BlockField(
                block=block,
                required=field.required,
                label=field.label,
                help_text=_("Section headings build the table of contents."),
            )
            self.initial[name] = without_placement(self.initial.get(name), block)
