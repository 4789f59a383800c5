"""O29 statistics derived from the corruption-report channel instead of typed in."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import ComponentBlock, year_block
from .procurement import FISCAL_MONTHS
from .service import ComplaintCountsBlock, ComplaintStatisticsBlock

#: The hand-entered block whose value shape the derived figures take, so the same rules check both.
RULES_BLOCK = ComplaintStatisticsBlock()


class OutsideCountBlock(ComplaintCountsBlock):
    """Reports of one month received outside the online channel (letters, walk-ins, phone)."""

    year = year_block()
    month = blocks.ChoiceBlock(choices=FISCAL_MONTHS, label=_("Month"))
    total = blocks.IntegerBlock(label=_("Total complaints"), min_value=0)
    finished = blocks.IntegerBlock(label=_("Completed"), min_value=0)
    in_progress = blocks.IntegerBlock(label=_("In progress"), min_value=0)


class ChannelComplaintStatisticsBlock(ComponentBlock):
    """Corruption-complaint statistics (สถิติเรื่องร้องเรียนการทุจริต) counted from the report channel — O29.

    The figures are derived from the cases of the chosen report page (all report pages when none is
    chosen) for each month of the item's period, plus the counts entered for reports received
    outside the channel. :meth:`rules_value` hands the compliance rules the same value shape as the
    hand-entered :class:`ComplaintStatisticsBlock`, so the period rule applies unchanged.
    """

    component_kind = "complaint_statistics"
    # What the rules ask of the figures this block shows (see :meth:`rules_value`).
    required_fields = RULES_BLOCK.required_fields
    period_fields = RULES_BLOCK.period_fields

    channel = blocks.PageChooserBlock(
        page_type="wagtail_ita.CorruptionReportPage",
        label=_("Report channel page"),
        required=False,
        help_text=_("Leave empty to count the cases of every report page of the site."),
    )
    outside = blocks.ListBlock(OutsideCountBlock(), label=_("Reports received outside the online channel"), default=[])

    class Meta:
        template = "wagtail_ita/blocks/channel_complaint_statistics.html"
        label = _("Corruption complaint statistics from the report channel")
        icon = "table"
        help_text = _(
            "Counted from the cases received through the corruption-report channel, by month of the "
            "item's period, plus reports received outside it that you enter here."
        )

    def figures(self, value, fiscal_year, rule, today=None):
        """The derived figures for the period ``rule`` names in ``fiscal_year`` (the framework's, not the
        assessment year)."""
        from wagtail_ita.reports.statistics import derived_value, rule_period

        return derived_value(rule_period(rule, fiscal_year), value.get("channel"), value.get("outside") or [], today)

    def rules_value(self, value, fiscal_year, rule):
        """``(block, value)`` the compliance rules check in place of this block."""
        return RULES_BLOCK, self.figures(value, fiscal_year, rule)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        year_page = parent_context.get("year_page")
        item = parent_context.get("item")
        rule = "first_half_year"
        if item is not None:
            rule = next((c.period for c in item.components if c.kind == self.component_kind), rule)
        context["figures"] = self.figures(value, year_page.framework.fiscal_year, rule) if year_page else None
        return context
