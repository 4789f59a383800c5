"""Blocks describing the organisation: structure, authority, contact and laws."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .base import ComponentBlock
from .declarations import AnyOf, Rows
from .people import SIDES


class UnitBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Unit"), max_length=255)
    head = blocks.CharBlock(label=_("Position of the unit head"), max_length=255, required=False)


class OrgStructureBlock(ComponentBlock):
    """The organisation chart (แผนผังโครงสร้าง) and its units — O1."""

    component_kind = "org_structure"
    required_fields = ("title", AnyOf("chart_or_document", ("chart", "document")), Rows("units", ("name",)))

    title = blocks.CharBlock(label=_("Chart title"), max_length=255)
    side = blocks.ChoiceBlock(choices=SIDES, label=_("Side"), required=False)
    chart = ImageChooserBlock(label=_("Organisation chart image"), required=False)
    document = DocumentChooserBlock(label=_("Organisation chart document"), required=False)
    units = blocks.ListBlock(UnitBlock(), label=_("Internal units"), default=[])

    class Meta:
        template = "wagtail_ita/blocks/org_structure.html"
        label = _("Organisation chart")
        icon = "site"
        help_text = _(
            "An organisation chart of the agency's divisions showing the key positions and internal units; local governments show both the political and the civil-service side."
        )


class AuthorityBlock(ComponentBlock):
    """The agency's powers and duties (อำนาจหน้าที่) with their legal basis — O3."""

    component_kind = "authority"
    required_fields = ("duties", "legal_basis")

    duties = blocks.RichTextBlock(label=_("Duties and powers"), features=["bold", "italic", "ol", "ul", "link"])
    legal_basis = blocks.CharBlock(label=_("Law that sets them"), max_length=500)

    class Meta:
        template = "wagtail_ita/blocks/authority.html"
        label = _("Powers and duties")
        icon = "list-ul"
        help_text = _("The agency's powers and duties as the law prescribes them.")


class ContactBlock(ComponentBlock):
    """How to contact the agency — O5: address, phone, e-mail and map location."""

    component_kind = "contact"
    required_fields = ("address", "phone", "email", "latitude", "longitude")

    address = blocks.TextBlock(label=_("Agency address"))
    phone = blocks.CharBlock(label=_("Phone number"), max_length=100)
    email = blocks.EmailBlock(label=_("E-mail"))
    latitude = blocks.DecimalBlock(label=_("Latitude"), min_value=-90, max_value=90, decimal_places=6)
    longitude = blocks.DecimalBlock(label=_("Longitude"), min_value=-180, max_value=180, decimal_places=6)

    class Meta:
        template = "wagtail_ita/blocks/contact.html"
        label = _("Contact information")
        icon = "mail"
        help_text = _("At least the address, telephone number, e-mail and a map location.")


class LawBlock(ComponentBlock):
    """A law or regulation the agency works under — O6."""

    component_kind = "law"
    required_fields = ("title", AnyOf("source", ("url", "document")))

    title = blocks.CharBlock(label=_("Title of the law"), max_length=500)
    url = blocks.URLBlock(label=_("Link"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/law.html"
        label = _("Related law")
        icon = "doc-full-inverse"
        help_text = _("A law related to the agency's work, with a link or the document.")
