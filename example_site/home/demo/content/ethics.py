"""10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส: O39-O41 ethics, O42 analysis of the previous ITA result,
O43 actions on its measures and the EIT survey QR code."""

from datetime import date

from ..common import FY_END, FY_START, HALF_END, p
from ..files import BLUE, PURPLE, TEAL
from .helpers import activity, component_document


def o39(ctx):
    return [
        component_document(
            ctx,
            "O39",
            "code_of_ethics",
            filename="o39-code-of-ethics.pdf",
            title="ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น (ประกาศคณะกรรมการมาตรฐานการบริหารงานบุคคลส่วนท้องถิ่น)",
            title_en="Code of ethics for local government officials (National Local Personnel Standards Committee)",
            sections_en=["Core values", "Ethical standards of conduct", "Enforcement and complaints"],
            period_start=date(2021, 10, 1),
            period_end=None,
            date="20210930",
        )
    ]


# (key, title, when, description, English caption) for each of O40's three required actions, in order
ETHICS_ACTIONS = [
    (
        "o40-ethics-team",
        "แต่งตั้งคณะทำงานขับเคลื่อนจริยธรรมและทีมให้คำปรึกษาตอบคำถามทางจริยธรรม อบจ.แพร่",
        date(2022, 10, 25),
        "คำสั่ง อบจ.แพร่ ที่ 1125/2565 แต่งตั้งคณะทำงาน 11 คน จากทุกส่วนราชการ มีรองปลัด อบจ. เป็นประธาน "
        "ให้คำปรึกษาทางโทรศัพท์ ต่อ 305 และทาง LINE กลุ่มจริยธรรม อบจ.แพร่",
        "Ethics working group and advisory team appointed",
    ),
    (
        "o40-dos-donts",
        "จัดทำและเผยแพร่แนวปฏิบัติ Dos & Don'ts ด้านจริยธรรมสำหรับบุคลากร อบจ.แพร่",
        date(2022, 12, 1),
        "คู่มือ Dos & Don'ts 20 กรณี เช่น การรับของขวัญ การใช้รถราชการ การช่วยญาติในการจัดซื้อจัดจ้าง "
        "แจกจ่ายให้บุคลากรทุกคนและเผยแพร่ทางเว็บไซต์",
        "Ethics Dos and Don'ts guide published",
    ),
    (
        "o40-orientation-training",
        "หลักสูตรปฐมนิเทศพนักงานใหม่ที่สอดแทรกสาระด้านจริยธรรมของเจ้าหน้าที่ของรัฐ",
        date(2023, 2, 22),
        "หลักสูตร 2 วัน สำหรับพนักงานและพนักงานจ้างบรรจุใหม่ 52 คน มีวิชาประมวลจริยธรรม "
        "การขัดกันแห่งผลประโยชน์ และกรณีศึกษาจากสำนักงาน ป.ป.ช. ร้อยละ 20 ของเวลาเรียน",
        "Orientation course with an ethics module",
    ),
]


def o40(ctx):
    """One activity per required action; each names the component (or element) it shows."""
    components = [c for c in ctx.framework.item("O40").components if c.kind == "activity"]
    blocks = []
    for number, (key, title, when, description, caption) in enumerate(ETHICS_ACTIONS):
        component = components[number] if len(components) == len(ETHICS_ACTIONS) else components[0]
        shows = component.elements[number] if component.elements else component.title
        blocks.append(activity(ctx, key, title, when, p(description), caption, shows, PURPLE, component=component.key))
    return blocks


def o41(ctx):
    return [
        component_document(
            ctx,
            "O41",
            "ethics_assessment_report",
            filename="o41-ethics-assessment-2566.pdf",
            title="รายงานผลการประเมินพฤติกรรมทางจริยธรรมของเจ้าหน้าที่ อบจ.แพร่ ปีงบประมาณ 2566 (รอบที่ 1)",
            title_en="Report on the ethical conduct assessment of Phrae PAO staff, fiscal year 2023, round 1",
            sections_en=["Method and assessors", "Results by division", "Follow-up"],
            period_start=FY_START,
            period_end=HALF_END,
            date="20230410",
        ),
        component_document(
            ctx,
            "O41",
            "ethics_in_hr",
            filename="o41-ethics-in-hr-criteria.pdf",
            title="ประกาศ อบจ.แพร่ เรื่อง การนำผลการประเมินพฤติกรรมทางจริยธรรมไปประกอบการพิจารณา"
            "เลื่อนขั้นเงินเดือน แต่งตั้ง และต่อสัญญาจ้าง",
            title_en="Phrae PAO announcement: ethics assessment results used in salary, promotion and contract decisions",
            sections_en=["Announcement", "Weight of the ethics assessment in each HR decision"],
            period_start=date(2022, 11, 15),
            period_end=FY_END,
            date="20221115",
        ),
    ]


# measure, owner, steps, follow-up: the measures O42 derives from the 2565 result; O43 reports on them
MEASURES = [
    (
        "มาตรการเผยแพร่ข้อมูลสาธารณะให้ครบถ้วนและเป็นปัจจุบัน",
        "กองยุทธศาสตร์และงบประมาณ (ผู้ประสานงาน) และทุกส่วนราชการ",
        "1. ทุกส่วนราชการกรอกข้อมูลตามองค์ประกอบในแบบฟอร์มของเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป\n"
        "2. กองยุทธศาสตร์ฯ ตรวจความครบถ้วนจากแดชบอร์ด ITA ทุกสัปดาห์\n3. แจ้งส่วนราชการที่ข้อมูลยังไม่ครบภายใน 3 วันทำการ",
        "รายงานความครบถ้วนของข้อมูล ITA ต่อนายก อบจ. ทุกเดือน และรายงานผลรอบ 6 เดือนและ 12 เดือน",
    ),
    (
        "มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน",
        "สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด และหน่วยตรวจสอบภายใน",
        "1. ขออนุญาตยืมหรือใช้ทรัพย์สินผ่านระบบออนไลน์\n2. ติดตั้ง GPS ในรถราชการทุกคัน\n3. สุ่มตรวจการใช้ทรัพย์สินเดือนละ 1 ครั้ง",
        "หน่วยตรวจสอบภายในรายงานผลการสุ่มตรวจต่อปลัด อบจ. ทุกไตรมาส",
    ),
    (
        "มาตรการส่งเสริมการแจ้งเรื่องร้องเรียนการทุจริตและคุ้มครองผู้แจ้งเบาะแส",
        "กองการเจ้าหน้าที่",
        "1. แยกช่องทางร้องเรียนการทุจริตออกจากเรื่องทั่วไปบนเว็บไซต์\n2. จำกัดสิทธิ์เข้าถึงข้อมูลผู้แจ้งเฉพาะผู้ได้รับมอบหมาย\n"
        "3. ประชาสัมพันธ์ช่องทางผ่านสื่อออนไลน์และป้ายที่จุดบริการ",
        "รายงานสถิติเรื่องร้องเรียนการทุจริตบนเว็บไซต์ทุกเดือน และสรุปผลต่อนายก อบจ. ทุกไตรมาส",
    ),
    (
        "มาตรการเปิดโอกาสให้ผู้รับบริการและผู้มีส่วนได้ส่วนเสียร่วมตอบแบบวัด EIT",
        "ทุกส่วนราชการ",
        "1. ติด QR code แบบวัด EIT ที่จุดบริการทุกกองและบนเว็บไซต์\n2. ขอความร่วมมือผู้รับบริการตอบแบบวัดหลังรับบริการ",
        "กองยุทธศาสตร์ฯ ติดตามจำนวนผู้ตอบจากระบบ ITAS ทุกสัปดาห์ในช่วงการประเมิน",
    ),
]


def o42(ctx):
    document = ctx.files.pdf(
        "o42-ita-2565-analysis.pdf",
        "การวิเคราะห์ผลการประเมิน ITA ปี 2565 และมาตรการส่งเสริมคุณธรรมและความโปร่งใส อบจ.แพร่",
        "Analysis of the ITA 2022 (BE 2565) result and integrity measures of Phrae PAO",
        ["Cover", "ITA 2565 scores by indicator", "Urgent weaknesses", "Points to improve", "Measures and follow-up"],
        date="20221130",
    )
    return [
        (
            "ita_analysis",
            {
                "assessment_year": 2565,
                "urgent_weaknesses": "ผลการประเมิน ITA ปี พ.ศ. 2565 ได้ 87.45 คะแนน (ระดับ A) แต่ตัวชี้วัดที่ 4 "
                "การใช้ทรัพย์สินของราชการ ได้ 72.50 คะแนน ต่ำที่สุด และแบบ OIT ข้อ O21 สรุปผลการจัดซื้อจัดจ้างรายเดือน "
                "ไม่ผ่านเพราะไม่ได้เผยแพร่ว่าไม่มีการจัดซื้อจัดจ้างในเดือนที่ไม่มี",
                "improvements": "การสื่อสารช่องทางแจ้งเรื่องร้องเรียนการทุจริตให้ประชาชนรู้จัก (ตัวชี้วัดที่ 8 ได้ 80.10 คะแนน) "
                "และการเปิดโอกาสให้ผู้รับบริการร่วมตอบแบบวัด EIT ซึ่งมีผู้ตอบน้อย",
                "measures": [
                    {"measure": measure, "owner": owner, "steps": steps, "follow_up": follow_up}
                    for measure, owner, steps, follow_up in MEASURES
                ],
                "document": document.pk,
            },
        )
    ]


def o43(ctx):
    return [
        activity(
            ctx,
            "o43-ita-dashboard-review",
            "ประชุมติดตามความครบถ้วนของข้อมูลสาธารณะ (OIT) ประจำเดือนมีนาคม 2566",
            date(2023, 3, 31),
            p(
                "กองยุทธศาสตร์และงบประมาณรายงานผลจากแดชบอร์ด ITA ต่อที่ประชุมหัวหน้าส่วนราชการ "
                "ข้อมูลครบ 43 ข้อ และสรุปผลการจัดซื้อจัดจ้างรายเดือนเผยแพร่ครบทุกเดือนรวมเดือนที่ไม่มีการจัดซื้อจัดจ้าง"
            ),
            "Monthly review of open data completeness",
            MEASURES[0][0],
            BLUE,
        ),
        activity(
            ctx,
            "o43-asset-spot-check",
            "หน่วยตรวจสอบภายในสุ่มตรวจการใช้รถและทรัพย์สินของราชการ ไตรมาสที่ 2",
            date(2023, 3, 24),
            p("สุ่มตรวจบันทึกการใช้รถ 42 คัน เทียบกับข้อมูล GPS และการยืมพัสดุ 120 รายการ ไม่พบการใช้เพื่อประโยชน์ส่วนตน"),
            "Spot check of official vehicles and assets",
            MEASURES[1][0],
            TEAL,
        ),
        activity(
            ctx,
            "o43-eit-campaign",
            "ติด QR code แบบวัด EIT ที่จุดบริการทุกกองและเชิญชวนผู้รับบริการร่วมประเมิน",
            date(2023, 6, 12),
            p("ติดป้าย QR code แบบวัด EIT ที่จุดบริการ 9 จุด และประชาสัมพันธ์ทาง Facebook และ LINE ของ อบจ.แพร่"),
            "EIT survey QR codes at every service desk",
            MEASURES[3][0],
            BLUE,
        ),
        (
            "eit_qr_code",
            {
                "survey_url": "https://itas.nacc.go.th/go/eit/3dq8ku",
                "caption": "สแกน QR code เพื่อตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ของ อบจ.แพร่ "
                "ประจำปีงบประมาณ พ.ศ. 2566",
            },
        ),
    ]


BUILDERS = {"O39": o39, "O40": o40, "O41": o41, "O42": o42, "O43": o43}

NOTES = {
    "O39": "ประมวลจริยธรรมของพนักงานส่วนท้องถิ่นที่ อบจ.แพร่ ใช้บังคับ",
    "O40": "การตั้งคณะทำงานจริยธรรม แนวปฏิบัติ Dos & Don'ts และหลักสูตรที่สอดแทรกจริยธรรม ในปี 2566",
    "O41": "รายงานผลการประเมินพฤติกรรมทางจริยธรรม และประกาศการนำผลไปใช้ในการบริหารทรัพยากรบุคคล",
    "O42": "การวิเคราะห์ผล ITA ปี 2565 ประเด็นเร่งด่วน ประเด็นที่ต้องพัฒนา และมาตรการพร้อมผู้รับผิดชอบ",
    "O43": "ผลการดำเนินการตามมาตรการในข้อ O42 ในปี 2566 และ QR code แบบวัด EIT",
}
