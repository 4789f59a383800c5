"""Disclosure item pages (ข้อ O1 … O43): one page type per indicator category.

Every item page shares :class:`DisclosureItemPage`: the item code, the responsible divisions and a
``body`` StreamField whose block menu is what its category's components need. The framework data
file names, for each category, the page type its items use, so later assessment years reuse these
types as data.
"""

from django import forms
from django.apps import apps
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from wagtail_ita.blocks import item_body_blocks
from wagtail_ita.blocks.channel_statistics import ChannelComplaintStatisticsBlock
from wagtail_ita.compliance import check_item
from wagtail_ita.disclosure import division_names
from wagtail_ita.frameworks import load_framework
from wagtail_ita.i18n import framework_in, page_language, translated_divisions
from wagtail_ita.panels import CompletenessPanel, DisclosureItemPageForm

from .division import Division
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


class DisclosureItemPageQuerySet(PageQuerySet):
    def of_year(self, year_page):
        """The item pages directly under ``year_page``, with their divisions (two queries), ordered by path."""
        return self.child_of(year_page).prefetch_related("divisions").order_by("path")


class DisclosureItemPage(ITAPageMixin, Page):
    """The page of one disclosure item (ข้อมูลที่ต้องเปิดเผย) of the ITA framework, whatever its category.

    Concrete on purpose, the way Wagtail's own :class:`~wagtail.models.Page` is: what every item has
    (its code, responsible divisions, the every-division flag, the ITAS note) is one table, so a year's
    items are one queryset (``DisclosureItemPage.objects.of_year(year_page)``) whatever their page
    types. Each category's page type extends it with its own ``body``. Not creatable by itself.
    """

    item_code = models.CharField(
        _("Item code"),
        max_length=10,
        help_text=_("Code in the assessment framework, e.g. O1"),
    )
    divisions = ParentalManyToManyField(
        "wagtail_ita.Division",
        verbose_name=_("Responsible divisions"),
        blank=True,
        related_name="item_pages",
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

    objects = PageManager.from_queryset(DisclosureItemPageQuerySet)()

    content_panels = Page.content_panels + [CompletenessPanel()]
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

    search_fields = Page.search_fields + [index.FilterField("item_code")]

    is_creatable = False
    parent_page_types = ["wagtail_ita.AssessmentYearPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("ITA item")
        verbose_name_plural = _("ITA items")

    @property
    def item_number(self):
        digits = "".join(ch for ch in self.item_code if ch.isdigit())
        return int(digits) if digits else 0

    @cached_property
    def year_page(self):
        """The assessment year page this item belongs to (its parent), or ``None`` outside one.

        When Wagtail routed the request here it already holds the parent, specific (``Page.route`` keeps
        it on the child it found), so serving an item page asks no query for it.
        """
        # The year page type by its label, as ``parent_page_types`` names it: section.py builds on this module.
        model = apps.get_model("wagtail_ita", "AssessmentYearPage")
        parent = getattr(self, "_cached_parent_obj", None)
        if isinstance(parent, model):
            return parent
        return model.objects.ancestor_of(self).last()

    @cached_property
    def framework_item(self):
        """This page's item in the framework data of its year, or ``None`` if it is not part of it."""
        year_page = self.year_page
        if year_page is None:
            return None
        # In this page's language (English titles on an English translation), which is its year page's:
        # the year page is given it rather than asking the database for its own.
        framework = framework_in(load_framework(year_page.year), page_language(self))
        year_page.__dict__.setdefault("framework", framework)
        try:
            return framework.item(self.item_code)
        except KeyError:
            return None

    def completeness(self, body=None):
        """The :class:`~wagtail_ita.compliance.ItemResult` of this page: of ``body`` (a draft) if given, else of
        its stored, published body; ``None`` for a page that is not an item of its year's framework."""
        item = self.framework_item
        if item is None:
            return None
        divisions = Division.objects.agency() if self.all_divisions else self.divisions.all()
        return check_item(
            item,
            self.body if body is None else body,
            self.year_page.framework.fiscal_year,
            live=self.live if body is None else True,
            divisions=division_names(divisions),
        )

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
        divisions = self.divisions.all()
        if context["ita_original"] is not None:
            divisions = translated_divisions(divisions, self.locale)
        context["divisions"] = sorted(divisions, key=lambda division: division.name)
        prefetch_renditions(self.body)
        return context


def item_body(*kinds):
    """The ``body`` of a category's page type: a StreamField offering the blocks of ``kinds`` (see
    :func:`~wagtail_ita.blocks.item_body_blocks`)."""
    return StreamField(item_body_blocks(*kinds), verbose_name=_("Data by component"), blank=True)


#: The editor's form of every category page type: the completeness panel above the blocks.
ITEM_CONTENT_PANELS = DisclosureItemPage.content_panels + [FieldPanel("body")]
#: What the site search indexes of every category page type.
ITEM_SEARCH_FIELDS = DisclosureItemPage.search_fields + [index.SearchField("body")]


class BasicInformationItemPage(DisclosureItemPage):
    """9.1 ข้อมูลพื้นฐาน (basic information): structure, executives, authority, plans, contact, laws."""

    body = item_body("org_structure", "executive_profile", "authority", "multi_year_plan", "contact", "law")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: basic information")
        verbose_name_plural = _("ITA items: basic information")


class PublicRelationsItemPage(DisclosureItemPage):
    """9.1 การประชาสัมพันธ์ (public relations): news of the agency's work."""

    body = item_body("activity", "announcement")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: public relations")
        verbose_name_plural = _("ITA items: public relations")


class InteractionItemPage(DisclosureItemPage):
    """9.1 การปฏิสัมพันธ์ข้อมูล (interaction): Q&A, social networks, privacy policy; contact (2569 O3)."""

    body = item_body("channel", "policy", "contact")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: interaction")
        verbose_name_plural = _("ITA items: interaction")


class OperationsItemPage(DisclosureItemPage):
    """9.2 การดำเนินงาน (operations): annual plan, progress and results reports."""

    body = item_body("annual_plan", "progress_report", "annual_report", "multi_year_plan")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: operations")
        verbose_name_plural = _("ITA items: operations")


class WorkStandardsItemPage(DisclosureItemPage):
    """9.2 การปฏิบัติงาน (work standards): work manuals."""

    body = item_body("manual")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: work practice")
        verbose_name_plural = _("ITA items: work practice")


class ServiceItemPage(DisclosureItemPage):
    """9.2 การให้บริการ (services): service manuals, statistics, satisfaction, e-services."""

    body = item_body("manual", "service_statistics", "satisfaction_survey", "channel")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: services")
        verbose_name_plural = _("ITA items: services")


class ProcurementItemPage(DisclosureItemPage):
    """9.3 การจัดซื้อจัดจ้าง (procurement): plan, announcements, monthly summaries, annual report."""

    body = item_body("procurement_plan", "procurement_announcement", "monthly_procurement", "annual_report")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: procurement or acquisition of supplies")
        verbose_name_plural = _("ITA items: procurement or acquisition of supplies")


class HumanResourcesItemPage(DisclosureItemPage):
    """9.4 การบริหารและพัฒนาทรัพยากรบุคคล (human resources): policy, actions, criteria, report."""

    body = item_body("policy", "activity", "annual_report")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: human resources management and development")
        verbose_name_plural = _("ITA items: human resources management and development")


class CorruptionComplaintItemPage(DisclosureItemPage):
    """9.5 การจัดการเรื่องร้องเรียนการทุจริต (corruption complaints): guideline, channel, statistics."""

    body = StreamField(
        item_body_blocks("manual", "channel", "complaint_statistics")
        + [("channel_complaint_statistics", ChannelComplaintStatisticsBlock())],
        verbose_name=_("Data by component"),
        blank=True,
    )
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: handling of corruption and misconduct complaints")
        verbose_name_plural = _("ITA items: handling of corruption and misconduct complaints")


class ParticipationItemPage(DisclosureItemPage):
    """9.5 การเปิดโอกาสให้เกิดการมีส่วนร่วม (participation): activities open to outsiders."""

    body = item_body("activity")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: opportunities for participation")
        verbose_name_plural = _("ITA items: opportunities for participation")


class NoGiftPolicyItemPage(DisclosureItemPage):
    """10.1 นโยบาย No Gift Policy: the declaration, activities and the yearly report."""

    body = item_body("announcement", "activity", "annual_report")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: No Gift Policy")
        verbose_name_plural = _("ITA items: No Gift Policy")


class CorruptionRiskItemPage(DisclosureItemPage):
    """10.1 การประเมินความเสี่ยง (corruption risk): assessment and the actions that manage it."""

    body = item_body("risk_assessment", "activity")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: risk assessment for corruption prevention")
        verbose_name_plural = _("ITA items: risk assessment for corruption prevention")


class AntiCorruptionPlanItemPage(DisclosureItemPage):
    """10.1 แผนป้องกันการทุจริต (anti-corruption plan): plan, progress and results."""

    body = item_body("annual_plan", "progress_report", "annual_report", "multi_year_plan")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: anti-corruption plan")
        verbose_name_plural = _("ITA items: anti-corruption plan")


class EthicsItemPage(DisclosureItemPage):
    """10.2 มาตรฐานทางจริยธรรม (ethics): code of ethics, its promotion and assessment."""

    body = item_body("policy", "activity", "annual_report")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: measures to strengthen ethical standards")
        verbose_name_plural = _("ITA items: measures to strengthen ethical standards")


class IntegrityMeasuresItemPage(DisclosureItemPage):
    """10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส (integrity measures): ITA analysis, actions, EIT QR code."""

    body = item_body("ita_analysis", "activity", "eit_qr_code")
    content_panels = ITEM_CONTENT_PANELS
    search_fields = ITEM_SEARCH_FIELDS

    class Meta:
        verbose_name = _("ITA item: measures to promote transparency and prevent corruption within the agency")
        verbose_name_plural = _("ITA items: measures to promote transparency and prevent corruption within the agency")
