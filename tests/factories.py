"""Factories for tests: real documents and images, and a *good* block for any framework component.

``good_block`` is driven by the component's data (kind, match, fields, elements, period rule), so it
works for every item of every year; tests then break one thing at a time.
"""

import io
from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile
from home.demo.pdf import build_pdf
from PIL import Image as PILImage
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

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


class Files:
    """One document and one image per test, created on first use."""

    def __init__(self):
        self._document = self._image = None

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


def good_value(component, year, files, division=""):
    """A complete value for the block that satisfies ``component`` in assessment ``year``."""
    rule, kind = component.period, component.kind
    start, end = _span(rule, year)
    fy = _year_for(rule, year)
    match = dict(component.match)
    text = "<p>รายละเอียด</p>"
    values = {
        "org_structure": {
            "title": "แผนผังโครงสร้าง",
            "side": "political",
            "chart": files.image,
            "document": files.document,
            "units": [{"name": "สำนักปลัด", "head": "ปลัด"}],
        },
        "executive_profile": {
            "name": "นายทดสอบ ใจดี",
            "position": "นายก",
            "role": match.get("role", "chief"),
            "side": "political",
            "photo": files.image,
            "phone": "054-000000",
            "email": "chief@example.go.th",
        },
        "authority": {"duties": text, "legal_basis": "พ.ร.บ.องค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"},
        "multi_year_plan": {
            "title": "แผนพัฒนาท้องถิ่น",
            "year_from": year,
            "year_to": year + 4,
            "strategies": [{"strategy": "ยุทธศาสตร์ที่ ๑", "goals": ["เป้าหมาย"], "indicators": ["ตัวชี้วัด"]}],
            "document": files.document,
        },
        "contact": {
            "address": "ถนนไชยบูรณ์ แพร่",
            "phone": "054-511000",
            "email": "info@example.go.th",
            "latitude": Decimal("18.144600"),
            "longitude": Decimal("100.140300"),
        },
        "law": {"title": "พ.ร.บ.", "url": "https://www.krisdika.go.th/", "document": None},
        "activity": {
            "title": "กิจกรรม",
            "date": start,
            "description": text,
            "photos": [files.image],
            "related_measure": "",
            "component": component.key if kind == "activity" else "",
            "document": None,
        },
        "channel": {
            "channel": match.get("channel", "qa"),
            "label": "ช่องทาง",
            "url": "https://example.go.th/channel/",
            "page": None,
            "description": "",
        },
        "policy": {"title": "นโยบาย", "text": text, "effective_from": start, "effective_to": None, "document": None},
        "annual_plan": {
            "title": "แผนประจำปี",
            "fiscal_year": fy,
            "projects": [{"name": "โครงการ", "budget": Decimal("1000"), "no_budget": False, "period": "ต.ค.–ก.ย."}],
            "document": None,
        },
        "progress_report": {
            "title": "รายงานรอบ ๖ เดือน",
            "period_start": start,
            "period_end": end,
            "projects": [{"name": "โครงการ", "progress": "ร้อยละ ๕๐", "budget_spent": Decimal("500")}],
            "document": None,
        },
        "annual_report": {
            "title": "รายงานประจำปี",
            "fiscal_year": fy,
            "results": text,
            "budget_spent": Decimal("900"),
            "problems": "ปัญหา",
            "suggestions": "ข้อเสนอแนะ",
            "document": files.document,
        },
        "manual": {
            "manual": match.get("manual", "work"),
            "title": "คู่มือ",
            "mission": "ภารกิจ",
            "audience": "เจ้าหน้าที่",
            "steps": "ขั้นตอน",
            "channels": "ทางเว็บไซต์",
            "responsible_unit": "กองการเจ้าหน้าที่",
            "duration": "๓๐ วัน",
            "division": division,
            "document": None,
        },
        "service_statistics": {
            "service": "บริการ",
            "division": "",
            "rows": [{"label": f"{m}/{y}", **_month_dict(y, m), "count": 10 + m} for y, m in _month_rows(year)],
        },
        "satisfaction_survey": {
            "title": "ผลสำรวจ",
            "fiscal_year": fy,
            "satisfaction_percent": Decimal("91.5"),
            "respondents": 400,
            "document": None,
        },
        "procurement_plan": {"title": "แผนจัดซื้อ", "fiscal_year": fy, "document": files.document, "no_plan_reason": ""},
        "procurement_announcement": {
            "announcement_type": "invitation",
            "date": start,
            "title": "ประกาศเชิญชวน",
            "document": files.document,
            "url": "",
        },
        "monthly_procurement": {
            "fiscal_year": year,
            "months": [
                {
                    "year": y,
                    "month": str(m),
                    "no_procurement": index == 2,
                    "rows": []
                    if index == 2
                    else [
                        {
                            "item": "จ้างซ่อม",
                            "budget": Decimal("5000"),
                            "reference_price": Decimal("5000"),
                            "method": "เฉพาะเจาะจง",
                            "bidders": "ร้าน ก 4,900 บาท",
                            "winner": "ร้าน ก 4,900 บาท",
                            "reason": "ราคาต่ำสุด",
                            "contract": "๑/๒๕๖๖ ลว. ๑ ต.ค. ๒๕๖๕",
                        }
                    ],
                    "document": None,
                }
                for index, (y, m) in enumerate(_month_rows(year))
            ],
        },
        "complaint_statistics": {
            "no_complaints": False,
            "period_start": None,
            "period_end": None,
            "rows": [
                {
                    "label": "ไตรมาส",
                    "period_start": start,
                    "period_end": end,
                    "total": 3,
                    "finished": 2,
                    "in_progress": 1,
                }
            ],
        },
        "announcement": {"title": "ประกาศ", "signed_by": "นายก", "date": start, "text": text, "document": None},
        "risk_assessment": {
            "title": "ประเมินความเสี่ยง",
            "fiscal_year": fy,
            "risks": [{"event": "เหตุการณ์", "level": "high", "measures": "มาตรการ"}],
            "document": None,
        },
        "ita_analysis": {
            "assessment_year": fy,
            "urgent_weaknesses": "จุดอ่อน",
            "improvements": "ประเด็นพัฒนา",
            "measures": [{"measure": "มาตรการ", "owner": "กองยุทธฯ", "steps": "ขั้นตอน", "follow_up": "ติดตาม"}],
            "document": None,
        },
        "eit_qr_code": {"survey_url": "https://itas.nacc.go.th/go/eit/example", "caption": ""},
        "document": {
            "title": "เอกสาร",
            "document": files.document,
            "component": component.key,
            "period_start": start if rule != "none" else None,
            "period_end": (date(end.year + 4, end.month, end.day) if rule == "multi_year" else end)
            if rule != "none"
            else None,
            "contents": [{"element": element, "page": number} for number, element in enumerate(component.elements, 1)],
        },
    }
    if kind == "multi_year_plan" and rule != "multi_year":
        values[kind]["year_from"], values[kind]["year_to"] = fy - 1, fy + 3
    return values[kind]


def _month_dict(be_year, month):
    period = month_period(be_year, month)
    return {"period_start": period.start, "period_end": period.end}


def good_blocks(item, year, files, division_names=()):
    """(block name, value) pairs that make ``item`` complete."""
    blocks = []
    for component in item.components:
        if component.per_division and division_names:
            for name in division_names:
                blocks.append((component.kind, good_value(component, year, files, division=name)))
        else:
            for _n in range(component.min_count):
                blocks.append((component.kind, good_value(component, year, files)))
    return blocks


def stream(model, blocks):
    """A real StreamValue of ``model``'s body, round-tripped through its JSON form."""
    stream_block = model.body.field.stream_block
    native = StreamValue(stream_block, blocks)
    return stream_block.to_python(stream_block.get_prep_value(native))
