"""Facts about the demo agency and small helpers shared by the content modules."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from html import escape

AGENCY = "องค์การบริหารส่วนจังหวัดแพร่"
AGENCY_SHORT = "อบจ.แพร่"
ADDRESS = "ถนนไชยบูรณ์ ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ 54000"
PHONE = "0 5452 2000"
FAX = "0 5452 2001"
EMAIL = "saraban@phraepao.go.th"
LATITUDE = Decimal("18.144600")
LONGITUDE = Decimal("100.140300")
WEBSITE = "https://www.phraepao.go.th"
FACEBOOK = "https://www.facebook.com/phraepao"
LINE_OA = "https://line.me/R/ti/p/@phraepao"
YOUTUBE = "https://www.youtube.com/@phraepao"
MESSENGER = "https://m.me/phraepao"
EGP = "https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch"

# Assessment year 2566 = fiscal year 2566 (1 Oct 2022 - 30 Sep 2023), Buddhist era = CE + 543.
YEAR = 2566
PREVIOUS_YEAR = 2565
FY_START = date(2022, 10, 1)
FY_END = date(2023, 9, 30)
HALF_END = date(2023, 3, 31)
PREV_START = date(2021, 10, 1)
PREV_END = date(2022, 9, 30)

THAI_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MONTH_ENDS = {1: 31, 2: 28, 3: 31, 10: 31, 11: 30, 12: 31}


@dataclass(frozen=True)
class Month:
    """One month of the first half of fiscal year 2566."""

    year_be: int
    month: int
    start: date
    end: date

    @property
    def label(self):
        return f"{THAI_MONTHS[self.month - 1]} {self.year_be}"


def first_half_months():
    """October 2565 to March 2566, the six months the first_half_year rule asks for."""
    months = []
    for year_ce, month in [(2022, 10), (2022, 11), (2022, 12), (2023, 1), (2023, 2), (2023, 3)]:
        months.append(Month(year_ce + 543, month, date(year_ce, month, 1), date(year_ce, month, MONTH_ENDS[month])))
    return months


def first_half_quarters():
    """The two quarters of the first half of fiscal year 2566: (label, start, end)."""
    return [
        ("ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2565)", date(2022, 10, 1), date(2022, 12, 31)),
        ("ไตรมาสที่ 2 (ม.ค. - มี.ค. 2566)", date(2023, 1, 1), date(2023, 3, 31)),
    ]


def thai_date(value):
    return f"{value.day} {THAI_MONTHS[value.month - 1]} {value.year + 543}"


def en_date(value):
    return value.strftime("%d %b %Y").lstrip("0")


def p(*paragraphs):
    """Rich text (Wagtail's stored HTML) of one or more paragraphs."""
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def ul(items, intro=None):
    head = p(intro) if intro else ""
    return head + "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def ol(items, intro=None):
    head = p(intro) if intro else ""
    return head + "<ol>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ol>"


def baht(amount):
    return Decimal(str(amount)).quantize(Decimal("0.01"))


@dataclass
class DemoContext:
    """What the item builders need: framework data, divisions, site pages, users and the file maker."""

    framework: object
    files: object
    divisions: dict
    pages: dict
    editors: dict = field(default_factory=dict)

    def division_name(self, key):
        return self.divisions[key].name

    def component(self, code, key):
        item = self.framework.item(code)
        return next(c for c in item.components if c.key == key)

    def contents(self, code, key, first_page=2):
        """Document ``contents`` for a component: each required element on its own page from ``first_page``."""
        elements = self.component(code, key).elements
        return [{"element": element, "page": first_page + i} for i, element in enumerate(elements)]
