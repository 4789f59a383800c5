"""One status per framework item of a year: what ``ita_status``, the dashboard and the exports build on."""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Revision

from .compliance import MISSING, ItemResult, check_item
from .frameworks import load_framework
from .models import AssessmentYearPage, Division

STATUS_KEYS = [
    "code",
    "number",
    "title",
    "sub_indicator",
    "category",
    "divisions",
    "all_divisions",
    "status",
    "missing",
    "url",
    "last_published",
]


def division_names(divisions):
    """{display name: every name and alias} for the given divisions."""
    return {division.name: division.all_names() for division in divisions}


def responsible_divisions(page, all_agency_divisions=None):
    """The divisions whose blocks count for ``page``'s per-division components."""
    if page.all_divisions:
        if all_agency_divisions is None:
            all_agency_divisions = Division.objects.agency()
        return division_names(all_agency_divisions)
    return division_names(page.divisions.all())


def check_page(page, body=None):
    """The completeness of an item page: of ``body`` (a draft) if given, else of its stored, published body.

    Returns ``None`` for a page that is not an item of its year's framework.
    """
    item = page.framework_item
    if item is None:
        return None
    return check_item(
        item,
        page.body if body is None else body,
        page.year_page.framework.fiscal_year,
        live=page.live if body is None else True,
        divisions=responsible_divisions(page),
    )


def find_year_page(year):
    """The live or draft year page of ``year`` (the first, if several sites have one)."""
    return AssessmentYearPage.objects.filter(year=year).order_by("path").first()


@dataclass
class ItemStatus:
    """The completeness of one framework item and the page that discloses it (``page`` is ``None`` before setup)."""

    item: object
    page: object
    sub_indicator: str
    category: str
    divisions: list
    division_ids: frozenset
    all_divisions: bool
    result: ItemResult
    url: str | None
    last_published_at: datetime | None
    last_edited_by: object = None

    @property
    def code(self):
        return self.item.code

    @property
    def number(self):
        return self.item.number

    @property
    def title(self):
        return self.item.title

    @property
    def status(self):
        return self.result.status

    @property
    def status_label(self):
        return status_label(self.status)

    @property
    def reasons(self):
        return list(self.result.reasons)

    @property
    def has_data(self):
        """What the ITAS form calls มีข้อมูล: the public sees something for this item."""
        return self.status != MISSING

    @property
    def divisions_display(self):
        return _("All divisions") if self.all_divisions else ", ".join(self.divisions)

    @property
    def last_edited_by_name(self):
        user = self.last_edited_by
        return (user.get_full_name() or user.get_username()) if user is not None else ""

    @property
    def itas_note(self):
        return self.page.itas_note if self.page is not None else ""

    def responsible_for(self, division_ids):
        """Whether any of ``division_ids`` answers for this item (every division does for ทุกส่วนราชการ items)."""
        return self.all_divisions or bool(self.division_ids & set(division_ids))

    def as_record(self):
        """The plain dict of :data:`STATUS_KEYS` that ``ita_status`` prints."""
        return {
            "code": self.code,
            "number": self.number,
            "title": self.title,
            "sub_indicator": self.sub_indicator,
            "category": self.category,
            "divisions": self.divisions,
            "all_divisions": self.all_divisions,
            "status": self.status,
            "missing": self.reasons,
            "url": self.url,
            "last_published": timezone.localtime(self.last_published_at).isoformat()
            if self.last_published_at
            else None,
        }


def _item_pages(year_page):
    """The year's item pages by code, with their divisions and latest revision's user, in a bounded number of queries."""
    if year_page is None:
        return {}
    pages = list(year_page.get_children().specific().prefetch_related("divisions", for_specific_subqueries=True))
    pages = [page for page in pages if hasattr(page, "item_code")]
    revision_ids = [page.latest_revision_id for page in pages if page.latest_revision_id]
    editors = {
        r.pk: r.user for r in Revision.objects.filter(pk__in=revision_ids).select_related("user__wagtail_userprofile")
    }
    for page in pages:
        page.ita_last_editor = editors.get(page.latest_revision_id)
    return {page.item_code.upper(): page for page in pages}


def year_statuses(year):
    """A list of :class:`ItemStatus`, one per item of ``year``'s framework, in item order."""
    framework = load_framework(year)
    pages = _item_pages(find_year_page(year))
    agency_divisions = list(Division.objects.agency())
    by_key = {division.key: division for division in agency_divisions if division.key}
    every_division = division_names(agency_divisions)
    statuses = []
    for item in framework.items:
        page = pages.get(item.code)
        category = framework.category(item.category)
        if page is not None:
            page_divisions = list(page.divisions.all())
            # The page row holds the published content; drafts live in revisions.
            result = check_item(
                item,
                page.body,
                framework.fiscal_year,
                live=page.live,
                divisions=every_division if page.all_divisions else division_names(page_divisions),
            )
            status = ItemStatus(
                item=item,
                page=page,
                sub_indicator=category.sub_indicator,
                category=category.title,
                divisions=[d.name for d in page_divisions],
                division_ids=frozenset(d.pk for d in page_divisions),
                all_divisions=page.all_divisions,
                result=result,
                url=page.get_full_url(),
                last_published_at=page.last_published_at,
                last_edited_by=page.ita_last_editor,
            )
        else:
            divisions = [by_key.get(key) for key in item.divisions]
            status = ItemStatus(
                item=item,
                page=None,
                sub_indicator=category.sub_indicator,
                category=category.title,
                divisions=[
                    d.name if d else framework.division(k).name for d, k in zip(divisions, item.divisions, strict=True)
                ],
                division_ids=frozenset(d.pk for d in divisions if d),
                all_divisions=item.all_divisions,
                result=check_item(item, None, framework.fiscal_year, live=False),
                url=None,
                last_published_at=None,
            )
        statuses.append(status)
    return statuses


def item_statuses(year):
    """A list of dicts with :data:`STATUS_KEYS`, one per item of ``year``'s framework, in order."""
    return [status.as_record() for status in year_statuses(year)]


def status_label(status):
    return {
        "missing": _("No data yet"),
        "incomplete": _("Incomplete"),
        "complete": _("Complete"),
    }[status]
