"""Thai presentation of dates, fiscal years and amounts: Buddhist-era dates, ปีงบประมาณ labels, baht.

Dates read ``26 พฤศจิกายน 2569`` (day, full Thai month name, Buddhist-era year). With the setting
``WAGTAIL_ITA_THAI_DIGITS = True`` every function writes Thai digits (๒๖ พฤศจิกายน ๒๕๖๙) instead of
Arabic ones; ``digits=`` overrides the setting for one call.

The one place dates are written for readers: the compliance reasons (always Thai), the template
filters and the report statistics (the ``…_in_language`` functions: Thai on a Thai page, the page's
own language on a translation).
"""

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from wagtail_ita.conf import get_setting
from wagtail_ita.fiscal import to_be, to_ce

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


def in_thai():
    """Whether the active language is Thai (or none is active): a translation (an English page) gets dates,
    amounts and digits in its own language instead (``wagtail_ita/page.html`` activates the page's language)."""
    return (translation.get_language() or "th").lower().split("-")[0] == "th"


def _as_date(day):
    """``day`` as a date; an aware datetime is first put in the current time zone."""
    if isinstance(day, datetime):
        return timezone.localtime(day).date() if timezone.is_aware(day) else day.date()
    return day


def thai_date(day, digits=None):
    """``"26 พฤศจิกายน 2569"`` for 26 November 2026; an aware datetime is first put in the current time zone."""
    if day is None or day == "":
        return ""
    day = _as_date(day)
    return thai_digits(f"{day.day} {THAI_MONTHS[day.month - 1]} {to_be(day.year)}", digits)


def thai_month_year(be_year, month, digits=None):
    """``"ธันวาคม 2565"`` for month 12 of Buddhist-era year 2565; ``"?"`` while either is not given."""
    if not be_year or not month:
        return "?"
    return thai_digits(f"{THAI_MONTHS[int(month) - 1]} {be_year}", digits)


def date_in_language(day):
    """:func:`thai_date` in Thai; in another language, that language's date (``26 November 2026``)."""
    if in_thai() or day is None or day == "":
        return thai_date(day)
    return formats.date_format(_as_date(day), "j F Y")


def month_year_in_language(be_year, month):
    """:func:`thai_month_year` in Thai; in another language, that language's month (``December 2022``)."""
    if in_thai() or not be_year or not month:
        return thai_month_year(be_year, month)
    return formats.date_format(date(to_ce(be_year), int(month), 1), "F Y")


def fiscal_year_label(be_year, digits=None):
    """``"ปีงบประมาณ พ.ศ. 2566"`` for fiscal year 2566 (1 October 2565 – 30 September 2566)."""
    return thai_digits(f"ปีงบประมาณ พ.ศ. {be_year}", digits)


def fiscal_year_in_language(be_year):
    """:func:`fiscal_year_label` in Thai; ``"fiscal year B.E. 2566"`` in another language."""
    if not be_year:
        return ""
    if in_thai():
        return fiscal_year_label(be_year)
    return _("fiscal year B.E. %(year)s") % {"year": be_year}


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
