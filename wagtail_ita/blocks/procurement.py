"""Procurement blocks (การจัดซื้อจัดจ้าง): plan, announcements and the monthly summary."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .base import ComponentBlock, year_block

MONTHS = [
    (10, _("ตุลาคม")),
    (11, _("พฤศจิกายน")),
    (12, _("ธันวาคม")),
    (1, _("มกราคม")),
    (2, _("กุมภาพันธ์")),
    (3, _("มีนาคม")),
    (4, _("เมษายน")),
    (5, _("พฤษภาคม")),
    (6, _("มิถุนายน")),
    (7, _("กรกฎาคม")),
    (8, _("สิงหาคม")),
    (9, _("กันยายน")),
]


class ProcurementPlanBlock(ComponentBlock):
    """The procurement plan under the 2560 Procurement Act, or why there is none — O19."""

    component_kind = "procurement_plan"

    title = blocks.CharBlock(label=_("ชื่อแผน"), max_length=255)
    fiscal_year = year_block(_("ปีงบประมาณ (พ.ศ.)"))
    document = DocumentChooserBlock(label=_("ไฟล์แผนการจัดซื้อจัดจ้าง"), required=False)
    no_plan_reason = blocks.TextBlock(
        label=_("เหตุผลที่ไม่มีแผน"),
        required=False,
        help_text=_("กรณีไม่มีการจัดจ้างที่มีวงเงินเกิน ๕ แสนบาท ให้อธิบายโดยละเอียด"),
    )

    class Meta:
        label = _("แผนการจัดซื้อจัดจ้าง")
        icon = "list-ul"


class ProcurementAnnouncementBlock(ComponentBlock):
    """A procurement announcement (ประกาศเชิญชวน, ประกาศผล, …) — O20."""

    component_kind = "procurement_announcement"

    announcement_type = blocks.ChoiceBlock(
        choices=[
            ("invitation", _("ประกาศเชิญชวน")),
            ("result", _("ประกาศผลการจัดซื้อจัดจ้าง")),
            ("other", _("ประกาศอื่น ๆ")),
        ],
        label=_("ประเภทประกาศ"),
    )
    date = blocks.DateBlock(label=_("วันที่ประกาศ"))
    title = blocks.CharBlock(label=_("เรื่อง"), max_length=500)
    document = DocumentChooserBlock(label=_("ไฟล์ประกาศ"), required=False)
    url = blocks.URLBlock(label=_("ลิงก์ระบบ e-GP"), required=False)

    class Meta:
        label = _("ประกาศจัดซื้อจัดจ้าง")
        icon = "doc-full"


class ProcurementRowBlock(blocks.StructBlock):
    item = blocks.CharBlock(label=_("งานที่ซื้อหรือจ้าง"), max_length=500)
    budget = blocks.DecimalBlock(label=_("วงเงินที่ซื้อหรือจ้าง (บาท)"), min_value=0, decimal_places=2)
    reference_price = blocks.DecimalBlock(label=_("ราคากลาง (บาท)"), min_value=0, decimal_places=2, required=False)
    method = blocks.CharBlock(label=_("วิธีซื้อหรือจ้าง"), max_length=255)
    bidders = blocks.TextBlock(label=_("รายชื่อผู้เสนอราคาและราคาที่เสนอ"))
    winner = blocks.CharBlock(label=_("ผู้ได้รับการคัดเลือกและราคาที่ตกลง"), max_length=500)
    reason = blocks.CharBlock(label=_("เหตุผลที่คัดเลือกโดยสรุป"), max_length=500)
    contract = blocks.CharBlock(label=_("เลขที่และวันที่ของสัญญาหรือข้อตกลง"), max_length=255)


class ProcurementMonthBlock(blocks.StructBlock):
    year = year_block(_("ปี พ.ศ."))
    month = blocks.ChoiceBlock(choices=MONTHS, label=_("เดือน"))
    no_procurement = blocks.BooleanBlock(label=_("ไม่มีการจัดซื้อจัดจ้างในเดือนนี้"), required=False)
    rows = blocks.ListBlock(ProcurementRowBlock(), label=_("รายการ"), default=[])
    document = DocumentChooserBlock(label=_("ไฟล์ สขร.1"), required=False)


class MonthlyProcurementBlock(ComponentBlock):
    """Monthly procurement summary (สรุปผลการจัดซื้อจัดจ้างรายเดือน) — O21: every month, or "none"."""

    component_kind = "monthly_procurement"

    months = blocks.ListBlock(ProcurementMonthBlock(), label=_("รายเดือน"), default=[])

    class Meta:
        label = _("สรุปผลการจัดซื้อจัดจ้างรายเดือน")
        icon = "table"
