"""Template tags and filters of the public ITA section.

Load with ``{% load ita_tags %}``. The site's own templates need only ``{% ita_section_link %}``
(a link to the ITA section and its latest year, for a menu or footer); the rest serve the app's
templates and are available to overriding ones.
"""

from html import escape

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Site

from wagtail_ita import page_cache, thai_dates
from wagtail_ita.charts import Series, bar_chart
from wagtail_ita.compliance.status import Status
from wagtail_ita.i18n import originals, same_language

register = template.Library()


@register.simple_tag(takes_context=True)
def ita_section_link(context, css_class="ita-section-link"):
    """A link to the live ITA section of the current site, followed by a link to its latest year
    (``wagtail_ita/includes/section_link.html``).

    Renders nothing when the site has no live section, so it is safe in any base template. It sits on
    every page of the host site, so its four queries are asked once per site and language until a page
    is published, moved or restricted (:func:`wagtail_ita.page_cache.cached_fragment`).
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None

    def render():
        return render_to_string(
            "wagtail_ita/includes/section_link.html", _section_link_context(request, site, css_class)
        )

    parts = ("section-link", site.pk if site else None, translation.get_language(), css_class)
    return mark_safe(page_cache.cached_fragment(parts, render))  # noqa: S308 (a template's output)


def _section_link_context(request, site, css_class):
    from wagtail_ita.models import AssessmentYearPage, ITASectionPage

    sections = originals(ITASectionPage.objects.live().public()).select_related("locale")
    section = (sections.in_site(site) if site else sections).order_by("path").first()
    year_page = None
    if section is not None:
        section = _in_active_language(section)
        year_page = AssessmentYearPage.objects.child_of(section).live().public().order_by("-year").first()
    return {"request": request, "section": section, "year_page": year_page, "css_class": css_class}


def _in_active_language(section):
    """The live translation of ``section`` in the request's language (an English page links the English
    section), or ``section`` itself; asks the database only when the languages differ."""
    language = translation.get_language()
    if not language or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return section
    if same_language(section.locale.language_code, language):
        return section
    translated = section.get_translations().live().filter(locale__language_code__iexact=language).first()
    return translated or section


@register.simple_tag(takes_context=True)
def ita_item_table(context, category):
    """The table of one category of a year index (``category`` of :func:`wagtail_ita.disclosure.item_tree`,
    its rows with a ``url``): per item its code, linked title, divisions, last update and, for staff, the
    status badge; labelled by the category's heading ``#category-<key>``.

    Written in Python rather than in ``year_page.html``: a year has 40-odd items in 15 categories, and
    each variable of a template costs the engine some thirty function calls, which made these tables the
    slowest part of the page. Every value is escaped here with :func:`html.escape`, as the engine would. A
    site that wants other cells overrides ``year_page.html`` and loops over ``category.rows`` itself.
    """
    # gettext outside the f-strings below: makemessages does not read calls inside them.
    labels = {
        "item": escape(_("Item")),
        "information": escape(_("Information")),
        "status": escape(_("Status (staff only)")),
        "divisions": escape(_("Responsible divisions")),
        "updated": escape(_("Last updated")),
        "all": escape(_("All divisions")),
        "preparing": escape(_("being prepared")),
        "language": escape(context.get("ita_original_language") or ""),
    }
    if context.get("ita_original"):
        name = translation.get_language_info(context["ita_original_language"])["name_translated"]
        labels["untranslated"] = escape(_("in %(language)s only") % {"language": name})
    staff = context.get("ita_staff")
    key = escape(category["key"])
    caption = escape(_("Items of category %(title)s") % {"title": category["title"]})
    status = f'<th scope="col" role="columnheader">{labels["status"]}</th>' if staff else ""
    rows = "\n".join(_item_row(row, labels, staff) for row in category["rows"])
    return mark_safe(  # noqa: S308 (every value escaped above)
        f'<div class="ita-table-wrap" role="region" tabindex="0" aria-labelledby="category-{key}">'
        f'<table class="ita-items" role="table"><caption class="ita-visually-hidden">{caption}</caption>'
        f'<thead role="rowgroup"><tr role="row">'
        f'<th scope="col" role="columnheader" class="ita-col-code">{labels["item"]}</th>'
        f'<th scope="col" role="columnheader">{labels["information"]}</th>'
        f'<th scope="col" role="columnheader">{labels["divisions"]}</th>'
        f'<th scope="col" role="columnheader">{labels["updated"]}</th>{status}</tr></thead>'
        f'<tbody role="rowgroup">\n{rows}\n</tbody></table></div>'
    )


def _item_row(row, labels, staff):
    title = escape(row["item"].title)
    if row["public"]:
        information = f'<a href="{escape(row["url"])}">{title}</a>'
    elif row.get("original_public"):
        information = (
            f'<a href="{escape(row["original_url"])}" hreflang="{labels["language"]}">{title}</a> '
            f'<span class="ita-muted">({labels["untranslated"]})</span>'
        )
    else:
        information = f'{title} <span class="ita-muted">({labels["preparing"]})</span>'
    divisions = labels["all"] if row["all_divisions"] else escape(", ".join(row["divisions"]))
    updated = escape(thai_date(row["page"].last_published_at)) if row["public"] else "-"
    status = ""
    if staff:
        status = (
            f'<td role="cell"><span class="ita-badge ita-badge--{escape(row["status"])}">'
            f"{escape(status_label(row['status']))}</span></td>"
        )
    return (
        f'<tr role="row"><th scope="row" role="rowheader" class="ita-col-code">{escape(row["item"].code)}</th>'
        f'<td role="cell">{information}</td>'
        f'<td role="cell" class="ita-col-divisions" data-label="{labels["divisions"]}">{divisions}</td>'
        f'<td role="cell" class="ita-col-date" data-label="{labels["updated"]}">{updated}</td>{status}</tr>'
    )


@register.filter
def thai_date(value):
    """A date or datetime in the Buddhist era with the Thai month name: ``26 พฤศจิกายน 2569``; on a page
    in another language, that language's date (``26 November 2026``)."""
    return thai_dates.date_in_language(value)


@register.filter
def fiscal_year_label(value):
    """``ปีงบประมาณ พ.ศ. 2566`` for ``2566`` (``fiscal year B.E. 2566`` in English)."""
    return thai_dates.fiscal_year_in_language(value)


@register.filter
def baht(value):
    """An amount in baht with thousands separators: ``1,234,567.00 บาท`` (``1,234,567.00 baht``)."""
    if thai_dates.in_thai() or value in (None, ""):
        return thai_dates.baht(value)
    return _("%(amount)s baht") % {"amount": thai_dates.number(value, 2, digits=False)}


@register.filter
def thai_number(value):
    """A whole number with thousands separators, in Thai digits when the setting asks for them."""
    return thai_dates.number(value, digits=None if thai_dates.in_thai() else False)


@register.filter
def thai_digits(value):
    """Any text (a year, a phone number) in Thai digits when the setting asks for them (in Thai only)."""
    if value in (None, ""):
        return ""
    return thai_dates.thai_digits(value, digits=None if thai_dates.in_thai() else False)


@register.simple_tag
def thai_month_year(be_year, month):
    """``ธันวาคม 2565`` for a Buddhist-era year and a month number (``December 2022`` in English)."""
    return thai_dates.month_year_in_language(be_year, month)


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
    return Status(status).label if status in Status.values else status


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


@register.simple_tag
def framework_note(framework, kind, key):
    """The note the framework data keeps for an indicator (``kind="indicator"``, its number) or a category
    (``kind="category"``, its key): what counts as a service, where to read more, that data must be current."""
    if framework is None or not key:
        return ""
    try:
        return getattr(framework, kind)(key).note
    except (AttributeError, KeyError):
        return ""
