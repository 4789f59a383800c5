"""Procurement blocks (การจัดซื้อจัดจ้าง): plan, announcements and the monthly summary."""

from django.core.exceptions import ValidationError
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from wagtail_ita.fiscal import fiscal_year_of, month_period
from wagtail_ita.thai_dates import thai_month_year

from .base import ComponentBlock, ValidatingStructBlock, year_block
from .declarations import AnyOf, FiscalYear, MonthRows, OnDate, Rows

# Fiscal-year order, October first; month names come from Django's own catalogue.
FISCAL_MONTHS = [(month, MONTHS[month]) for month in (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)]


class ProcurementPlanBlock(ComponentBlock):
    """The procurement plan under the 2560 Procurement Act, or why there is none — O19."""

    component_kind = "procurement_plan"
    required_fields = ("title", "fiscal_year", AnyOf("plan_or_reason", ("document", "no_plan_reason")))
    period_fields = (FiscalYear("fiscal_year"),)

    title = blocks.CharBlock(label=_("Plan name"), max_length=255)
    fiscal_year = year_block(_("Fiscal year (B.E.)"))
    document = DocumentChooserBlock(label=_("Procurement plan file"), required=False)
    no_plan_reason = blocks.TextBlock(
        label=_("Reason for having no plan"),
        required=False,
        help_text=_("If there is no procurement worth more than 500,000 baht, explain in detail"),
    )

    class Meta:
        template = "wagtail_ita/blocks/procurement_plan.html"
        label = _("Procurement plan")
        icon = "list-ul"
        help_text = _(
            "The procurement plan of the assessed year under the 2560 Procurement Act, or a detailed reason why there is none."
        )


class ProcurementAnnouncementBlock(ComponentBlock):
    """A procurement announcement (ประกาศเชิญชวน, ประกาศผล, …) — O20."""

    component_kind = "procurement_announcement"
    required_fields = ("title", "date", AnyOf("source", ("url", "document")))
    period_fields = (OnDate("date"),)

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
        template = "wagtail_ita/blocks/procurement_announcement.html"
        label = _("Procurement announcement")
        icon = "doc-full"
        help_text = _("A procurement announcement of the assessed year, e.g. an invitation or a result.")


#: What a typed procurement entry must give to count.
# The seed lists the summary's columns as examples ("ยกตัวอย่างเช่น"): bidders, reasons and the reference
# price (ราคากลาง) are shown when given but not required.
PROCUREMENT_ROW_FIELDS = ("item", "budget", "method", "winner", "contract")


class ProcurementRowBlock(blocks.StructBlock):
    item = blocks.CharBlock(label=_("Goods or work procured"), max_length=500)
    budget = blocks.DecimalBlock(label=_("Procurement budget (baht)"), min_value=0, decimal_places=2)
    reference_price = blocks.DecimalBlock(
        label=_("Reference price (baht)"), min_value=0, decimal_places=2, required=False
    )
    method = blocks.CharBlock(label=_("Procurement method"), max_length=255)
    bidders = blocks.TextBlock(label=_("Bidders and the prices they offered"), required=False)
    winner = blocks.CharBlock(label=_("Selected bidder and agreed price"), max_length=500)
    reason = blocks.CharBlock(label=_("Summary of the reasons for the selection"), max_length=500, required=False)
    contract = blocks.CharBlock(label=_("Number and date of the contract or agreement"), max_length=255)


class ProcurementMonthBlock(ValidatingStructBlock):
    year = year_block(_("Year (B.E.)"))
    month = blocks.ChoiceBlock(choices=FISCAL_MONTHS, label=_("Month"))
    no_procurement = blocks.BooleanBlock(label=_("No procurement this month"), required=False)
    rows = blocks.ListBlock(ProcurementRowBlock(), label=_("Entries"), default=[])
    document = DocumentChooserBlock(label=_("S.Kh.R. 1 form file"), required=False)

    def field_errors(self, value):
        if value.get("no_procurement") and value.get("rows"):
            return {"no_procurement": ValidationError(_("A month with entries cannot be marked as no procurement."))}
        return {}


class MonthlyProcurementBlock(ComponentBlock):
    """Monthly procurement summary (สรุปผลการจัดซื้อจัดจ้างรายเดือน) — O21: every month, or "none"."""

    component_kind = "monthly_procurement"
    required_fields = (
        Rows(
            "months",
            (Rows("rows", PROCUREMENT_ROW_FIELDS, none="no_procurement", instead=("document",)),),
            label=lambda month: thai_month_year(month.get("year"), month.get("month")),
        ),
    )
    period_fields = (MonthRows("months"),)

    fiscal_year = year_block(_("Fiscal year (B.E.)"), help_text=_("Every month below must belong to this fiscal year"))
    months = blocks.ListBlock(ProcurementMonthBlock(), label=_("By month"), default=[])

    def field_errors(self, value):
        errors, seen = {}, set()
        for index, month in enumerate(value.get("months") or []):
            if not (month.get("year") and month.get("month")):
                continue
            key = (month["year"], int(month["month"]))
            if value.get("fiscal_year") and fiscal_year_of(month_period(*key).start) != value["fiscal_year"]:
                message = _("This month is outside fiscal year %(year)s.") % {"year": value["fiscal_year"]}
            elif key in seen:
                message = _("This month is already listed.")
            else:
                seen.add(key)
                continue
            errors[index] = StructBlockValidationError(block_errors={"month": ValidationError(message)})
        return {"months": ListBlockValidationError(block_errors=errors)} if errors else {}

    class Meta:
        template = "wagtail_ita/blocks/monthly_procurement.html"
        label = _("Monthly procurement summary")
        icon = "table"
        help_text = _(
            'Every month of the first six months of the fiscal year, each with its procurements or marked "no procurement this month".'
        )
