"""A document that fulfils a component, with the page where each required element is found."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .base import ComponentBlock, period_end_block, period_start_block


class ContentsEntryBlock(blocks.StructBlock):
    element = blocks.CharBlock(label=_("รายการที่กำหนด"), max_length=255)
    page = blocks.IntegerBlock(label=_("หน้าที่"), min_value=1)

    class Meta:
        label = _("ตำแหน่งในเอกสาร")


class DocumentBlock(ComponentBlock):
    """An existing PDF or office file that fulfils one required component of the item.

    ``component`` names the component key from the framework data; ``contents`` maps each required
    element to the page of the document where it is found, so the evaluator can check it quickly.
    """

    component_kind = "document"

    title = blocks.CharBlock(label=_("ชื่อเอกสาร"), max_length=255)
    document = DocumentChooserBlock(label=_("ไฟล์เอกสาร"))
    component = blocks.CharBlock(
        label=_("องค์ประกอบที่เอกสารนี้แสดง"),
        max_length=64,
        required=False,
        help_text=_("รหัสองค์ประกอบตามกรอบการประเมิน (แสดงในแผงความครบถ้วนของหน้านี้)"),
    )
    period_start = period_start_block()
    period_end = period_end_block()
    contents = blocks.ListBlock(
        ContentsEntryBlock(),
        label=_("สารบัญตามองค์ประกอบ"),
        required=False,
        default=[],
        help_text=_("ระบุเลขหน้าที่พบแต่ละรายการที่กำหนด"),
    )

    class Meta:
        label = _("เอกสาร")
        icon = "doc-full"
