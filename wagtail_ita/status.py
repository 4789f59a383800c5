"""One status per framework item of a year: what ``ita_status``, the dashboard and the exports build on."""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Revision

from .compliance import ItemResult, Status
from .disclosure import item_rows
from .frameworks import load_framework
from .i18n import originals
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


def check_page(page, body=None):
    """The completeness of an item page (:meth:`~wagtail_ita.models.DisclosureItemPage.completeness`): of
    ``body`` (a draft) if given, else of its stored, published body; ``None`` for a page that is not an item
    of its year's framework."""
    return page.completeness(body)


def find_year_page(year):
    """The live or draft year page of ``year`` (the first, if several sites have one); never a
    translation of it: the NACC assesses the original (:mod:`wagtail_ita.i18n`)."""
    return originals(AssessmentYearPage.objects.filter(year=year)).order_by("path").first()


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
        return str(Status(self.status).label)

    @property
    def reasons(self):
        return list(self.result.reasons)

    @property
    def has_data(self):
        """What the ITAS form calls มีข้อมูล: the public sees something for this item."""
        return self.status != Status.MISSING

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
    pages = year_page.item_pages_by_code(with_body=True)
    revision_ids = [page.latest_revision_id for page in pages.values() if page.latest_revision_id]
    editors = {
        r.pk: r.user for r in Revision.objects.filter(pk__in=revision_ids).select_related("user__wagtail_userprofile")
    }
    for page in pages.values():
        page.ita_last_editor = editors.get(page.latest_revision_id)
    return pages


def _item_status(row, framework, agency_by_key):
    """The :class:`ItemStatus` of one row of :func:`wagtail_ita.disclosure.item_rows`."""
    item, page = row["item"], row["page"]
    common = {
        "item": item,
        "page": page,
        "sub_indicator": row["category"].sub_indicator,
        "category": row["category"].title,
        "all_divisions": row["all_divisions"],
        "result": row["result"],
    }
    if page is not None:
        return ItemStatus(
            **common,
            divisions=[d.name for d in row["division_list"]],
            division_ids=frozenset(d.pk for d in row["division_list"]),
            url=page.get_full_url(),
            last_published_at=page.last_published_at,
            last_edited_by=page.ita_last_editor,
        )
    # Before setup the framework names the divisions; those the agency has are matched by their key.
    divisions = [agency_by_key.get(key) for key in item.divisions]
    return ItemStatus(
        **common,
        divisions=[d.name if d else framework.division(k).name for d, k in zip(divisions, item.divisions, strict=True)],
        division_ids=frozenset(d.pk for d in divisions if d),
        url=None,
        last_published_at=None,
    )


def year_statuses(year):
    """A list of :class:`ItemStatus`, one per item of ``year``'s framework, in item order."""
    framework = load_framework(year)
    pages = _item_pages(find_year_page(year))
    agency = list(Division.objects.agency())
    by_key = {division.key: division for division in agency if division.key}
    rows = item_rows(framework, pages, lambda: agency, with_status=True)
    return [_item_status(row, framework, by_key) for row in rows]


def item_statuses(year):
    """A list of dicts with :data:`STATUS_KEYS`, one per item of ``year``'s framework, in order."""
    return [status.as_record() for status in year_statuses(year)]
