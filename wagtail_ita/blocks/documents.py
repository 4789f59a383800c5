"""A document that fulfils a component, with the page where each required element is found."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .base import ComponentBlock, period_end_block, period_start_block
from .choices import KeyChoiceBlock, component_choices, division_choices, element_choices
from .declarations import DateRange


class ContentsEntryBlock(blocks.StructBlock):
    element = KeyChoiceBlock(choices=element_choices, label=_("Required element"))
    page = blocks.IntegerBlock(label=_("Page no."), min_value=1)

    class Meta:
        label = _("Location in the document")


class DocumentBlock(ComponentBlock):
    """An existing PDF or office file that fulfils one required component of the item.

    ``component`` names the component key from the framework data; ``contents`` maps each required
    element to the page of the document where it is found, so the evaluator can check it quickly;
    ``division`` says whose document it is, for components every division must fulfil (a manual each).
    """

    component_kind = "document"
    required_fields = ("title", "document")
    period_fields = (DateRange("period_start", "period_end", open_ended=True),)

    title = blocks.CharBlock(label=_("Document title"), max_length=255)
    document = DocumentChooserBlock(label=_("Document file"))
    component = KeyChoiceBlock(
        choices=component_choices,
        label=_("Component this document shows"),
        help_text=_(
            "The required data component this file fulfils; the completeness panel lists this item's components"
        ),
    )
    period_start = period_start_block()
    period_end = period_end_block()
    division = KeyChoiceBlock(
        choices=division_choices,
        label=_("Division whose document this is"),
        required=False,
        help_text=_("For items where every division must have its own"),
    )
    contents = blocks.ListBlock(
        ContentsEntryBlock(),
        label=_("Contents by component"),
        required=False,
        default=[],
        help_text=_("Give the page number where each required element is found"),
    )

    class Meta:
        template = "wagtail_ita/blocks/document.html"
        label = _("Document")
        icon = "doc-full"
        help_text = _(
            "Any component: an existing file that declares the component it fulfils, its period, and the page of each required element."
        )
