"""Builders of blocks that several items share: activities and documents that fulfil a component."""

from ..common import FY_START, HALF_END, baht, en_date
from ..files import GREEN


def activity(ctx, key, title, when, description, caption_en, measure, colour=GREEN, photos=1, component=None):
    """An ``activity`` block with photos and a one-page activity report, all generated.

    ``component`` names the framework component the activity shows, where an item has several.
    """
    images = []
    for number in range(1, photos + 1):
        suffix = f" ({number})" if photos > 1 else ""
        images.append(
            ctx.files.photo(f"{key}-{number}.jpg", f"ภาพกิจกรรม {title}{suffix}", caption_en, en_date(when), colour)
        )
    report = ctx.files.pdf(
        f"{key}.pdf",
        f"รายงานผลการดำเนินกิจกรรม {title}",
        f"Activity report: {caption_en} ({en_date(when)})",
        ["Summary of the activity", "Participants, results and photographs"],
        date=when.strftime("%Y%m%d"),
    )
    value = {
        "title": title,
        "date": when,
        "description": description,
        "photos": [image.pk for image in images],
        "related_measure": measure,
        "document": report.pk,
    }
    if component:
        value["component"] = component
    return ("activity", value)


def component_document(ctx, code, key, *, filename, title, title_en, sections_en, period_start, period_end, date):
    """A ``document`` block for component ``key`` of item ``code``.

    The PDF has a cover page and then one page per section. When the component lists required
    elements, ``sections_en`` gives their English headings in the same order, so ``contents``
    points every element at a real page; otherwise the sections are just the document's parts.
    """
    elements = ctx.component(code, key).elements
    if elements and len(sections_en) != len(elements):
        raise ValueError(f"{code}/{key}: {len(elements)} elements but {len(sections_en)} section headings")
    document = ctx.files.pdf(filename, title, title_en, ["Cover and table of contents", *sections_en], date=date)
    return (
        "document",
        {
            "title": title,
            "document": document.pk,
            "component": key,
            "period_start": period_start,
            "period_end": period_end,
            "contents": ctx.contents(code, key) if elements else [],
        },
    )


def annual_plan(title, projects, document):
    """An ``annual_plan`` block of fiscal year 2566 from ``(name, budget, period, progress, spent)`` rows."""
    rows = [
        {
            "name": name,
            "budget": baht(budget) if budget is not None else None,
            "no_budget": budget is None,
            "period": period,
        }
        for name, budget, period, _progress, _spent in projects
    ]
    return ("annual_plan", {"title": title, "fiscal_year": 2566, "projects": rows, "document": document.pk})


def progress_report(title, projects, document):
    """A ``progress_report`` block for the first six months of fiscal year 2566 from the same rows."""
    rows = [
        {"name": name, "progress": progress, "budget_spent": baht(spent)}
        for name, _budget, _period, progress, spent in projects
    ]
    value = {
        "title": title,
        "period_start": FY_START,
        "period_end": HALF_END,
        "projects": rows,
        "document": document.pk,
    }
    return ("progress_report", value)
