"""The ITA section page and its assessment-year pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse, JsonResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from wagtail_ita.frameworks import available_years, load_framework

from .items import ITEM_PAGE_TYPES
from .public import ITAPageMixin


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


class AssessmentYearPage(ITAPageMixin, RoutablePageMixin, Page):
    """One assessment year (ปีที่ประเมิน, Buddhist era) of the ITA, holding its disclosure items.

    Besides the index of its items, it serves the year's open data at ``open-data/json/`` and
    ``open-data/csv/`` (Wagtail page URLs cannot end in ``.json``).
    """

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

    def get_context(self, request, *args, **kwargs):
        from wagtail_ita.disclosure import item_rows, item_tree

        context = super().get_context(request, *args, **kwargs)
        rows = item_rows(self, with_status=context["ita_staff"])
        url = self.get_url(request)
        context.update(
            item_tree=item_tree(self.framework, rows),
            breadcrumbs=[self.get_parent()],
            year_pages=AssessmentYearPage.objects.sibling_of(self).live().order_by("-year"),
            open_data_json_url=url + self.reverse_subpage("open_data_json"),
            open_data_csv_url=url + self.reverse_subpage("open_data_csv"),
        )
        return context

    def get_cached_paths(self):
        return ["/", "/open-data/json/", "/open-data/csv/"]

    @path("open-data/json/", name="open_data_json")
    def open_data_json(self, request):
        """The year's disclosure as JSON (see :mod:`wagtail_ita.open_data`)."""
        from wagtail_ita.open_data import disclosure

        return JsonResponse(disclosure(self, request), json_dumps_params={"ensure_ascii": False, "indent": 1})

    @path("open-data/csv/", name="open_data_csv")
    def open_data_csv(self, request):
        """The year's item list as CSV, with a byte-order mark so spreadsheets read the Thai."""
        from wagtail_ita.open_data import items_csv

        response = HttpResponse("\ufeff" + items_csv(self, request), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="ita-{self.year}-items.csv"'
        return response

    def item_pages(self):
        """Item pages of this year, as their specific types, in item order."""
        pages = list(self.get_children().specific())
        pages = [p for p in pages if hasattr(p, "item_code")]
        return sorted(pages, key=lambda p: p.item_number)
