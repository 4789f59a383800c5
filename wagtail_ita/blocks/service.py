"""Service blocks: manuals, service and complaint statistics, satisfaction surveys."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from wagtail_ita.frameworks.vocabulary import MANUAL_KINDS

from .base import ComponentBlock, period_end_block, period_start_block, year_block


class ManualBlock(ComponentBlock):
    """A work, service or complaint-handling manual (คู่มือ) — O14, O15, O27."""

    component_kind = "manual"

    manual = blocks.ChoiceBlock(choices=list(MANUAL_KINDS.items()), label=_("ประเภทคู่มือ"))
    title = blocks.CharBlock(label=_("ชื่อคู่มือ"), max_length=255)
    mission = blocks.CharBlock(label=_("ภารกิจหรือบริการ"), max_length=500)
    audience = blocks.CharBlock(label=_("สำหรับตำแหน่งหรือผู้รับบริการ"), max_length=500, required=False)
    steps = blocks.TextBlock(label=_("วิธีการและขั้นตอน"))
    division = blocks.CharBlock(
        label=_("ส่วนราชการเจ้าของคู่มือ"),
        max_length=255,
        required=False,
        help_text=_("สำหรับข้อที่ทุกส่วนราชการต้องมีคู่มือ"),
    )
    document = DocumentChooserBlock(label=_("ไฟล์คู่มือ"), required=False)

    class Meta:
        label = _("คู่มือ")
        icon = "help"


class StatisticsRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("ช่วงเวลา"), max_length=100, help_text=_("เช่น ต.ค. 2565 หรือ ไตรมาส 1"))
    period_start = period_start_block(required=True)
    period_end = period_end_block(required=True)
    count = blocks.IntegerBlock(label=_("จำนวน"), min_value=0)


class ServiceStatisticsBlock(ComponentBlock):
    """Service statistics by month, quarter or half-year (ข้อมูลเชิงสถิติการให้บริการ) — O16."""

    component_kind = "service_statistics"

    service = blocks.CharBlock(label=_("บริการ"), max_length=255)
    division = blocks.CharBlock(label=_("ส่วนราชการ"), max_length=255, required=False)
    rows = blocks.ListBlock(StatisticsRowBlock(), label=_("สถิติรายช่วงเวลา"), default=[])

    class Meta:
        label = _("สถิติการให้บริการ")
        icon = "table"


class ComplaintRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("ช่วงเวลา"), max_length=100)
    period_start = period_start_block(required=True)
    period_end = period_end_block(required=True)
    total = blocks.IntegerBlock(label=_("จำนวนเรื่องร้องเรียนทั้งหมด"), min_value=0)
    finished = blocks.IntegerBlock(label=_("ดำเนินการแล้วเสร็จ"), min_value=0)
    in_progress = blocks.IntegerBlock(label=_("อยู่ระหว่างดำเนินการ"), min_value=0)


class ComplaintStatisticsBlock(ComponentBlock):
    """Corruption-complaint statistics (total, finished, in progress) or "no complaints" — O29."""

    component_kind = "complaint_statistics"

    no_complaints = blocks.BooleanBlock(label=_("ไม่มีเรื่องร้องเรียน"), required=False)
    period_start = period_start_block()
    period_end = period_end_block()
    rows = blocks.ListBlock(ComplaintRowBlock(), label=_("สถิติรายช่วงเวลา"), default=[])

    class Meta:
        label = _("สถิติเรื่องร้องเรียนการทุจริต")
        icon = "table"


class SatisfactionSurveyBlock(ComponentBlock):
    """The result of the service-satisfaction survey (ผลสำรวจความพึงพอใจ) — O17."""

    component_kind = "satisfaction_survey"

    title = blocks.CharBlock(label=_("ชื่อรายงาน"), max_length=255)
    fiscal_year = year_block(_("ปีงบประมาณที่สำรวจ (พ.ศ.)"))
    satisfaction_percent = blocks.DecimalBlock(label=_("ร้อยละความพึงพอใจ"), min_value=0, max_value=100, decimal_places=2)
    respondents = blocks.IntegerBlock(label=_("จำนวนผู้ตอบ"), min_value=0, required=False)
    document = DocumentChooserBlock(label=_("ไฟล์รายงาน"), required=False)

    class Meta:
        label = _("ผลสำรวจความพึงพอใจ")
        icon = "pick"
