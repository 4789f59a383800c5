"""A handful of corruption cases in fiscal year 2566, so O29 is derived from the report channel.

They are encrypted with the key of ``example_site/settings/dev.py`` — a DEMO key published in the
repository, for local use only. Without a key the demo takes no cases and says why.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from wagtail_ita.models import CaseMessage, CorruptionReport, CorruptionReportPage
from wagtail_ita.reports import crypto
from wagtail_ita.reports.intake import create_case

BANGKOK = ZoneInfo("Asia/Bangkok")

# received, status, what, the agency's message
CASES = [
    (
        datetime(2022, 11, 14, 10, 5),
        "finished",
        "เจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกใบอนุญาตเชื่อมทาง",
        "ตรวจสอบแล้ว ลงโทษทางวินัยตามระเบียบ",
    ),
    (datetime(2022, 12, 20, 15, 30), "not_accepted", "ร้องเรียนเรื่องถนนชำรุด (ไม่ใช่เรื่องทุจริต)", "ส่งต่อศูนย์รับเรื่องราวร้องทุกข์ทั่วไป"),
    (datetime(2023, 1, 9, 9, 0), "finished", "ใช้รถราชการไปธุระส่วนตัวในวันหยุด", "ตักเตือนเป็นหนังสือและเรียกเก็บค่าน้ำมัน"),
    (datetime(2023, 2, 27, 13, 45), "in_progress", "สงสัยการแบ่งซื้อแบ่งจ้างวัสดุก่อสร้าง", "แต่งตั้งคณะกรรมการสืบสวนข้อเท็จจริงแล้ว"),
    (datetime(2023, 3, 30, 16, 10), "received", "ผู้รับเหมารายเดียวได้งานซ้ำหลายโครงการ", ""),
    (datetime(2023, 5, 3, 11, 20), "received", "เรื่องหลังครึ่งปีแรก (ไม่นับใน O29 ของปี 2566)", ""),
]


def demo_cases(page):
    """Create the demo cases once; return ``(created, why_not)``."""
    problem = crypto.keys_problem()
    if problem:
        return 0, str(problem)
    if CorruptionReport.objects.exists():
        return 0, ""
    for received, status, what, reply in CASES:
        when = received.replace(tzinfo=BANGKOK)
        case = create_case(page, {"what": what, "where": "อบจ.แพร่"}, {}, [], now=when).case
        case.status = status
        case.status_changed_at = when
        case.closed_at = when if status in ("finished", "not_accepted") else None
        case.save(update_fields=["status", "status_changed_at", "closed_at"])
        if reply:
            CaseMessage.objects.create(
                case=case,
                sender=CaseMessage.FROM_AGENCY,
                status=status,
                body=crypto.encrypt_json(reply),
                created_at=when,
            )
    return len(CASES), ""


def report_page():
    return CorruptionReportPage.objects.order_by("path").first()
