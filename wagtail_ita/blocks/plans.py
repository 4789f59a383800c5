"""Blocks for plans and reports: multi-year and annual plans, progress and annual reports,
risk assessments and the analysis of the previous ITA result."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .base import ComponentBlock, period_end_block, period_start_block, year_block
from .declarations import AnyOf, DateRange, FiscalYear, Rows, YearSpan

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class StrategyBlock(blocks.StructBlock):
    strategy = blocks.CharBlock(label=_("Strategy or approach"), max_length=500)
    goals = blocks.ListBlock(blocks.CharBlock(max_length=500), label=_("Goals"), default=[])
    indicators = blocks.ListBlock(blocks.CharBlock(max_length=500), label=_("Indicators"), default=[])


class MultiYearPlanBlock(ComponentBlock):
    """A strategic or development plan of more than one year (แผนยุทธศาสตร์/แผนพัฒนา) — O4."""

    component_kind = "multi_year_plan"
    required_fields = ("title", "year_from", "year_to", Rows("strategies", ("strategy", "goals", "indicators")))
    period_fields = (YearSpan("year_from", "year_to"),)

    def field_errors(self, value):
        if value.get("year_from") and value.get("year_to") and value["year_to"] < value["year_from"]:
            return {"year_to": ValidationError(_("The last year is before the first year."))}
        return {}

    title = blocks.CharBlock(label=_("Plan name"), max_length=255)
    year_from = year_block(_("Start year (B.E.)"))
    year_to = year_block(_("End year (B.E.)"))
    strategies = blocks.ListBlock(StrategyBlock(), label=_("Strategies"), default=[])
    document = DocumentChooserBlock(label=_("Full plan file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/multi_year_plan.html"
        label = _("Strategic or development plan")
        icon = "list-ol"
        help_text = _(
            "A plan of more than one year in force for the assessed year, with strategies, goals and indicators."
        )


class PlannedProjectBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Project or activity"), max_length=500)
    budget = blocks.DecimalBlock(label=_("Budget (baht)"), min_value=0, decimal_places=2, required=False)
    no_budget = blocks.BooleanBlock(label=_("No budget used"), required=False)
    period = blocks.CharBlock(label=_("Implementation period"), max_length=255)


class AnnualPlanBlock(ComponentBlock):
    """A one-year plan with projects, budget and period (แผนดำเนินงาน/แผนปฏิบัติการ) — O11, O36."""

    component_kind = "annual_plan"
    required_fields = (
        "title",
        "fiscal_year",
        Rows("projects", ("name", AnyOf("budget_or_none", ("budget", "no_budget")), "period")),
    )
    period_fields = (FiscalYear("fiscal_year"),)

    title = blocks.CharBlock(label=_("Plan name"), max_length=255)
    fiscal_year = year_block(_("Fiscal year (B.E.)"))
    projects = blocks.ListBlock(PlannedProjectBlock(), label=_("Project or activity"), default=[])
    document = DocumentChooserBlock(label=_("Full plan file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/annual_plan.html"
        label = _("Annual plan")
        icon = "date"
        help_text = _('A one-year plan with each project or activity, its budget (or "no budget used") and its period.')


class ProjectProgressBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Project or activity"), max_length=500)
    progress = blocks.CharBlock(label=_("Progress"), max_length=1000)
    budget_spent = blocks.DecimalBlock(label=_("Budget spent (baht)"), min_value=0, decimal_places=2)


class ProgressReportBlock(ComponentBlock):
    """Six-month monitoring report: progress and budget spent per project — O12, O37."""

    component_kind = "progress_report"
    required_fields = ("title", "period_start", "period_end", Rows("projects", ("name", "progress", "budget_spent")))
    period_fields = (DateRange("period_start", "period_end"),)

    title = blocks.CharBlock(label=_("Report title"), max_length=255)
    period_start = period_start_block(required=True)
    period_end = period_end_block(required=True)
    projects = blocks.ListBlock(ProjectProgressBlock(), label=_("Progress by project"), default=[])
    document = DocumentChooserBlock(label=_("Report file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/progress_report.html"
        label = _("Progress report")
        icon = "time"
        help_text = _(
            "Progress of each project and the budget it used, covering the first six months of the fiscal year."
        )


class AnnualReportBlock(ComponentBlock):
    """A year's results report: results, budget spent, problems, suggestions — O13, O22, O26, O33, O38."""

    component_kind = "annual_report"
    required_fields = ("title", "fiscal_year", "results", "budget_spent", "problems", "suggestions")
    period_fields = (FiscalYear("fiscal_year"),)

    title = blocks.CharBlock(label=_("Report title"), max_length=255)
    fiscal_year = year_block(_("Fiscal year reported (B.E.)"))
    results = blocks.RichTextBlock(label=_("Results"), features=TEXT_FEATURES)
    statistics = blocks.RichTextBlock(
        label=_("Statistics summary"),
        features=TEXT_FEATURES,
        required=False,
        help_text=_("When the report must summarise statistics, e.g. of human resources"),
    )
    budget_spent = blocks.DecimalBlock(label=_("Budget spending (baht)"), min_value=0, decimal_places=2, required=False)
    problems = blocks.TextBlock(label=_("Problems/obstacles"), required=False)
    suggestions = blocks.TextBlock(label=_("Suggestions"), required=False)
    document = DocumentChooserBlock(label=_("Report file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/annual_report.html"
        label = _("Annual report")
        icon = "doc-full"
        help_text = _("The results of the previous fiscal year, the budget spent, problems and suggestions.")


class RiskBlock(blocks.StructBlock):
    event = blocks.CharBlock(label=_("Risk event"), max_length=1000)
    level = blocks.ChoiceBlock(
        choices=[
            ("low", _("Low")),
            ("medium", _("Medium")),
            ("high", _("High")),
            ("very_high", _("Very high")),
        ],
        label=_("Risk level"),
    )
    measures = blocks.TextBlock(label=_("Measures and actions"))


class RiskAssessmentBlock(ComponentBlock):
    """The annual corruption-risk assessment (การประเมินความเสี่ยงการทุจริต) — O34."""

    component_kind = "risk_assessment"
    required_fields = ("title", "fiscal_year", Rows("risks", ("event", "level", "measures")))
    period_fields = (FiscalYear("fiscal_year"),)

    title = blocks.CharBlock(label=_("Assessment title"), max_length=255)
    fiscal_year = year_block(_("Fiscal year (B.E.)"))
    risks = blocks.ListBlock(RiskBlock(), label=_("Risk event"), default=[])
    document = DocumentChooserBlock(label=_("Assessment result file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/risk_assessment.html"
        label = _("Risk assessment")
        icon = "warning"
        help_text = _(
            "The corruption-risk events with their level, and the measures that manage them, for the assessed year."
        )


class MeasureBlock(blocks.StructBlock):
    measure = blocks.CharBlock(label=_("Measure"), max_length=1000)
    owner = blocks.CharBlock(label=_("Person responsible"), max_length=255)
    steps = blocks.TextBlock(label=_("Steps or procedure"))
    follow_up = blocks.TextBlock(label=_("Monitoring and reporting"))


class ITAAnalysisBlock(ComponentBlock):
    """Analysis of the previous ITA result and the measures that follow from it — O42."""

    component_kind = "ita_analysis"
    required_fields = (
        "assessment_year",
        "urgent_weaknesses",
        "improvements",
        Rows("measures", ("measure", "owner", "steps", "follow_up")),
    )
    # The year analysed; the analysis itself is made in the fiscal year after it.
    period_fields = (FiscalYear("assessment_year", offset=1),)

    assessment_year = year_block(_("ITA assessment result of year (B.E.)"))
    urgent_weaknesses = blocks.TextBlock(label=_("Shortcomings or weaknesses that must be fixed urgently"))
    improvements = blocks.TextBlock(label=_("Points to improve"))
    measures = blocks.ListBlock(MeasureBlock(), label=_("Measure"), default=[])
    document = DocumentChooserBlock(label=_("Full document file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/ita_analysis.html"
        label = _("Analysis of the ITA assessment result")
        icon = "search"
        help_text = _(
            "Analysis of the previous ITA result (urgent weaknesses, areas to improve) and measures with owner, steps and follow-up."
        )
