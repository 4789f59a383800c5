"""Procurement blocks (การจัดซื้อจัดจ้าง): plan, announcements and the monthly summary."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .base import ComponentBlock, year_block

MONTHS = [
    (10, _("October")),
    (11, _("November")),
    (12, _("December")),
    (1, _("January")),
    (2, _("February")),
    (3, _("March")),
    (4, _("April")),
    (5, _("May")),
    (6, _("June")),
    (7, _("July")),
    (8, _("August")),
    (9, _("September")),
]


class ProcurementPlanBlock(ComponentBlock):
    """The procurement plan under the 2560 Procurement Act, or why there is none — O19."""

    component_kind = "procurement_plan"

    title = blocks.CharBlock(label=_("Plan name"), max_length=255)
    fiscal_year = year_block(_("Fiscal year (B.E.)"))
    document = DocumentChooserBlock(label=_("Procurement plan file"), required=False)
    no_plan_reason = blocks.TextBlock(
        label=_("Reason for having no plan"),
        required=False,
        help_text=_("If there is no procurement worth more than 500,000 baht, explain in detail"),
    )

    class Meta:
        label = _("Procurement plan")
        icon = "list-ul"


class ProcurementAnnouncementBlock(ComponentBlock):
    """A procurement announcement (ประกาศเชิญชวน, ประกาศผล, …) — O20."""

    component_kind = "procurement_announcement"

    announcement_type = blocks.ChoiceBlock(
        choices=[
            ("invitation", _("Invitation to bid")),
            ("result", _("Procurement result announcement")),
            ("other", _("Other announcement")),
        ],
        label=_("Announcement type"),
    )
    date = blocks.DateBlock(label=_("Announcement date"))
    title = blocks.CharBlock(label=_("Subject"), max_length=500)
    document = DocumentChooserBlock(label=_("Announcement file"), required=False)
    url = blocks.URLBlock(label=_("e-GP system link"), required=False)

    class Meta:
        label = _("Procurement announcement")
        icon = "doc-full"


class ProcurementRowBlock(blocks.StructBlock):
    item = blocks.CharBlock(label=_("Goods or work procured"), max_length=500)
    budget = blocks.DecimalBlock(label=_("Procurement budget (baht)"), min_value=0, decimal_places=2)
    reference_price = blocks.DecimalBlock(
        label=_("Reference price (baht)"), min_value=0, decimal_places=2, required=False
    )
    method = blocks.CharBlock(label=_("Procurement method"), max_length=255)
    bidders = blocks.TextBlock(label=_("Bidders and the prices they offered"))
    winner = blocks.CharBlock(label=_("Selected bidder and agreed price"), max_length=500)
    reason = blocks.CharBlock(label=_("Summary of the reasons for the selection"), max_length=500)
    contract = blocks.CharBlock(label=_("Number and date of the contract or agreement"), max_length=255)


class ProcurementMonthBlock(blocks.StructBlock):
    year = year_block(_("Year (B.E.)"))
    month = blocks.ChoiceBlock(choices=MONTHS, label=_("Month"))
    no_procurement = blocks.BooleanBlock(label=_("No procurement this month"), required=False)
    rows = blocks.ListBlock(ProcurementRowBlock(), label=_("Entries"), default=[])
    document = DocumentChooserBlock(label=_("S.Kh.R. 1 form file"), required=False)


class MonthlyProcurementBlock(ComponentBlock):
    """Monthly procurement summary (สรุปผลการจัดซื้อจัดจ้างรายเดือน) — O21: every month, or "none"."""

    component_kind = "monthly_procurement"

    months = blocks.ListBlock(ProcurementMonthBlock(), label=_("By month"), default=[])

    class Meta:
        label = _("Monthly procurement summary")
        icon = "table"
