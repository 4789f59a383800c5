"""Factories for tests: real documents and images, and a *good* block for any framework component.

``good_value`` is driven by the component's data (kind, match, elements, period rule) and by what its
block declares (its children and ``period_fields``), so it works for every item of every year and every
block that follows the declarations; tests then break one thing at a time.
"""

import io
from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile
from home.demo.pdf import build_pdf
from PIL import Image as PILImage
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from wagtail_ita.blocks import COMPONENT_BLOCKS
from wagtail_ita.blocks.choices import KeyChoiceBlock
from wagtail_ita.blocks.declarations import DateRange, FiscalYear, MonthRows, OnDate, RowPeriods, YearSpan
from wagtail_ita.fiscal import first_half, fiscal_year, month_period, to_be


def make_document(title="เอกสารทดสอบ", pages=5, filename="test.pdf", data=None):
    Document = get_document_model()
    if data is None:
        data = build_pdf(title.encode("ascii", "replace").decode(), [(f"Section {n}", ["text"]) for n in range(pages)])
    document = Document(title=title, file=ContentFile(data, name=filename))
    document._set_document_file_metadata()
    document.save()
    return document


def make_image(title="รูปทดสอบ"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 50), (11, 83, 148)).save(buffer, "PNG")
    image = get_image_model()(title=title, file=ContentFile(buffer.getvalue(), name="test.png"))
    image._set_image_file_metadata()
    image.save()
    return image


def make_qa_page(parent=None, slug="qa", **kwargs):
    from wagtail.models import Site

    from wagtail_ita.models import QuestionAnswerPage

    parent = parent or Site.objects.get(is_default_site=True).root_page
    page = QuestionAnswerPage(title=kwargs.pop("title", "ถาม-ตอบ"), slug=slug, **kwargs)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class Files:
    """One document and one image per test, created on first use."""

    def __init__(self):
        self._document = self._image = self._qa_page = None

    @property
    def qa_page(self):
        """A live Q&A page under the default site's home page (what a Q&A channel block must link)."""
        self._qa_page = self._qa_page or make_qa_page()
        return self._qa_page

    @property
    def document(self):
        self._document = self._document or make_document()
        return self._document

    @property
    def image(self):
        self._image = self._image or make_image()
        return self._image


def _year_for(rule, year):
    return year - 1 if rule == "previous_year" else year


def _span(rule, year):
    """(start date, end date) a good block of ``rule`` covers."""
    if rule == "first_half_year":
        period = first_half(year)
    else:
        period = fiscal_year(_year_for(rule, year))
    return period.start, period.end


def _month_rows(year):
    """Six (BE year, month) pairs: the first half of fiscal ``year``."""
    period = first_half(year)
    months = []
    current = period.start
    while current <= period.end:
        months.append((to_be(current.year), current.month))
        current = date(current.year + (current.month == 12), current.month % 12 + 1, 1)
    return months


def _filled(block, files, fy):
    """A value with every child of ``block`` filled in, by the kind of child block (no table of kinds)."""
    if isinstance(block, blocks.StructBlock):
        return {name: _filled(child, files, fy) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        return [_filled(block.child_block, files, fy)]
    if isinstance(block, KeyChoiceBlock):
        return ""
    if isinstance(block, blocks.ChoiceBlock):
        return str(block.field.choices[0][0]) if block.field.choices[0][0] else str(block.field.choices[1][0])
    if isinstance(block, blocks.BooleanBlock):
        return False
    if isinstance(block, blocks.DateBlock):
        return fiscal_year(fy).start
    if isinstance(block, blocks.IntegerBlock):
        return fy if (block.field.min_value or 0) >= 2500 else 10  # a Buddhist-era year block, or a count
    if isinstance(block, blocks.DecimalBlock):
        return Decimal("18.5")
    if isinstance(block, blocks.EmailBlock):
        return "info@example.go.th"
    if isinstance(block, blocks.URLBlock):
        return "https://example.go.th/"
    if isinstance(block, blocks.RichTextBlock):
        return "<p>รายละเอียด</p>"
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return "ข้อความ"
    if isinstance(block, ImageChooserBlock):
        return files.image
    if isinstance(block, DocumentChooserBlock):
        return files.document
    return None


def _dated_rows(row_block, declared, rule, year, files, fy):
    """Rows of a RowPeriods list: one per month of the first half, else one spanning the period."""
    if rule == "first_half_year":
        spans = [(month_period(y, m).start, month_period(y, m).end) for y, m in _month_rows(year)]
    else:
        spans = [_span(rule, year)]
    rows = []
    for first, last in spans:
        row = _filled(row_block, files, fy)
        row.update({declared.start: first, declared.end: last})
        rows.append(row)
    return rows


def good_value(component, year, files, division="", side=""):
    """A complete value for the block that satisfies ``component`` in assessment ``year``.

    Built from the block's own declarations: every child filled in by its type, then the period the
    block declares set to what ``component.period`` asks, then the component's ``match`` values.
    """
    rule = component.period
    block = COMPONENT_BLOCKS[component.kind]()
    start, end = _span(rule, year)
    fy = _year_for(rule, year)
    value = _filled(block, files, fy)
    for declared in block.period_fields:
        if isinstance(declared, FiscalYear):
            value[declared.field] = fy - declared.offset
        elif isinstance(declared, OnDate):
            value[declared.field] = start
        elif isinstance(declared, DateRange) and declared.when:
            value[declared.start] = value[declared.end] = None
        elif isinstance(declared, DateRange):
            if declared.open_ended and rule == "none":
                first, last = None, None
            elif declared.open_ended and rule == "in_force":
                first, last = start, None
            else:
                first, last = start, (date(end.year + 4, end.month, end.day) if rule == "multi_year" else end)
            value[declared.start], value[declared.end] = first, last
        elif isinstance(declared, RowPeriods):
            row_block = block.child_blocks[declared.rows].child_block
            value[declared.rows] = _dated_rows(row_block, declared, rule, year, files, fy)
        elif isinstance(declared, MonthRows):
            month_block = block.child_blocks[declared.rows].child_block
            value[declared.rows] = [
                dict(_filled(month_block, files, fy), **{declared.year: y, declared.month: str(m)})
                for y, m in _month_rows(year)
            ]
        elif isinstance(declared, YearSpan):
            first = year if rule == "multi_year" else fy - 1
            value[declared.start], value[declared.end] = first, first + 4
    value.update(dict(component.match))
    if component.kind == "channel" and value.get("channel") == "qa":
        value["page"] = files.qa_page  # O8 counts only a live Q&A page of the site
    if "component" in block.child_blocks:
        value["component"] = component.key
    if "division" in block.child_blocks:
        value["division"] = division
    if side and "side" in block.child_blocks:
        value["side"] = side
    if "contents" in block.child_blocks:
        value["contents"] = [{"element": element, "page": n} for n, element in enumerate(component.elements, 1)]
    return value


def document_value(component, files, start=None, end=None, division="", **changes):
    """A ``document`` block value naming ``component``, with every element's page and the given period."""
    value = {
        "title": "เอกสาร",
        "document": files.document,
        "component": component.key,
        "period_start": start,
        "period_end": end,
        "division": division,
        "contents": [{"element": element, "page": n} for n, element in enumerate(component.elements, 1)],
    }
    return dict(value, **changes)


SIDES = ("political", "civil_service")


def component_values(component, year, files, division_names=()):
    """Good values enough for ``component``: one per division, one per side, or ``min_count``."""
    if component.per_division and division_names:
        return [good_value(component, year, files, division=name) for name in division_names]
    if component.per_side:
        return [good_value(component, year, files, side=side) for side in SIDES]
    return [good_value(component, year, files) for _n in range(component.min_count)]


def good_blocks(item, year, files, division_names=()):
    """(block name, value) pairs that make ``item`` complete."""
    return [
        (component.kind, value)
        for component in item.components
        for value in component_values(component, year, files, division_names)
    ]


def stream(model, blocks):
    """A real StreamValue of ``model``'s body, round-tripped through its JSON form."""
    stream_block = model.body.field.stream_block
    native = StreamValue(stream_block, blocks)
    return stream_block.to_python(stream_block.get_prep_value(native))
