"""What a typed component block must contain to count: its required fields, per kind.

A component in the framework data may name its own ``fields``; otherwise the kind's defaults below
apply. A name in :data:`ALTERNATIVES` is satisfied by any one of its fields (a law needs a link *or*
a document). List fields need at least one row, and each row the fields in :data:`ROW_FIELDS`.
"""

from collections.abc import Sequence

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail_ita.fiscal import thai_month_year

ALTERNATIVES = {
    "contact": ("phone", "email"),
    "chart_or_document": ("chart", "document"),
    "link": ("url", "page"),
    "source": ("url", "document"),
    "text_or_document": ("text", "document"),
    "plan_or_reason": ("document", "no_plan_reason"),
    "budget_or_none": ("budget", "no_budget"),
}

DEFAULT_FIELDS = {
    "org_structure": ["title", "chart_or_document", "units"],
    "executive_profile": ["name", "position", "photo", "contact"],
    "authority": ["duties", "legal_basis"],
    "multi_year_plan": ["title", "year_from", "year_to", "strategies"],
    "contact": ["address", "phone", "email", "latitude", "longitude"],
    "law": ["title", "source"],
    "activity": ["title", "date", "description"],
    "channel": ["label", "link"],
    "policy": ["title", "text_or_document"],
    "annual_plan": ["title", "fiscal_year", "projects"],
    "progress_report": ["title", "period_start", "period_end", "projects"],
    "annual_report": ["title", "fiscal_year", "results", "budget_spent", "problems", "suggestions"],
    "manual": ["title", "mission", "steps"],
    "service_statistics": ["service", "rows"],
    "satisfaction_survey": ["title", "fiscal_year", "satisfaction_percent"],
    "procurement_plan": ["title", "fiscal_year", "plan_or_reason"],
    "procurement_announcement": ["title", "date", "source"],
    "monthly_procurement": ["months"],
    "complaint_statistics": [],
    "announcement": ["title", "signed_by", "date", "text_or_document"],
    "risk_assessment": ["title", "fiscal_year", "risks"],
    "ita_analysis": ["assessment_year", "urgent_weaknesses", "improvements", "measures"],
    "eit_qr_code": ["survey_url"],
    "document": ["title", "document"],
}

ROW_FIELDS = {
    ("org_structure", "units"): ["name"],
    ("multi_year_plan", "strategies"): ["strategy", "goals", "indicators"],
    ("annual_plan", "projects"): ["name", "budget_or_none", "period"],
    ("progress_report", "projects"): ["name", "progress", "budget_spent"],
    ("service_statistics", "rows"): ["label", "period_start", "period_end", "count"],
    ("risk_assessment", "risks"): ["event", "level", "measures"],
    ("ita_analysis", "measures"): ["measure", "owner", "steps", "follow_up"],
}

PROCUREMENT_ROW_FIELDS = ["item", "budget", "method", "bidders", "winner", "reason", "contract"]
COMPLAINT_ROW_FIELDS = ["label", "period_start", "period_end", "total", "finished", "in_progress"]


def filled(value):
    """Whether a block value counts as filled in: no empty text, rich text, list or unset choice."""
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    source = getattr(value, "source", None)  # RichText
    if source is not None:
        return bool(strip_tags(source).strip())
    if isinstance(value, Sequence):
        return len(value) > 0
    return True


def _label(block, name):
    names = ALTERNATIVES.get(name, (name,))
    labels = [str(block.child_blocks[n].label) for n in names if n in block.child_blocks]
    return _(" or ").join(labels) if labels else name


def _is_filled(value, name):
    return any(filled(value.get(n)) for n in ALTERNATIVES.get(name, (name,)))


def missing_fields(block, value, names):
    """Labels of the ``names`` (fields or alternatives) of a struct ``block`` that ``value`` leaves empty."""
    return [_label(block, name) for name in names if not _is_filled(value, name)]


def content_problems(kind, block, value, fields=()):
    """Thai reasons why a ``kind`` block's ``value`` does not yet hold what the component needs."""
    names = list(fields) or DEFAULT_FIELDS.get(kind, [])
    problems = []
    missing = missing_fields(block, value, names)
    if missing:
        problems.append(_("not filled in: %(fields)s") % {"fields": ", ".join(missing)})
    for (row_kind, list_name), row_names in ROW_FIELDS.items():
        if row_kind == kind and list_name in names:
            problems += _row_problems(block.child_blocks[list_name], value.get(list_name) or [], row_names)
    if kind == "monthly_procurement":
        problems += _month_problems(block.child_blocks["months"], value.get("months") or [])
    if kind == "complaint_statistics":
        problems += _complaint_problems(block, value)
    return problems


def _row_problems(list_block, rows, names):
    problems = []
    row_block = list_block.child_block
    for number, row in enumerate(rows, start=1):
        missing = missing_fields(row_block, row, names)
        if missing:
            problems.append(
                _("%(list)s row %(number)d: not filled in: %(fields)s")
                % {"list": list_block.label, "number": number, "fields": ", ".join(missing)}
            )
    return problems


def _month_problems(list_block, months):
    problems = []
    month_block = list_block.child_block
    row_block = month_block.child_blocks["rows"].child_block
    for month in months:
        name = thai_month_year(month.get("year"), month.get("month"))
        rows = month.get("rows") or []
        if month.get("no_procurement") and rows:
            problems.append(_("%(month)s: marked as no procurement but has rows") % {"month": name})
        elif not month.get("no_procurement") and not rows:
            problems.append(_("%(month)s: no rows and not marked as no procurement") % {"month": name})
        for number, row in enumerate(rows, start=1):
            missing = missing_fields(row_block, row, PROCUREMENT_ROW_FIELDS)
            if missing:
                problems.append(
                    _("%(month)s row %(number)d: not filled in: %(fields)s")
                    % {"month": name, "number": number, "fields": ", ".join(missing)}
                )
    return problems


def _complaint_problems(block, value):
    rows = value.get("rows") or []
    if value.get("no_complaints"):
        if rows:
            return [_("marked as no complaints but has statistics rows")]
        missing = missing_fields(block, value, ["period_start", "period_end"])
        return [_("not filled in: %(fields)s") % {"fields": ", ".join(missing)}] if missing else []
    if not rows:
        return [_("no statistics rows and not marked as no complaints")]
    return _row_problems(block.child_blocks["rows"], rows, COMPLAINT_ROW_FIELDS)
