"""9.5 การส่งเสริมความโปร่งใส: O27 complaint guideline, O28 corruption-complaint channel,
O29 complaint statistics, O30 participation."""

from datetime import date

from ..common import FY_START, HALF_END, WEBSITE, first_half_months, p
from ..files import BLUE, GREEN, ORANGE, TEAL
from .helpers import activity

COMPLAINT_CHANNELS = (
    "บุคคลภายนอกแจ้งเรื่องได้ 4 ช่องทาง: (1) แบบฟอร์มออนไลน์ “แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ” "
    "บนเว็บไซต์ อบจ.แพร่ (2) อีเมล corruption-report@phraepao.go.th (3) ไปรษณีย์ถึงนายก อบจ.แพร่ "
    "วงเล็บมุมซอง “ร้องเรียนการทุจริต” (4) ยื่นด้วยตนเองที่กองการเจ้าหน้าที่ "
    "โดยระบุชื่อเจ้าหน้าที่หรือหน่วยงาน พฤติการณ์ วันเวลา สถานที่ และหลักฐาน (ถ้ามี)"
)
COMPLAINT_STEPS = "\n".join(
    [
        "1. ลงทะเบียนรับเรื่องและเก็บข้อมูลผู้ร้องเป็นความลับ",
        "2. ตรวจสอบข้อเท็จจริงเบื้องต้นและเสนอนายก อบจ.",
        "3. แต่งตั้งคณะกรรมการสืบสวนข้อเท็จจริง หรือส่งหน่วยงานที่มีอำนาจ (สำนักงาน ป.ป.ช. / ป.ป.ท.)",
        "4. แจ้งผลการดำเนินการให้ผู้ร้องทราบ",
        "5. รายงานสถิติเรื่องร้องเรียนบนเว็บไซต์ทุกเดือน",
    ]
)
COMPLAINT_UNIT = "กองการเจ้าหน้าที่ (ฝ่ายวินัยและส่งเสริมคุณธรรม) โทรศัพท์ 0 5452 2000 ต่อ 301"
COMPLAINT_DURATION = (
    "ตอบรับเรื่องภายใน 3 วันทำการ ตรวจสอบข้อเท็จจริงเบื้องต้นภายใน 15 วันทำการ แจ้งผลแก่ผู้ร้องภายใน 30 วันทำการนับแต่วันรับเรื่อง"
)


def o27(ctx):
    document = ctx.files.pdf(
        "o27-corruption-complaint-manual.pdf",
        "คู่มือการดำเนินการต่อเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ อบจ.แพร่",
        "Guideline for handling corruption and misconduct complaints, Phrae PAO",
        ["Cover", "How to file a complaint", "Handling procedure", "Responsible unit", "Time frames", "Forms"],
        date="20221003",
    )
    return [
        (
            "manual",
            {
                "manual": "complaint",
                "title": "คู่มือการดำเนินการต่อเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ อบจ.แพร่",
                "mission": "การรับและจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ อบจ.แพร่",
                "audience": "ประชาชนผู้ประสงค์จะร้องเรียน และเจ้าหน้าที่ผู้รับและจัดการเรื่องร้องเรียน",
                "channels": COMPLAINT_CHANNELS,
                "steps": COMPLAINT_STEPS,
                "responsible_unit": COMPLAINT_UNIT,
                "duration": COMPLAINT_DURATION,
                "division": ctx.division_name("personnel"),
                "document": document.pk,
            },
        )
    ]


def o28(ctx):
    return [
        (
            "channel",
            {
                "channel": "corruption_complaint",
                "label": "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ อบจ.แพร่",
                "url": f"{WEBSITE}/eservice/corruption-report",
                "page": ctx.pages["corruption-report"].pk,
                "description": "ช่องทางเฉพาะสำหรับเรื่องทุจริตและประพฤติมิชอบ แยกจากช่องทางร้องเรียนทั่วไป "
                "เข้าถึงได้จากเมนูติดต่อเราและส่วนท้ายของทุกหน้า ข้อมูลผู้แจ้งเบาะแสเก็บเป็นความลับ",
            },
        )
    ]


# total, finished, in progress for each month October 2565 - March 2566
COMPLAINTS = [(0, 0, 0), (1, 1, 0), (0, 0, 0), (1, 0, 1), (0, 0, 0), (0, 0, 0)]


def o29(ctx):
    rows = [
        {
            "label": month.label,
            "period_start": month.start,
            "period_end": month.end,
            "total": total,
            "finished": finished,
            "in_progress": in_progress,
        }
        for month, (total, finished, in_progress) in zip(first_half_months(), COMPLAINTS, strict=True)
    ]
    return [
        (
            "complaint_statistics",
            {"no_complaints": False, "period_start": FY_START, "period_end": HALF_END, "rows": rows},
        )
    ]


def o30(ctx):
    return [
        activity(
            ctx,
            "o30-community-forum",
            "ประชุมประชาคมท้องถิ่นระดับอำเภอ เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
            date(2022, 11, 15),
            p(
                "กองยุทธศาสตร์และงบประมาณจัดประชุมประชาคมครบทั้ง 8 อำเภอ ผู้แทนชุมชน ผู้นำท้องที่ "
                "และภาคประชาสังคม 640 คน เสนอโครงการ 215 โครงการ เพื่อบรรจุในแผนพัฒนาท้องถิ่น"
            ),
            "District community forums on the local development plan",
            "ยุทธศาสตร์ที่ 5 การบริหารจัดการบ้านเมืองที่ดี (การมีส่วนร่วมของประชาชน)",
            GREEN,
            photos=2,
        ),
        activity(
            ctx,
            "o30-road-hearing",
            "ประชุมรับฟังความคิดเห็นประชาชนก่อนปรับปรุงถนนสาย พร.ถ. 5-0031 อำเภอลอง",
            date(2023, 2, 8),
            p(
                "กองช่างชี้แจงแบบและรับฟังความคิดเห็นของประชาชน 3 หมู่บ้านก่อนจัดทำราคากลาง "
                "ประชาชนเสนอให้เพิ่มรางระบายน้ำและไฟส่องสว่างบริเวณโรงเรียน ซึ่งได้ปรับแบบตามข้อเสนอ"
            ),
            "Public hearing before the Huai O - Wiang Thong road works",
            "การมีส่วนร่วมของประชาชนในการจัดทำโครงการก่อสร้าง",
            BLUE,
        ),
        activity(
            ctx,
            "o30-council-observers",
            "เปิดให้ประชาชนร่วมสังเกตการณ์การประชุมสภา อบจ.แพร่ สมัยสามัญ สมัยที่ 1 ประจำปี 2566",
            date(2023, 2, 20),
            p(
                "สำนักงานเลขานุการ อบจ. เปิดให้ประชาชนและสื่อมวลชนเข้าร่วมสังเกตการณ์การประชุมสภา "
                "และถ่ายทอดสดทาง Facebook และ YouTube มีผู้รับชม 3,400 ครั้ง"
            ),
            "Citizens observe the Provincial Council session",
            "การเปิดเผยข้อมูลและการมีส่วนร่วมในการตรวจสอบ",
            TEAL,
        ),
        activity(
            ctx,
            "o30-supplier-forum",
            "ประชุมผู้ประกอบการร่วมวิพากษ์ร่างขอบเขตของงาน (TOR) งานจ้างก่อสร้าง ปี 2566",
            date(2023, 3, 9),
            p(
                "กองคลังเปิดรับฟังความคิดเห็นร่างขอบเขตของงานและราคากลางจากผู้ประกอบการในจังหวัดแพร่ 28 ราย "
                "ก่อนประกาศเชิญชวน เพื่อให้การแข่งขันเป็นธรรมและโปร่งใส"
            ),
            "Suppliers comment on draft terms of reference",
            "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง",
            ORANGE,
        ),
    ]


BUILDERS = {"O27": o27, "O28": o28, "O29": o29, "O30": o30}

NOTES = {
    "O27": "คู่มือการดำเนินการต่อเรื่องร้องเรียนการทุจริต ระบุวิธีร้องเรียน ขั้นตอน ส่วนงานที่รับผิดชอบ และระยะเวลา",
    "O28": "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตแยกจากเรื่องทั่วไป เข้าถึงได้จากเมนูติดต่อเราของเว็บไซต์หลัก",
    "O29": "สถิติเรื่องร้องเรียนการทุจริตรายเดือน ต.ค. 2565 - มี.ค. 2566 (ทั้งหมด 2 เรื่อง เสร็จ 1 อยู่ระหว่าง 1)",
    "O30": "กิจกรรมที่เปิดให้ประชาชนและผู้มีส่วนได้เสียร่วมดำเนินงานในปีงบประมาณ พ.ศ. 2566",
}
