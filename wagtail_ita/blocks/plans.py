"""Blocks for plans and reports: multi-year and annual plans, progress and annual reports,
risk assessments and the analysis of the previous ITA result."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .base import ComponentBlock, period_end_block, period_start_block, year_block

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class StrategyBlock(blocks.StructBlock):
    strategy = blocks.CharBlock(label=_("ยุทธศาสตร์หรือแนวทาง"), max_length=500)
    goals = blocks.ListBlock(blocks.CharBlock(max_length=500), label=_("เป้าหมาย"), default=[])
    indicators = blocks.ListBlock(blocks.CharBlock(max_length=500), label=_("ตัวชี้วัด"), default=[])


class MultiYearPlanBlock(ComponentBlock):
    """A strategic or development plan of more than one year (แผนยุทธศาสตร์/แผนพัฒนา) — O4."""

    component_kind = "multi_year_plan"

    title = blocks.CharBlock(label=_("ชื่อแผน"), max_length=255)
    year_from = year_block(_("ปีเริ่มต้น (พ.ศ.)"))
    year_to = year_block(_("ปีสิ้นสุด (พ.ศ.)"))
    strategies = blocks.ListBlock(StrategyBlock(), label=_("ยุทธศาสตร์"), default=[])
    document = DocumentChooserBlock(label=_("ไฟล์แผนฉบับเต็ม"), required=False)

    class Meta:
        label = _("แผนยุทธศาสตร์หรือแผนพัฒนา")
        icon = "list-ol"


class PlannedProjectBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("โครงการหรือกิจกรรม"), max_length=500)
    budget = blocks.DecimalBlock(label=_("งบประมาณ (บาท)"), min_value=0, decimal_places=2, required=False)
    no_budget = blocks.BooleanBlock(label=_("ไม่ใช้งบประมาณ"), required=False)
    period = blocks.CharBlock(label=_("ระยะเวลาดำเนินการ"), max_length=255)


class AnnualPlanBlock(ComponentBlock):
    """A one-year plan with projects, budget and period (แผนดำเนินงาน/แผนปฏิบัติการ) — O11, O36."""

    component_kind = "annual_plan"

    title = blocks.CharBlock(label=_("ชื่อแผน"), max_length=255)
    fiscal_year = year_block(_("ปีงบประมาณ (พ.ศ.)"))
    projects = blocks.ListBlock(PlannedProjectBlock(), label=_("โครงการหรือกิจกรรม"), default=[])
    document = DocumentChooserBlock(label=_("ไฟล์แผนฉบับเต็ม"), required=False)

    class Meta:
        label = _("แผนประจำปี")
        icon = "date"


class ProjectProgressBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("โครงการหรือกิจกรรม"), max_length=500)
    progress = blocks.CharBlock(label=_("ความก้าวหน้า"), max_length=1000)
    budget_spent = blocks.DecimalBlock(label=_("งบประมาณที่ใช้ (บาท)"), min_value=0, decimal_places=2)


class ProgressReportBlock(ComponentBlock):
    """Six-month monitoring report: progress and budget spent per project — O12, O37."""

    component_kind = "progress_report"

    title = blocks.CharBlock(label=_("ชื่อรายงาน"), max_length=255)
    period_start = period_start_block(required=True)
    period_end = period_end_block(required=True)
    projects = blocks.ListBlock(ProjectProgressBlock(), label=_("ความก้าวหน้ารายโครงการ"), default=[])
    document = DocumentChooserBlock(label=_("ไฟล์รายงาน"), required=False)

    class Meta:
        label = _("รายงานความก้าวหน้า")
        icon = "time"


class AnnualReportBlock(ComponentBlock):
    """A year's results report: results, budget spent, problems, suggestions — O13, O22, O26, O33, O38."""

    component_kind = "annual_report"

    title = blocks.CharBlock(label=_("ชื่อรายงาน"), max_length=255)
    fiscal_year = year_block(_("ปีงบประมาณที่รายงาน (พ.ศ.)"))
    results = blocks.RichTextBlock(label=_("ผลการดำเนินงาน"), features=TEXT_FEATURES)
    budget_spent = blocks.DecimalBlock(
        label=_("ผลการใช้จ่ายงบประมาณ (บาท)"), min_value=0, decimal_places=2, required=False
    )
    problems = blocks.TextBlock(label=_("ปัญหา/อุปสรรค"), required=False)
    suggestions = blocks.TextBlock(label=_("ข้อเสนอแนะ"), required=False)
    document = DocumentChooserBlock(label=_("ไฟล์รายงาน"), required=False)

    class Meta:
        label = _("รายงานผลประจำปี")
        icon = "doc-full"


class RiskBlock(blocks.StructBlock):
    event = blocks.CharBlock(label=_("เหตุการณ์ความเสี่ยง"), max_length=1000)
    level = blocks.ChoiceBlock(
        choices=[
            ("low", _("ต่ำ")),
            ("medium", _("ปานกลาง")),
            ("high", _("สูง")),
            ("very_high", _("สูงมาก")),
        ],
        label=_("ระดับความเสี่ยง"),
    )
    measures = blocks.TextBlock(label=_("มาตรการและการดำเนินการ"))


class RiskAssessmentBlock(ComponentBlock):
    """The annual corruption-risk assessment (การประเมินความเสี่ยงการทุจริต) — O34."""

    component_kind = "risk_assessment"

    title = blocks.CharBlock(label=_("ชื่อการประเมิน"), max_length=255)
    fiscal_year = year_block(_("ปีงบประมาณ (พ.ศ.)"))
    risks = blocks.ListBlock(RiskBlock(), label=_("เหตุการณ์ความเสี่ยง"), default=[])
    document = DocumentChooserBlock(label=_("ไฟล์ผลการประเมิน"), required=False)

    class Meta:
        label = _("การประเมินความเสี่ยง")
        icon = "warning"


class MeasureBlock(blocks.StructBlock):
    measure = blocks.CharBlock(label=_("มาตรการ"), max_length=1000)
    owner = blocks.CharBlock(label=_("ผู้รับผิดชอบ"), max_length=255)
    steps = blocks.TextBlock(label=_("ขั้นตอนหรือวิธีการปฏิบัติ"))
    follow_up = blocks.TextBlock(label=_("การกำกับติดตามและรายงานผล"))


class ITAAnalysisBlock(ComponentBlock):
    """Analysis of the previous ITA result and the measures that follow from it — O42."""

    component_kind = "ita_analysis"

    assessment_year = year_block(_("ผลการประเมิน ITA ปี พ.ศ."))
    urgent_weaknesses = blocks.TextBlock(label=_("ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน"))
    improvements = blocks.TextBlock(label=_("ประเด็นที่จะต้องพัฒนาให้ดีขึ้น"))
    measures = blocks.ListBlock(MeasureBlock(), label=_("มาตรการ"), default=[])
    document = DocumentChooserBlock(label=_("ไฟล์ฉบับเต็ม"), required=False)

    class Meta:
        label = _("การวิเคราะห์ผลการประเมิน ITA")
        icon = "search"
