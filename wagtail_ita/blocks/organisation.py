"""Blocks describing the organisation: structure, authority, contact and laws."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .base import ComponentBlock
from .people import SIDES


class UnitBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("ส่วนงาน"), max_length=255)
    head = blocks.CharBlock(label=_("ตำแหน่งหัวหน้าส่วนงาน"), max_length=255, required=False)


class OrgStructureBlock(ComponentBlock):
    """The organisation chart (แผนผังโครงสร้าง) and its units — O1."""

    component_kind = "org_structure"

    title = blocks.CharBlock(label=_("ชื่อแผนผัง"), max_length=255)
    side = blocks.ChoiceBlock(choices=SIDES, label=_("ฝ่าย"), required=False)
    chart = ImageChooserBlock(label=_("ภาพแผนผังโครงสร้าง"), required=False)
    document = DocumentChooserBlock(label=_("เอกสารแผนผังโครงสร้าง"), required=False)
    units = blocks.ListBlock(UnitBlock(), label=_("ส่วนงานภายใน"), default=[])

    class Meta:
        label = _("แผนผังโครงสร้าง")
        icon = "site"


class AuthorityBlock(ComponentBlock):
    """The agency's powers and duties (อำนาจหน้าที่) with their legal basis — O3."""

    component_kind = "authority"

    duties = blocks.RichTextBlock(label=_("หน้าที่และอำนาจ"), features=["bold", "italic", "ol", "ul", "link"])
    legal_basis = blocks.CharBlock(label=_("กฎหมายที่กำหนด"), max_length=500)

    class Meta:
        label = _("อำนาจหน้าที่")
        icon = "list-ul"


class ContactBlock(ComponentBlock):
    """How to contact the agency — O5: address, phone, e-mail and map location."""

    component_kind = "contact"

    address = blocks.TextBlock(label=_("ที่อยู่หน่วยงาน"))
    phone = blocks.CharBlock(label=_("หมายเลขโทรศัพท์"), max_length=100)
    email = blocks.EmailBlock(label=_("E-mail"))
    latitude = blocks.DecimalBlock(label=_("ละติจูด"), min_value=-90, max_value=90, decimal_places=6)
    longitude = blocks.DecimalBlock(label=_("ลองจิจูด"), min_value=-180, max_value=180, decimal_places=6)

    class Meta:
        label = _("ข้อมูลการติดต่อ")
        icon = "mail"


class LawBlock(ComponentBlock):
    """A law or regulation the agency works under — O6."""

    component_kind = "law"

    title = blocks.CharBlock(label=_("ชื่อกฎหมาย"), max_length=500)
    url = blocks.URLBlock(label=_("ลิงก์"), required=False)
    document = DocumentChooserBlock(label=_("เอกสาร"), required=False)

    class Meta:
        label = _("กฎหมายที่เกี่ยวข้อง")
        icon = "doc-full-inverse"
