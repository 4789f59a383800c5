"""Service blocks: manuals, service and complaint statistics, satisfaction surveys."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from wagtail_ita.frameworks.vocabulary import MANUAL_KINDS

from .base import ComponentBlock, ValidatingStructBlock, period_end_block, period_start_block, year_block
from .choices import KeyChoiceBlock, division_choices
from .declarations import AnyOf, DateRange, FiscalYear, RowPeriods, Rows


class ManualBlock(ComponentBlock):
    """A work, service or complaint-handling manual (คู่มือ) — O14, O15, O27."""

    component_kind = "manual"
    required_fields = ("title", "mission", "steps")

    manual = blocks.ChoiceBlock(choices=list(MANUAL_KINDS.items()), label=_("Manual type"))
    title = blocks.CharBlock(label=_("Manual title"), max_length=255)
    mission = blocks.CharBlock(label=_("Mission or service"), max_length=500)
    audience = blocks.CharBlock(label=_("For which position or service users"), max_length=500, required=False)
    steps = blocks.TextBlock(label=_("Methods and steps"))
    channels = blocks.TextBlock(
        label=_("How outsiders file a complaint"),
        required=False,
        help_text=_("For a corruption-complaint guideline"),
    )
    responsible_unit = blocks.CharBlock(label=_("Responsible unit"), max_length=255, required=False)
    duration = blocks.CharBlock(label=_("Processing time"), max_length=255, required=False)
    division = KeyChoiceBlock(
        choices=division_choices,
        label=_("Division that owns the manual"),
        required=False,
        help_text=_("For items where every division must have its own"),
    )
    document = DocumentChooserBlock(label=_("Manual file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/manual.html"
        label = _("Manual")
        icon = "help"
        help_text = _("Which mission or service the manual is for, for whom, and its steps.")


class StatisticsRowBlock(ValidatingStructBlock):
    date_ranges = [("period_start", "period_end")]

    label = blocks.CharBlock(label=_("Period"), max_length=100, help_text=_("e.g. Oct 2565 or quarter 1"))
    period_start = period_start_block(required=True)
    period_end = period_end_block(required=True)
    count = blocks.IntegerBlock(label=_("Count"), min_value=0)


class ServiceStatisticsBlock(ComponentBlock):
    """Service statistics by month, quarter or half-year (ข้อมูลเชิงสถิติการให้บริการ) — O16."""

    component_kind = "service_statistics"
    required_fields = ("service", Rows("rows", ("label", "period_start", "period_end", "count")))
    period_fields = (RowPeriods("rows"),)

    service = blocks.CharBlock(label=_("Service"), max_length=255)
    division = KeyChoiceBlock(choices=division_choices, label=_("Division"), required=False)
    rows = blocks.ListBlock(StatisticsRowBlock(), label=_("Statistics by period"), default=[])

    class Meta:
        template = "wagtail_ita/blocks/service_statistics.html"
        label = _("Service statistics")
        icon = "table"
        help_text = _(
            "Service statistics by month, quarter or half-year covering the first six months of the fiscal year."
        )


class ComplaintCountsBlock(ValidatingStructBlock):
    """Complaint counts (``total``, ``finished``, ``in_progress``, declared by each subclass): the finished and
    the pending together cannot exceed the total."""

    def field_errors(self, value):
        total, finished, in_progress = (value.get(k) for k in ("total", "finished", "in_progress"))
        if None not in (total, finished, in_progress) and finished + in_progress > total:
            return {"total": ValidationError(_("Finished plus in progress cannot exceed the total."))}
        return {}


class ComplaintRowBlock(ComplaintCountsBlock):
    date_ranges = [("period_start", "period_end")]

    label = blocks.CharBlock(label=_("Period"), max_length=100)
    period_start = period_start_block(required=True)
    period_end = period_end_block(required=True)
    total = blocks.IntegerBlock(label=_("Total complaints"), min_value=0)
    finished = blocks.IntegerBlock(label=_("Completed"), min_value=0)
    in_progress = blocks.IntegerBlock(label=_("In progress"), min_value=0)


class ComplaintStatisticsBlock(ComponentBlock):
    """Corruption-complaint statistics (total, finished, in progress) or "no complaints" — O29."""

    component_kind = "complaint_statistics"
    required_fields = (
        Rows("rows", ("label", "period_start", "period_end", "total", "finished", "in_progress"), none="no_complaints"),
    )
    period_fields = (RowPeriods("rows"), DateRange("period_start", "period_end", when="no_complaints"))

    no_complaints = blocks.BooleanBlock(label=_("No complaints"), required=False)
    period_start = period_start_block()
    period_end = period_end_block()
    rows = blocks.ListBlock(ComplaintRowBlock(), label=_("Statistics by period"), default=[])

    class Meta:
        template = "wagtail_ita/blocks/complaint_statistics.html"
        label = _("Corruption complaint statistics")
        icon = "table"
        help_text = _(
            'Corruption complaints received, finished and in progress covering the first six months — or "no complaints".'
        )


class SatisfactionSurveyBlock(ComponentBlock):
    """The result of the service-satisfaction survey (ผลสำรวจความพึงพอใจ) — O17."""

    component_kind = "satisfaction_survey"
    required_fields = ("title", "fiscal_year", AnyOf("results", ("satisfaction_percent", "results", "document")))
    period_fields = (FiscalYear("fiscal_year"),)

    title = blocks.CharBlock(label=_("Report title"), max_length=255)
    fiscal_year = year_block(_("Fiscal year surveyed (B.E.)"))
    satisfaction_percent = blocks.DecimalBlock(
        label=_("Satisfaction percentage"), min_value=0, max_value=100, decimal_places=2, required=False
    )
    results = blocks.RichTextBlock(
        label=_("Survey results"), features=["bold", "italic", "ol", "ul", "link"], required=False
    )
    respondents = blocks.IntegerBlock(label=_("Number of respondents"), min_value=0, required=False)
    document = DocumentChooserBlock(label=_("Report file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/satisfaction_survey.html"
        label = _("Satisfaction survey results")
        icon = "pick"
        help_text = _("The result of the service satisfaction survey of the previous fiscal year.")
