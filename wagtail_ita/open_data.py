"""Open data of one assessment year: its disclosure as JSON and its item list as CSV.

Only what the public pages show: live pages and their published content (a draft lives in a
revision, never in the page row read here), the public status ``published`` instead of the internal
completeness status, documents and images as absolute URLs. Served by
:class:`~wagtail_ita.models.AssessmentYearPage` at ``<year page>/open-data/json/`` and ``…/csv/``.
"""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

from django.utils import timezone
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from wagtail_ita.spreadsheets import safe_row

CSV_COLUMNS = [
    "code",
    "title",
    "indicator",
    "sub_indicator",
    "category",
    "divisions",
    "url",
    "last_published",
    "published",
]


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def block_data(block, value, request):
    """The JSON-ready value of ``value`` of ``block``, walking struct, list and stream blocks."""
    if value is None:
        return None
    if isinstance(block, blocks.StreamBlock):
        return [{"type": child.block_type, "value": block_data(child.block, child.value, request)} for child in value]
    if isinstance(block, blocks.StructBlock):
        return {name: block_data(child, value.get(name), request) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        return [block_data(block.child_block, item, request) for item in value]
    if isinstance(block, DocumentChooserBlock):
        return {
            "title": value.title,
            "url": _absolute(request, value.url),
            "file_type": value.file_extension.lower(),
            "file_size": value.file_size,
        }
    if isinstance(block, ImageChooserBlock):
        return {"title": value.default_alt_text, "url": _absolute(request, value.file.url)}
    if isinstance(block, blocks.PageChooserBlock):
        return value.specific.get_full_url(request) if value.live else None
    if isinstance(value, RichText):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _last_published(page):
    return timezone.localtime(page.last_published_at).isoformat() if page.last_published_at else None


def disclosure(year_page, request):
    """The year's disclosure as a JSON-ready dict: the year and one record per framework item."""
    framework = year_page.framework
    items = []
    for row in year_page.item_rows(with_body=True):
        page = row["page"] if row["public"] else None
        items.append(
            {
                "code": row["item"].code,
                "title": row["item"].title,
                "indicator": row["sub_indicator"].indicator,
                "sub_indicator": row["sub_indicator"].number,
                "category": row["category"].title,
                "divisions": row["divisions"],
                "all_divisions": row["all_divisions"],
                "published": page is not None,
                "url": page.get_full_url(request) if page else None,
                "last_published": _last_published(page) if page else None,
                "blocks": block_data(page.body.stream_block, page.body, request) if page else [],
            }
        )
    return {
        "assessment_year": year_page.year,
        "fiscal_year": framework.fiscal_year,
        "title": year_page.title,
        "url": year_page.get_full_url(request),
        "items": items,
    }


def items_csv(year_page, request):
    """The year's item list as CSV text with :data:`CSV_COLUMNS` (no block data)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in year_page.item_rows():
        page = row["page"] if row["public"] else None
        writer.writerow(
            safe_row(
                [
                    row["item"].code,
                    row["item"].title,
                    row["sub_indicator"].indicator,
                    row["sub_indicator"].number,
                    row["category"].title,
                    "; ".join(row["divisions"]),
                    page.get_full_url(request) if page else "",
                    _last_published(page) if page else "",
                    "true" if page else "false",
                ]
            )
        )
    return buffer.getvalue()
