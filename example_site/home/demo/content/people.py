"""9.4 การบริหารและพัฒนาทรัพยากรบุคคล: O23 HR policy, O24 HR actions, O25 HR criteria, O26 HR report."""

from datetime import date

from ..common import FY_END, FY_START, baht, p, ul
from ..files import PURPLE, TEAL
from .helpers import activity, component_document

HR_PLAN = "แผนการบริหารและพัฒนาทรัพยากรบุคคล อบจ.แพร่ (พ.ศ. 2566 - 2568)"


def o23(ctx):
    policy = ctx.files.pdf(
        "o23-hr-policy.pdf",
        "นโยบายการบริหารทรัพยากรบุคคลของนายกองค์การบริหารส่วนจังหวัดแพร่",
        "Human resource management policy of the Chief Executive of Phrae PAO",
        ["Policy statement", "Policy areas and responsible divisions"],
        date="20211001",
    )
    plan = ctx.files.pdf(
        "o23-hr-plan-2566-2568.pdf",
        HR_PLAN,
        "Human resource management and development plan of Phrae PAO 2023-2025",
        ["Cover", "Analysis of the workforce", "Strategies and projects", "Yearly targets", "Monitoring"],
        date="20220915",
    )
    return [
        (
            "policy",
            {
                "title": "นโยบายการบริหารทรัพยากรบุคคลของนายกองค์การบริหารส่วนจังหวัดแพร่",
                "text": ul(
                    [
                        "สรรหาและคัดเลือกบุคลากรด้วยระบบคุณธรรม โปร่งใส และตรวจสอบได้",
                        "พัฒนาบุคลากรทุกคนอย่างน้อยปีละ 1 หลักสูตร ทั้งทักษะดิจิทัลและจริยธรรม",
                        "ประเมินผลการปฏิบัติงานอย่างเป็นธรรมโดยใช้ตัวชี้วัดที่วัดผลได้",
                        "ดูแลสวัสดิการ ความปลอดภัย และสร้างขวัญกำลังใจแก่บุคลากร",
                    ],
                    intro="นายก อบจ.แพร่ กำหนดนโยบายการบริหารทรัพยากรบุคคลไว้ดังนี้",
                ),
                "effective_from": date(2021, 10, 1),
                "effective_to": None,
                "document": policy.pk,
            },
        ),
        (
            "policy",
            {
                "title": HR_PLAN,
                "text": p(
                    "แผนระยะ 3 ปี ประกอบด้วย 4 ยุทธศาสตร์: การวางแผนอัตรากำลัง การพัฒนาสมรรถนะ "
                    "การเสริมสร้างคุณธรรมจริยธรรม และการเสริมสร้างคุณภาพชีวิตของบุคลากร"
                ),
                "effective_from": date(2022, 10, 1),
                "effective_to": date(2025, 9, 30),
                "document": plan.pk,
            },
        ),
    ]


def o24(ctx):
    return [
        activity(
            ctx,
            "o24-staff-training",
            "โครงการอบรมพัฒนาศักยภาพบุคลากร อบจ.แพร่ ประจำปีงบประมาณ พ.ศ. 2566",
            date(2022, 11, 21),
            p(
                "อบรมพนักงานส่วนจังหวัด ครู และพนักงานจ้าง 320 คน หลักสูตรทักษะดิจิทัลสำหรับการให้บริการประชาชน "
                "และการป้องกันผลประโยชน์ทับซ้อน ระหว่างวันที่ 21 - 23 พฤศจิกายน 2565"
            ),
            "Staff capacity building training 2023",
            f"{HR_PLAN} ยุทธศาสตร์ที่ 2 การพัฒนาสมรรถนะ",
            PURPLE,
            photos=2,
        ),
        activity(
            ctx,
            "o24-recruitment",
            "การสรรหาและเลือกสรรพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการสาธารณสุข",
            date(2023, 1, 10),
            p(
                "ประกาศรับสมัคร 12 อัตรา สำหรับ รพ.สต. ที่ถ่ายโอน มีผู้สมัคร 146 คน สอบข้อเขียนและสัมภาษณ์ "
                "ประกาศผลและขึ้นบัญชีผู้ผ่านการเลือกสรรอย่างเปิดเผยทางเว็บไซต์"
            ),
            "Recruitment of public health assistants",
            f"{HR_PLAN} ยุทธศาสตร์ที่ 1 การวางแผนอัตรากำลัง",
            TEAL,
        ),
        activity(
            ctx,
            "o24-staff-awards",
            "พิธีมอบเกียรติบัตรบุคลากรดีเด่น อบจ.แพร่ ประจำปี 2565",
            date(2023, 3, 3),
            p("มอบเกียรติบัตรแก่บุคลากรดีเด่น 24 คน จากทุกส่วนราชการ เพื่อสร้างขวัญกำลังใจในการปฏิบัติงาน"),
            "Outstanding staff awards ceremony",
            f"{HR_PLAN} ยุทธศาสตร์ที่ 4 การเสริมสร้างคุณภาพชีวิตของบุคลากร",
            PURPLE,
        ),
    ]


def o25(ctx):
    return [
        component_document(
            ctx,
            "O25",
            "hr_criteria",
            filename="o25-hr-criteria.pdf",
            title="ประกาศคณะกรรมการพนักงานส่วนจังหวัดแพร่ เรื่อง หลักเกณฑ์และเงื่อนไขเกี่ยวกับการบริหารงานบุคคล (ฉบับรวม)",
            title_en="Phrae Provincial Personnel Committee: criteria for personnel administration (consolidated)",
            sections_en=[
                "Recruitment and selection",
                "Appointment",
                "Personnel development",
                "Performance appraisal",
                "Rewards, discipline and morale",
            ],
            period_start=FY_START,
            period_end=FY_END,
            date="20210930",
        )
    ]


def o26(ctx):
    document = ctx.files.pdf(
        "o26-hr-report-2565.pdf",
        "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2565 อบจ.แพร่",
        "Human resource management report of Phrae PAO, fiscal year 2022 (BE 2565)",
        ["Cover", "Results against the HR policy", "Workforce statistics", "Problems", "Suggestions"],
        date="20221115",
    )
    return [
        (
            "annual_report",
            {
                "title": "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2565",
                "fiscal_year": 2565,
                "results": p(
                    "ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล: บุคลากรได้รับการพัฒนาอย่างน้อย 1 หลักสูตร "
                    "ร้อยละ 87.5 และการสรรหาทุกครั้งประกาศผลอย่างเปิดเผย"
                ),
                "statistics": ul(
                    [
                        "บุคลากรทั้งหมด 1,248 คน (พนักงานส่วนจังหวัด 286 คน ครู 512 คน พนักงานจ้าง 450 คน)",
                        "สรรหาและบรรจุแต่งตั้งใหม่ 45 คน โอนย้าย 12 คน เกษียณอายุราชการ 31 คน",
                        "ผู้เข้ารับการอบรมพัฒนา 1,092 คน (ร้อยละ 87.5)",
                        "เลื่อนขั้นเงินเดือนกรณีพิเศษ 118 คน ลงโทษทางวินัย 2 คน",
                    ],
                    intro="สรุปสถิติการบริหารและพัฒนาทรัพยากรบุคคล",
                ),
                "budget_spent": baht("2350000"),
                "problems": "การถ่ายโอน รพ.สต. ทำให้มีบุคลากรเพิ่มขึ้นมากในเวลาสั้น "
                "หลักสูตรพัฒนาบุคลากรด้านสาธารณสุขยังไม่เพียงพอ และบุคลากรบางส่วนไม่สามารถเข้ารับการอบรมได้ตามกำหนด",
                "suggestions": "จัดทำแผนพัฒนาบุคลากรสายงานสาธารณสุขเป็นการเฉพาะ เพิ่มหลักสูตรออนไลน์ "
                "และติดตามผลการพัฒนารายบุคคลผ่านระบบสารสนเทศทรัพยากรบุคคลท้องถิ่น (LHR)",
                "document": document.pk,
            },
        )
    ]


BUILDERS = {"O23": o23, "O24": o24, "O25": o25, "O26": o26}

NOTES = {
    "O23": "นโยบายการบริหารทรัพยากรบุคคลของนายก อบจ.แพร่ และแผนการบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. 2566 - 2568",
    "O24": "การดำเนินการตามแผนการบริหารและพัฒนาทรัพยากรบุคคลในปีงบประมาณ พ.ศ. 2566",
    "O25": "หลักเกณฑ์การบริหารงานบุคคลที่ใช้บังคับ ครบ 5 ด้าน พร้อมเลขหน้าของแต่ละด้านในเอกสาร",
    "O26": "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปีงบประมาณ พ.ศ. 2565",
}
