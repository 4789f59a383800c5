"""Template tags and filters of the public ITA section.

Load with ``{% load ita_tags %}``. The site's own templates need only ``{% ita_section_link %}``
(a link to the ITA section and its latest year, for a menu or footer); the rest serve the app's
templates and are available to overriding ones.
"""

from django import template
from django.utils.translation import gettext as _
from wagtail.models import Site

from wagtail_ita import thai_dates
from wagtail_ita.charts import Series, bar_chart
from wagtail_ita.disclosure import STATUS_LABELS

register = template.Library()


@register.inclusion_tag("wagtail_ita/includes/section_link.html", takes_context=True)
def ita_section_link(context, css_class="ita-section-link"):
    """A link to the live ITA section of the current site, followed by a link to its latest year.

    Renders nothing when the site has no live section, so it is safe in any base template.
    """
    from wagtail_ita.models import AssessmentYearPage, ITASectionPage

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    sections = ITASectionPage.objects.live().public()
    section = (sections.in_site(site) if site else sections).order_by("path").first()
    year_page = None
    if section is not None:
        year_page = AssessmentYearPage.objects.child_of(section).live().public().order_by("-year").first()
    return {"request": request, "section": section, "year_page": year_page, "css_class": css_class}


@register.filter
def thai_date(value):
    """A date or datetime in the Buddhist era with the Thai month name: ``26 พฤศจิกายน 2569``."""
    return thai_dates.thai_date(value)


@register.filter
def fiscal_year_label(value):
    """``ปีงบประมาณ พ.ศ. 2566`` for ``2566``."""
    return thai_dates.fiscal_year_label(value) if value else ""


@register.filter
def baht(value):
    """An amount in baht with thousands separators: ``1,234,567.00 บาท``."""
    return thai_dates.baht(value)


@register.filter
def thai_number(value):
    """A whole number with thousands separators, in Thai digits when the setting asks for them."""
    return thai_dates.number(value)


@register.filter
def thai_digits(value):
    """Any text (a year, a phone number) in Thai digits when the setting asks for them."""
    return thai_dates.thai_digits(value) if value not in (None, "") else ""


@register.simple_tag
def thai_month_year(be_year, month):
    """``ธันวาคม 2565`` for a Buddhist-era year and a month number."""
    return thai_dates.thai_month_year(be_year, month)


@register.filter
def choice_label(bound_block):
    """The display label of a choice block's value (``value.bound_blocks.role|choice_label``)."""
    for key, label in bound_block.block.field.choices:
        if str(key) == str(bound_block.value):
            return label
    return bound_block.value or ""


@register.filter
def status_label(status):
    """The label of a completeness status, for the staff-only badge."""
    return STATUS_LABELS.get(status, status)


@register.filter
def file_type(document):
    """A document's file type as a reader knows it: ``PDF``, ``XLSX``."""
    return document.file_extension.upper() if document else ""


@register.simple_tag
def ita_complaint_chart(value, chart_id):
    """The bar chart of a complaint-statistics block: total, finished and in progress per period."""
    rows = list(value.get("rows") or [])
    series = [
        Series(_("Total complaints"), tuple(row["total"] for row in rows)),
        Series(_("Completed"), tuple(row["finished"] for row in rows)),
        Series(_("In progress"), tuple(row["in_progress"] for row in rows)),
    ]
    return bar_chart(chart_id, _("Corruption complaints by period"), [row["label"] for row in rows], series)


@register.simple_tag
def ita_service_chart(value, chart_id):
    """The bar chart of a service-statistics block: the number of services per period."""
    rows = list(value.get("rows") or [])
    title = _("Number of services: %(service)s") % {"service": value.get("service")}
    return bar_chart(
        chart_id, title, [row["label"] for row in rows], [Series(_("Count"), tuple(r["count"] for r in rows))]
    )


@register.simple_tag
def list_choice_label(bound_list, name, value):
    """The label of ``value`` of choice field ``name`` in the struct items of a list block."""
    for key, label in bound_list.block.child_block.child_blocks[name].field.choices:
        if str(key) == str(value):
            return label
    return value


@register.simple_tag
def component_title(item, key):
    """The title of the component ``key`` of a framework item (what a document block fulfils)."""
    if item is None or not key:
        return ""
    return next((component.title for component in item.components if component.key == key), "")
