"""9.2 การปฏิบัติงาน and การให้บริการ: O14 work manuals (one per division), O15 service manuals,
O16 service statistics, O17 satisfaction survey, O18 e-services."""

from ..common import WEBSITE, baht, first_half_months, first_half_quarters

# division key -> (title, mission, audience, steps, English title)
WORK_MANUALS = {
    "strategy": (
        "คู่มือการปฏิบัติงานการจัดทำและทบทวนแผนพัฒนาท้องถิ่น",
        "การจัดทำ ทบทวน เพิ่มเติม และติดตามประเมินผลแผนพัฒนาท้องถิ่นของ อบจ.แพร่",
        "นักวิเคราะห์นโยบายและแผน และเจ้าหน้าที่งานแผนและงบประมาณ",
        [
            "แต่งตั้งคณะกรรมการพัฒนาท้องถิ่นและคณะกรรมการสนับสนุนการจัดทำแผน",
            "จัดประชุมประชาคมท้องถิ่นระดับอำเภอเพื่อรับฟังปัญหาและความต้องการ",
            "รวบรวมโครงการและจัดทำร่างแผนพัฒนาท้องถิ่น เสนอคณะกรรมการพัฒนาท้องถิ่นพิจารณา",
            "เสนอร่างแผนต่อนายก อบจ. เพื่ออนุมัติและประกาศใช้ ภายใน 15 วัน",
            "ติดตามและประเมินผลแผนอย่างน้อยปีละ 1 ครั้ง และรายงานต่อสภา อบจ.",
        ],
        "Work manual: preparing and reviewing the local development plan",
    ),
    "personnel": (
        "คู่มือการปฏิบัติงานการสรรหาและเลือกสรรพนักงานจ้าง",
        "การสรรหาและเลือกสรรพนักงานจ้างตามภารกิจและพนักงานจ้างทั่วไปของ อบจ.แพร่",
        "นักทรัพยากรบุคคล และเจ้าพนักงานธุรการ กองการเจ้าหน้าที่",
        [
            "ตรวจสอบกรอบอัตรากำลังและงบประมาณ ขออนุมัติดำเนินการสรรหา",
            "ประกาศรับสมัครล่วงหน้าไม่น้อยกว่า 5 วันทำการ และรับสมัครไม่น้อยกว่า 10 วันทำการ",
            "ตรวจสอบคุณสมบัติ ประกาศรายชื่อผู้มีสิทธิเข้ารับการเลือกสรร",
            "ดำเนินการสอบ ประกาศผล และจัดทำสัญญาจ้าง",
        ],
        "Work manual: recruiting contract employees",
    ),
    "engineering": (
        "คู่มือการปฏิบัติงานการควบคุมงานก่อสร้างถนนและการตรวจรับงานจ้าง",
        "การควบคุมงานก่อสร้างถนนและสิ่งก่อสร้างของ อบจ.แพร่ ให้เป็นไปตามแบบและสัญญา",
        "วิศวกรโยธา นายช่างโยธา และผู้ควบคุมงาน กองช่าง",
        [
            "ตรวจสอบแบบรูปรายการและสัญญาจ้างก่อนเริ่มงาน",
            "ควบคุมงานประจำวันและบันทึกรายงานการควบคุมงาน",
            "ทดสอบวัสดุตามมาตรฐานทางหลวงท้องถิ่น",
            "รายงานผลการปฏิบัติงานของผู้รับจ้างต่อคณะกรรมการตรวจรับพัสดุ",
        ],
        "Work manual: supervising road construction and acceptance of works",
    ),
    "finance": (
        "คู่มือการปฏิบัติงานการเบิกจ่ายเงินผ่านระบบบัญชีคอมพิวเตอร์ขององค์กรปกครองส่วนท้องถิ่น (e-LAAS)",
        "การตรวจฎีกา วางฎีกา และเบิกจ่ายเงินงบประมาณผ่านระบบ e-LAAS",
        "นักวิชาการเงินและบัญชี และเจ้าพนักงานการเงินและบัญชี กองคลัง",
        [
            "รับฎีกาและเอกสารประกอบจากส่วนราชการเจ้าของงบประมาณ",
            "ตรวจสอบความถูกต้องของเอกสารและงบประมาณคงเหลือภายใน 3 วันทำการ",
            "บันทึกรายการขอเบิกในระบบ e-LAAS และเสนอผู้มีอำนาจอนุมัติ",
            "โอนเงินเข้าบัญชีเจ้าหนี้และแจ้งผลการจ่ายเงิน",
        ],
        "Work manual: payments through the e-LAAS accounting system",
    ),
    "secretariat": (
        "คู่มือการปฏิบัติงานการจัดประชุมสภาองค์การบริหารส่วนจังหวัดแพร่",
        "การจัดประชุมสภา อบจ.แพร่ สมัยสามัญและสมัยวิสามัญ และการจัดทำรายงานการประชุม",
        "นักจัดการงานทั่วไป และเจ้าพนักงานธุรการ งานกิจการสภา",
        [
            "จัดทำประกาศเรียกประชุมและแจ้งสมาชิกสภาล่วงหน้าไม่น้อยกว่า 3 วัน",
            "จัดเตรียมระเบียบวาระการประชุมและเอกสารประกอบ",
            "บันทึกการประชุมและถ่ายทอดสดทางสื่อออนไลน์",
            "จัดทำรายงานการประชุมเสนอสภารับรองและเผยแพร่ต่อสาธารณะ",
        ],
        "Work manual: organising meetings of the Phrae Provincial Council",
    ),
    "internal_audit": (
        "คู่มือการปฏิบัติงานตรวจสอบภายใน",
        "การวางแผน ปฏิบัติงาน และรายงานผลการตรวจสอบภายในของ อบจ.แพร่",
        "นักวิชาการตรวจสอบภายใน หน่วยตรวจสอบภายใน",
        [
            "ประเมินความเสี่ยงและจัดทำแผนการตรวจสอบภายในประจำปี",
            "แจ้งหน่วยรับตรวจและปฏิบัติงานตรวจสอบตามแผน",
            "สรุปข้อตรวจพบและข้อเสนอแนะ หารือกับหน่วยรับตรวจ",
            "รายงานผลการตรวจสอบต่อนายก อบจ. และติดตามผลการแก้ไข",
        ],
        "Work manual: internal audit",
    ),
}


# division key -> how long the work takes, for the work manuals
WORK_DURATION = {
    "strategy": "ทบทวนแผนปีละ 1 ครั้ง ระหว่างเดือนตุลาคม - มิถุนายน",
    "personnel": "ประมาณ 45 วันนับแต่วันประกาศรับสมัครจนถึงวันทำสัญญาจ้าง",
    "engineering": "ตลอดระยะเวลาตามสัญญาจ้าง และรายงานผลภายใน 3 วันทำการนับแต่ผู้รับจ้างส่งมอบงาน",
    "finance": "ไม่เกิน 5 วันทำการนับแต่วันรับฎีกาที่ถูกต้องครบถ้วน",
    "secretariat": "แจ้งสมาชิกล่วงหน้าไม่น้อยกว่า 3 วัน และจัดทำรายงานการประชุมภายใน 15 วันนับแต่วันประชุม",
    "internal_audit": "ตามแผนการตรวจสอบประจำปี และรายงานผลภายใน 30 วันหลังตรวจเสร็จ",
}
# division key -> internal phone extension of the division
EXTENSIONS = {
    "strategy": "201",
    "personnel": "301",
    "engineering": "401",
    "finance": "501",
    "secretariat": "601",
    "internal_audit": "701",
}


def _unit(ctx, key):
    return f"{ctx.division_name(key)} โทรศัพท์ 0 5452 2000 ต่อ {EXTENSIONS[key]}"


def _steps(steps):
    return "\n".join(f"{number}. {step}" for number, step in enumerate(steps, start=1))


def o14(ctx):
    blocks = []
    for key, division in ctx.divisions.items():
        title, mission, audience, steps, title_en = WORK_MANUALS[key]
        document = ctx.files.pdf(
            f"o14-work-manual-{key.replace('_', '-')}.pdf",
            title,
            title_en,
            ["Cover", "Purpose and scope", "Process flow", "Step-by-step procedure", "Forms and references"],
            date="20221101",
        )
        blocks.append(
            (
                "manual",
                {
                    "manual": "work",
                    "title": title,
                    "mission": mission,
                    "audience": audience,
                    "steps": _steps(steps),
                    "responsible_unit": _unit(ctx, key),
                    "duration": WORK_DURATION[key],
                    "division": division.name,
                    "document": document.pk,
                },
            )
        )
    return blocks


# division key, title, service, audience, steps, service time, English title
SERVICE_MANUALS = [
    (
        "engineering",
        "คู่มือสำหรับประชาชน: การขออนุญาตทำทางเชื่อมกับทางหลวงท้องถิ่นของ อบจ.แพร่",
        "การอนุญาตให้ทำทางเชื่อมหรือใช้เขตทางหลวงท้องถิ่น ตามพระราชบัญญัติทางหลวง พ.ศ. 2535",
        "ประชาชนและผู้ประกอบการที่ต้องการทำทางเข้า-ออกเชื่อมกับถนนของ อบจ.แพร่",
        [
            "ยื่นคำขอพร้อมแผนผังและแบบทางเชื่อมที่กองช่าง หรือทางระบบ E-Service (ระยะเวลา 1 วัน)",
            "เจ้าหน้าที่ตรวจสอบเอกสารและออกตรวจสถานที่ (ระยะเวลา 5 วันทำการ)",
            "พิจารณาอนุญาตและแจ้งผลให้ผู้ยื่นคำขอทราบ (ระยะเวลา 9 วันทำการ)",
            "รวมระยะเวลาให้บริการไม่เกิน 15 วันทำการ ไม่มีค่าธรรมเนียม",
        ],
        "ไม่เกิน 15 วันทำการ",
        "Citizen's manual: permission to connect a private access to a PAO road",
    ),
    (
        "finance",
        "คู่มือสำหรับประชาชน: การชำระภาษีบำรุงองค์การบริหารส่วนจังหวัดจากสถานการค้าปลีกน้ำมัน",
        "การรับชำระภาษีบำรุง อบจ. จากน้ำมันเบนซิน น้ำมันดีเซล และก๊าซปิโตรเลียม",
        "ผู้ประกอบการสถานการค้าปลีกน้ำมันในจังหวัดแพร่",
        [
            "ยื่นแบบ ภ.บ.จ. 1 พร้อมชำระภาษีภายในวันที่ 10 ของเดือนถัดไป ที่กองคลังหรือโอนผ่านธนาคาร",
            "เจ้าหน้าที่ตรวจสอบแบบและยอดภาษี ออกใบเสร็จรับเงิน (ระยะเวลา 30 นาที)",
            "กรณีชำระเกินกำหนดต้องเสียเงินเพิ่มร้อยละ 1.5 ต่อเดือน",
        ],
        "30 นาที ต่อราย",
        "Citizen's manual: paying the PAO fuel retail tax",
    ),
    (
        "strategy",
        "คู่มือสำหรับประชาชน: การขอข้อมูลข่าวสารของราชการ",
        "การให้บริการข้อมูลข่าวสารของราชการตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
        "ประชาชนทั่วไป",
        [
            "ยื่นคำขอที่ศูนย์ข้อมูลข่าวสาร อบจ.แพร่ หรือทางระบบ E-Service โดยระบุข้อมูลที่ต้องการ",
            "เจ้าหน้าที่ตรวจสอบและจัดหาข้อมูล (ระยะเวลาไม่เกิน 15 วันทำการ)",
            "แจ้งผลและส่งมอบสำเนาข้อมูล ค่าถ่ายเอกสารหน้าละ 1 บาท",
        ],
        "ไม่เกิน 15 วันทำการ",
        "Citizen's manual: requesting official information",
    ),
]


def o15(ctx):
    blocks = []
    for key, title, service, audience, steps, duration, title_en in SERVICE_MANUALS:
        document = ctx.files.pdf(
            f"o15-service-manual-{key}.pdf",
            title,
            title_en,
            ["Service, legal basis and place", "Steps and service time", "Documents required and fees"],
            date="20221015",
        )
        blocks.append(
            (
                "manual",
                {
                    "manual": "service",
                    "title": title,
                    "mission": service,
                    "audience": audience,
                    "steps": _steps(steps),
                    "responsible_unit": _unit(ctx, key),
                    "duration": duration,
                    "division": ctx.division_name(key),
                    "document": document.pk,
                },
            )
        )
    return blocks


# division key -> (service, monthly counts Oct-Mar, or two quarterly counts)
STATISTICS = {
    "strategy": ("การให้บริการข้อมูลข่าวสารและรับคำร้องทั่วไป", [42, 38, 35, 51, 47, 44]),
    "engineering": ("การอนุญาตทำทางเชื่อมและใช้เขตทางหลวงท้องถิ่น", [6, 4, 5, 9, 7, 8]),
    "finance": ("การรับชำระภาษีบำรุง อบจ. (น้ำมัน ยาสูบ และค่าธรรมเนียมผู้เข้าพักโรงแรม)", [318, 305, 322, 311, 298, 315]),
    "personnel": ("การออกหนังสือรับรองและให้บริการข้อมูลทะเบียนประวัติบุคลากร", [58, 64]),
    "secretariat": ("การรับเรื่องเสนอสภา อบจ.แพร่ และการให้บริการห้องประชุม", [37, 41]),
    "internal_audit": ("การให้คำปรึกษาด้านการเงิน การบัญชี และการพัสดุแก่หน่วยรับตรวจ", [12, 15]),
}


def o16(ctx):
    blocks = []
    months, quarters = first_half_months(), first_half_quarters()
    for key, division in ctx.divisions.items():
        service, counts = STATISTICS[key]
        if len(counts) == len(months):
            rows = [
                {"label": m.label, "period_start": m.start, "period_end": m.end, "count": count}
                for m, count in zip(months, counts, strict=True)
            ]
        else:
            rows = [
                {"label": label, "period_start": start, "period_end": end, "count": count}
                for (label, start, end), count in zip(quarters, counts, strict=True)
            ]
        blocks.append(("service_statistics", {"service": service, "division": division.name, "rows": rows}))
    return blocks


def o17(ctx):
    document = ctx.files.pdf(
        "o17-satisfaction-survey-2565.pdf",
        "รายงานผลการสำรวจความพึงพอใจของผู้รับบริการ อบจ.แพร่ ปีงบประมาณ 2565",
        "Service satisfaction survey of Phrae PAO, fiscal year 2022 (BE 2565)",
        ["Cover", "Method and sample", "Results by service", "Overall satisfaction", "Recommendations"],
        date="20221020",
    )
    return [
        (
            "satisfaction_survey",
            {
                "title": "รายงานผลการสำรวจความพึงพอใจของผู้รับบริการองค์การบริหารส่วนจังหวัดแพร่ "
                "ประจำปีงบประมาณ พ.ศ. 2565 (สำรวจโดยมหาวิทยาลัยแม่โจ้ - แพร่ เฉลิมพระเกียรติ)",
                "fiscal_year": 2565,
                "satisfaction_percent": baht("92.45"),
                "respondents": 1200,
                "document": document.pk,
            },
        )
    ]


def o18(ctx):
    page = ctx.pages["e-service"].pk
    return [
        (
            "channel",
            {
                "channel": "e_service",
                "label": "ระบบยื่นคำร้องออนไลน์และขอข้อมูลข่าวสาร อบจ.แพร่ (E-Service)",
                "url": f"{WEBSITE}/eservice/request",
                "page": page,
                "description": "ยื่นคำร้องทั่วไปและขอข้อมูลข่าวสารของราชการได้ตลอด 24 ชั่วโมง ติดตามสถานะคำร้องด้วยเลขที่รับเรื่อง "
                "(กองยุทธศาสตร์และงบประมาณ)",
            },
        ),
        (
            "channel",
            {
                "channel": "e_service",
                "label": "ขออนุญาตทำทางเชื่อมและแจ้งซ่อมถนนออนไลน์ (กองช่าง)",
                "url": f"{WEBSITE}/eservice/road",
                "page": page,
                "description": "ยื่นคำขออนุญาตทำทางเชื่อมกับทางหลวงท้องถิ่น และแจ้งซ่อมถนนหรือไฟฟ้าส่องสว่าง พร้อมแนบภาพและพิกัด",
            },
        ),
    ]


BUILDERS = {"O14": o14, "O15": o15, "O16": o16, "O17": o17, "O18": o18}

NOTES = {
    "O14": "คู่มือการปฏิบัติงานของทุกส่วนราชการ ส่วนราชการละ 1 คู่มือ ระบุภารกิจ ตำแหน่งผู้ใช้ และขั้นตอน",
    "O15": "คู่มือสำหรับประชาชน 3 บริการ ระบุบริการ ขั้นตอน และระยะเวลาให้บริการ",
    "O16": "สถิติการให้บริการของทุกส่วนราชการ รายเดือนหรือรายไตรมาส ครอบคลุม ต.ค. 2565 - มี.ค. 2566",
    "O17": "รายงานผลการสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ พ.ศ. 2565",
    "O18": "ช่องทางบริการออนไลน์ที่เข้าถึงได้จากเมนูติดต่อเราของเว็บไซต์หลัก",
}
