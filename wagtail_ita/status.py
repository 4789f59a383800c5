"""One status record per framework item of a year: what ``ita_status`` prints and exports build on."""

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .compliance import check_item
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
            all_agency_divisions = Division.objects.filter(locale=Locale.get_default())
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


def item_statuses(year):
    """A list of dicts with :data:`STATUS_KEYS`, one per item of ``year``'s framework, in order."""
    framework = load_framework(year)
    year_page = find_year_page(year)
    pages = {}
    if year_page is not None:
        pages = {page.item_code.upper(): page for page in year_page.item_pages()}
    agency_divisions = list(Division.objects.filter(locale=Locale.get_default()))
    names_by_key = {division.key: division.name for division in agency_divisions if division.key}
    every_division = division_names(agency_divisions)
    records = []
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
            divisions = [d.name for d in page_divisions]
            url = page.get_full_url()
            last_published = timezone.localtime(page.last_published_at).isoformat() if page.last_published_at else None
        else:
            result = check_item(item, None, framework.fiscal_year, live=False)
            divisions = [names_by_key.get(k) or framework.division(k).name for k in item.divisions]
            url = None
            last_published = None
        records.append(
            {
                "code": item.code,
                "number": item.number,
                "title": item.title,
                "sub_indicator": category.sub_indicator,
                "category": category.title,
                "divisions": divisions,
                "all_divisions": page.all_divisions if page is not None else item.all_divisions,
                "status": result.status,
                "missing": list(result.reasons),
                "url": url,
                "last_published": last_published,
            }
        )
    return records


def status_label(status):
    return {
        "missing": _("No data yet"),
        "incomplete": _("Incomplete"),
        "complete": _("Complete"),
    }[status]
