"""9.3 การจัดซื้อจัดจ้าง: O19 plan, O20 announcements, O21 monthly summaries, O22 previous year's report."""

from datetime import date

from ..common import EGP, baht, first_half_months, p, ul

SPECIFIC = "วิธีเฉพาะเจาะจง"
E_BIDDING = "วิธีประกาศเชิญชวนทั่วไป (ประกวดราคาอิเล็กทรอนิกส์ e-bidding)"
LOWEST = "เสนอราคาต่ำสุดและมีคุณสมบัติครบถ้วนตามเงื่อนไขที่กำหนด"


def o19(ctx):
    plan = ctx.files.pdf(
        "o19-procurement-plan-2566.pdf",
        "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566 อบจ.แพร่",
        "Procurement plan of Phrae PAO, fiscal year 2023 (BE 2566)",
        ["Announcement", "Construction works", "Goods and services", "Consulting and design"],
        date="20221104",
    )
    revision = ctx.files.pdf(
        "o19-procurement-plan-2566-rev1.pdf",
        "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566 อบจ.แพร่ (ฉบับปรับปรุง ครั้งที่ 1)",
        "Procurement plan of Phrae PAO, fiscal year 2023 - revision 1",
        ["Announcement of revision 1", "Added and changed items"],
        date="20230201",
    )
    return [
        (
            "procurement_plan",
            {
                "title": "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566 องค์การบริหารส่วนจังหวัดแพร่",
                "fiscal_year": 2566,
                "document": plan.pk,
                "no_plan_reason": "",
            },
        ),
        (
            "procurement_plan",
            {
                "title": "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566 (ฉบับปรับปรุง ครั้งที่ 1)",
                "fiscal_year": 2566,
                "document": revision.pk,
                "no_plan_reason": "",
            },
        ),
    ]


ANNOUNCEMENTS = [
    (
        "result",
        date(2022, 11, 25),
        "ประกาศผลผู้ได้รับการคัดเลือก ซื้อวัสดุการแพทย์สำหรับ รพ.สต. ที่ถ่ายโอน งวดที่ 1 โดยวิธีเฉพาะเจาะจง",
    ),
    (
        "invitation",
        date(2022, 12, 5),
        "ประกาศเชิญชวนประกวดราคาจ้างก่อสร้างถนน คสล. สาย พร.ถ. 1-0025 บ้านแม่ยม - บ้านน้ำชำ อำเภอเมืองแพร่ "
        "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    ),
    (
        "result",
        date(2023, 1, 16),
        "ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างถนน คสล. สาย พร.ถ. 1-0025 บ้านแม่ยม - บ้านน้ำชำ อำเภอเมืองแพร่",
    ),
    (
        "other",
        date(2023, 2, 1),
        "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566 (ฉบับปรับปรุง ครั้งที่ 1)",
    ),
    (
        "invitation",
        date(2023, 3, 20),
        "ประกาศเชิญชวนประกวดราคาจ้างปรับปรุงถนนลาดยางสาย พร.ถ. 5-0031 บ้านห้วยอ้อ - บ้านเวียงทอง อำเภอลอง "
        "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    ),
]

KIND_EN = {"invitation": "Invitation to bid", "result": "Announcement of the selected bidder", "other": "Announcement"}


def o20(ctx):
    blocks = []
    for number, (kind, when, title) in enumerate(ANNOUNCEMENTS, start=1):
        document = ctx.files.pdf(
            f"o20-announcement-{number}.pdf",
            title,
            f"{KIND_EN[kind]} no. {number}/2566, Phrae PAO",
            ["Announcement", "Terms of reference and price"] if kind == "invitation" else ["Announcement"],
            date=when.strftime("%Y%m%d"),
        )
        blocks.append(
            (
                "procurement_announcement",
                {"announcement_type": kind, "date": when, "title": title, "document": document.pk, "url": EGP},
            )
        )
    return blocks


def _row(item, budget, reference, method, bidders, winner, contract):
    return {
        "item": item,
        "budget": baht(budget),
        "reference_price": baht(reference),
        "method": method,
        "bidders": "\n".join(f"{name} เสนอราคา {price:,.2f} บาท" for name, price in bidders),
        "winner": f"{winner[0]} ราคาที่ตกลง {winner[1]:,.2f} บาท",
        "reason": LOWEST if method == E_BIDDING else "มีคุณสมบัติตรงตามเงื่อนไขและเสนอราคาไม่เกินวงเงินงบประมาณ",
        "contract": contract,
    }


# (year BE, month) -> rows; an empty list is a month without procurement.
MONTHS = {
    (2565, 10): [],
    (2565, 11): [
        _row(
            "ซื้อวัสดุการแพทย์สำหรับ รพ.สต. ที่ถ่ายโอน งวดที่ 1",
            2_500_000,
            2_500_000,
            SPECIFIC,
            [("บริษัท แพร่เวชภัณฑ์ จำกัด", 2_487_350)],
            ("บริษัท แพร่เวชภัณฑ์ จำกัด", 2_487_350),
            "สัญญาซื้อขายเลขที่ 5/2566 ลงวันที่ 28 พฤศจิกายน 2565",
        ),
        _row(
            "ซื้อวัสดุสำนักงาน กองยุทธศาสตร์และงบประมาณ",
            48_500,
            48_500,
            SPECIFIC,
            [("ร้านแพร่ศึกษาภัณฑ์", 48_200)],
            ("ร้านแพร่ศึกษาภัณฑ์", 48_200),
            "ใบสั่งซื้อเลขที่ 31/2566 ลงวันที่ 15 พฤศจิกายน 2565",
        ),
    ],
    (2565, 12): [
        _row(
            "จ้างขุดลอกอ่างเก็บน้ำห้วยแม่สาย อำเภอเมืองแพร่",
            3_450_000,
            3_438_000,
            E_BIDDING,
            [("หจก. ยมนทีการโยธา", 3_290_000), ("บริษัท ช่างแพร่ก่อสร้าง จำกัด", 3_355_000)],
            ("หจก. ยมนทีการโยธา", 3_290_000),
            "สัญญาจ้างเลขที่ 9/2566 ลงวันที่ 12 ธันวาคม 2565",
        ),
        _row(
            "ซื้อผ้าห่มกันหนาวช่วยเหลือผู้ประสบภัยหนาว จำนวน 8,000 ผืน",
            1_600_000,
            1_600_000,
            SPECIFIC,
            [("บริษัท สิ่งทอล้านนา จำกัด", 1_560_000)],
            ("บริษัท สิ่งทอล้านนา จำกัด", 1_560_000),
            "สัญญาซื้อขายเลขที่ 10/2566 ลงวันที่ 9 ธันวาคม 2565",
        ),
    ],
    (2566, 1): [
        _row(
            "จ้างก่อสร้างถนน คสล. สาย พร.ถ. 1-0025 บ้านแม่ยม - บ้านน้ำชำ อำเภอเมืองแพร่",
            6_500_000,
            6_470_000,
            E_BIDDING,
            [
                ("หจก. แพร่รุ่งเรืองก่อสร้าง", 6_180_000),
                ("บริษัท ช่างแพร่ก่อสร้าง จำกัด", 6_250_000),
                ("หจก. ยมนทีการโยธา", 6_390_000),
            ],
            ("หจก. แพร่รุ่งเรืองก่อสร้าง", 6_180_000),
            "สัญญาจ้างเลขที่ 12/2566 ลงวันที่ 20 มกราคม 2566",
        ),
        _row(
            "ซื้ออุปกรณ์กีฬาสำหรับการแข่งขัน อบจ.แพร่เกมส์ ครั้งที่ 12",
            185_000,
            185_000,
            SPECIFIC,
            [("ร้านแพร่สปอร์ต", 183_500)],
            ("ร้านแพร่สปอร์ต", 183_500),
            "ใบสั่งซื้อเลขที่ 58/2566 ลงวันที่ 9 มกราคม 2566",
        ),
    ],
    (2566, 2): [
        _row(
            "ซื้อวัสดุและอุปกรณ์ดับไฟป่า (เครื่องเป่าลม ถังฉีดน้ำ คราด) สำหรับ 40 หมู่บ้าน",
            212_000,
            212_000,
            SPECIFIC,
            [("ร้านเกษตรภัณฑ์แพร่", 209_800)],
            ("ร้านเกษตรภัณฑ์แพร่", 209_800),
            "ใบสั่งซื้อเลขที่ 77/2566 ลงวันที่ 3 กุมภาพันธ์ 2566",
        ),
    ],
    (2566, 3): [
        _row(
            "ซื้อน้ำมันเชื้อเพลิงสำหรับรถบรรทุกน้ำช่วยเหลือภัยแล้ง",
            95_000,
            95_000,
            SPECIFIC,
            [("สหกรณ์การเกษตรเมืองแพร่ จำกัด", 95_000)],
            ("สหกรณ์การเกษตรเมืองแพร่ จำกัด", 95_000),
            "ใบสั่งซื้อเลขที่ 96/2566 ลงวันที่ 6 มีนาคม 2566",
        ),
        _row(
            "จ้างพิมพ์เอกสารแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ฉบับเพิ่มเติม",
            12_600,
            12_600,
            SPECIFIC,
            [("ร้านแพร่การพิมพ์", 12_600)],
            ("ร้านแพร่การพิมพ์", 12_600),
            "ใบสั่งจ้างเลขที่ 101/2566 ลงวันที่ 14 มีนาคม 2566",
        ),
    ],
}


def o21(ctx):
    months = []
    for month in first_half_months():
        rows = MONTHS[(month.year_be, month.month)]
        document = ctx.files.pdf(
            f"o21-sorkhor1-{month.start:%Y-%m}.pdf",
            f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง (แบบ สขร.1) ประจำเดือน {month.label}",
            f"Monthly procurement summary (Sor.Khor.Ror. 1), {month.start:%B %Y}",
            ["Summary table"] if not rows else ["Summary table", "Details of each procurement"],
            date=month.end.strftime("%Y%m%d"),
        )
        months.append(
            {
                "year": month.year_be,
                "month": month.month,
                "no_procurement": not rows,
                "rows": rows,
                "document": document.pk,
            }
        )
    return [("monthly_procurement", {"fiscal_year": 2566, "months": months})]


def o22(ctx):
    document = ctx.files.pdf(
        "o22-procurement-report-2565.pdf",
        "รายงานผลการจัดซื้อจัดจ้างและการบริหารพัสดุ ประจำปีงบประมาณ พ.ศ. 2565 อบจ.แพร่",
        "Annual procurement report of Phrae PAO, fiscal year 2022 (BE 2565)",
        ["Cover", "Budget used for procurement", "Summary of procurements by method", "Problems", "Suggestions"],
        date="20221110",
    )
    return [
        (
            "annual_report",
            {
                "title": "รายงานผลการจัดซื้อจัดจ้างและการบริหารพัสดุ ประจำปีงบประมาณ พ.ศ. 2565",
                "fiscal_year": 2565,
                "results": p("สรุปรายการที่มีการจัดซื้อจัดจ้างในปีงบประมาณ พ.ศ. 2565 จำนวนทั้งสิ้น 1,088 รายการ")
                + ul(
                    [
                        "วิธีประกาศเชิญชวนทั่วไป (e-bidding) 58 โครงการ วงเงิน 318,450,000.00 บาท",
                        "วิธีคัดเลือก 6 โครงการ วงเงิน 21,730,000.00 บาท",
                        "วิธีเฉพาะเจาะจง 1,024 รายการ วงเงิน 72,400,120.50 บาท",
                    ]
                ),
                "budget_spent": baht("412580120.50"),
                "problems": "ผู้เสนอราคาบางโครงการยื่นเอกสารไม่ครบถ้วนทำให้ต้องยกเลิกและประกาศใหม่ 4 โครงการ "
                "และราคาวัสดุก่อสร้างผันผวนทำให้ราคากลางต้องปรับปรุงบ่อยครั้ง",
                "suggestions": "จัดอบรมผู้ประกอบการในจังหวัดเรื่องการเสนอราคาผ่านระบบ e-GP "
                "และทบทวนราคากลางทุกไตรมาสตามดัชนีราคาวัสดุก่อสร้างของกระทรวงพาณิชย์",
                "document": document.pk,
            },
        )
    ]


BUILDERS = {"O19": o19, "O20": o20, "O21": o21, "O22": o22}

NOTES = {
    "O19": "แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2566 และฉบับปรับปรุง ครั้งที่ 1",
    "O20": "ประกาศเชิญชวนและประกาศผลการจัดซื้อจัดจ้างในปีงบประมาณ พ.ศ. 2566 พร้อมลิงก์ระบบ e-GP",
    "O21": "สรุปผลการจัดซื้อจัดจ้างรายเดือน ต.ค. 2565 - มี.ค. 2566 ครบทุกเดือน (ต.ค. 2565 ไม่มีการจัดซื้อจัดจ้าง)",
    "O22": "รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2565 ครบทั้งงบประมาณ รายการ ปัญหา และข้อเสนอแนะ",
}
