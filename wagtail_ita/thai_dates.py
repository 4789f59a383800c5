"""Thai presentation of dates, fiscal years and amounts: Buddhist-era dates, ปีงบประมาณ labels, baht.

Dates read ``26 พฤศจิกายน 2569`` (day, full Thai month name, Buddhist-era year). With the setting
``WAGTAIL_ITA_THAI_DIGITS = True`` every function writes Thai digits (๒๖ พฤศจิกายน ๒๕๖๙) instead of
Arabic ones; ``digits=`` overrides the setting for one call.
"""

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone

from wagtail_ita.conf import get_setting
from wagtail_ita.fiscal import to_be

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _use_thai_digits(digits):
    return get_setting("THAI_DIGITS") if digits is None else digits


def thai_digits(text, digits=None):
    """``text`` with its Arabic digits written as Thai digits, when ``digits`` (or the setting) asks for it."""
    text = str(text)
    return text.translate(_THAI_DIGITS) if _use_thai_digits(digits) else text


def thai_date(day, digits=None):
    """``"26 พฤศจิกายน 2569"`` for 26 November 2026; an aware datetime is first put in the current time zone."""
    if day is None or day == "":
        return ""
    if isinstance(day, datetime):
        day = timezone.localtime(day).date() if timezone.is_aware(day) else day.date()
    return thai_digits(f"{day.day} {THAI_MONTHS[day.month - 1]} {to_be(day.year)}", digits)


def thai_month_year(be_year, month, digits=None):
    """``"ธันวาคม 2565"`` for month 12 of Buddhist-era year 2565."""
    return thai_digits(f"{THAI_MONTHS[int(month) - 1]} {be_year}", digits)


def fiscal_year_label(be_year, digits=None):
    """``"ปีงบประมาณ พ.ศ. 2566"`` for fiscal year 2566 (1 October 2565 – 30 September 2566)."""
    return thai_digits(f"ปีงบประมาณ พ.ศ. {be_year}", digits)


def number(value, decimals=0, digits=None):
    """``value`` with thousands separators and ``decimals`` places: ``1,234`` or ``1,234.50``."""
    if value is None or value == "":
        return ""
    amount = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return thai_digits(f"{amount:,.{decimals}f}", digits)


def baht(amount, digits=None):
    """``"1,234,567.00 บาท"`` for ``Decimal("1234567")``; empty for no amount."""
    if amount is None or amount == "":
        return ""
    return f"{number(amount, 2, digits)} บาท"
