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
from wagtail_ita.conf import get_setting

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


class DisclosureItemPage(Page):
    """Abstract base of the page of one disclosure item (ข้อมูลที่ต้องเปิดเผย) of the ITA framework."""

    item_code = models.CharField(
        _("รหัสข้อ"),
        max_length=10,
        help_text=_("รหัสตามกรอบการประเมิน เช่น O1"),
    )
    divisions = ParentalManyToManyField(
        "wagtail_ita.Division",
        verbose_name=_("ส่วนราชการที่รับผิดชอบ"),
        blank=True,
        related_name="+",
    )
    all_divisions = models.BooleanField(
        _("ทุกส่วนราชการรับผิดชอบ"),
        default=False,
        help_text=_("ข้อที่ทุกส่วนราชการต้องเผยแพร่ข้อมูลของตนเอง"),
    )
    itas_note = models.TextField(
        _("คำอธิบายเพิ่มเติม (ITAS)"),
        blank=True,
        help_text=_("ข้อความสั้น ๆ ที่จะส่งพร้อม URL ในระบบ ITAS"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("body"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("item_code", read_only=True),
                FieldPanel("divisions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("all_divisions"),
                FieldPanel("itas_note"),
            ],
            heading=_("ข้อมูลตามกรอบการประเมิน ITA"),
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
        context["ita_base_template"] = get_setting("BASE_TEMPLATE")
        context["item"] = self.framework_item
        context["year_page"] = self.year_page
        return context


class BasicInformationItemPage(DisclosureItemPage):
    """9.1 ข้อมูลพื้นฐาน (basic information): structure, executives, authority, plans, contact, laws."""

    body = StreamField(
        item_body_blocks("org_structure", "executive_profile", "authority", "multi_year_plan", "contact", "law"),
        verbose_name=_("ข้อมูลตามองค์ประกอบ"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ข้อ ITA: ข้อมูลพื้นฐาน")
        verbose_name_plural = _("ข้อ ITA: ข้อมูลพื้นฐาน")


class PublicRelationsItemPage(DisclosureItemPage):
    """9.1 การประชาสัมพันธ์ (public relations): news of the agency's work."""

    body = StreamField(item_body_blocks("activity", "announcement"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True)

    class Meta:
        verbose_name = _("ข้อ ITA: การประชาสัมพันธ์")
        verbose_name_plural = _("ข้อ ITA: การประชาสัมพันธ์")


class InteractionItemPage(DisclosureItemPage):
    """9.1 การปฏิสัมพันธ์ข้อมูล (interaction): Q&A, social networks, privacy policy."""

    body = StreamField(item_body_blocks("channel", "policy"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True)

    class Meta:
        verbose_name = _("ข้อ ITA: การปฏิสัมพันธ์ข้อมูล")
        verbose_name_plural = _("ข้อ ITA: การปฏิสัมพันธ์ข้อมูล")


class OperationsItemPage(DisclosureItemPage):
    """9.2 การดำเนินงาน (operations): annual plan, progress and results reports."""

    body = StreamField(
        item_body_blocks("annual_plan", "progress_report", "annual_report", "multi_year_plan"),
        verbose_name=_("ข้อมูลตามองค์ประกอบ"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ข้อ ITA: การดำเนินงาน")
        verbose_name_plural = _("ข้อ ITA: การดำเนินงาน")


class WorkStandardsItemPage(DisclosureItemPage):
    """9.2 การปฏิบัติงาน (work standards): work manuals."""

    body = StreamField(item_body_blocks("manual"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True)

    class Meta:
        verbose_name = _("ข้อ ITA: การปฏิบัติงาน")
        verbose_name_plural = _("ข้อ ITA: การปฏิบัติงาน")


class ServiceItemPage(DisclosureItemPage):
    """9.2 การให้บริการ (services): service manuals, statistics, satisfaction, e-services."""

    body = StreamField(
        item_body_blocks("manual", "service_statistics", "satisfaction_survey", "channel"),
        verbose_name=_("ข้อมูลตามองค์ประกอบ"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ข้อ ITA: การให้บริการ")
        verbose_name_plural = _("ข้อ ITA: การให้บริการ")


class ProcurementItemPage(DisclosureItemPage):
    """9.3 การจัดซื้อจัดจ้าง (procurement): plan, announcements, monthly summaries, annual report."""

    body = StreamField(
        item_body_blocks("procurement_plan", "procurement_announcement", "monthly_procurement", "annual_report"),
        verbose_name=_("ข้อมูลตามองค์ประกอบ"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ข้อ ITA: การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ")
        verbose_name_plural = _("ข้อ ITA: การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ")


class HumanResourcesItemPage(DisclosureItemPage):
    """9.4 การบริหารและพัฒนาทรัพยากรบุคคล (human resources): policy, actions, criteria, report."""

    body = StreamField(
        item_body_blocks("policy", "activity", "annual_report"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True
    )

    class Meta:
        verbose_name = _("ข้อ ITA: การบริหารและพัฒนาทรัพยากรบุคคล")
        verbose_name_plural = _("ข้อ ITA: การบริหารและพัฒนาทรัพยากรบุคคล")


class CorruptionComplaintItemPage(DisclosureItemPage):
    """9.5 การจัดการเรื่องร้องเรียนการทุจริต (corruption complaints): guideline, channel, statistics."""

    body = StreamField(
        item_body_blocks("manual", "channel", "complaint_statistics"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True
    )

    class Meta:
        verbose_name = _("ข้อ ITA: การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
        verbose_name_plural = _("ข้อ ITA: การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")


class ParticipationItemPage(DisclosureItemPage):
    """9.5 การเปิดโอกาสให้เกิดการมีส่วนร่วม (participation): activities open to outsiders."""

    body = StreamField(item_body_blocks("activity"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True)

    class Meta:
        verbose_name = _("ข้อ ITA: การเปิดโอกาสให้เกิดการมีส่วนร่วม")
        verbose_name_plural = _("ข้อ ITA: การเปิดโอกาสให้เกิดการมีส่วนร่วม")


class NoGiftPolicyItemPage(DisclosureItemPage):
    """10.1 นโยบาย No Gift Policy: the declaration, activities and the yearly report."""

    body = StreamField(
        item_body_blocks("announcement", "activity", "annual_report"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True
    )

    class Meta:
        verbose_name = _("ข้อ ITA: นโยบาย No Gift Policy")
        verbose_name_plural = _("ข้อ ITA: นโยบาย No Gift Policy")


class CorruptionRiskItemPage(DisclosureItemPage):
    """10.1 การประเมินความเสี่ยง (corruption risk): assessment and the actions that manage it."""

    body = StreamField(item_body_blocks("risk_assessment", "activity"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True)

    class Meta:
        verbose_name = _("ข้อ ITA: การประเมินความเสี่ยงเพื่อการป้องกันการทุจริต")
        verbose_name_plural = _("ข้อ ITA: การประเมินความเสี่ยงเพื่อการป้องกันการทุจริต")


class AntiCorruptionPlanItemPage(DisclosureItemPage):
    """10.1 แผนป้องกันการทุจริต (anti-corruption plan): plan, progress and results."""

    body = StreamField(
        item_body_blocks("annual_plan", "progress_report", "annual_report", "multi_year_plan"),
        verbose_name=_("ข้อมูลตามองค์ประกอบ"),
        blank=True,
    )

    class Meta:
        verbose_name = _("ข้อ ITA: แผนป้องกันการทุจริต")
        verbose_name_plural = _("ข้อ ITA: แผนป้องกันการทุจริต")


class EthicsItemPage(DisclosureItemPage):
    """10.2 มาตรฐานทางจริยธรรม (ethics): code of ethics, its promotion and assessment."""

    body = StreamField(
        item_body_blocks("policy", "activity", "annual_report"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True
    )

    class Meta:
        verbose_name = _("ข้อ ITA: มาตรการเสริมสร้างมาตรฐานทางจริยธรรม")
        verbose_name_plural = _("ข้อ ITA: มาตรการเสริมสร้างมาตรฐานทางจริยธรรม")


class IntegrityMeasuresItemPage(DisclosureItemPage):
    """10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส (integrity measures): ITA analysis, actions, EIT QR code."""

    body = StreamField(
        item_body_blocks("ita_analysis", "activity", "eit_qr_code"), verbose_name=_("ข้อมูลตามองค์ประกอบ"), blank=True
    )

    class Meta:
        verbose_name = _("ข้อ ITA: มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริตภายในหน่วยงาน")
        verbose_name_plural = _("ข้อ ITA: มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริตภายในหน่วยงาน")
