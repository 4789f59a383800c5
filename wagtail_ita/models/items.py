"""Disclosure item pages (ข้อ O1 … O43): one page type per indicator category.

Every item page shares :class:`DisclosureItemPage`: the item code, the responsible divisions and a
``body`` StreamField whose block menu is what its category's components need. The framework data
file names, for each category, the page type its items use, so later assessment years reuse these
types as data.
"""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from wagtail_ita.blocks import item_body_blocks
from wagtail_ita.panels import CompletenessPanel, DisclosureItemPageForm

from .public import ITAPageMixin, prefetch_renditions

ITEM_PAGE_TYPES = [
    "wagtail_ita.BasicInformationItemPage",
    "wagtail_ita.PublicRelationsItemPage",
    "wagtail_ita.InteractionItemPage",
    "wagtail_ita.OperationsItemPage",
    "wagtail_ita.WorkStandardsItemPage",
    "wagtail_ita.ServiceItemPage",
    "wagtail_ita.ProcurementItemPage",
    "wagtail_ita.HumanResourcesItemPage",
    "wagtail_ita.CorruptionComplaintItemPage",
    "wagtail_ita.ParticipationItemPage",
    "wagtail_ita.NoGiftPolicyItemPage",
    "wagtail_ita.CorruptionRiskItemPage",
    "wagtail_ita.AntiCorruptionPlanItemPage",
    "wagtail_ita.EthicsItemPage",
    "wagtail_ita.IntegrityMeasuresItemPage",
]


class DisclosureItemPage(ITAPageMixin, Page):
    """Abstract base of the page of one disclosure item (ข้อมูลที่ต้องเปิดเผย) of the ITA framework."""

    item_code = models.CharField(
        _("Item code"),
        max_length=10,
        help_text=_("Code in the assessment framework, e.g. O1"),
    )
    divisions = ParentalManyToManyField(
        "wagtail_ita.Division",
        verbose_name=_("Responsible divisions"),
        blank=True,
        related_name="+",
    )
    all_divisions = models.BooleanField(
        _("All divisions responsible"),
        default=False,
        help_text=_("An item for which every division must publish its own information"),
    )
    itas_note = models.TextField(
        _("Additional explanation (ITAS)"),
        blank=True,
        help_text=_("A short text to submit with the URL in the ITAS system"),
    )

    content_panels = Page.content_panels + [
        CompletenessPanel(),
        FieldPanel("body"),
    ]
    base_form_class = DisclosureItemPageForm
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("item_code", read_only=True),
                FieldPanel("divisions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("all_divisions"),
                FieldPanel("itas_note"),
            ],
            heading=_("ITA assessment framework details"),
        ),
    ] + Page.settings_panels

    search_fields = Page.search_fields + [index.SearchField("body"), index.FilterField("item_code")]

    parent_page_types = ["wagtail_ita.AssessmentYearPage"]
    subpage_types = []

    class Meta:
        abstract = True

    @property
    def item_number(self):
        digits = "".join(ch for ch in self.item_code if ch.isdigit())
        return int(digits) if digits else 0

    @cached_property
    def year_page(self):
        from .section import AssessmentYearPage

        return AssessmentYearPage.objects.ancestor_of(self).last()

    @cached_property
    def framework_item(self):
        """This page's item in the framework data of its year, or ``None`` if it is not part of it."""
        year_page = self.year_page
        if year_page is None:
            return None
        try:
            return year_page.framework.item(self.item_code)
        except KeyError:
            return None

    def get_template(self, request, *args, **kwargs):
        # A site may override one page type (``wagtail_ita/basic_information_item_page.html``)
        # or every item page at once (``wagtail_ita/item_page.html``).
        return [self.template, "wagtail_ita/item_page.html"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        year_page = self.year_page
        context["item"] = self.framework_item
        context["year_page"] = year_page
        context["breadcrumbs"] = [year_page.get_parent(), year_page] if year_page else []
        context["divisions"] = sorted(self.divisions.all(), key=lambda division: division.name)
        prefetch_renditions(self.body)
        return context


class BasicInformationItemPage(DisclosureItemPage):
    """9.1 ข้อมูลพื้นฐาน (basic information): structure, executives, authority, plans, contact, laws."""

    body = StreamField(
        item_body_blocks("org_structure", "executive_profile", "authority", "multi_year_plan", "contact", "law"),
        verbose_name=_("Data by component"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ITA item: basic information")
        verbose_name_plural = _("ITA items: basic information")


class PublicRelationsItemPage(DisclosureItemPage):
    """9.1 การประชาสัมพันธ์ (public relations): news of the agency's work."""

    body = StreamField(item_body_blocks("activity", "announcement"), verbose_name=_("Data by component"), blank=True)

    class Meta:
        verbose_name = _("ITA item: public relations")
        verbose_name_plural = _("ITA items: public relations")


class InteractionItemPage(DisclosureItemPage):
    """9.1 การปฏิสัมพันธ์ข้อมูล (interaction): Q&A, social networks, privacy policy."""

    body = StreamField(item_body_blocks("channel", "policy"), verbose_name=_("Data by component"), blank=True)

    class Meta:
        verbose_name = _("ITA item: interaction")
        verbose_name_plural = _("ITA items: interaction")


class OperationsItemPage(DisclosureItemPage):
    """9.2 การดำเนินงาน (operations): annual plan, progress and results reports."""

    body = StreamField(
        item_body_blocks("annual_plan", "progress_report", "annual_report", "multi_year_plan"),
        verbose_name=_("Data by component"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ITA item: operations")
        verbose_name_plural = _("ITA items: operations")


class WorkStandardsItemPage(DisclosureItemPage):
    """9.2 การปฏิบัติงาน (work standards): work manuals."""

    body = StreamField(item_body_blocks("manual"), verbose_name=_("Data by component"), blank=True)

    class Meta:
        verbose_name = _("ITA item: work practice")
        verbose_name_plural = _("ITA items: work practice")


class ServiceItemPage(DisclosureItemPage):
    """9.2 การให้บริการ (services): service manuals, statistics, satisfaction, e-services."""

    body = StreamField(
        item_body_blocks("manual", "service_statistics", "satisfaction_survey", "channel"),
        verbose_name=_("Data by component"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ITA item: services")
        verbose_name_plural = _("ITA items: services")


class ProcurementItemPage(DisclosureItemPage):
    """9.3 การจัดซื้อจัดจ้าง (procurement): plan, announcements, monthly summaries, annual report."""

    body = StreamField(
        item_body_blocks("procurement_plan", "procurement_announcement", "monthly_procurement", "annual_report"),
        verbose_name=_("Data by component"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ITA item: procurement or acquisition of supplies")
        verbose_name_plural = _("ITA items: procurement or acquisition of supplies")


class HumanResourcesItemPage(DisclosureItemPage):
    """9.4 การบริหารและพัฒนาทรัพยากรบุคคล (human resources): policy, actions, criteria, report."""

    body = StreamField(
        item_body_blocks("policy", "activity", "annual_report"), verbose_name=_("Data by component"), blank=True
    )

    class Meta:
        verbose_name = _("ITA item: human resources management and development")
        verbose_name_plural = _("ITA items: human resources management and development")


class CorruptionComplaintItemPage(DisclosureItemPage):
    """9.5 การจัดการเรื่องร้องเรียนการทุจริต (corruption complaints): guideline, channel, statistics."""

    body = StreamField(
        item_body_blocks("manual", "channel", "complaint_statistics"), verbose_name=_("Data by component"), blank=True
    )

    class Meta:
        verbose_name = _("ITA item: handling of corruption and misconduct complaints")
        verbose_name_plural = _("ITA items: handling of corruption and misconduct complaints")


class ParticipationItemPage(DisclosureItemPage):
    """9.5 การเปิดโอกาสให้เกิดการมีส่วนร่วม (participation): activities open to outsiders."""

    body = StreamField(item_body_blocks("activity"), verbose_name=_("Data by component"), blank=True)

    class Meta:
        verbose_name = _("ITA item: opportunities for participation")
        verbose_name_plural = _("ITA items: opportunities for participation")


class NoGiftPolicyItemPage(DisclosureItemPage):
    """10.1 นโยบาย No Gift Policy: the declaration, activities and the yearly report."""

    body = StreamField(
        item_body_blocks("announcement", "activity", "annual_report"), verbose_name=_("Data by component"), blank=True
    )

    class Meta:
        verbose_name = _("ITA item: No Gift Policy")
        verbose_name_plural = _("ITA items: No Gift Policy")


class CorruptionRiskItemPage(DisclosureItemPage):
    """10.1 การประเมินความเสี่ยง (corruption risk): assessment and the actions that manage it."""

    body = StreamField(item_body_blocks("risk_assessment", "activity"), verbose_name=_("Data by component"), blank=True)

    class Meta:
        verbose_name = _("ITA item: risk assessment for corruption prevention")
        verbose_name_plural = _("ITA items: risk assessment for corruption prevention")


class AntiCorruptionPlanItemPage(DisclosureItemPage):
    """10.1 แผนป้องกันการทุจริต (anti-corruption plan): plan, progress and results."""

    body = StreamField(
        item_body_blocks("annual_plan", "progress_report", "annual_report", "multi_year_plan"),
        verbose_name=_("Data by component"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ITA item: anti-corruption plan")
        verbose_name_plural = _("ITA items: anti-corruption plan")


class EthicsItemPage(DisclosureItemPage):
    """10.2 มาตรฐานทางจริยธรรม (ethics): code of ethics, its promotion and assessment."""

    body = StreamField(
        item_body_blocks("policy", "activity", "annual_report"), verbose_name=_("Data by component"), blank=True
    )

    class Meta:
        verbose_name = _("ITA item: measures to strengthen ethical standards")
        verbose_name_plural = _("ITA items: measures to strengthen ethical standards")


class IntegrityMeasuresItemPage(DisclosureItemPage):
    """10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส (integrity measures): ITA analysis, actions, EIT QR code."""

    body = StreamField(
        item_body_blocks("ita_analysis", "activity", "eit_qr_code"), verbose_name=_("Data by component"), blank=True
    )

    class Meta:
        verbose_name = _("ITA item: measures to promote transparency and prevent corruption within the agency")
        verbose_name_plural = _("ITA items: measures to promote transparency and prevent corruption within the agency")
