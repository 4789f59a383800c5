"""The public Q&A page: asking (valid, invalid, hostile, limited) and the published answers."""

import re

import pytest
from django.core import mail
from django.test import Client

from wagtail_ita.models import Question
from wagtail_ita.models.questions import QuestionStatus

from .qa import make_answerer, make_question, publish

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script>'


def ask(client, page, **data):
    data.setdefault("question", "ขอทราบกำหนดการรับสมัครทุนการศึกษา")
    return client.post(page.url, data, REMOTE_ADDR=data.pop("address", "203.0.113.7"))


def test_the_page_shows_the_form_and_says_there_are_no_answers_yet(client, qa_page):
    response = client.get(qa_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="question"' in html and 'name="csrfmiddlewaretoken"' in html
    assert "ยังไม่มีคำถามและคำตอบที่เผยแพร่" in html
    assert "private" in response["Cache-Control"]


def test_a_question_is_stored_and_the_asker_sees_a_thai_confirmation(client, qa_page):
    make_answerer()
    response = ask(client, qa_page, question="  ขอทราบกำหนดการรับสมัครทุน  ", display_name="สมศรี", email="a@example.com")
    assert response.status_code == 302 and response["Location"] == f"{qa_page.url}?asked=1#qa-form"
    question = Question.objects.get()
    assert (question.question, question.display_name, question.email) == (
        "ขอทราบกำหนดการรับสมัครทุน",
        "สมศรี",
        "a@example.com",
    )
    assert question.status == QuestionStatus.NEW and question.page_id == qa_page.pk
    page = client.get(response["Location"]).content.decode()
    assert "ขอบคุณ คำถามของท่านส่งถึงหน่วยงานแล้ว" in page
    # Not yet answered, so not on the page.
    assert "ขอทราบกำหนดการรับสมัครทุน" not in page


def test_an_empty_question_comes_back_with_what_was_typed_and_a_thai_error(client, qa_page):
    response = ask(client, qa_page, question="   ", display_name="ชื่อที่พิมพ์ไว้", email="x@example.com")
    html = response.content.decode()
    assert response.status_code == 400
    assert "กรุณาพิมพ์คำถามของท่าน" in html and "คำถามของท่านยังไม่ได้ส่ง" in html
    assert 'value="ชื่อที่พิมพ์ไว้"' in html and 'value="x@example.com"' in html
    assert not Question.objects.exists()


def test_an_overlong_question_is_refused_and_kept_in_the_form(client, qa_page):
    text = "ก" * 2001
    response = ask(client, qa_page, question=text)
    html = response.content.decode()
    assert response.status_code == 400
    assert "คำถามยาวได้ไม่เกิน 2000 ตัวอักษร (ท่านพิมพ์ 2001 ตัวอักษร)" in html
    assert text in html
    assert not Question.objects.exists()
    assert ask(client, qa_page, question="ข" * 2000).status_code == 302
    assert len(Question.objects.get().question) == 2000


def test_a_wrong_email_and_a_null_character_are_clear_errors_not_500(client, qa_page):
    response = ask(client, qa_page, email="not-an-address")
    assert response.status_code == 400 and "กรุณาพิมพ์อีเมลให้ถูกต้อง" in response.content.decode()
    response = ask(client, qa_page, question="abc\x00def")
    assert response.status_code == 400
    assert not Question.objects.exists()


def test_the_honeypot_pretends_success_and_stores_nothing(client, qa_page):
    make_answerer()
    response = ask(client, qa_page, website="http://spam.example/")
    assert response.status_code == 302 and "asked=1" in response["Location"]
    assert not Question.objects.exists()
    assert mail.outbox == []


def test_eleven_junk_fields_are_ignored(client, qa_page):
    junk = {f"junk{n}": "x" * 5000 + SCRIPT for n in range(11)}
    response = ask(client, qa_page, question="คำถามจริง", **junk)
    assert response.status_code == 302
    assert Question.objects.get().question == "คำถามจริง"


def test_a_post_without_csrf_token_is_refused_and_stores_nothing(qa_page):
    response = ask(Client(enforce_csrf_checks=True), qa_page)
    assert response.status_code == 403
    assert "ส่งแบบฟอร์มไม่สำเร็จ" in response.content.decode()  # the Thai CSRF page (CSRF_FAILURE_VIEW)
    assert not Question.objects.exists()


def test_the_rate_limit_counts_per_client_for_an_hour_and_keeps_no_address(client, qa_page, settings):
    settings.WAGTAIL_ITA_QA_RATE_LIMIT = 3
    for n in range(3):
        assert ask(client, qa_page, question=f"คำถามที่ {n}").status_code == 302
    response = ask(client, qa_page, question="คำถามที่เกิน", display_name="ผู้ถามบ่อย")
    html = response.content.decode()
    assert response.status_code == 429
    assert "ท่านส่งคำถามครบ 3 เรื่องภายในหนึ่งชั่วโมงแล้ว" in html and "คำถามที่เกิน" in html
    assert Question.objects.count() == 3
    # Another client is not limited.
    assert ask(client, qa_page, question="จากอีกเครื่อง", address="198.51.100.9").status_code == 302
    # The cache holds keyed hashes only, with an hour's timeout; the database holds no address.
    from django.core.cache import cache

    keys = [key for key in cache._cache if "wagtail_ita:rate" in key]
    assert len(keys) == 2
    assert not any("203.0.113.7" in key or "198.51.100.9" in key for key in keys)
    assert all(re.search(r"[0-9a-f]{64}$", key) for key in keys)
    for question in Question.objects.all():
        assert "203.0.113.7" not in str(question.__dict__)


def test_published_answers_newest_first_paginated_with_buddhist_era_dates(client, qa_page, settings):
    from datetime import datetime, timedelta

    from django.utils import timezone

    settings.WAGTAIL_ITA_QA_PER_PAGE = 5
    start = timezone.make_aware(datetime(2023, 1, 10, 9, 0))
    for n in range(7):
        publish(make_question(qa_page, question=f"คำถามเผยแพร่ {n:02d}", asked_at=start + timedelta(days=n)))
    make_question(qa_page, question="คำถามใหม่ยังไม่ตอบ")
    make_question(qa_page, question="คำถามที่ไม่รับ", status=QuestionStatus.REJECTED, answer="<p>x</p>")
    make_question(qa_page, question="คำถามตอบเฉพาะผู้ถาม", status=QuestionStatus.ANSWERED, answer="<p>y</p>")
    html = client.get(qa_page.url).content.decode()
    shown = re.findall(r"คำถามเผยแพร่ (\d\d)", html)
    assert shown == ["06", "05", "04", "03", "02"]
    assert "16 มกราคม 2566" in html  # 16 Jan 2023, Buddhist era
    assert "หน้า 1 จาก 2" in html
    assert "คำถามใหม่ยังไม่ตอบ" not in html and "คำถามที่ไม่รับ" not in html and "คำถามตอบเฉพาะผู้ถาม" not in html
    page2 = client.get(qa_page.url, {"page": "2"}).content.decode()
    assert re.findall(r"คำถามเผยแพร่ (\d\d)", page2) == ["01", "00"]
    assert client.get(qa_page.url, {"page": "ไม่ใช่ตัวเลข"}).status_code == 200


def test_script_in_every_field_is_escaped_and_the_email_never_shown(client, qa_page):
    assert (
        ask(client, qa_page, question=SCRIPT, display_name=SCRIPT, email="secret-asker@example.com").status_code == 302
    )
    publish(Question.objects.get())
    html = client.get(qa_page.url).content.decode()
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "secret-asker@example.com" not in html
