"""The ITA section page and its assessment-year pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from wagtail_ita.conf import get_setting
from wagtail_ita.frameworks import available_years, load_framework

from .items import ITEM_PAGE_TYPES


class ITAPageMixin:
    """Gives every ITA page the base template setting in its context."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ita_base_template"] = get_setting("BASE_TEMPLATE")
        return context


class ITASectionPage(ITAPageMixin, Page):
    """The root of the agency's ITA disclosure (slug ``ita`` by default), holding one page per year."""

    intro = RichTextField(_("Introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    subpage_types = ["wagtail_ita.AssessmentYearPage"]
    max_count_per_parent = 1
    template = "wagtail_ita/section_page.html"

    class Meta:
        verbose_name = _("ITA main page")
        verbose_name_plural = _("ITA main pages")

    def year_pages(self):
        return AssessmentYearPage.objects.child_of(self).live().order_by("-year")


class AssessmentYearPage(ITAPageMixin, Page):
    """One assessment year (ปีที่ประเมิน, Buddhist era) of the ITA, holding its disclosure items."""

    year = models.PositiveIntegerField(
        _("Assessment year (B.E.)"),
        help_text=_("This year must have an assessment framework data file"),
    )
    intro = RichTextField(_("Introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("year"), FieldPanel("intro")]

    parent_page_types = ["wagtail_ita.ITASectionPage"]
    subpage_types = ITEM_PAGE_TYPES
    template = "wagtail_ita/year_page.html"

    class Meta:
        verbose_name = _("ITA assessment year")
        verbose_name_plural = _("ITA assessment years")

    def clean(self):
        super().clean()
        if self.year not in available_years():
            known = ", ".join(str(y) for y in available_years())
            raise ValidationError(
                {
                    "year": _("No assessment framework data for year %(year)s (available: %(known)s)")
                    % {"year": self.year, "known": known}
                }
            )
        parent = self.get_parent() if self.pk else None
        if parent is not None:
            siblings = AssessmentYearPage.objects.child_of(parent).filter(year=self.year).exclude(pk=self.pk)
            if siblings.exists():
                raise ValidationError({"year": _("A page for year %(year)s already exists") % {"year": self.year}})

    @cached_property
    def framework(self):
        return load_framework(self.year)

    def item_pages(self):
        """Item pages of this year, as their specific types, in item order."""
        pages = list(self.get_children().specific())
        pages = [p for p in pages if hasattr(p, "item_code")]
        return sorted(pages, key=lambda p: p.item_number)
