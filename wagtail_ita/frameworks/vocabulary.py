"""The fixed vocabulary framework data files may use.

A framework file (one per assessment year) names, for each required data component
(องค์ประกอบด้านข้อมูล), the *kind* of block that satisfies it and the *period rule* its data must
meet. Both are closed lists so that a typo in a data file is an error on load rather than an item
that can never be complete. New years reuse these names; a genuinely new kind of component is the
only thing that needs code.
"""

from django.utils.translation import gettext_lazy as _

#: Kinds of component block. Each name is the StreamField block name used in item pages.
COMPONENT_KINDS = {
    "org_structure": _("แผนผังโครงสร้างหน่วยงาน"),
    "executive_profile": _("ข้อมูลผู้บริหาร"),
    "authority": _("อำนาจหน้าที่"),
    "multi_year_plan": _("แผนยุทธศาสตร์หรือแผนพัฒนา (มากกว่า ๑ ปี)"),
    "contact": _("ข้อมูลการติดต่อ"),
    "law": _("กฎหมายที่เกี่ยวข้อง"),
    "activity": _("กิจกรรมหรือข่าว"),
    "channel": _("ช่องทางออนไลน์"),
    "policy": _("นโยบาย"),
    "annual_plan": _("แผนประจำปี"),
    "progress_report": _("รายงานความก้าวหน้า"),
    "annual_report": _("รายงานผลประจำปี"),
    "manual": _("คู่มือ"),
    "service_statistics": _("สถิติการให้บริการ"),
    "satisfaction_survey": _("ผลสำรวจความพึงพอใจ"),
    "procurement_plan": _("แผนการจัดซื้อจัดจ้าง"),
    "procurement_announcement": _("ประกาศจัดซื้อจัดจ้าง"),
    "monthly_procurement": _("สรุปผลการจัดซื้อจัดจ้างรายเดือน"),
    "complaint_statistics": _("สถิติเรื่องร้องเรียนการทุจริต"),
    "announcement": _("ประกาศของผู้บริหาร"),
    "risk_assessment": _("การประเมินความเสี่ยง"),
    "ita_analysis": _("การวิเคราะห์ผลการประเมิน ITA"),
    "eit_qr_code": _("QR code แบบวัด EIT"),
    "document": _("เอกสาร"),
}

#: Period rules, relative to the assessment's fiscal year (ปีงบประมาณ, 1 Oct – 30 Sep).
PERIOD_RULES = {
    "none": _("ไม่กำหนดช่วงเวลา"),
    "fiscal_year": _("ข้อมูลในปีงบประมาณที่ประเมิน"),
    "first_half_year": _("ข้อมูลครอบคลุม ๖ เดือนแรกของปีงบประมาณที่ประเมิน"),
    "previous_year": _("รายงานผลของปีงบประมาณก่อนหน้า"),
    "in_force": _("มีผลบังคับใช้ในปีงบประมาณที่ประเมิน"),
    "multi_year": _("แผนระยะมากกว่า ๑ ปีที่ครอบคลุมปีงบประมาณที่ประเมิน"),
}

#: Values a component's ``match`` may ask of a ``channel`` block.
CHANNEL_KINDS = {
    "qa": _("ถาม-ตอบ (Q&A)"),
    "social_network": _("เครือข่ายสังคมออนไลน์"),
    "e_service": _("บริการออนไลน์ (E-Service)"),
    "corruption_complaint": _("ช่องทางแจ้งเรื่องร้องเรียนการทุจริต"),
}

#: Values a component's ``match`` may ask of an ``executive_profile`` block.
EXECUTIVE_ROLES = {
    "chief": _("ผู้บริหารสูงสุด"),
    "deputy": _("รองผู้บริหารสูงสุด"),
}

#: Values a component's ``match`` may ask of a ``manual`` block.
MANUAL_KINDS = {
    "work": _("คู่มือหรือมาตรฐานการปฏิบัติงาน"),
    "service": _("คู่มือหรือมาตรฐานการให้บริการ"),
    "complaint": _("แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต"),
}
