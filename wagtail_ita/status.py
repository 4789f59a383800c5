"""One status record per framework item of a year: what ``ita_status`` prints and exports build on."""

from django.utils import timezone
from django.utils.translation import gettext as _

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
    division_names = {}
    for division in Division.objects.all():
        if division.key and division.key not in division_names:
            division_names[division.key] = division.name
    records = []
    for item in framework.items:
        page = pages.get(item.code)
        category = framework.category(item.category)
        if page is not None:
            # The page row holds the published content; drafts live in revisions.
            result = check_item(item, page.body, live=page.live)
            divisions = [d.name for d in page.divisions.all()]
            url = page.get_full_url()
            last_published = timezone.localtime(page.last_published_at).isoformat() if page.last_published_at else None
        else:
            result = check_item(item, None, live=False)
            divisions = [division_names.get(k) or framework.division(k).name for k in item.divisions]
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
