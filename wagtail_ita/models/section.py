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

from wagtail_ita import open_data
from wagtail_ita.disclosure import ItemLink, item_rows, item_tree, translated_rows
from wagtail_ita.frameworks import FrameworkError, available_years, load_framework
from wagtail_ita.frameworks.pagetypes import item_page_model
from wagtail_ita.i18n import framework_in, original_of, page_language

from .division import Division
from .items import ITEM_PAGE_TYPES, DisclosureItemPage
from .public import ITAPageMixin


def _child(model, parent, slug):
    """``parent``'s child page with ``slug`` if it is a ``model``, loaded as one in one query, or ``None``.

    It knows its parent (``get_parent()`` asks no query), as a page found by ``Page.route`` does.
    """
    for page in model.objects.filter(path__startswith=parent.path, depth=parent.depth + 1, slug=slug).order_by()[:1]:
        page._cached_parent_obj = parent
        return page
    return None


def child_page_url(url, child):
    """The URL of ``child``, a page directly under the page whose URL is ``url``: what ``child.get_url()``
    returns, without asking the site root paths again. Item pages do not route themselves, so theirs is
    the parent's with the slug added, ending in ``/`` where the parent's does (``WAGTAIL_APPEND_SLASH``)."""
    return f"{url}{child.slug}/" if url.endswith("/") else f"{url}/{child.slug}"


class ITASectionPage(ITAPageMixin, Page):
    """The root of the agency's ITA disclosure (slug ``ita`` by default), holding one page per year."""

    intro = RichTextField(_("Introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    subpage_types = [
        "wagtail_ita.AssessmentYearPage",
        "wagtail_ita.CorruptionReportPage",
        "wagtail_ita.QuestionAnswerPage",
    ]
    max_count_per_parent = 1
    template = "wagtail_ita/section_page.html"

    class Meta:
        verbose_name = _("ITA main page")
        verbose_name_plural = _("ITA main pages")

    def year_pages(self):
        return AssessmentYearPage.objects.child_of(self).live().order_by("-year")

    def route(self, request, path_components):
        """Wagtail's routing, with a year page found in one query of its own type (Wagtail asks for the
        page, then for its specific type); anything else under the section is routed as usual."""
        if path_components:
            year_page = _child(AssessmentYearPage, self, path_components[0])
            if year_page is not None:
                return year_page.route(request, path_components[1:])
        return super().route(request, path_components)


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

    def route(self, request, path_components):
        """Wagtail's routing (and the open-data routes), with an item page found in one query: the framework
        names the page type of the item its slug is the code of (``o21`` → O21 → ``ProcurementItemPage``),
        so the page is asked of that type directly. A page of another type or slug is routed as usual."""
        if len(path_components) == 1:
            model = self._item_page_model(path_components[0])
            item_page = _child(model, self, path_components[0]) if model else None
            if item_page is not None:
                return item_page.route(request, [])
        return super().route(request, path_components)

    def _item_page_model(self, slug):
        try:
            framework = load_framework(self.year)
            return item_page_model(framework.category(framework.item(slug.upper()).category).page_type)
        except (FrameworkError, KeyError):
            return None

    @cached_property
    def framework(self):
        """The year's framework, with English titles on an English translation (:mod:`wagtail_ita.i18n`)."""
        return framework_in(load_framework(self.year), page_language(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        original = original_of(self)
        url = self.get_url(request)
        # Each item's address from its year page's, as Wagtail builds it: a ``{% pageurl %}`` per row cost the
        # index more than all its queries together.
        if original.pk == self.pk:
            rows = self.item_rows(with_status=context["ita_staff"], links=True)
        else:
            # A translation lists the original's items and their status: the NACC assesses the original.
            original = original.specific
            rows = original.item_rows(with_status=context["ita_staff"], links=True)
            rows = translated_rows(rows, self, Division.objects.names_in(self.locale))
            original_url = original.get_url(request)
            for row in rows:
                row["original_url"] = child_page_url(original_url, row["original"]) if row["original_public"] else None
        for row in rows:
            row["url"] = child_page_url(url, row["page"]) if row["public"] else None
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
        return JsonResponse(open_data.disclosure(self, request), json_dumps_params={"ensure_ascii": False, "indent": 1})

    @path("open-data/csv/", name="open_data_csv")
    def open_data_csv(self, request):
        """The year's item list as CSV, with a byte-order mark so spreadsheets read the Thai."""
        response = HttpResponse("\ufeff" + open_data.items_csv(self, request), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="ita-{self.year}-items.csv"'
        return response

    def item_pages_by_code(self, with_body=True):
        """The year's item pages by item code, with their divisions: one queryset, whatever the page types.

        Without ``with_body`` they are :class:`DisclosureItemPage` objects (two queries: the pages, their
        divisions); with it, their specific types too (one more query per page type present), carrying the
        divisions already loaded.
        """
        pages = list(DisclosureItemPage.objects.of_year(self))
        if with_body:
            specific = {
                page.pk: page for page in DisclosureItemPage.objects.filter(pk__in=[p.pk for p in pages]).specific()
            }
            for page in pages:
                specific[page.pk]._prefetched_objects_cache = page._prefetched_objects_cache
            pages = [specific[page.pk] for page in pages]
        return {page.item_code.upper(): page for page in pages}

    def item_links_by_code(self):
        """The year's item pages as :class:`~wagtail_ita.disclosure.ItemLink` records by item code: one query
        of plain values (each page's own, and its divisions' names in their own order) and no page instance."""
        fields = ("pk", "item_code", "slug", "title", "live", "last_published_at", "all_divisions", "translation_key")
        ordering = ("path", *(f"divisions__{name}" for name in Division._meta.ordering))
        rows = DisclosureItemPage.objects.child_of(self).order_by(*ordering).values_list(*fields, "divisions__name")
        links, names = {}, {}
        for *values, division_name in rows:
            link = links.setdefault(values[0], dict(zip(fields, values, strict=True)))
            if division_name is not None:
                names.setdefault(link["pk"], []).append(division_name)
        return {
            link["item_code"].upper(): ItemLink(**link, division_names=tuple(names.get(pk, ())))
            for pk, link in links.items()
        }

    def item_rows(self, with_status=False, with_body=False, links=False):
        """The rows of this year's index (:func:`wagtail_ita.disclosure.item_rows`), in this page's language.

        Pages carry their ``body`` only ``with_body`` (or ``with_status``, which needs it); with ``links``
        (and neither), the rows hold :class:`~wagtail_ita.disclosure.ItemLink` records instead of pages.
        """
        if links and not (with_body or with_status):
            pages = self.item_links_by_code()
        else:
            pages = self.item_pages_by_code(with_body=with_body or with_status)
        return item_rows(self.framework, pages, Division.objects.agency, with_status=with_status)

    def item_pages(self):
        """Item pages of this year, as their specific types, in item order."""
        return sorted(DisclosureItemPage.objects.child_of(self).specific(), key=lambda p: p.item_number)
