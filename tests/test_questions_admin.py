"""The Q&A admin (/admin/ita/questions/): who may reach it, answering, publishing, rejecting, the audit log."""

from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import NoReverseMatch, reverse
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import rich_text

from wagtail_ita.models import Division
from wagtail_ita.models.questions import QuestionStatus

from .conftest import make_user
from .qa import make_answerer, make_question

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script>'


def admin_urls(question):
    return [
        reverse("wagtail_ita_questions:index"),
        reverse("wagtail_ita_questions:index_results"),
        reverse("wagtail_ita_questions:index") + "?export=csv",
        reverse("wagtail_ita_questions:edit", args=[question.pk]),
        reverse("wagtail_ita_questions:inspect", args=[question.pk]),
        reverse("wagtail_ita_questions:history", args=[question.pk]),
    ]


def refused(response):
    """Wagtail answers a user without permission by a redirect (to login or the dashboard) or a 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and "/ita/questions/" not in urlparse(response["Location"]).path
    )


def division_member(key, username):
    return make_user(username, groups=[Division.objects.get(key=key).group])


def test_users_outside_the_qa_group_are_refused_every_url(client, qa_page):
    question = make_question(qa_page, question="คำถามลับเฉพาะกลุ่มถาม-ตอบ")
    outsiders = [
        None,  # anonymous
        division_member("finance", "finance-editor"),
        make_user("coordinator", groups=[Group.objects.get(name="ผู้ประสานงาน ITA")]),
    ]
    for user in outsiders:
        client.logout()
        if user is not None:
            client.force_login(user)
        for url in admin_urls(question):
            response = client.get(url)
            assert refused(response), (user, url, response.status_code)
            assert "คำถามลับเฉพาะกลุ่มถาม-ตอบ" not in response.content.decode()
        response = client.post(admin_urls(question)[3], {"answer": rich_text("<p>x</p>"), "status": "published"})
        assert refused(response)
    question.refresh_from_db()
    assert question.status == QuestionStatus.NEW and not question.answer


def test_qa_group_responsible_division_and_superuser_are_allowed(client, qa_page):
    question = make_question(qa_page, question="คำถามสำหรับผู้ตอบ")
    allowed = [
        make_answerer(),
        division_member("strategy", "strategy-editor"),  # O8's division answers by default
        make_user("root", is_superuser=True),
    ]
    for user in allowed:
        client.force_login(user)
        for url in admin_urls(question):
            response = client.get(url)
            assert response.status_code == 200, (user, url, response.status_code)
        assert "คำถามสำหรับผู้ตอบ" in client.get(admin_urls(question)[0]).content.decode()


def test_nobody_adds_copies_or_deletes_questions_in_the_admin(client, qa_page):
    question = make_question(qa_page)
    client.force_login(make_user("root", is_superuser=True))
    with pytest.raises(NoReverseMatch):
        reverse("wagtail_ita_questions:copy", args=[question.pk])
    for url in (reverse("wagtail_ita_questions:add"), reverse("wagtail_ita_questions:delete", args=[question.pk])):
        assert refused(client.get(url)), url
        assert refused(client.post(url, {"question": "x", "page": qa_page.pk}))
    assert question.__class__.objects.count() == 1


def test_answer_and_publish_records_who_and_when_logs_and_mails_the_asker_once(
    client, qa_page, django_capture_on_commit_callbacks
):
    answerer = make_answerer()
    question = make_question(qa_page, email="asker@example.com", display_name="สมศรี")
    client.force_login(answerer)
    url = reverse("wagtail_ita_questions:edit", args=[question.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"answer": rich_text("<p>เปิดรับสมัคร 1 กุมภาพันธ์ &amp; ปิด 28 กุมภาพันธ์</p>"), "status": "published"}
        )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.PUBLISHED
    assert question.answered_by == answerer and question.answered_at and question.published_at
    actions = list(ModelLogEntry.objects.filter(object_id=str(question.pk)).values_list("action", flat=True))
    assert "wagtail_ita.question.publish" in actions and "wagtail.edit" in actions
    asker_mail = [m for m in mail.outbox if m.to == ["asker@example.com"]]
    assert len(asker_mail) == 1
    assert asker_mail[0].subject == "หน่วยงานตอบคำถามของท่านแล้ว"
    assert "เปิดรับสมัคร 1 กุมภาพันธ์ & ปิด 28 กุมภาพันธ์" in asker_mail[0].body
    assert qa_page.full_url in asker_mail[0].body
    answered_at = question.answered_at
    # Editing again neither changes who answered first nor mails the asker a second time.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"answer": rich_text("<p>แก้ไขคำตอบ</p>"), "status": "published"})
    question.refresh_from_db()
    assert question.answered_at == answered_at
    assert len([m for m in mail.outbox if m.to == ["asker@example.com"]]) == 1
    assert "แก้ไขคำตอบ" in client.get(qa_page.url).content.decode()


def test_answered_needs_an_answer_and_reject_shows_nothing(client, qa_page):
    client.force_login(make_answerer())
    question = make_question(qa_page, question="คำถามที่จะไม่รับ")
    url = reverse("wagtail_ita_questions:edit", args=[question.pk])
    response = client.post(url, {"answer": rich_text(""), "status": "answered"})
    assert response.status_code == 200
    assert "กรุณาเขียนคำตอบก่อนเปลี่ยนสถานะ" in response.content.decode()
    question.refresh_from_db()
    assert question.status == QuestionStatus.NEW
    assert client.post(url, {"answer": rich_text(""), "status": "rejected"}).status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.REJECTED and question.answered_at is None
    assert ModelLogEntry.objects.filter(object_id=str(question.pk), action="wagtail_ita.question.reject").exists()
    assert "คำถามที่จะไม่รับ" not in client.get(qa_page.url).content.decode()


def test_list_filters_by_status_and_searches(client, qa_page):
    client.force_login(make_answerer())
    make_question(qa_page, question="เรื่องถนนชำรุด")
    make_question(qa_page, question="เรื่องทุนการศึกษา", status=QuestionStatus.REJECTED)
    index = reverse("wagtail_ita_questions:index")
    html = client.get(index, {"status": "rejected"}).content.decode()
    assert "เรื่องทุนการศึกษา" in html and "เรื่องถนนชำรุด" not in html
    html = client.get(index, {"q": "ถนน"}).content.decode()
    assert "เรื่องถนนชำรุด" in html and "เรื่องทุนการศึกษา" not in html


def test_script_in_every_field_is_escaped_in_the_admin_and_export_has_no_email(client, qa_page):
    client.force_login(make_answerer())
    question = make_question(qa_page, question=SCRIPT, display_name=SCRIPT, email="hidden@example.com")
    for url in admin_urls(question):
        body = b"".join(client.get(url)).decode() if "export" in url else client.get(url).content.decode()
        assert SCRIPT not in body, url
        assert "hidden@example.com" not in body, url
    make_question(qa_page, question='=HYPERLINK("http://evil.example")', display_name="@SUM(1)")
    csv = b"".join(client.get(admin_urls(question)[2]).streaming_content).decode()
    assert "'=HYPERLINK" in csv and "'@SUM(1)" in csv
    assert "hidden@example.com" not in csv


def test_a_new_question_mails_those_who_answer_only(client, qa_page, settings, django_capture_on_commit_callbacks):
    make_answerer("answerer", email="answerer@example.go.th")
    division_member("strategy", "strategy-editor").__class__.objects.filter(username="strategy-editor").update(
        email="strategy@example.go.th"
    )
    finance = division_member("finance", "finance-editor")
    finance.email = "finance@example.go.th"
    finance.save()
    make_user("root", is_superuser=True, email="root@example.go.th")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(qa_page.url, {"question": "คำถามทดสอบอีเมล"}, REMOTE_ADDR="203.0.113.1")
    assert sorted(m.to[0] for m in mail.outbox) == ["answerer@example.go.th", "strategy@example.go.th"]
    assert all("คำถามทดสอบอีเมล" in m.body and "/admin/ita/questions/edit/" in m.body for m in mail.outbox)
    mail.outbox.clear()
    settings.WAGTAIL_ITA_QA_MAIL_QUESTION_TEXT = False
    with django_capture_on_commit_callbacks(execute=True):
        client.post(qa_page.url, {"question": "คำถามที่ห้ามอยู่ในอีเมล"}, REMOTE_ADDR="203.0.113.1")
    assert len(mail.outbox) == 2
    assert all("คำถามที่ห้ามอยู่ในอีเมล" not in m.body and "ไม่มีข้อความของคำถาม" in m.body for m in mail.outbox)


def test_a_mail_failure_keeps_the_question(client, qa_page, monkeypatch, django_capture_on_commit_callbacks):
    from django.core.mail import EmailMessage

    from wagtail_ita.models import Question

    make_answerer()

    def fail(self, *args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr(EmailMessage, "send", fail)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(qa_page.url, {"question": "คำถามตอนเมลล่ม"}, REMOTE_ADDR="203.0.113.1")
    assert response.status_code == 302
    assert Question.objects.get().question == "คำถามตอนเมลล่ม"
