"""The demo's Q&A (O8): a few questions from the public with published answers, and one still waiting.

Two answers are dated relative to today so that the page's median days to answer, which covers the
current fiscal year, has something to show; the others belong to fiscal year 2566.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from wagtail_ita.models import Question
from wagtail_ita.models.questions import QuestionStatus

from .common import PHONE

# (question, name to show, asked (date or days ago), days to answer or None for a new question)
QUESTIONS = [
    (
        "ถนนสาย พร.ถ. 1-0012 ช่วงบ้านทุ่งโฮ้ง มีหลุมบ่อหลายจุด จะซ่อมเมื่อไหร่ครับ",
        "ชาวบ้านทุ่งโฮ้ง",
        "2022-11-14",
        3,
        "<p>กองช่างได้ตรวจสอบพื้นที่แล้ว และบรรจุงานซ่อมผิวทางไว้ในแผนบำรุงรักษาประจำเดือนธันวาคม 2565 "
        "คาดว่าจะแล้วเสร็จภายในวันที่ 23 ธันวาคม 2565</p>",
    ),
    (
        "อบจ.แพร่ เปิดรับสมัครนักเรียนทุนการศึกษาปี 2566 เมื่อไหร่คะ และต้องใช้เอกสารอะไรบ้าง",
        "",
        "2023-01-09",
        1,
        "<p>เปิดรับสมัครระหว่างวันที่ 1 - 28 กุมภาพันธ์ 2566 ณ กองการศึกษา ศาสนาและวัฒนธรรม เอกสารที่ใช้:</p>"
        "<ul><li>สำเนาบัตรประชาชนของนักเรียนและผู้ปกครอง</li><li>ใบรับรองผลการเรียน</li>"
        "<li>หนังสือรับรองรายได้ของครอบครัว</li></ul>",
    ),
    (
        "ขอทราบขั้นตอนการขออนุญาตเชื่อมทางเข้าบ้านกับถนนของ อบจ. ครับ",
        "สมชาย",
        "2023-03-02",
        2,
        "<p>ยื่นคำร้องได้ที่กองช่าง หรือทางหน้าบริการออนไลน์ (E-Service) ของเว็บไซต์ "
        "เจ้าหน้าที่จะออกตรวจพื้นที่ภายใน 7 วันทำการ และแจ้งผลการพิจารณาภายใน 15 วันทำการ "
        f"สอบถามเพิ่มเติมโทร {PHONE}</p>",
    ),
    (
        "โรงพยาบาลส่งเสริมสุขภาพตำบลที่โอนมาสังกัด อบจ.แพร่ ยังให้บริการฉีดวัคซีนตามปกติไหมคะ",
        "ผู้ปกครอง",
        20,
        2,
        "<p>ให้บริการตามปกติทุกแห่ง ในวันและเวลาราชการ ตรวจสอบวันให้บริการวัคซีนของแต่ละแห่งได้ที่ โรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน</p>",
    ),
    (
        "สนามกีฬากลางจังหวัดแพร่ เปิดให้ประชาชนใช้ลู่วิ่งช่วงเย็นได้ถึงกี่โมงครับ",
        "นักวิ่งเมืองแพร่",
        10,
        1,
        "<p>เปิดให้ใช้ลู่วิ่งทุกวัน เวลา 05.00 - 20.00 น. ยกเว้นวันที่มีการจัดการแข่งขัน</p>",
    ),
    (
        "อยากทราบว่า อบจ.แพร่ มีโครงการฝึกอาชีพทอผ้าหม้อห้อมสำหรับผู้สูงอายุในปีนี้หรือไม่",
        "",
        1,
        None,
        "",
    ),
]


def _moment(when):
    if isinstance(when, int):
        day = timezone.localdate() - timedelta(days=when)
    else:
        day = datetime.strptime(when, "%Y-%m-%d").date()
    return timezone.make_aware(datetime.combine(day, time(10, 30)))


def fill_questions(qa_page, answerer):
    """Add the demo's questions to ``qa_page`` unless it already has some; return how many were added."""
    if qa_page is None or qa_page.questions.exists():
        return 0
    for text, name, asked, days, answer in QUESTIONS:
        asked_at = _moment(asked)
        question = Question(page=qa_page, question=text, display_name=name, asked_at=asked_at)
        if days is not None:
            answered_at = asked_at + timedelta(days=days, hours=4)
            question.answer = answer
            question.status = QuestionStatus.PUBLISHED
            question.answered_at = answered_at
            question.answered_by = answerer
            question.published_at = answered_at
        question.save()
    return len(QUESTIONS)
